## Licencias consumidas: la pantalla (ui/views/consumed/consumed-view.js).

consumed-title = Licencias consumidas
consumed-not-loaded-title = La lista aún no está cargada
consumed-not-loaded-text = Al cargarla se leen de GitHub todas las páginas de licencias consumidas de la empresa: 100 personas por página, es decir, unas 3000 páginas para 300.000 personas. El límite de solicitudes de GitHub puede hacer que se detenga un tiempo; el progreso indica cuándo y durante cuánto.
consumed-not-loaded-note = Una vez cargada, la búsqueda, los filtros, el orden y la exportación se hacen aquí sin volver a consultar a GitHub.
consumed-search-label = Buscar
consumed-search-placeholder = Nombre de usuario, nombre, correo o usuario de GHES
consumed-filter-legend = Mostrar
consumed-filter-all = Todos
# Same in every language.
consumed-filter-visual-studio = Visual Studio
consumed-filter-multiple-accounts = Más de una cuenta
consumed-export = Exportar { $format }
consumed-export-failed = No se pudo guardar la exportación
consumed-table-label = Usuarios que consumen una licencia
consumed-query-failed = No se pudo leer la lista
consumed-query-failed-spoken = No se pudo leer la lista.

## Qué tipo de usuario es una fila: los filtros, la columna Tipo, las entradas de Duplicados.

consumed-kind-cloud-only = Solo en la nube
consumed-kind-server-only = Solo en el servidor
consumed-kind-both = Ambos
consumed-kind-unknown = Desconocido
# Same in every language.
consumed-visual-studio-chip = VS
consumed-visual-studio-subscriber = Suscriptor de Visual Studio

## Las columnas de la tabla.

consumed-column-login = Nombre de usuario
consumed-column-name = Nombre
consumed-column-kind = Tipo
consumed-column-emails = Correos electrónicos
consumed-column-server-ids = Usuarios de GHES
consumed-column-accounts = Cuentas
consumed-column-license-type = Tipo de licencia

## El recuento sobre la tabla y lo que se anuncia cuando cambia.

consumed-counting = Contando…
consumed-count = { $shown } de { $total }
consumed-spoken-count = { $shown ->
    [one] { $shown } usuario que consume una licencia.
   *[other] { $shown } usuarios que consumen una licencia.
}
consumed-spoken-count-of = { $shown } de { $total } usuarios que consumen una licencia.
consumed-spoken-count-match = { $shown ->
    [one] Coincide { $shown } usuario que consume una licencia.
   *[other] Coinciden { $shown } usuarios que consumen una licencia.
}
consumed-spoken-count-of-match = { $shown ->
    [one] Coincide { $shown } de { $total } usuarios que consumen una licencia.
   *[other] Coinciden { $shown } de { $total } usuarios que consumen una licencia.
}
consumed-empty-search = Ningún usuario coincide con “{ $search }”.
consumed-empty-search-filtered = Ningún usuario coincide con “{ $search }” en este filtro.
consumed-empty-filtered = No hay ningún usuario en este filtro.

## El control Cargar / Actualizar y su progreso (ui/views/consumed/load-panel.js).

