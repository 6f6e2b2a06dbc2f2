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
