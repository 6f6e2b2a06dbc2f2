## ghls: lo que imprime para las personas (crates/cli/). Su --help (el de clap) queda en
## inglés; --json conserva sus nombres de campo y sus kinds, y dice sus mensajes en el
## idioma elegido.

## Etiquetas al principio de una línea.

cli-label-error = error:
cli-label-warning = aviso:
cli-label-fix = solución:
cli-label-github-said = GitHub dijo:
cli-label-docs = documentación:
cli-label-retry-after = reintentar tras:
cli-label-confirmed = confirmado:
cli-label-not-confirmed = sin confirmar:
cli-label-accepted = aceptado:
cli-label-refused = rechazado:
cli-label-exported = exportado:

## Palabras y cantidades que comparten los comandos.

# Same in every language.
cli-seconds = { $seconds } s
cli-bytes = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
}
cli-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
cli-n-pages = { $n ->
    [one] 1 página
   *[other] { $n } páginas
}
cli-n-requests = { $n ->
    [one] 1 solicitud
   *[other] { $n } solicitudes
}
cli-n-findings = { $n ->
    [one] 1 hallazgo
   *[other] { $n } hallazgos
}
cli-n-seats = { $n ->
    [one] 1 puesto
   *[other] { $n } puestos
}
cli-unknown = desconocido
cli-yes = sí
cli-no = no
cli-not-configured = sin configurar
cli-not-configured-id = (sin configurar)
cli-no-instances = GitHub no muestra ninguna instancia de servidor, y no hay ninguna configurada.

## Encabezados de tabla.

cli-col-instance = INSTANCIA
cli-col-host = HOST
cli-col-last-sync = ÚLTIMA SINCRONIZACIÓN
# A last sync cell: GitHub's time (as the language writes it, in UTC) and its age in words.
# Same in every language.
cli-last-sync-cell = { $at } ({ $ago })
cli-col-verdict = VEREDICTO
cli-col-tell-after = AVISAR TRAS
cli-col-version = VERSIÓN
cli-col-seats = PUESTOS
cli-col-used = USADOS
cli-col-available = DISPONIBLES
cli-col-expires = VENCE
cli-col-automatic-sync = SINCRONIZACIÓN AUTOMÁTICA DE LICENCIAS
cli-col-configured = CONFIGURADA
cli-col-last-upload = ÚLTIMA CARGA
cli-col-read-at = leída el
cli-col-people = personas
cli-col-seats-pair = puestos
cli-col-cloud = nube
cli-col-server = servidor
cli-col-both = ambos
# Same in every language.
cli-col-vs = VS
cli-col-changes = cambios
cli-col-load-read-at = carga leída el
cli-col-findings = hallazgos
cli-col-seats-to-save = puestos por ahorrar
cli-col-server-accounts = cuentas del servidor
cli-col-cloud-seats = puestos en la nube
cli-col-server-licenses = licencias de servidor (usados/puestos)

## Fallos del propio ghls (exit.rs, main.rs, output.rs, args.rs, duration.rs).

cli-reader-gone = El lector de la salida se fue.
cli-output-failed = No se pudo escribir la salida: { $detail }.
cli-output-failed-fix = Comprueba que el disco no esté lleno y que la salida siga abierta.
cli-json-failed = No se pudo generar el JSON: { $detail }
cli-runtime-failed = No se pudo iniciar el entorno de ejecución asíncrono: { $detail }.
cli-runtime-failed-fix = Revisa los límites del proceso (hilos, archivos abiertos) y vuelve a intentarlo.
cli-interrupted = Interrumpido.
cli-not-a-language = `{ $lang }` no es un idioma de ghls; usa en, es o pt-BR
cli-duration-invalid = `{ $text }` no es una duración: usa un número con una unidad, p. ej., 7d, 36h, 90m, 45s, 2w o 1d12h
cli-duration-too-long = `{ $text }` es una duración demasiado larga
cli-unknown-instance = No hay ninguna instancia de GHES `{ $name }` en la configuración.
cli-unknown-instance-fix = Usa una de estas: { $known }.
cli-unknown-instance-none-fix = No hay ninguna instancia de GHES configurada: agrégala en Conexiones de la app de escritorio, o prueba ghls con --demo.
cli-no-temporary-file = No se pudo crear un archivo temporal para la exportación: { $detail }.
cli-no-temporary-file-fix = Comprueba que la carpeta temporal (TMPDIR) admita escritura, o escribe en un archivo con -o ARCHIVO.
cli-no-config-folder = (ninguna carpeta de configuración)
cli-no-config-folder-detail = este sistema no tiene carpeta de configuración; define GHLS_CONFIG_DIR

