## The License screen (ui/views/license/).

license-github-not-read = No se pudo leer GitHub.
license-github-not-read-fix = Vuelve a intentarlo.

## La cabecera de la pantalla: su título, Actualizar, Sincronizar todo, Agregar uso del servidor.

license-title = Licencia
license-refresh = Actualizar
    .title = Volver a leer todo desde GitHub (F5)
license-sync-everything = Sincronizar todo
license-sync-everything-help = Cada instancia por su mejor vía: **Sync now** (Sincronizar ahora) de GitHub Connect donde la sincronización de licencias está activada; si no, Agregar uso del servidor con la exportación comprobada en esta sesión; después, una sola confirmación conjunta.
license-add-server-usage = Agregar uso del servidor
license-updated = Actualizado { $ago } ({ $time })
license-updated-announce = { $count ->
    [one] Datos de licencias actualizados: { $count } instancia de servidor.
   *[other] Datos de licencias actualizados: { $count } instancias de servidor.
}
license-unreachable-title = No se pudo conectar con GitHub
license-unreachable-announce = No se pudo conectar con GitHub.
license-load-failed-title = No se pudieron cargar los datos de licencias
license-no-data = Todavía no hay datos.

## La pantalla tal como se leyó la última vez, mientras se vuelve a consultar GitHub o si no se puede leer.

license-as-of = Datos del { $when }
license-kept-refreshing = actualizando…
license-kept-failed = No se pudo leer GitHub ahora: estas son las cifras leídas la última vez.

## Sincronizar ahora, Activar la sincronización automática y Sincronizar todo en las tarjetas.

license-sync-now = Sincronizar ahora
license-enable-sync = Activar la sincronización automática de licencias
license-sync-due = GitHub Enterprise Cloud vio a los usuarios de esta instancia por última vez { $when }: puede que algunas personas se cuenten dos veces hasta que vuelva a sincronizarse.
license-sync-due-long-ago = GitHub Enterprise Cloud vio a los usuarios de esta instancia por última vez hace mucho tiempo: puede que algunas personas se cuenten dos veces hasta que vuelva a sincronizarse.
license-sync-due-never = GitHub Enterprise Cloud todavía no tiene uso de esta instancia: sus usuarios podrían contarse dos veces.
license-auto-sync-unconfirmed = Sincronización automática: sin confirmar. Actívala o carga una exportación a mano con { $link }.
license-sync-busy = Se está vigilando una sincronización de esta instancia.
license-sync-everything-busy = Se está vigilando una sincronización: espera a que termine o cancélala en su tarjeta.
license-one-click-chip = Sincronizando
license-one-click-running = Cada instancia por su mejor vía; cada tarjeta de abajo muestra su propio progreso.
license-one-click-failed = No se pudo iniciar Sincronizar todo
license-one-click-failed-announce = No se pudo iniciar Sincronizar todo.
license-one-click-announce = Sincronizar todo: { $summary }

## La línea de una instancia en el resultado conjunto de Sincronizar todo.

license-outcome-skipped = Omitida
license-outcome-not-started = Sin iniciar
license-outcome-confirmed = Confirmada
license-outcome-failed = Falló
license-outcome-not-confirmed = Sin confirmar todavía
license-outcome-not-confirmed-text = GitHub no lo mostró a tiempo: Seguir vigilando está en la tarjeta de la instancia.
license-outcome-stopped = Detenida
license-outcome-stopped-text = Dejaste de vigilar.
license-outcome-unfinished = Sin terminar

## GitHub Enterprise Cloud: los puestos de la empresa, la sincronización de licencias y las instancias que GitHub conoce.

# Same in every language.
license-cloud-title = GitHub Enterprise Cloud
license-servers-title = Instancias de GitHub Enterprise Server
license-no-servers = No hay ninguna instancia de GHES configurada. Agrega una en Conexiones.
license-enterprise-failed = No se pudo leer la empresa
license-enterprise-title = Empresa { $enterprise }
license-instances-title = Sincronización de licencias de las instancias de servidor
license-known-servers-title = Instancias de servidor que GitHub conoce
license-known-servers-partial = GitHub respondió solo en parte: puede que esta lista esté incompleta. Actualiza para volver a leerla. Quedó fuera:
license-licensing-page = Página de licencias, con **Add server usage** (Agregar uso del servidor)
license-known-servers-failed = No se pudo leer la lista de GitHub de las instancias de servidor y sus cargas
license-known-servers-failed-note = Los puestos, las licencias y la sincronización de licencias de arriba se leen por separado y no se ven afectados.
license-known-servers-none = GitHub todavía no muestra ninguna instancia de servidor para esta empresa.
license-col-host = Host
license-col-auto-sync = Sincronización automática de licencias
license-col-newest-upload = Carga más reciente
license-col-in-connections = En Conexiones
license-col-last-sync = Última sincronización
license-col-status = Estado
license-no-host-name = (sin nombre de host)
license-connected-unknown = desconocida
license-uploads-not-given = GitHub no lo indica
license-uploads-none-yet = ninguna todavía
license-add-to-connections = Agregar a Conexiones
    .aria-label = Agregar { $host } a Conexiones