consumed-load = Cargar licencias consumidas
consumed-refresh = Actualizar
consumed-refresh-hint = Volver a leer de GitHub todas las páginas de licencias consumidas
consumed-cancel = Cancelar
consumed-stop = Detener
consumed-progress-label = Páginas de licencias consumidas leídas
consumed-kept-note = Lista guardada del { $at } · Actualiza para leer GitHub ahora
consumed-fetched-ago = Leída { $ago } ({ $time })
consumed-fetched-on = Leída el { $date }
consumed-progress-starting = Pidiendo a GitHub la primera página…
consumed-progress-page-of = Página { $done } de { $total } · { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
consumed-progress-page = Página { $done } · { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
consumed-progress-spoken = Leyendo las licencias consumidas: { $progress }.
consumed-progress-waiting = Se agotó el límite de solicitudes de GitHub: esperando { $duration } (hasta las { $time }, cuando se restablece); luego la lectura sigue sola. Detener termina la carga.
consumed-progress-waiting-no-time = Se agotó el límite de solicitudes de GitHub: esperando { $duration }; luego la lectura sigue sola. Detener termina la carga.
consumed-progress-waiting-spoken = Se agotó el límite de solicitudes de GitHub: esperando { $duration }.
consumed-progress-retrying = GitHub no respondió correctamente ({ $reason }): se vuelve a intentar en { $duration }, intento { $attempt }.
consumed-progress-retrying-spoken = Reintentando, intento { $attempt }: { $reason }.
consumed-progress-done = Todas las páginas leídas · { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
# Same in every language.
consumed-duration-seconds = { $seconds } s
# Same in every language.
consumed-duration-minutes = { $minutes } min
# Same in every language.
consumed-duration-minutes-seconds = { $minutes } min { $seconds } s
consumed-loading-spoken = Cargando las licencias consumidas desde GitHub.
consumed-loaded-spoken = { $rows ->
    [one] Se cargó { $rows } usuario que consume una licencia.
   *[other] Se cargaron { $rows } usuarios que consumen una licencia.
}
consumed-cancelled-kept = Cancelado. La lista de abajo sigue siendo la leída antes.
consumed-cancelled-nothing = Cancelado. No se cargó nada.
consumed-cancelled-spoken = Se canceló la carga de las licencias consumidas.
consumed-load-failed = No se pudieron cargar las licencias consumidas
consumed-load-failed-spoken = No se pudieron cargar las licencias consumidas.

## Lo que costó una carga y lo que costará la siguiente del presupuesto de solicitudes por hora del token.

consumed-cost-loaded = Cargada: { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
} (costo: { $requests ->
    [one] { $requests } solicitud
   *[other] { $requests } solicitudes
})
consumed-cost-refreshed = Actualizada: { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}, { $unchanged } sin cambios (costo: { $requests ->
    [one] { $requests } solicitud
   *[other] { $requests } solicitudes
})
consumed-budget-left = Quedan { $remaining } de { $limit } solicitudes esta hora.
consumed-budget-left-resets = Quedan { $remaining } de { $limit } solicitudes esta hora; se restablece a las { $time }.
consumed-budget-token = A tu token le quedan { $remaining } de { $limit } solicitudes esta hora. Una carga cuesta una solicitud por cada 100 usuarios.
consumed-budget-token-resets = A tu token le quedan { $remaining } de { $limit } solicitudes esta hora; se restablece a las { $time }. Una carga cuesta una solicitud por cada 100 usuarios.
consumed-estimate-load = Una carga cuesta unas { $requests } de tus { $remaining } solicitudes restantes.
consumed-estimate-load-resets = Una carga cuesta unas { $requests } de tus { $remaining } solicitudes restantes; se restablece a las { $time }.
consumed-estimate-refresh = Una actualización cuesta unas { $requests } de tus { $remaining } solicitudes restantes.
consumed-estimate-refresh-resets = Una actualización cuesta unas { $requests } de tus { $remaining } solicitudes restantes; se restablece a las { $time }.
consumed-estimate-pause = Es más de lo que queda: la carga se detendrá hasta que se restablezca el límite.
consumed-estimate-reserve = Usa parte de la reserva del { $percent } % ({ $reserve } solicitudes).

## La reserva del límite de solicitudes del token para otras herramientas: el ajuste y la pregunta.

consumed-reserve = Reserva
consumed-reserve-keep = Reservar el { $input } % del límite por hora para otras herramientas
consumed-reserve-help = Una carga que dejaría menos pregunta antes. Otros scripts y herramientas que usan el mismo token comparten su presupuesto.
consumed-reserve-invalid = Escribe un número entero de 0 a 100.
consumed-reserve-saved = Guardado: se reserva el { $percent } %.
consumed-reserve-not-saved = No se pudo guardar la reserva.
consumed-reserve-ask-title = ¿Usar la reserva del límite de solicitudes del token?
consumed-reserve-ask-cost = Esta carga cuesta unas { $requests } solicitudes.
consumed-reserve-ask-left = A tu token le quedan { $remaining } solicitudes, y la carga dejaría menos del { $percent } % ({ $reserve } solicitudes) reservado para otras herramientas y scripts que usan el mismo token.
consumed-reserve-ask-left-resets = A tu token le quedan { $remaining } solicitudes (se restablece a las { $time }), y la carga dejaría menos del { $percent } % ({ $reserve } solicitudes) reservado para otras herramientas y scripts que usan el mismo token.
consumed-reserve-ask-little = A tu token le queda poco, y la carga dejaría menos del { $percent } % ({ $reserve } solicitudes) reservado para otras herramientas y scripts que usan el mismo token.
consumed-reserve-ask-pause = El límite de GitHub no alcanza para toda la carga, así que se detendrá hasta que se restablezca el límite (entonces puedes pararla).
consumed-reserve-ask-cancel = Ahora no
consumed-reserve-ask-confirm = Cargar de todos modos
consumed-reserve-declined-spoken = No se cargó: la reserva queda para otras herramientas.

## Cambios desde… (ui/views/consumed/changes-since.js): quién cambió desde una carga anterior.

consumed-changes-since-region = Cambios desde una carga anterior
consumed-changes-since-label = Cambios desde…
consumed-changes-since-show = Mostrar quién cambió
consumed-changes-since-option = { $date } · { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}
consumed-changes-since-newest = hasta la carga más reciente, { $date } ({ $people ->
    [one] { $people } persona
   *[other] { $people } personas
})