## Consejos que solo da ghls, después de los de la app (open.rs).

cli-advice-token-variables = O dale a ghls el token en una variable de entorno: GHLS_GHEC_TOKEN para GitHub Enterprise Cloud, GHLS_GHES_TOKEN_<ID> para una instancia de GHES (consulta `ghls --help`).
cli-advice-token-order = ghls usa GHLS_GHEC_TOKEN / GHLS_GHES_TOKEN_<ID> cuando están definidas; si no, el token guardado en el llavero del sistema.
cli-advice-settings-at = ghls lee la configuración de la app de escritorio en { $path } (GHLS_CONFIG_DIR cambia la carpeta); configura las conexiones en la app, o prueba ghls con --demo.
cli-advice-settings = ghls lee la configuración de la app de escritorio (GHLS_CONFIG_DIR cambia la carpeta); configura las conexiones en la app, o prueba ghls con --demo.

## Cargar las licencias consumidas (commands/mod.rs, progress.rs): stderr.

cli-load-cost = se cargaron { $pages } de licencias consumidas (costó { $spent } del límite de solicitudes).
cli-load-cost-refreshed = se actualizaron { $pages } de licencias consumidas, { $unchanged } sin cambios (costó { $spent } del límite de solicitudes; { $sent } enviadas).
cli-load-pauses = El límite de solicitudes de GitHub para este token está agotado: la carga se pausa { $seconds } s, hasta las { $until } UTC (Ctrl-C la detiene; --max-wait limita la espera).
cli-load-would-pause = El límite de solicitudes de GitHub para este token está agotado: la carga de licencias consumidas se pausaría { $seconds } s hasta que el límite se restablezca, más que --max-wait { $max_wait }.
cli-load-would-pause-fix = Vuelve a ejecutarlo dentro de { $wait } (otras herramientas que usan el mismo token comparten su presupuesto por hora), o permite la espera con un --max-wait más largo.
cli-progress-pages = Licencias consumidas: página
cli-progress-starting = iniciando
cli-progress-consumers = { $rows } usuarios que consumen una licencia
cli-progress-rate-limit = Límite de solicitudes de GitHub: esperando { $seconds } s (hasta { $until })
cli-progress-retrying = página { $page }: { $reason }; intento { $attempt } en { NUMBER($wait, minimumFractionDigits: 1, maximumFractionDigits: 1) } s

## ghls status.

cli-status-license-sync = Sincronización de licencias
cli-status-title = { $title } de la empresa { $enterprise } (necesita atención después de { $max_age })
cli-verdict = { $verdict ->
    [ok] ok
    [stale] desactualizada: más antigua que { $max_age }
    [failed] falló
    [never_synced] nunca sincronizada
   *[unreadable_date] fecha ilegible
}
cli-github-says = { $host }: GitHub dice: { $error }
cli-synced-again = { $name } volvió a sincronizar
cli-not-synced-again = { $name } no
cli-since-last-check = Desde la última comprobación ({ $at }): { $said }.
cli-status-all-synced = { $total ->
    [one] La instancia se sincronizó dentro de { $max_age }.
   *[other] Las { $total } instancias se sincronizaron dentro de { $max_age }.
}
cli-status-attention = { $count ->
    [one] { $total ->
        [one] 1 de 1 instancia necesita atención: usa "Sync now" (Sincronizar ahora) en la página License (Licencias) de la instancia, o exporta su uso de licencias y agrégalo en GHEC con "Add server usage" (Agregar uso del servidor).
       *[other] 1 de { $total } instancias necesita atención: usa "Sync now" (Sincronizar ahora) en la página License (Licencias) de la instancia, o exporta su uso de licencias y agrégalo en GHEC con "Add server usage" (Agregar uso del servidor).
    }
   *[other] { $count } de { $total } instancias necesitan atención: usa "Sync now" (Sincronizar ahora) en la página License (Licencias) de cada instancia, o exporta su uso de licencias y agrégalo en GHEC con "Add server usage" (Agregar uso del servidor).
}
cli-budget-left = { $unit ->
    [graphql] quedan { $remaining } de { $limit } puntos de GraphQL
   *[rest] quedan { $remaining } de { $limit } solicitudes REST
}
cli-budget-resets = { $left } (se restablece a las { $time } UTC)
cli-budget = Presupuesto de solicitudes de GitHub del token: { $parts }.
cli-budget-unknown = Presupuesto de solicitudes de GitHub: desconocido ({ $error })

