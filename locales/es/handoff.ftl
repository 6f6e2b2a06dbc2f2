## Traspasos a GitHub: los pasos en las páginas de GitHub (crates/services/src/sync/). Las
## páginas de GitHub están en inglés: cada etiqueta suya conserva su nombre en inglés, con la
## traducción al lado entre paréntesis (locales/glossary.md).

handoff-open-in = { $how ->
    [app_window] una ventana de la app
   *[browser] el navegador
}
handoff-flow = { $kind ->
    [add_server_usage] Agregar uso del servidor
    [enable_license_sync] Habilitar la sincronización de licencias
   *[sync_now] Sincronizar ahora
}

## Dónde están las páginas de GitHub en sus menús.

handoff-ghec-license-menu = Your enterprises (Tus empresas) → { $enterprise } → Billing and licensing (Facturación y licencias) → Licensing (Licencias)
handoff-ghes-license-menu = Enterprise settings (Configuración de la empresa) → Settings (Configuración) → License (Licencias)
handoff-ghes-connect-menu = Enterprise settings (Configuración de la empresa) → GitHub Connect
handoff-if-moved = si la página cambió de lugar: { $menu }
handoff-menu-note = La página es { $url } (si la página cambió de lugar: { $menu }).

## Qué hacer en la página.

handoff-upload-step = En la página, junto a "Enterprise Server instances" (Instancias de Enterprise Server), elige "Add server usage" (Agregar uso del servidor) y carga { $path } (su ruta está en el portapapeles).
handoff-sync-now-step = En la página License (Licencias), en License sync (Sincronización de licencias), elige "Sync now" (Sincronizar ahora).
handoff-connect-not-known = No se sabe si la sincronización de licencias de GitHub Connect está activada en { $host }: esto abre su página License (Licencias). Si no muestra "Sync now" (Sincronizar ahora), habilita primero la sincronización de licencias (Habilitar la sincronización automática de licencias) o usa Agregar uso del servidor.
handoff-enable-step = En GitHub Connect, habilita "Server can sync user license count and usage" (El servidor puede sincronizar el recuento y uso de licencias de usuario), en License sync (Sincronización de licencias). La sincronización automática sigue "sin confirmar" hasta que GitHub muestre la primera sincronización de la instancia.
handoff-upload-failed-fix = Vuelve a exportar el uso de licencias en la instancia (Site admin (Administración del sitio) → Enterprise settings (Configuración de la empresa) → License (Licencias) → Export license usage (Exportar uso de licencia)), revisa el archivo aquí y carga el archivo nuevo en Agregar uso del servidor. Si GitHub lo vuelve a rechazar, revisa la licencia y el estado de la instancia: puede que el archivo sea de otra instancia o que la licencia haya cambiado.

## Un paso del traspaso que no funcionó (siempre se da la dirección para abrirla a mano).

handoff-not-a-web-address = { $url } no es una dirección web, así que no se abrió.
handoff-page-not-opened = { $how ->
    [app_window] No se pudo abrir la página en una ventana de la app ({ $detail }): abre { $url } tú mismo.
   *[browser] No se pudo abrir la página en el navegador ({ $detail }): abre { $url } tú mismo.
}
handoff-file-not-shown = No se pudo mostrar el archivo en el administrador de archivos ({ $detail }): es { $path }.
handoff-path-not-copied = No se pudo copiar la ruta del archivo al portapapeles ({ $detail }).
handoff-no-desktop = esta app no tiene un escritorio en el que abrirlo

## La vigilancia de confirmación: volver a leer GitHub (sync/confirm_watch.rs, sync/upload_record.rs).

