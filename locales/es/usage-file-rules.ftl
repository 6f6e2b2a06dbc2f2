## Un archivo rechazado como exportación del uso de licencias: qué es y qué hacer en su lugar
## (crates/domain/src/usage_file/refusal.rs). $steps es usage-rule-export-steps.

# Dónde exporta GHES el uso: las etiquetas de GitHub (cada una con su traducción al lado).
usage-rule-export-steps = Enterprise settings (Configuración de la empresa) → License (Licencias) → Export license usage (Exportar uso de licencia)
usage-rule-empty = Este archivo está vacío: no tiene ningún contenido.
usage-rule-blank = Este archivo solo contiene espacios en blanco, ningún uso de licencias.
usage-rule-empty-fix = Probablemente la exportación se interrumpió o se eligió el archivo equivocado. Vuelve a exportar el uso en GHES ({ $steps }) y elige el archivo .json descargado.
usage-rule-too-large = Este archivo ocupa { $size }, más de los { $cap } que puede ocupar una exportación del uso de licencias: incluso 300.000 usuarios caben en unos 105 MB.
usage-rule-too-large-fix = Comprueba que elegiste la exportación del uso y no un archivo comprimido, una copia de seguridad o un paquete de soporte. Para obtener una exportación nueva, en GHES: { $steps }.
usage-rule-directory = Esto es una carpeta, no un archivo.
usage-rule-directory-fix = Abre la carpeta y elige el archivo .json del uso de licencias que contiene.
usage-rule-unreadable = No se pudo leer este archivo: { $detail }.
usage-rule-unreadable-fix = Comprueba que el archivo todavía exista, que haya terminado de descargarse y que tu cuenta pueda leerlo (permisos, una unidad desconectada) y vuelve a elegirlo.
usage-rule-utf16 = { $endian ->
    [big] Este archivo es texto UTF-16 (big-endian), no el UTF-8 que escribe GHES: probablemente se abrió y se volvió a guardar en un editor.
   *[little] Este archivo es texto UTF-16 (little-endian), no el UTF-8 que escribe GHES: probablemente se abrió y se volvió a guardar en un editor.
}
usage-rule-utf16-fix = Usa el archivo tal como lo exportó GHES, sin guardarlo en un editor. Si solo tienes esta copia, vuelve a exportar el uso en GHES: { $steps }.
usage-rule-binary = Este archivo contiene datos binarios, no es una exportación del uso de licencias (que es texto JSON).
usage-rule-binary-fix = Comprueba que elegiste el archivo correcto. Una exportación del uso es un archivo .json que se obtiene en GHES: { $steps }.
usage-rule-not-utf8 = Este archivo es texto, pero no UTF-8 (el byte en la posición { NUMBER($offset, useGrouping: "false") } no es UTF-8 válido): probablemente se volvió a guardar en una codificación antigua, como Latin-1 o Windows-1252.
usage-rule-not-utf8-fix = Usa el archivo tal como lo exportó GHES, sin convertirlo. Si solo tienes esta copia, vuelve a exportar el uso en GHES: { $steps }.
usage-rule-ghl = Este es un archivo de licencia de GitHub Enterprise Server (.ghl), no el uso de licencias.
usage-rule-ghl-fix = Para instalarlo, usa Cargar una licencia nueva en la pantalla Licencia. Para Agregar uso del servidor, exporta el uso en GHES: { $steps }.
usage-rule-ghec-csv = Este es el informe CSV de licencias consumidas de GitHub Enterprise Cloud, no el uso de licencias de un servidor: no se puede volver a cargar allí de donde vino.
usage-rule-ghec-csv-fix = Para revisar quién consume licencias, abre la pantalla Licencias consumidas. Para Agregar uso del servidor, exporta el uso en GHES: { $steps }.
usage-rule-consumed-json = Esta es la lista de licencias consumidas de la API REST de GitHub Enterprise Cloud (totales de puestos y usuarios que consumen licencias), no el uso de licencias de un servidor.
usage-rule-consumed-json-fix = La pantalla Licencias consumidas ya muestra esta lista. Para Agregar uso del servidor, exporta el uso en GHES: { $steps }.
usage-rule-sync-status-json = Este es el estado de la sincronización de licencias de la API REST de GitHub Enterprise Cloud (server_instances), no el uso de licencias de un servidor.
usage-rule-sync-status-json-fix = La pantalla Licencia ya muestra la última sincronización de cada instancia. Para Agregar uso del servidor, exporta el uso en GHES: { $steps }.
usage-rule-truncated = Este archivo se corta en medio de su JSON (línea { NUMBER($line, useGrouping: "false") }, columna { NUMBER($column, useGrouping: "false") }): quedó incompleto, probablemente por una descarga o una copia interrumpida.
usage-rule-truncated-fix = Vuelve a exportar el uso en GHES ({ $steps }) y espera a que termine la descarga antes de elegir el archivo.
usage-rule-not-json = Este archivo no es JSON válido ({ $detail } en la línea { NUMBER($line, useGrouping: "false") }, columna { NUMBER($column, useGrouping: "false") }), así que no es una exportación del uso de licencias.
usage-rule-not-json-fix = Una exportación del uso debe quedar exactamente como la escribió GHES. Si este archivo se editó, usa el original; si no, vuelve a exportar el uso en GHES: { $steps }.
usage-rule-not-an-object = Este archivo es JSON, pero contiene { $found } en lugar de un objeto con los datos de la instancia, así que no es una exportación del uso de licencias.
usage-rule-not-an-object-fix = Comprueba que elegiste el archivo .json correcto. La exportación que necesitas viene de GHES: { $steps }.
usage-rule-other-json = Este es un archivo JSON, pero no una exportación del uso de licencias: no tiene ninguno de los campos de una exportación (ID del servidor, nombre de host, versión, usuarios cifrados).
usage-rule-other-json-fix = Probablemente se eligió otro archivo .json por error. Elige el archivo que te da GHES en { $steps }.
usage-rule-missing-metadata = Parece una exportación del uso de licencias, pero los datos de su instancia están incompletos: { $problems }.
usage-rule-missing-metadata-fix = GHES escribe el ID del servidor, el nombre de host y la versión (como texto) en cada exportación. Si este archivo se armó o se editó a mano, usa el original; si no, vuelve a exportar el uso en GHES: { $steps }.
usage-rule-no-users = Este archivo tiene los datos de { $host }, pero no la lista cifrada de usuarios (users), así que GitHub no tendría a nadie que contar.
usage-rule-no-users-fix = Una exportación completa siempre lleva la lista cifrada de usuarios. Vuelve a exportar el uso de { $host } en GHES: { $steps }.
usage-rule-empty-users = La lista cifrada de usuarios (users) de { $host } de este archivo está vacía.
usage-rule-empty-users-fix = Probablemente la lista se quitó o se perdió al editar o copiar el archivo. Vuelve a exportar el uso de { $host } en GHES: { $steps }.
usage-rule-users-not-base64 = La lista cifrada de usuarios (users) de este archivo no es el texto base64 que escribe GHES: { $detail }.
usage-rule-users-not-base64-fix = Probablemente el archivo se dañó o se editó después de exportarlo. Usa una copia intacta o vuelve a exportar el uso en GHES: { $steps }.

