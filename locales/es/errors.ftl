## Los errores de los servicios (crates/services/src/error.rs): qué falló y qué hacer (`-fix`).

## Los secretos y el llavero del sistema.

error-missing-secret = { $kind ->
    [token] No hay ningún token guardado para { $target }.
   *[manage_password] No hay ninguna contraseña de la consola de administración guardada para { $target }.
}
error-missing-secret-fix = { $kind ->
    [token] Abre Conexiones y guarda el token. Se guarda en el llavero del sistema, nunca en un archivo.
   *[manage_password] Abre Conexiones y guarda la contraseña de la consola de administración. Se guarda en el llavero del sistema, nunca en un archivo.
}
error-keyring-unavailable = El llavero del sistema no está disponible: { $detail }.
error-keyring-unavailable-fix = Inicia o desbloquea el llavero de tu escritorio (GNOME Keyring, KWallet, Llavero de macOS, Administrador de credenciales de Windows), o guarda los secretos solo para esta sesión.
error-keyring = El llavero del sistema se negó a { $action ->
        [open] abrir
        [read] leer
        [save] guardar
       *[delete] eliminar
    } { $kind ->
        [token] el token
       *[manage_password] la contraseña de la consola de administración
    } de { $target ->
        [ghec] GitHub Enterprise Cloud
       *[ghes] la instancia de GHES { $instance }
    }: { $detail }.
error-keyring-fix = Desbloquea el llavero y vuelve a intentarlo.

## El archivo de configuración.

error-settings-read = No se pudo leer el archivo de configuración { $path }: { $detail }.
error-settings-read-fix = Revisa los permisos del archivo.
error-settings-corrupt = El archivo de configuración { $path } no es válido ({ $detail }); se apartó como { $kept_as }.
error-settings-corrupt-fix = La app se inicia con la configuración vacía; vuelve a escribir tus conexiones, o repara el archivo apartado y ponlo de nuevo en su lugar.
error-settings-from-the-future = El archivo de configuración { $path } lo escribió una versión más reciente de GHE License Sync (versión de configuración { $found }; esta app lee hasta la { $supported }).
error-settings-from-the-future-fix = Actualiza GHE License Sync, o mueve el archivo a otro lugar para empezar de cero con esta versión.
error-settings-write = No se pudo guardar la configuración en { $path }: { $detail }.
error-settings-write-fix = Comprueba que quede espacio libre y que la carpeta de configuración admita escritura.
error-settings-read-only = El guardado está desactivado: el archivo de configuración no se pudo leer como configuración de esta versión, y se conserva tal como está.
error-settings-read-only-fix = Lee el aviso sobre la configuración: actualiza la app, o mueve el archivo a otro lugar para empezar de cero. Mientras tanto, no se escribe nada encima.
error-invalid-settings = { $count ->
    [one] { $count } ajuste necesita atención: { $problems }
   *[other] { $count } ajustes necesitan atención: { $problems }
}
error-invalid-settings-fix = Corrige los campos marcados en la pantalla Conexiones y vuelve a guardar.
error-invalid-monitor-settings = { $count ->
    [one] { $count } ajuste de las comprobaciones en segundo plano necesita atención: { $problems }
   *[other] { $count } ajustes de las comprobaciones en segundo plano necesitan atención: { $problems }
}
error-invalid-monitor-settings-fix = Corrige los ajustes marcados de Comprobaciones en segundo plano y vuelve a guardar.

## Conexiones.