handoff-upload-no-name = (sin nombre)
handoff-record-off = No se pudo leer el registro de cargas de GitHub ({ $reason }): se confirma solo con license-sync-status.
handoff-record-incomplete = El registro de cargas de GitHub de { $name } estaba incompleto: no confirma nada a menos que license-sync-status también muestre la sincronización.
handoff-record-incomplete-missing = El registro de cargas de GitHub de { $name } estaba incompleto ({ $missing }): no confirma nada a menos que license-sync-status también muestre la sincronización.
handoff-record-failed-this-time = Esta vez no se pudo leer el registro de cargas de GitHub ({ $reason }): se vuelve a leer en la próxima comprobación; también se lee license-sync-status.
handoff-processing = GitHub está procesando la carga { $upload }.
handoff-processed-record-incomplete = GitHub muestra la carga { $upload } como procesada, pero su registro de cargas estaba incompleto: se espera a que license-sync-status también muestre la sincronización.
handoff-upload-failed = GitHub no pudo procesar la carga { $upload } de { $name }.
handoff-upload-failed-at = GitHub no pudo procesar la carga { $upload } de { $name } (FAILURE el { $at }).
handoff-upload-failed-says = GitHub no pudo procesar la carga { $upload } de { $name }: { $github }
handoff-upload-failed-at-says = GitHub no pudo procesar la carga { $upload } de { $name } (FAILURE el { $at }): { $github }
handoff-sync-failed = GitHub muestra una sincronización de { $name } el { $at }, y falló: { $github }
handoff-sync-failed-no-reason = GitHub muestra una sincronización de { $name } el { $at }, y falló sin indicar el motivo
handoff-second-also = license-sync-status también muestra la sincronización el { $at }
handoff-second-not-yet = license-sync-status todavía no la muestra
handoff-processed = GitHub procesó la carga { $upload } de { $name } el { $at } ({ $second })
handoff-processed-and-synced = GitHub procesó la carga { $upload } de { $name } y muestra la sincronización el { $at }
handoff-synced = GitHub muestra la sincronización de { $name } el { $at }
handoff-record-incomplete-confirmed = El registro de cargas de GitHub de { $name } estaba incompleto: se confirma porque license-sync-status también muestra la sincronización.
handoff-record-no-new-upload = El registro de cargas de GitHub no muestra ninguna carga nueva de { $name }: se confirma con license-sync-status.
handoff-confirmed-summary = { $what }: { $consumed }.
handoff-confirmed-summary-note = { $what }: { $consumed }. { $note }
handoff-consumed-fewer = { $n ->
    [one] licencias consumidas { $before } → { $after }, 1 persona ahora cuenta una sola vez
   *[other] licencias consumidas { $before } → { $after }, { $n } personas ahora cuentan una sola vez
}
handoff-consumed-more = { $n ->
    [one] licencias consumidas { $before } → { $after }, 1 puesto más contado
   *[other] licencias consumidas { $before } → { $after }, { $n } puestos más contados
}
handoff-consumed-unchanged = licencias consumidas sin cambios: { $after }
handoff-consumed-now = { $after ->
    [one] 1 licencia consumida ahora
   *[other] { $after } licencias consumidas ahora
}
handoff-consumed-unread = no se pudieron leer las licencias consumidas

## Sincronización con un clic (sync/one_click.rs).

handoff-one-click-export-first = primero exporta el uso de licencias: no se sabe si la sincronización de licencias de GitHub Connect está activada en { $host }, y no se revisó ninguna exportación de uso suya en esta sesión (o usa "Sync now" (Sincronizar ahora) si su página License (Licencias) lo tiene).
handoff-one-click-export-first-short = primero exporta el uso de licencias
handoff-one-click-confirmed = { $total ->
    [one] { $confirmed } de 1 instancia confirmada
   *[other] { $confirmed } de { $total } instancias confirmadas
}
handoff-outcome = { $state ->
    [confirmed] confirmada. { $text }
    [failed] falló. { $text }
    [timed_out] sin confirmar a tiempo
    [cancelled] cancelada
    [refused] rechazada: { $text }
   *[unfinished] sin terminar
}