## ghls monitor.

cli-monitor-no-change = Sin cambios desde la última comprobación.

## ghls license.

cli-no-ghes = No hay ninguna instancia de GHES configurada.
cli-no-ghes-fix-at = Agrega las instancias en Conexiones de la app de escritorio; ghls lee la misma configuración ({ $path }). O prueba ghls con --demo.
cli-no-ghes-fix = Agrega las instancias en Conexiones de la app de escritorio; ghls lee la misma configuración. O prueba ghls con --demo.
cli-seats-unlimited = ilimitados
cli-expired = vencida
cli-days-left = { $days ->
    [one] queda 1 día
   *[other] quedan { $days } días
}
cli-not-read = no se pudo leer

## ghls servers.

cli-no-enterprise-fix = Agrega la empresa en Conexiones de la app de escritorio; ghls lee la misma configuración. O prueba ghls con --demo.
cli-servers-title = Instancias de servidor que GitHub Enterprise Cloud conoce para { $enterprise }:
cli-connect-on = activada (GitHub Connect)
cli-connect-off = desactivada: cargas a mano
cli-uploads-not-given = GitHub no la da
cli-uploads-none = ninguna
cli-upload-no-name = (sin nombre)
cli-upload-no-state = (sin estado)
cli-servers-not-listed = { $id } ({ $host }) está configurada, pero GitHub no muestra ninguna instancia con ese nombre de host: nunca se ha sincronizado.

## ghls consumed.

cli-consumed-written = { $rows } de { $total } usuarios que consumen una licencia de la empresa { $enterprise }, obtenidos el { $fetched_at }.
cli-consumed-written-to = Se escribieron { $rows } de { $total } usuarios que consumen una licencia de la empresa { $enterprise } en { $path } ({ $bytes } bytes, { $format }).
cli-consumed-changes = { $added } agregados, { $removed } quitados, { $changed } cambiados de { $from } a { $to }.
cli-changes-written = Se escribió { $path } ({ $bytes } bytes): { $note }

## ghls duplicates.

cli-table-not-to-file = --format table es para la terminal y no se puede escribir con -o.
cli-table-not-to-file-fix = Usa --format json o --format csv con -o ARCHIVO.
cli-findings-written = { $findings ->
    [one] Se escribió 1 hallazgo en { $path } ({ $bytes } bytes, { $format }).
   *[other] Se escribieron { $findings } hallazgos en { $path } ({ $bytes } bytes, { $format }).
}
cli-accounts-asking = Cuentas del servidor: pidiendo a GitHub las instancias de Enterprise Server
cli-accounts-reading = Cuentas del servidor: { $done } de { $instances } instancias listas, { $accounts } cuentas
cli-accounts-reading-of = Cuentas del servidor: { $done } de { $instances } instancias listas, { $accounts } de { $total } cuentas
cli-accounts-rate-limit = Cuentas del servidor: límite de solicitudes de GitHub: esperando { $seconds } s (hasta { $until })
cli-accounts-retrying = Cuentas del servidor: { $reason }; intento { $attempt }
cli-accounts-warning = aviso: cuentas del servidor: { $note }
cli-duplicates = Duplicados
cli-duplicates-title = { $title } entre { $consumers } usuarios que consumen una licencia: { $findings }, hasta { $seats } por ahorrar (alta { $high }, media { $medium }, baja { $low }).
cli-duplicates-accounts = Cuentas del servidor: { $named } de { $entries } entradas solo del servidor con nombre.
cli-duplicates-accounts-partial = Cuentas del servidor: { $named } de { $entries } entradas solo del servidor con nombre; GitHub dio solo parte de las cuentas.
cli-duplicates-group = { $title } ({ $findings }, { $seats })
cli-confidence = { $confidence ->
    [high] alta
    [medium] media
   *[low] baja
}

## ghls history.