error-emulator = El emulador de GitHub integrado no pudo iniciarse: { $detail }.
error-emulator-fix = Cierra las otras copias de la demo y vuelve a iniciar la app.
error-unknown-instance = No hay ninguna instancia de GHES `{ $id }` en la configuración.
error-unknown-instance-fix = Actualiza: la configuración cambió.
error-ca-bundle = No se puede usar el paquete de CA personalizado { $path }: { $detail }.
error-ca-bundle-fix = Revisa la ruta del paquete de CA personalizado en Conexiones: debe ser un archivo PEM legible con los certificados de CA de tu empresa (-----BEGIN CERTIFICATE-----).
error-not-configured = { $what ->
    [ghec] GitHub Enterprise Cloud no está configurado.
   *[ghes] No hay ninguna instancia de GHES configurada.
}
error-not-configured-ghec-fix = Escribe el slug de la empresa en Conexiones y guarda.
error-not-configured-ghes-fix = Agrega una instancia de GHES en Conexiones y guarda.
error-no-web-address = No hay ninguna dirección web que abrir para { $target }.
error-no-web-address-fix = Escribe la dirección web en Conexiones (p. ej., https://github.com, o https://SUBDOMINIO.ghe.com con residencia de datos).

## El trabajo en curso y los valores que recibe.

error-not-loaded = Todavía no hay licencias consumidas cargadas.
error-not-loaded-fix = Primero carga las licencias consumidas desde GitHub (Licencias consumidas, Cargar).
error-export = No se pudo escribir la exportación en { $path }: { $detail }.
error-export-fix = Elige una carpeta en la que puedas escribir y que tenga espacio libre; el archivo que ya estaba allí no cambia.
error-task = Una tarea interna ({ $what }) se detuvo inesperadamente: { $detail }.
error-task-fix = Vuelve a intentarlo; si vuelve a pasar, consulta los registros.
error-watch-running = Ya hay una vigilancia en curso para { $target } (iniciada hace { $started_ago }); cancélala primero.
error-watch-running-fix = Espera a que GitHub lo confirme, o cancela esa vigilancia, y vuelve a empezar.
error-usage-file-refused = { $file } no se puede cargar: { $reason }
error-invalid-argument = `{ $value }` no es un valor válido para { $what }: { $detail }.
error-invalid-argument-fix = Actualiza la pantalla y vuelve a intentarlo.
error-job-running = { $what } ya está en curso.
error-job-running-fix = Espera a que termine (o cancélalo) y vuelve a empezar.
error-license-file-refused = { $file } no se puede cargar como licencia: { $reason }

## El historial.

error-history = No se pudo usar el historial { $path }: { $detail }.
error-history-fix = Comprueba que quede espacio libre y que la carpeta de datos admita escritura; mientras tanto, la app sigue funcionando sin su historial. Un archivo dañado se puede mover a otro lugar: se empieza uno nuevo.
error-history-detail-too-short = { $days ->
    [one] Las personas de cada carga deben conservarse al menos { $min } días (se pidió { $days } día).
   *[other] Las personas de cada carga deben conservarse al menos { $min } días (se pidieron { $days } días).
}
error-history-detail-too-short-fix = Elige { $min } días o más; el resumen de cada carga se conserva para siempre de todos modos.
error-no-history = El historial no conserva ninguna carga anterior de licencias consumidas con la que comparar.
error-no-history-fix = Carga las licencias consumidas (Licencias consumidas, Cargar; o `ghls consumed`): se conserva cada carga, y los cambios se cuentan a partir de la segunda.
error-history-from-the-future = El historial { $path } lo escribió una versión más reciente de GHE License Sync (versión de esquema { $found }; esta app lee hasta la { $supported }).
error-history-from-the-future-fix = Actualiza GHE License Sync. Mientras tanto, el historial se deja como está y esta versión funciona sin él.

## Lo que hacía una tarea que se detuvo (el $what de error-task).

task-compare-analyses = comparar análisis de duplicados
task-compare-loads = comparar cargas guardadas
task-keep-license = guardar la lectura de Licencia
task-keep-consumed = guardar las licencias consumidas
task-keep-demo-week = guardar la semana pasada de la demostración
task-keep-analysis = guardar el análisis de duplicados
task-keep-accounts = guardar las cuentas del servidor
task-open-kept-consumed = abrir las licencias consumidas guardadas
task-prepare-consumed = preparar las licencias consumidas
task-read-history = leer el historial
task-refresh-consumed = actualizar las licencias consumidas
task-save-settings = guardar la configuración
task-fetch-consumed = leer las licencias consumidas
task-query-consumed = buscar en las licencias consumidas
task-analyse-duplicates = el análisis de duplicados
task-export = escribir la exportación
task-handoff = el traspaso a GitHub
task-write-changes = escribir los cambios
task-check-export = comprobar la exportación
task-read-sync-modes = leer los modos de sincronización de licencias
task-read-ca-bundle = leer el paquete de CA
task-read-monitor = leer las comprobaciones en segundo plano
task-read-license-file = leer el archivo de licencia
task-save-monitor = guardar las comprobaciones en segundo plano
