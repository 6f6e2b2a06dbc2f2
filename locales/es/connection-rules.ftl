## Las conexiones en los servicios (crates/services/src/connections/): las reglas con que se
## comprueba cada campo, las etiquetas de los campos en un rechazo, los secretos y las palabras
## de Probar conexión.

## El slug de la empresa.

conn-slug-empty = El slug de la empresa está vacío.
conn-slug-shape-fix = Usa el slug de la dirección de tu empresa, github.com/enterprises/SLUG: letras minúsculas, dígitos y guiones.
conn-slug-is-address = `{ $input }` es una dirección, no un slug.
conn-slug-is-address-fix = Escribe solo la parte que va después de /enterprises/: `{ $slug }`.
conn-slug-capitals = `{ $input }` tiene mayúsculas; los slugs de empresa van en minúsculas.
conn-slug-space = `{ $input }` contiene un espacio, y los slugs de empresa nunca los contienen.
conn-slug-character = `{ $input }` contiene `{ $character }`, que los slugs de empresa nunca contienen.
conn-slug-hyphen = `{ $input }` empieza o termina con un guion, algo que los slugs de empresa nunca hacen.
conn-slug-suggestion-fix = Los slugs de empresa son letras minúsculas, dígitos y guiones: ¿quisiste decir `{ $slug }`?

## Nombres de host y puertos.

