## La pantalla Actividad: lo que hizo la app, de lo más reciente a lo más antiguo (ui/views/activity/).

activity-title = Actividad
activity-lead = Cada exportación, carga, sincronización y prueba de conexión, de la más reciente a la más antigua. El registro se conserva entre reinicios y nunca guarda un secreto.
activity-refresh = Actualizar
activity-loading = Leyendo el registro de actividad…
activity-load-failed = No se pudo leer el registro de actividad
activity-said-load-failed = No se pudo leer el registro de actividad.
activity-entries = { $count ->
    [one] 1 entrada
   *[other] { $count } entradas
}
activity-said-loaded = { $count ->
    [one] Actividad: 1 entrada.
   *[other] Actividad: { $count } entradas.
}

## Qué se hizo: el tipo de una entrada.

activity-kind-add-server-usage = Agregar uso del servidor
activity-kind-sync-now = Sincronizar ahora
activity-kind-enable-license-sync = Habilitar la sincronización de licencias
activity-kind-one-click-sync = Sincronización con un clic
activity-kind-connection-test = Prueba de conexión
activity-kind-usage-file-check = Revisión de archivo de uso
activity-kind-license-upload = Carga de licencia
activity-kind-background-check = Comprobación en segundo plano
activity-kind-export = Exportar uso de licencias
activity-kind-other = Otro

## Cómo terminó: el resultado de una entrada y el filtro por resultado.

activity-outcome = Resultado
# Same in every language.
activity-outcome-ok = OK
activity-outcome-failed = Fallido
activity-outcome-info = Información
activity-filter-all = Todos
activity-said-showing = { $count ->
    [one] Se muestra 1 entrada.
   *[other] Se muestran { $count } entradas.
}
activity-said-showing-outcome = { $count ->
    [one] Se muestra 1 entrada con resultado { $outcome }.
   *[other] Se muestran { $count } entradas con resultado { $outcome }.
}
activity-none-match = No hay entradas con resultado { $outcome }.
activity-empty-title = Todavía no hay nada registrado
activity-empty = Aquí aparecen las exportaciones, las cargas a GitHub Enterprise Cloud, Sincronizar ahora, las pruebas de conexión y los archivos de uso revisados, con su resultado y sus detalles.

## La tabla.

activity-caption = Actividad, de lo más reciente a lo más antiguo
activity-col-time = Hora
activity-col-kind = Tipo
activity-col-target = Destino
activity-col-outcome = Resultado
activity-col-summary = Resumen
activity-col-details = Detalles
activity-details = Detalles
activity-hide-details = Ocultar detalles
activity-no-details = (sin detalles)
activity-copy-details = Copiar detalles
activity-copied = Copiado.
activity-said-copied = Detalles copiados al portapapeles.
activity-copy-selected = El portapapeles no está disponible aquí: los detalles están seleccionados; pulsa Ctrl+C para copiarlos.
activity-said-copy-selected = Los detalles están seleccionados: pulsa Control C para copiarlos.
