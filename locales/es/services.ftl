## Las funciones más pequeñas de los servicios (crates/services/src/): licencias, licencias
## consumidas, duplicados, el historial, la demo, los archivos de Agregar uso del servidor y
## palabras compartidas.

## Puestos y valores desconocidos dentro de una frase.

svc-unknown = desconocido
# What an error names: the enterprise account by its slug.
svc-enterprise = la empresa { $slug }
svc-seats = { $count ->
    [one] { $count } puesto
   *[other] { $count } puestos
}
svc-seats-unlimited = puestos ilimitados
svc-seats-unknown = puestos desconocidos
svc-seats-other = { $text } puestos
svc-seats-used = { $count } en uso
svc-seats-used-unknown = en uso desconocidos

## Valores rechazados (error-invalid-argument): el nombre del valor y lo que debe ser.

svc-arg-start = el inicio
svc-arg-instant-detail = usa un día (2026-01-05) o una hora en RFC 3339 (2026-01-05T09:00:00Z)
svc-arg-rate-reserve = la reserva de solicitudes
svc-arg-rate-reserve-detail = una reserva va del 0 al 100 por ciento del límite por hora
svc-arg-handoff-time = la hora del traspaso
svc-arg-handoff-time-detail = se esperaba una hora en RFC 3339, como 2026-11-22T12:00:00Z

## Trabajos que ya están en curso (error-job-running).

svc-job-license-upload = Una carga de licencia en { $instance }
svc-job-server-accounts = La carga de las cuentas del servidor

## Fallos en palabras, después de dos puntos.

svc-io-file-missing = el archivo no existe (¿se movió o se eliminó?)
svc-io-folder-missing = la carpeta no existe
svc-io-read-denied = permiso denegado: tu usuario no puede leerlo
svc-io-write-denied = permiso denegado: tu usuario no puede escribir en esa carpeta
svc-task-stopped = la tarea en segundo plano se detuvo: { $detail }
svc-task-unchanged-without-load = GitHub las encontró sin cambios, pero no se conserva ninguna carga anterior
svc-task-no-result = terminó sin resultado

## Cargar una licencia nueva.

svc-license-file-fix = Elige el archivo de licencia .ghl que GitHub envió para esta instancia (cuenta de empresa, Settings (Configuración), Enterprise licensing (Licencias de empresa), descarga la licencia de GitHub Enterprise Server).
svc-license-file-empty = el archivo está vacío.
svc-license-file-is-usage = es una exportación de uso de licencias, no una licencia.
svc-license-file-is-usage-fix = Úsala con Agregar uso del servidor (va a GitHub Enterprise Cloud). Para cargar una licencia nueva, elige el archivo .ghl que GitHub envió para esta instancia.
svc-license-file-not-ghl = solo los archivos de licencia de GitHub Enterprise (.ghl) se cargan como licencia.
svc-license-uploaded = { $applied ->
    [yes] Nueva licencia { $file } cargada y en proceso de aplicarse: { $seats }, vencimiento: { $expires }; comprobación: { $check }.
   *[no] Nueva licencia { $file } cargada (todavía sin aplicar): { $seats }, vencimiento: { $expires }; comprobación: { $check }.
}

## La pantalla Licencia.

svc-ghec-not-configured-reason = Agrega la empresa de GitHub Enterprise Cloud en Conexiones para ver sus puestos y su sincronización de licencias.

## Duplicados: lo que les falta a las cuentas del servidor.

svc-accounts-installations-incomplete = la lista de instalaciones de Enterprise Server está incompleta: { $detail }
svc-accounts-without-host = { $count ->
    [one] una instalación sin nombre de host ({ $count } cuenta) no se puede unir a los datos de licencias
   *[other] una instalación sin nombre de host ({ $count } cuentas) no se puede unir a los datos de licencias
}
svc-accounts-without-id = { $count ->
    [one] { $count } cuenta llegó sin remoteUserId y no se puede unir
   *[other] { $count } cuentas llegaron sin remoteUserId y no se pueden unir
}

## El historial (el detalle de error-history).

svc-history-folder = no se pudo crear su carpeta ({ $detail })
svc-history-tables = no se pudieron preparar sus tablas ({ $detail })
svc-history-disk-full = el disco está lleno
svc-history-read-only = no se puede escribir en él (permisos o un disco de solo lectura)
svc-history-locked = otro programa lo mantuvo bloqueado demasiado tiempo
svc-history-not-a-history = no es un historial de GHE License Sync
svc-history-damaged = está dañado
svc-history-cannot-open = no se puede abrir
svc-history-person-unreadable = no se pudo leer una persona guardada ({ $detail })
svc-history-line-without-key = una línea guardada no tiene clave
svc-history-key-escape = una clave guardada termina en un carácter de escape
svc-history-part-uninflatable = no se pudo descomprimir una parte guardada ({ $detail })
svc-history-load-not-detailed = la carga { $load } no se conserva en detalle
svc-history-no-load = no contiene ninguna carga { $load }

## La demo.

svc-demo-emulator-stopped = El emulador de GitHub integrado no responde: se detuvo. Cierra la app y vuelve a iniciar la demo.

## Agregar uso del servidor: los archivos soltados o elegidos.

svc-usage-file-read-stopped = la lectura del archivo se detuvo inesperadamente: { $detail }
svc-usage-file-accepted = { $file } es una exportación de uso de licencias de { $host } (GHES { $version }).
svc-usage-file-refused = { $file } se rechazó: { $reason }