## Tamaños, en unidades binarias porque el límite es una potencia de dos.

usage-rule-size-bytes = { $n ->
    [one] { NUMBER($n, useGrouping: "false") } byte
   *[other] { NUMBER($n, useGrouping: "false") } bytes
}
# Same in every language.
usage-rule-size-kib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } KiB
# Same in every language.
usage-rule-size-mib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } MiB
# Same in every language.
usage-rule-size-gib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } GiB

## Qué falla en los datos de la instancia de una exportación ($problems de arriba).

usage-rule-problem-instance-not-object = instance es { $value }, no un objeto
usage-rule-problem-missing = { $field ->
    [server-id] falta el ID del servidor
    [host-name] falta el nombre de host
   *[version] falta la versión
}
usage-rule-problem-empty = { $field ->
    [server-id] el ID del servidor está vacío
    [host-name] el nombre de host está vacío
   *[version] la versión está vacía
}
usage-rule-problem-not-text = { $field ->
    [server-id] el ID del servidor es { $value }, no texto
    [host-name] el nombre de host es { $value }, no texto
   *[version] la versión es { $value }, no texto
}
usage-rule-value = { $value ->
    [text] texto
    [piece-of-text] un texto
    [bool] un valor verdadero/falso
    [number] un número
    [null] null
    [list] una lista
   *[object] un objeto
}

