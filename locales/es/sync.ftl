## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = No se conoce la hora del traspaso de esta vigilancia, así que no puede continuar. Iníciala de nuevo.

## De qué trata una vigilancia: "Sincronizar ahora para github.acme.example".

sync-kind-add-server-usage = Agregar uso del servidor
sync-kind-sync-now = Sincronizar ahora
sync-kind-enable-license-sync = Habilitar la sincronización automática de licencias
sync-one-click = Sincronización con un clic
sync-one-click-kind = Sincronización con un clic ({ $kind })
sync-what-for = { $what } para { $label }
sync-panel =
    .aria-label = Confirmación de GitHub

## Cuánto lleva una vigilancia, como lo dice un lector de pantalla: "42 segundos", "3 minutos y 5 segundos".

sync-duration = { $minutes ->
    [0] { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }
    [one] { $seconds ->
        [0] 1 minuto
        [one] 1 minuto y 1 segundo
       *[other] 1 minuto y { $seconds } segundos
    }
   *[other] { $seconds ->
        [0] { $minutes } minutos
        [one] { $minutes } minutos y 1 segundo
       *[other] { $minutes } minutos y { $seconds } segundos
    }
}

## El traspaso: lo que abrió la app y el paso que da allí el administrador.

sync-handoff-upload = { $opened_in ->
    [browser] Se abrió la página de licencias de GitHub en tu navegador; el archivo se muestra en tu administrador de archivos y su ruta está en el portapapeles: arrástralo a **Add server usage** (Agregar uso del servidor).
    [app_window] Se abrió la página de licencias de GitHub en una ventana de esta app; el archivo se muestra en tu administrador de archivos y su ruta está en el portapapeles: arrástralo a **Add server usage** (Agregar uso del servidor).
   *[other] Se abrió la página de licencias de GitHub en “{ $opened_in }”; el archivo se muestra en tu administrador de archivos y su ruta está en el portapapeles: arrástralo a **Add server usage** (Agregar uso del servidor).
}
sync-handoff-enable = { $opened_in ->
    [browser] Se abrió GitHub Connect de { $label } en tu navegador: habilita **“Server can sync user license count and usage”** (El servidor puede sincronizar el recuento y uso de licencias de usuario) en **License sync** (Sincronización de licencias).
    [app_window] Se abrió GitHub Connect de { $label } en una ventana de esta app: habilita **“Server can sync user license count and usage”** (El servidor puede sincronizar el recuento y uso de licencias de usuario) en **License sync** (Sincronización de licencias).
   *[other] Se abrió GitHub Connect de { $label } en “{ $opened_in }”: habilita **“Server can sync user license count and usage”** (El servidor puede sincronizar el recuento y uso de licencias de usuario) en **License sync** (Sincronización de licencias).
}
sync-handoff-sync-now = { $opened_in ->
    [browser] Se abrió la página **License** (Licencias) de { $label } en tu navegador: elige **“Sync now”** (Sincronizar ahora) en **License sync** (Sincronización de licencias).
    [app_window] Se abrió la página **License** (Licencias) de { $label } en una ventana de esta app: elige **“Sync now”** (Sincronizar ahora) en **License sync** (Sincronización de licencias).
   *[other] Se abrió la página **License** (Licencias) de { $label } en “{ $opened_in }”: elige **“Sync now”** (Sincronizar ahora) en **License sync** (Sincronización de licencias).
}
sync-handoff-file = Archivo: { $path }
sync-handoff-page = Página: { $url }

## Qué hacer después de que GitHub dijo que no.

sync-fix-upload = Vuelve a exportar el uso de licencias en la instancia, en **Enterprise settings → License → Export license usage** (Configuración de la empresa → Licencias → Exportar uso de licencia), revísalo aquí y carga el archivo nuevo. Si GitHub lo sigue rechazando, puede que el archivo sea de otra instancia.
sync-fix-enable = Revisa GitHub Connect en la instancia (debe estar conectada a esta empresa) y vuelve a intentarlo, o usa Agregar uso del servidor con un archivo exportado.
sync-fix-sync-now = Revisa GitHub Connect y la sincronización de licencias en la configuración de la instancia y vuelve a usar Sincronizar ahora, o usa Agregar uso del servidor con un archivo exportado.

## El estado de la vigilancia, como lo muestra su etiqueta.