license-mode-on = activada (GitHub Connect)
license-mode-off = desactivada: cargas a mano
license-upload-state-processing = Procesando
license-upload-state-processed = Procesada
license-upload-state-failed = Falló
license-no-file-name = (sin nombre de archivo)
license-page-moved = (si la página se movió: { $menu })
license-seats-failed = No se pudieron leer los puestos
license-figure-consumed = Consumidos
license-figure-purchased = Comprados
license-figure-over-by = Excedidos en
license-figure-available = Disponibles
license-instances-failed = No se pudo leer el estado de la sincronización de licencias
license-instances-none = GitHub todavía no muestra ninguna instancia de servidor para esta empresa: nunca se sincronizó ni se cargó uso.
license-not-configured-here = no configurada aquí
license-never = nunca

## La tarjeta de una instancia de GHES.

# Same in every language.
license-ghes-version = GHES { $version }
license-sync-title = Sincronización de licencias
license-sync-mode = { $connected ->
    [on] Sincronización automática de licencias: activada (GitHub Connect)
   *[off] Sincronización automática de licencias: desactivada: cargas a mano
}
license-sync-mode-unknown = Sincronización automática de licencias: todavía desconocida (GitHub aún no muestra esta instancia).
license-sync-mode-age = — último dato conocido, leído { $ago }: no se pudo leer GitHub ahora
license-uploads-none = Todavía no hay ninguna carga de uso.
license-uploads-title = Últimas cargas
license-license-page = Página de la licencia
license-connect-page = Página de GitHub Connect
license-license-failed = No se pudo leer la licencia
license-figure-seats = Puestos
license-figure-used = En uso
license-fact-license = Licencia
license-fact-expires = Vence
license-server-sync-failed = No se pudo leer el estado de la sincronización desde GitHub Enterprise Cloud
license-sync-missing = GitHub Enterprise Cloud todavía no muestra ninguna sincronización desde este nombre de host.
license-github-says = GitHub dice
license-chip-synced = Sincronizada
license-chip-stale = { $days ->
    [one] Desactualizada · { $days } día
   *[other] Desactualizada · { $days } días
}
license-chip-failed = Falló
license-chip-failed-status = Falló ({ $status })
license-chip-never-synced = Nunca sincronizada
license-chip-unknown-date = Fecha desconocida
license-expiry-soon = Renueva pronto
license-expiry-expired = Vencida
license-expiry-unknown = Desconocido
license-meter-consumed = { $pct } % de los puestos consumidos
    .aria-label = { $part } de { $whole } puestos consumidos
license-meter-used = { $pct } % de los puestos en uso
    .aria-label = { $part } de { $whole } puestos en uso

## El gráfico de puestos: quién consume los puestos de la empresa (seat-chart.js).

license-chart-title = Quién consume los puestos
license-chart-load = Cargar el desglose
license-chart-not-loaded = El desglose en solo nube, solo servidor, ambos y Visual Studio sale de la lista completa de licencias consumidas de la empresa, que todavía no está cargada. Al cargarla se leen todas sus páginas desde GitHub (más o menos 1 página por cada 100 personas) y se muestra su progreso.
license-segment-cloud-only = Solo nube
license-segment-server-only = Solo servidor
license-segment-both = Ambos (coinciden)
# Same in every language.
license-segment-visual-studio = Visual Studio
license-segment-other = Desconocido
license-chart-caption = { $consumed } de { $purchased } puestos comprados consumidos
license-chart-available = { $available } disponibles
license-chart-over = excedidos en { $over }
license-chart-source = { $rows ->
    [one] Desglose de la lista de licencias consumidas de { $rows } persona, obtenida { $ago }.
   *[other] Desglose de la lista de licencias consumidas de { $rows } personas, obtenida { $ago }.
}
license-chart-source-multiple = { $rows ->
    [one] Desglose de la lista de licencias consumidas de { $rows } persona, obtenida { $ago }; { $multiple } de ellas tienen más de una cuenta.
   *[other] Desglose de la lista de licencias consumidas de { $rows } personas, obtenida { $ago }; { $multiple } de ellas tienen más de una cuenta.
}
license-chart-see-list = Ver la lista
license-chart-duplicates = Duplicados
license-chart-description = Gráfico de puestos: { $consumed } de { $purchased } puestos comprados consumidos. Los consumen: { $parts }.
license-chart-description-no-purchased = Gráfico de puestos: { $consumed } puestos consumidos. Los consumen: { $parts }.

## Los vínculos rápidos de la tarjeta de un servidor (license-quick-links.js).

license-quick-links-title = Vínculos rápidos
license-quick-upload = Cargar una licencia nueva
license-quick-file-dialog-failed = No se pudo abrir el diálogo de archivos