## Por qué la lista cifrada de usuarios no es base64 ($detail de usage-rule-users-not-base64).

usage-rule-users-not-text = es { $value }, no texto
usage-rule-base64-not-text = no es un texto
usage-rule-base64-padding-early = el relleno '=' aparece antes del final (carácter { NUMBER($at, useGrouping: "false") })
usage-rule-base64-padding-excess = tiene más de dos caracteres de relleno '=' (carácter { NUMBER($at, useGrouping: "false") })
usage-rule-base64-bad-character = { $char } en el carácter { NUMBER($at, useGrouping: "false") } no es un carácter base64
usage-rule-base64-length = su longitud ({ NUMBER($chars, useGrouping: "false") } caracteres base64) no es múltiplo de 4, así que falta una parte
usage-rule-char-escape = la secuencia de escape { $escape }
usage-rule-char-control = el carácter de control U+{ $code }
usage-rule-char-unknown = un carácter

## Lo que la app señala de una exportación aceptada (crates/domain/src/usage_file/review.rs).

usage-rule-no-instances = No hay ninguna instancia de GHES configurada en esta app, así que no puede comprobar que esta exportación de { $host } venga de una de las tuyas ni confirmar la carga más tarde.
usage-rule-no-instances-fix = Agrega { $host } en Conexiones → Instancias de GHES, o continúa si solo cargas a mano.
usage-rule-unknown-instance = Esta exportación viene de { $host } (ID del servidor { $server_id }), que no es ninguna de las instancias de GHES configuradas en esta app.
usage-rule-unknown-instance-fix = Comprueba que exportaste desde el servidor correcto. Si { $host } es tuyo, agrégalo en Conexiones → Instancias de GHES para que se pueda confirmar su carga.
usage-rule-renamed-instance = Esta exportación indica el host { $host }, pero su ID del servidor { $server_id } pertenece a { $known } según la configuración de aquí: probablemente se cambió el nombre de la instancia.
usage-rule-renamed-instance-fix = Si { $known } ahora se llama { $host }, cambia su nombre de host en Conexiones → Instancias de GHES; si no, comprueba que exportaste desde el servidor correcto.
usage-rule-server-id-mismatch = GitHub conoce { $host } con el ID del servidor { $expected }, pero esta exportación tiene el ID del servidor { $found }: viene de otro appliance con el mismo nombre, como una réplica, una copia de staging o una instancia reconstruida.
usage-rule-server-id-mismatch-fix = Asegúrate de haber exportado desde la instancia que atiende { $host } hoy. Si se reconstruyó, cargar esta exportación es lo correcto y el nuevo ID reemplaza al anterior.
usage-rule-stale = Este archivo se modificó por última vez { $age } ({ NUMBER($days, useGrouping: "false") } días): puede que sus usuarios ya no coincidan con la instancia.
usage-rule-stale-fix = Vuelve a exportar el uso en GHES ({ $steps }) para que GitHub Enterprise Cloud cuente los usuarios de hoy.
usage-rule-version-too-old = Esta exportación viene de GHES { $version }. GitHub documenta el uso de licencias para GHE.com a partir de GHES 3.15, así que puede que GHE.com no la acepte.
usage-rule-version-too-old-fix = Actualiza la instancia a GHES 3.15 o posterior y vuelve a exportar, o cárgala y revisa el resultado en la pantalla Licencia.

## Edades en palabras, aproximadas a propósito (crates/domain/src/age.rs): la de un archivo, la de una sincronización.

usage-rule-age-just-now = justo ahora
usage-rule-age-yesterday = ayer
usage-rule-age-ago = hace { $span }
usage-rule-age-in = dentro de { $span }
usage-rule-span-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
usage-rule-span-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
usage-rule-span-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
usage-rule-span-weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
usage-rule-span-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
usage-rule-span-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