conn-host-empty = El nombre de host está vacío.
conn-host-empty-fix = Escribe el nombre de host de la instancia, p. ej., github.example.com.
conn-host-scheme = `{ $input }` incluye un esquema (http:// o https://).
conn-host-scheme-fix = Escribe solo el nombre de host: `{ $host }`. HTTPS es un ajuste aparte.
conn-host-path = `{ $input }` incluye una ruta.
conn-host-path-fix = Escribe solo el nombre de host: `{ $host }`. La app agrega /api/v3 por su cuenta.
conn-host-not-a-host = `{ $input }` no es un nombre de host.
conn-host-not-a-host-fix = Escribe solo el nombre de host, p. ej., github.example.com, sin nombre de usuario ni espacios.
conn-host-bracket = `{ $input }` abre un corchete que nunca cierra.
conn-host-bracket-fix = Escribe una dirección IPv6 como [2001:db8::1] o sin corchetes.
conn-host-after-address = `{ $input }` tiene texto después de la dirección.
conn-host-after-address-fix = Escribe una dirección IPv6 con puerto como [2001:db8::1]:8443.
conn-host-shape-fix = Escribe un nombre de host como github.example.com, o una dirección IP.
conn-host-bad-ip = `{ $host }` no es una dirección IP válida.
conn-host-too-long = El nombre de host tiene más de 253 caracteres.
conn-host-empty-part = `{ $host }` tiene una parte vacía entre puntos.
conn-host-part-too-long = `{ $part }` tiene más de los 63 caracteres que puede tener una parte de un nombre de host.
conn-host-character = `{ $host }` contiene `{ $character }`, que los nombres de host nunca contienen.
conn-host-character-fix = Escribe un nombre de host como github.example.com, o una dirección IP. Los nombres de host tienen letras, dígitos, guiones y puntos.
conn-host-part-hyphen = `{ $part }` empieza o termina con un guion, algo que las partes de un nombre de host nunca hacen.
conn-port-not-port = `{ $input }` no es un puerto.
conn-port-out-of-range = El puerto `{ $input }` está fuera de rango.
conn-port-not-number = `{ $input }` no es un número de puerto.
conn-port-fix = Escribe un puerto del 1 al 65535 (el shell de administración de GHES escucha en el 122).

## Direcciones.

conn-not-an-address = `{ $input }` no es una dirección ({ $detail }).
conn-api-fix = Escribe api.github.com, o api.SUBDOMINIO.ghe.com para GitHub Enterprise Cloud con residencia de datos.
conn-api-not-https = `{ $input }` no es https: la API de GitHub solo se sirve por HTTPS.
conn-api-path = `{ $input }` tiene una ruta; el host de la API no tiene ninguna.
conn-api-path-fix = Escribe solo el host: `{ $host }`.
conn-api-not-api-host = `{ $input }` no es un host de la API de GitHub.
conn-api-web-address = `{ $input }` es la dirección web de GitHub, no su API.
conn-api-web-address-fix = Escribe api.github.com.
conn-api-ghe-web-address = `{ $input }` es la dirección web de tu empresa en GHE.com, no su API.
conn-api-ghe-web-address-fix = Escribe api.{ $subdomain }.ghe.com.
conn-api-unknown-host = `{ $input }` no es api.github.com ni un host de API de GHE.com (api.SUBDOMINIO.ghe.com).
conn-web-fix = Escribe una dirección completa, como https://github.example.com.
conn-web-not-http = `{ $input }` no es una dirección http(s).
conn-web-credentials = `{ $input }` contiene credenciales.
conn-web-credentials-fix = Quítalas: los tokens y las contraseñas van en el llavero del sistema, nunca en una dirección.
conn-web-query = `{ $input }` tiene una consulta o un fragmento (? o #).
conn-web-plain-http = `{ $input }` es http sin cifrar.
conn-web-plain-http-fix = Usa https. (El http sin cifrar solo es posible para una instancia de GHES con su opción HTTPS desactivada).

## El shell de administración y los archivos.

conn-ssh-user-invalid = `{ $input }` no es un nombre de usuario.
conn-ssh-user-invalid-fix = En GHES, el usuario del shell de administración es `admin`.
conn-ssh-host-port = `{ $input }` incluye un puerto.
conn-ssh-host-port-fix = Escribe el puerto en su propio campo.
conn-ca-not-absolute-fix = Escribe la ruta completa del archivo PEM, p. ej., /etc/ssl/certs/acme-ca.pem.
conn-ca-missing-fix = Revisa la ruta, o pide a tu equipo de PKI el certificado de CA de la empresa como archivo PEM.
conn-ca-folder-fix = Escribe la ruta del propio archivo PEM.
conn-ssh-file-not-absolute-fix = Escribe la ruta completa del archivo, p. ej., ~/.ssh/id_ed25519.
conn-ssh-file-missing-fix = Revisa la ruta, o déjala vacía para usar los valores predeterminados de OpenSSH.
conn-ssh-file-folder-fix = Escribe la ruta del propio archivo.
conn-file-not-absolute = `{ $input }` no es una ruta completa.
conn-file-missing = { $path } no existe.
conn-file-unreadable = No se puede leer { $path }: { $detail }.
conn-file-permissions-fix = Revisa los permisos del archivo.
conn-file-unreadable-fix = Revisa los permisos del archivo: tu usuario debe poder leerlo.
conn-file-folder = { $path } es una carpeta.

## Los campos como los nombra un rechazo.

conn-label-ghes = Instancia de GHES { $n }, { $field }
conn-label-host-name = nombre de host
conn-label-api-address = dirección de la API
conn-label-ssh-user = usuario del shell de administración
conn-label-ssh-host = host del shell de administración
conn-label-ssh-port = puerto del shell de administración
conn-label-ssh-known-hosts = archivo known_hosts del shell de administración
conn-label-ssh-key = archivo de clave del shell de administración
conn-label-ca-bundle = paquete de CA personalizado
conn-label-manage-url = dirección de la API de la consola de administración
conn-label-ghes-slug = Slug de la empresa en GHES
conn-label-license-page = Dirección de la página License (Licencias)
conn-label-connect-page = Dirección de la página de GitHub Connect
conn-label-enterprise = Slug de la empresa
conn-label-api-host = Host de la API
conn-label-web-address = Dirección web
conn-label-licensing-page = Dirección de la página Licensing (Licencias)
conn-instance-twice = La instancia `{ $id }` aparece dos veces.
conn-instance-twice-fix = Vuelve a cargar la pantalla Conexiones y haz el cambio otra vez.
conn-host-taken = { $host } ya está configurado como instancia de GHES { $n }.
conn-host-taken-fix = Quita una de las dos, o corrige el nombre de host.

## Secretos y configuración.

conn-secret-token = token
conn-secret-manage-password = Contraseña de la consola de administración
conn-secret-empty = { $kind ->
    [token] El token está vacío.
   *[manage_password] La contraseña de la consola de administración está vacía.
}
conn-secret-empty-fix = Vuelve a pegarlo, o usa Quitar para eliminar el guardado.
conn-ghec-no-manage-password = GitHub Enterprise Cloud no tiene contraseña de la consola de administración.
conn-ghec-no-manage-password-fix = Configúrala en una instancia de GHES.
conn-settings-not-moved-aside = no es válido y no se pudo apartar: { $detail }

## Probar conexión.

conn-test-ghes-connected = Conectado a { $instance }: { $seats }, { $used }.
conn-test-ghes-connected-version = Conectado a { $instance } (GHES { $version }): { $seats }, { $used }.
conn-test-ghec-connected = { $count ->
    [one] Conectado a la empresa { $enterprise }: GitHub muestra { $count } instancia de servidor en su sincronización de licencias.
   *[other] Conectado a la empresa { $enterprise }: GitHub muestra { $count } instancias de servidor en su sincronización de licencias.
}
conn-manage-checked = licencia { $status }: { $seats }, vencimiento: { $expires }
conn-manage-status-unknown = de estado desconocido
conn-tls-ca-bundle = Esta instancia confía en el paquete de CA personalizado { $path }, además de en las CA del sistema.
conn-tls-no-ca-bundle = El paquete de CA personalizado es un ajuste de esta instancia, aquí en Conexiones (ahora vacío).
conn-tls-ghec = Los certificados propios de GitHub son de confianza pública: en GitHub Enterprise Cloud, esto suele indicar un proxy que inspecciona TLS o un reloj del sistema incorrecto.