cli-history-since-invalid = `{ $text }` no es una antigüedad, un día ni una hora.
cli-history-since-invalid-fix = Usa una antigüedad desde ahora (7d, 12w), un día (2026-01-05) o RFC 3339 (2026-01-05T09:00:00Z).
cli-csv-and-json = --csv y --json piden dos formatos a la vez.
cli-csv-and-json-fix = Usa solo uno.
cli-history-in-memory = memoria (solo esta ejecución)
cli-history-no-enterprise = (ninguna configurada)
cli-history-empty = Todavía no se guarda nada de la empresa { $enterprise } en { $place }: `ghls consumed`, `ghls license` y la app guardan cada lectura.
cli-history-loads = Cargas de licencias consumidas de { $enterprise } ({ $kept } guardadas, en { $place }):
cli-history-duplicates = Análisis de duplicados ({ $count }):
cli-history-license = Lecturas de licencias ({ $count }):

## ghls validate.

cli-validate-accepted = { $file } es una exportación del uso de licencias de GHES: "Add server usage" (Agregar uso del servidor) de GitHub Enterprise Cloud la acepta.
cli-validate-no-features = ninguna indicada
cli-validate-sync-hint = Indica license_usage_sync: probablemente la sincronización de licencias de GitHub Connect está activada en esta instancia.
cli-field-host = host
cli-field-server-id = ID del servidor
cli-field-version = versión
cli-field-features = funciones
cli-field-size = tamaño
# Same in every language.
cli-field-sha256 = SHA-256
cli-field-age = antigüedad

## ghls export.

cli-export-reading-version = Leyendo la versión de la instancia
cli-export-connecting = Conectando con { $address } y ejecutando `{ $command }`
cli-export-receiving = Recibiendo la exportación: { $bytes } bytes
cli-export-validating = Comprobando que la exportación ({ $bytes } bytes) sea uso de licencias
cli-exported = uso de licencias de { $instance } con `{ $command }` en { $path } ({ $bytes } bytes).
cli-exported-accepted = SHA-256 { $sha256 }; "Add server usage" (Agregar uso del servidor) de GitHub Enterprise Cloud la acepta.

## ghls watch.

cli-watch-since-invalid = --since `{ $text }` no es una hora.
cli-watch-since-invalid-fix = Usa una hora RFC 3339 (2026-11-22T12:00:00Z), `now` o cuánto tiempo atrás (90m, 2h, 1d).
cli-watch-waiting-for = Esperando a que GitHub muestre una sincronización de { $instance } después de { $since }
cli-watch-waiting = Esperando a GitHub
cli-watch-progress = { $polls ->
    [one] { $head }: { $seconds } s, 1 lectura; { $seen }
   *[other] { $head }: { $seconds } s, { $polls } lecturas; { $seen }
}
cli-watch-seen-relative = GitHub muestra su última sincronización { $relative }
cli-watch-seen-at = GitHub muestra su última sincronización el { $at }
cli-watch-seen-none = GitHub todavía no muestra ninguna sincronización suya
cli-watch-not-listed = GitHub todavía no la muestra
cli-watch-read-failed = la última lectura falló: { $error }
cli-watch-read-retrying = una lectura de GitHub falló (se reintenta): { $error }
cli-watch-note = nota: { $note }
cli-watch-upload = carga: { $name } ({ $state })
cli-watch-upload-at = carga: { $name } ({ $state } el { $at })
cli-watch-timed-out = GitHub todavía no muestra ninguna sincronización de { $instance } después de { $since } (se esperó { $waited }).
cli-watch-timed-out-fix = Sigue vigilando: vuelve a ejecutar `ghls watch --instance { $instance } --since { $since }`, con un --timeout más largo si GitHub tarda.
cli-watch-failed-fix = Corrige lo que indica GitHub, luego vuelve a sincronizar y vigila con un --since nuevo.
cli-watch-failed-fix-says = Corrige lo que indica GitHub ("{ $github }"), luego vuelve a sincronizar y vigila con un --since nuevo.
cli-watch-cancelled = Se dejó de vigilar: no se esperó la respuesta de GitHub.

## ghls emulator.

cli-emulator-failed = No se pudo iniciar el emulador de GitHub: { $detail }.
cli-emulator-failed-fix = Elige otra dirección de loopback en --listen (el puerto 0 elige uno libre).
cli-emulator-serves = El emulador de GitHub sirve { $url } (no es GitHub). Ctrl-C lo detiene.