sync-chip-starting = Iniciando
sync-chip-waiting = Esperando a GitHub
sync-chip-processing = GitHub está procesando
sync-chip-confirmed = Confirmado
sync-chip-failed = Falló
sync-chip-not-confirmed = No confirmado
sync-chip-not-confirmed-yet = Aún no confirmado
sync-chip-stopped = Detenido
sync-chip-skipped = Omitido
sync-chip-not-started = No iniciado
sync-chip-ended = Terminado

## El estado de la vigilancia en palabras.

sync-starting = Leyendo el estado actual de GitHub y abriendo después la página…
sync-waiting-elapsed = Esperando a GitHub · { $elapsed } desde el traspaso
sync-processing = GitHub está procesando la carga.
sync-upload-state = Carga: { $name } ({ $state })
sync-upload-processed = Carga que procesó GitHub
sync-synced-at = Sincronización según GitHub
sync-seats-consumed = Puestos consumidos
sync-consumed = consumidos { $before } → { $after }
sync-github-says = GitHub dice: { $error }
sync-no-new-sync = GitHub no muestra ninguna sincronización nueva desde el traspaso.
sync-no-new-sync-after = GitHub no muestra ninguna sincronización nueva desde el { $since }, tras { $duration } de vigilancia.
sync-stopped-later = Dejaste de vigilar: si GitHub la acepta más tarde, la pantalla Licencia lo mostrará.
sync-may-arrive = Todavía puede llegar: a veces GitHub tarda más.
sync-cancelled = Dejaste de vigilar. No se confirmó nada; si GitHub la acepta de todos modos, la pantalla Licencia y Actividad lo mostrarán.
sync-gone = La vigilancia terminó mientras esta pantalla no estaba abierta.
sync-gone-record = La vigilancia terminó mientras esta pantalla no estaba abierta. El registro de Actividad dice: { $summary }
sync-see-activity = Ver Actividad
sync-last-seen = GitHub muestra ahora: última sincronización { $last } · comprobado { $polls ->
    [one] 1 vez
   *[other] { $polls } veces
}.
sync-last-seen-status = GitHub muestra ahora: última sincronización { $last } ({ $status }) · comprobado { $polls ->
    [one] 1 vez
   *[other] { $polls } veces
}.
sync-last-seen-none = GitHub muestra ahora: ninguna sincronización de esta instancia · comprobado { $polls ->
    [one] 1 vez
   *[other] { $polls } veces
}.
sync-last-sync-never = nunca
sync-poll-error = La última comprobación falló y se reintentará: { $message }
sync-cancel-failed = No se pudo cancelar la vigilancia

## Los botones de la vigilancia.

sync-cancel = Cancelar
sync-cancelling = Cancelando…
sync-keep-watching = Seguir vigilando
sync-stop = Detener

## Lo que dice una vigilancia a los lectores de pantalla al cambiar: `what` es "Sincronizar ahora para github.acme.example".

sync-said-starting = { $what }: iniciando.
sync-said-cancelling = { $what }: cancelando.
sync-said-waiting = { $what }: traspaso hecho. Esperando a GitHub.
# Same in every language.
sync-said-processing = { $what }: { $message }
sync-said-confirmed = { $what }: confirmado por GitHub. { $summary }
sync-said-failed-github = { $what } falló. GitHub dice: { $error }
sync-said-failed = { $what } falló. { $message }
sync-said-timed-out = { $what }: aún no confirmado. Sigue vigilando o detente.
sync-said-cancelled = { $what }: se dejó de vigilar. No se confirmó nada.
sync-said-stopped = { $what }: detenido. No confirmado.
sync-said-skipped = { $what }: omitido.
sync-said-refused = { $what } no pudo continuar.
sync-said-gone = { $what }: la vigilancia terminó.

## Dónde abre la app las páginas de GitHub (ui/views/sync/handoff-setting.js, en Conexiones).

sync-handoff-title = Traspasos a GitHub
sync-handoff-about = GitHub no tiene una API para cargar el uso del servidor ni para pulsar **Sync now** (Sincronizar ahora): la app te abre la página y luego lo confirma volviendo a leer GitHub.
sync-open-in = Abrir las páginas de GitHub en
sync-open-in-browser = tu navegador
sync-open-in-browser-hint = donde iniciaste sesión en GitHub
sync-open-in-app-window = una ventana de esta app
sync-open-in-app-window-hint = inicia sesión allí una vez
sync-open-in-saved = { $opened_in ->
    [browser] Las páginas de GitHub se abrirán en tu navegador.
   *[app_window] Las páginas de GitHub se abrirán en una ventana de esta app.
}
sync-open-in-not-saved = No se guardó: { $message }
