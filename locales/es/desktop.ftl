## El shell de escritorio: diálogos de archivos, Abrir al iniciar sesión, la bandeja.

file-dialog-failed = El diálogo de archivos falló: { $detail }.
file-dialog-failed-fix = Vuelve a intentarlo; si el diálogo no se abre, revisa el servicio de selección de archivos del escritorio.
autostart-failed = { $state ->
    [on] No se pudo activar Abrir al iniciar sesión: { $detail }.
   *[off] No se pudo desactivar Abrir al iniciar sesión: { $detail }.
}
autostart-failed-fix = Comprueba que la carpeta de inicio automático de tu carpeta personal (~/.config/autostart en Linux, ~/Library/LaunchAgents en macOS) admita escritura, o agrega tú mismo la app a las aplicaciones de inicio de tu escritorio.
autostart-demo = La demo no se agrega a tus elementos de inicio de sesión.
autostart-demo-fix = Abrir al iniciar sesión está disponible cuando la app se ejecuta con tus propias conexiones (sin --demo).
autostart-not-set-up = el servicio de elementos de inicio de sesión no está configurado

## El menú del icono de la bandeja (src-tauri/src/tray.rs).

tray-open = Abrir GHE License Sync
tray-check-now = Comprobar ahora
tray-sync-everything = Sincronizar todo
tray-quit = Salir

## Notificaciones de Comprobar ahora de la bandeja y de la ventana cerrada a la bandeja (monitor.rs).

notify-check-unread = Comprobación en segundo plano: no se pudo leer GitHub
notify-check-no-change = Comprobación en segundo plano: sin cambios
notify-check-no-change-body = { $count ->
    [one] 1 instancia comprobada; nada nuevo desde la última comprobación.
   *[other] { $count } instancias comprobadas; nada nuevo desde la última comprobación.
}
notify-check-failed = Falló la comprobación en segundo plano
notify-in-tray = GHE License Sync sigue comprobando en segundo plano
notify-in-tray-body = Sal desde el icono de la bandeja.

## Por qué un paso del traspaso no funcionó en este escritorio (desktop.rs): el detalle dentro
## de la nota del traspaso ("No se pudo abrir la página en el navegador (…)").

shell-not-a-url = no es una dirección web: { $detail }
shell-scheme = solo se abren direcciones web, no { $scheme }:
shell-no-browser = no se pudo iniciar ningún navegador: { $detail }
shell-not-absolute = { $path } no es una ruta absoluta
shell-no-file-manager = ningún administrador de archivos lo mostró: { $detail }
shell-no-clipboard = no se pudo acceder al portapapeles: { $detail }
shell-no-notification = no se pudo mostrar la notificación: { $detail }
shell-window-not-loaded = la ventana de GitHub no pudo cargar la página: { $detail }
shell-window-not-opened = no se pudo abrir la ventana de GitHub: { $detail }
# Same in every language.
github-window-title = GitHub — GHE License Sync

## Diálogos de archivos (file_dialog.rs, commands/).

dialog-choose-usage-export = Elige la exportación del uso de licencias
dialog-save-usage-export = Guardar la exportación del uso de licencias
dialog-choose-license = Elige el archivo de licencia nuevo (.ghl)
dialog-export-csv = Exportar como CSV
dialog-export-json = Exportar como JSON
dialog-filter-usage-export = Exportación del uso de licencias (JSON)
dialog-filter-license = Licencia de GitHub Enterprise (.ghl)
dialog-filter-csv = CSV (valores separados por comas)
dialog-filter-all = Todos los archivos
dialog-not-opened = no se pudo abrir el diálogo de archivos: { $detail }
dialog-no-answer = el diálogo de archivos se cerró sin respuesta

## Al iniciar la app: una línea de comandos incorrecta (el texto de uso que sigue queda en
## inglés, como --help), una ventana que no se puede abrir (lib.rs, start.rs).

start-needs-number = { $flag } necesita un número
start-expected-number = { $flag } { $value }: se esperaba un número como 320
start-expected-whole-number = { $flag } { $value }: se esperaba un número entero
start-unknown-argument = argumento desconocido `{ $argument }`
start-one-file = un archivo a la vez: se dieron { $first } y { $second }
start-window-not-opened = no se pudo abrir la ventana: { $detail }
start-no-config-folder = (ninguna carpeta de configuración)
start-no-config-folder-detail = este sistema no tiene carpeta de configuración; define GHLS_CONFIG_DIR
