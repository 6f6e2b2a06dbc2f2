## Las llamadas a GitHub que nombra un error (crates/github/src/error.rs, Endpoint).

# Same in every language.
github-endpoint-ghes-license = GHES { $host }: GET /api/v3/enterprise/settings/license
# Same in every language.
github-endpoint-ghes-meta = GHES { $host }: GET /api/v3/meta
# Same in every language.
github-endpoint-manage-license = GHES { $host }: Manage API GET /manage/v1/config/license
# Same in every language.
github-endpoint-manage-license-check = GHES { $host }: Manage API GET /manage/v1/config/license/check
# Same in every language.
github-endpoint-manage-license-upload = GHES { $host }: Manage API PUT /manage/v1/config/license
github-endpoint-ghec-consumed-licenses = Empresa { $enterprise } de GHEC: GET /enterprises/{ $enterprise }/consumed-licenses (página { NUMBER($page, useGrouping: "false") })
github-endpoint-ghec-license-sync-status = Empresa { $enterprise } de GHEC: GET /enterprises/{ $enterprise }/license-sync-status
github-endpoint-ghec-rate-limit = Empresa { $enterprise } de GHEC: GET /rate_limit
# $what: lo que se leía (github-read-*).
github-endpoint-ghec-graphql = Empresa { $enterprise } de GHEC: GraphQL, { $what }

## Lo que lee una llamada GraphQL, como lo nombra la llamada.

github-read-installations = instalaciones de Enterprise Server
github-read-installation-cursors = cursores de las instalaciones de Enterprise Server
github-read-where-installations-stand = posición de las instalaciones de Enterprise Server
github-read-user-accounts = cuentas de usuario de las instalaciones de Enterprise Server
github-read-user-accounts-of-host = cuentas de usuario de { $host }
github-read-user-accounts-of-installation = cuentas de usuario de la instalación { $id }

## Piezas de las frases de abajo.

# Las palabras de GitHub, entre comillas después del estado. Empieza con un espacio.
# Same in every language.
github-said = {" "}"{ $message }"
github-scopes-none = ninguno
github-token-advice-server = un token de acceso personal clásico de un administrador del sitio (GHES no acepta aquí tokens detallados [fine-grained])
github-token-advice-cloud = un token de acceso personal clásico de un propietario de la empresa con el ámbito read:enterprise

## Lo que falló. $endpoint es un mensaje github-endpoint-*; $said es github-said o nada.

github-unauthorized = { $endpoint }: GitHub respondió 401 Bad credentials: el token es incorrecto, caducó o fue revocado.
github-forbidden = { $endpoint }: GitHub respondió 403 Forbidden{ $said }.
# $kind: github-app o fine-grained.
github-token-type-unsupported = { $kind ->
    [github-app] { $endpoint }: GitHub respondió 403 Forbidden{ $said }: aquí no se aceptan tokens de GitHub App.
   *[fine-grained] { $endpoint }: GitHub respondió 403 Forbidden{ $said }: aquí no se aceptan tokens detallados (fine-grained).
}
github-not-found = { $endpoint }: GitHub respondió 404 Not Found{ $said }.
github-not-found-not-owner = { $endpoint }: GitHub respondió 404 Not Found{ $said }: el token tiene read:enterprise, así que su usuario no es propietario de la empresa `{ $enterprise }` o el slug `{ $enterprise }` es incorrecto.
github-not-found-lacks-scope = { $endpoint }: GitHub respondió 404 Not Found{ $said }: al token le falta el ámbito read:enterprise (sus ámbitos: { $scopes }).
github-rate-limited = { $endpoint }: se alcanzó el límite de solicitudes de GitHub{ $usage }{ $wait }.
github-rate-usage = {" "}({ $used } de { $limit } solicitudes usadas)
github-rate-usage-resource = {" "}({ $used } de { $limit } solicitudes usadas, recurso { $resource })
github-rate-retry-after = ; GitHub pide volver a intentarlo en { $seconds } s
github-rate-resets-at = ; el límite se restablece a las { $time } UTC
github-server-error = { $endpoint }: GitHub respondió { $status }, un error del servidor{ $said }.
github-unexpected-status = { $endpoint }: GitHub respondió un { $status } inesperado{ $said }.
github-timeout = { $endpoint }: no hubo respuesta de { $url } en { $seconds } s.
github-connection-refused = { $endpoint }: se rechazó la conexión a { $address }: no hay nada escuchando allí.
github-connect = { $endpoint }: no se pudo conectar a { $address }: { $detail }.
github-tls = { $reason ->
    [unknown_issuer] { $endpoint }: falló la conexión segura a { $address }: su certificado lo emitió una entidad de certificación en la que este equipo no confía, como una CA autofirmada o de la empresa ({ $detail }).
    [name_mismatch] { $endpoint }: falló la conexión segura a { $address }: su certificado es para otro nombre de host ({ $detail }).
    [expired] { $endpoint }: falló la conexión segura a { $address }: su certificado caducó o todavía no es válido ({ $detail }).
   *[other] { $endpoint }: falló la conexión segura a { $address }: falló la negociación TLS ({ $detail }).
}
github-transport = { $endpoint }: la conexión se cortó antes de que la respuesta de GitHub estuviera completa: { $detail }.
github-decode = { $endpoint }: no se pudo leer la respuesta de GitHub en `{ $path }`: { $detail }.
github-body-too-large = { $endpoint }: la respuesta de GitHub ocupa más de { $limit } bytes, más de lo que debería ocupar cualquier respuesta de licencias.
github-foreign-link = { $endpoint }: GitHub apuntó la página siguiente a { $url }, un host distinto del configurado; el token no se envió allí.
github-invalid-url = `{ $url }` no es una dirección de API utilizable: { $reason }.
github-client-setup = no se pudo preparar el cliente HTTP: { $detail }.
github-ca-bundle = no se puede usar el paquete de CA personalizado: { $problem }.
github-cancelled = Se canceló la carga de las licencias consumidas de la empresa { $enterprise } de GHEC; no se conservó nada de ella.
github-graphql = { $more ->
    [0] { $endpoint }: GitHub rechazó la consulta: "{ $message }".
   *[other] { $endpoint }: GitHub rechazó la consulta: "{ $message }" (y { $more } más).
}
github-graphql-cancelled = { $endpoint }: se canceló; no se conservó nada de ello.
github-installation-not-listed = { $endpoint }: GitHub ya no muestra la instalación de Enterprise Server `{ $installation }` de la empresa `{ $enterprise }`.
github-manage-password-refused = { $endpoint }: la Manage API respondió 401 Unauthorized: no se aceptó la contraseña de la consola de administración.
github-license-rejected = { $endpoint }: GHES rechazó el archivo de licencia ({ $status }){ $said }.

## Los detalles que añade el cliente ($detail, $reason, $problem y las rutas de arriba).

github-detail-name-not-resolved = no se pudo resolver el nombre ({ $detail })
github-detail-header-token = el token contiene caracteres que no se pueden enviar en un encabezado HTTP
github-detail-header-password = la contraseña contiene caracteres que no se pueden enviar en un encabezado HTTP
github-detail-graphql-not-written = no se pudo escribir la solicitud GraphQL: { $detail }
github-detail-not-modified-unasked = 304 Not Modified a una lectura que no pedía ninguna condición
github-detail-not-modified-unasked-request = 304 Not Modified a una solicitud que no pedía ninguna condición
github-detail-page-too-large = la página contiene { $users } usuarios que consumen licencias, más de los { $per_page } pedidos con per_page
github-detail-empty-list = una lista vacía donde se esperaba un objeto
github-detail-null-unexplained = GitHub envió null y ningún error que explique por qué
github-detail-no-accounts = GitHub no envió ninguna cuenta
github-detail-no-next-cursor = GitHub dijo que hay una página siguiente, pero no dio ningún cursor que avance
github-path-whole-body = (todo el cuerpo)
github-path-after-json = (después del valor JSON)
github-url-scheme = solo se admiten http y https
github-url-no-host = no tiene host
github-url-query = no debe tener consulta ni fragmento
github-url-credentials = no debe contener credenciales; los tokens van en el llavero del sistema
github-url-no-path = no admite una ruta
github-url-no-slug = no se indicó el slug de la empresa
github-ca-not-pem = no es texto PEM válido ({ $detail })
github-ca-private-key = el archivo contiene una clave privada y ningún certificado; elige el archivo del certificado de la CA, nunca una clave
github-ca-no-certificate = el archivo no contiene ningún certificado (ninguna sección -----BEGIN CERTIFICATE-----)
github-ca-unreadable = { $count ->
    [one] su certificado no es un certificado X.509 legible ({ $detail })
   *[other] el certificado { $n } de { $count } no es un certificado X.509 legible ({ $detail })
}
github-ca-refused = { $count ->
    [one] se rechazó su certificado ({ $detail })
   *[other] se rechazó el certificado { $n } de { $count } ({ $detail })
}

## Lo que GitHub dejó fuera de una respuesta GraphQL (MissingPart).

github-missing-no-place = (GitHub no indicó ningún lugar)
github-missing-installation-without-id = GitHub envió una instalación sin id (nombre de host { $host })
github-missing-host-unknown = desconocido
github-missing-no-uploads = GitHub no envió ninguna carga para esta instalación ni ningún error que explique por qué
github-missing-null = GitHub envió null aquí y ningún error que explique por qué
github-missing-accounts-count = GitHub contó { $total } cuentas pero listó { $read }; puede que la lista cambiara mientras se leía
github-missing-installations-count = GitHub contó { $total } instalaciones pero listó { $listed }
github-missing-account-at = { $path } (cuenta { $n } de la instalación)

## Qué hacer. $token es github-token-advice-server o github-token-advice-cloud.

github-fix-unauthorized = Crea un token nuevo ({ $token }) y guárdalo para esta conexión.
github-fix-sso = La organización exige el inicio de sesión único de SAML y este token no está autorizado para él. Autoriza el token para SSO y vuelve a intentarlo.
github-fix-sso-at = La organización exige el inicio de sesión único de SAML y este token no está autorizado para él. Autoriza el token para SSO en { $url } y vuelve a intentarlo.
github-fix-forbidden-graphql = GitHub muestra las instalaciones de Enterprise Server de una empresa solo a sus propietarios, y un token clásico necesita el ámbito read:enterprise (o admin:enterprise). Usa un token de acceso personal clásico de un propietario de la empresa `{ $enterprise }` con read:enterprise (en GitHub: Settings [Configuración], Developer settings [Configuración de desarrollador], Personal access tokens (classic) [Tokens de acceso personal (clásicos)]).
github-fix-forbidden-permission = GitHub pide el permiso `{ $permission }`, que este token no tiene. Usa { $token }.
github-fix-forbidden = Puede que el token no tenga permiso para leer esto: aquí se rechazan los tokens detallados (fine-grained) y los de GitHub App, o demasiados inicios de sesión fallidos bloquearon la cuenta durante un tiempo. Usa { $token }.
github-fix-token-type-unsupported = { $kind ->
    [github-app] Usa un token de acceso personal clásico (este endpoint no acepta tokens de GitHub App): crea { $token } y guárdalo para esta conexión.
   *[fine-grained] Usa un token de acceso personal clásico (este endpoint no acepta tokens detallados [fine-grained]): crea { $token } y guárdalo para esta conexión.
}
github-fix-not-found-server = GHES responde 404 a quien no sea administrador del sitio. Usa un token de acceso personal clásico de un administrador del sitio y comprueba que el host sea un GitHub Enterprise Server.
github-fix-not-found-server-no-site-admin = GHES responde 404 a quien no sea administrador del sitio. Usa un token de acceso personal clásico de un administrador del sitio y comprueba que el host sea un GitHub Enterprise Server. Los ámbitos del token ({ $scopes }) no incluyen site_admin: si su usuario es administrador del sitio, agrega ese ámbito.
github-fix-not-found-graphql = GitHub no encontró ninguna empresa `{ $enterprise }` para este token: el slug de la empresa es incorrecto o el usuario del token no es propietario de ella. Comprueba el slug en la dirección de la empresa (https://github.com/enterprises/SLUG) y usa un token clásico de un propietario de la empresa con read:enterprise.
github-fix-not-found-graphql-lacks-scope = GitHub no encontró ninguna empresa `{ $enterprise }` para este token: el slug de la empresa es incorrecto o el usuario del token no es propietario de ella. Comprueba el slug en la dirección de la empresa (https://github.com/enterprises/SLUG) y usa un token clásico de un propietario de la empresa con read:enterprise. A los ámbitos del token ({ $scopes }) les falta read:enterprise: agrégalo.
github-fix-not-found-not-owner = El token tiene read:enterprise, así que GitHub indica que su usuario no es propietario de la empresa `{ $enterprise }`, o que el slug `{ $enterprise }` es incorrecto. Usa un token de un propietario de la empresa y comprueba el slug en la dirección de la empresa (https://github.com/enterprises/SLUG).
github-fix-not-found-lacks-scope = Al token le falta el ámbito read:enterprise (sus ámbitos: { $scopes }). Edita el token clásico en GitHub (Settings [Configuración], Developer settings [Configuración de desarrollador], Personal access tokens (classic) [Tokens de acceso personal (clásicos)]), marca read:enterprise y vuelve a intentarlo; si GitHub sigue respondiendo 404, su usuario no es propietario de la empresa `{ $enterprise }` o el slug es incorrecto.
github-fix-not-found-no-scopes = GitHub no envió los ámbitos del token, como ocurre con los tokens detallados (fine-grained) y los de GitHub App, y no distingue entre las causas: el tipo de token no se admite (usa un token de acceso personal clásico), al token le falta el ámbito read:enterprise, el usuario del token no es propietario de la empresa `{ $enterprise }` o el slug `{ $enterprise }` es incorrecto.
github-fix-rate-limited-graphql = Espera { $seconds } s y vuelve a intentarlo; GitHub cuenta los puntos de GraphQL por hora, aproximadamente uno por cada 100 cuentas de usuario leídas.
github-fix-rate-limited = Espera { $seconds } s y vuelve a intentarlo; las empresas grandes necesitan una solicitud por cada 100 usuarios que consumen licencias.
github-fix-server-error = GitHub o la instancia tienen problemas. Vuelve a intentarlo en un minuto; si persiste, revisa el estado de la instancia o githubstatus.com.
github-fix-unexpected-status = Comprueba que la dirección apunte a la API de GitHub (GHES: https://HOST/api/v3; GHEC: https://api.github.com o https://api.SUBDOMAIN.ghe.com), no a un proxy ni a una página web.
github-fix-timeout = Comprueba que el host sea accesible desde este equipo (VPN, proxy, firewall) y vuelve a intentarlo.
github-fix-connection-refused = Comprueba el nombre de host y el puerto, y que la instancia esté en funcionamiento.
github-fix-connect = Comprueba que el nombre de host no tenga errores de escritura y que este equipo pueda resolverlo y llegar a él (VPN, DNS, proxy).
github-fix-tls-unknown-issuer = Configura un paquete de CA personalizado para esta instancia en Conexiones, o instala la CA en el almacén de confianza del sistema operativo. Si ya hay un paquete configurado, le falta la CA que emitió este certificado: usa el certificado de la CA raíz de la empresa (PEM).
github-fix-tls-name-mismatch = El certificado es para otro nombre de host: comprueba que el nombre de host en la dirección de la conexión sea el nombre propio de la instancia (el de su certificado), no un alias ni una dirección IP.
github-fix-tls-expired = Comprueba la fecha y la hora de este equipo; si son correctas, el certificado de la instancia caducó y su administrador debe renovarlo.
github-fix-tls = Si la instancia usa un certificado de la entidad de certificación propia de tu empresa, configura ese paquete de CA para la conexión. Si no, comprueba el nombre de host y que ningún proxy intercepte la conexión.
github-fix-transport = Vuelve a intentarlo; puede que un proxy o una red inestable cortaran la conexión.
github-fix-decode = La respuesta no es la que documenta GitHub: puede que un proxy o una página de inicio de sesión esté delante de la API, o que la dirección sea incorrecta. Abre la URL en un navegador para ver qué responde.
github-fix-body-too-large = Comprueba que la dirección apunte a la API de GitHub.
github-fix-foreign-link = Comprueba la dirección de la API en la configuración de la conexión: debe ser el host que GitHub usa en sus enlaces de página.
github-fix-invalid-url = Escribe una dirección como https://github.example.com (GHES) o https://api.github.com (GHEC).
github-fix-client-setup = Es un problema del entorno de la app; consulta los registros.
github-fix-cancelled = Vuelve a cargar las licencias consumidas cuando quieras; los datos cargados antes, si los hay, se siguen mostrando.
github-fix-manage-password-refused = Escribe la contraseña de la consola de administración en Conexiones (la contraseña del administrador raíz del sitio: la app inicia sesión como api_key, así que no basta con la contraseña propia de un usuario de la Management Console [Consola de administración]). Demasiadas contraseñas incorrectas bloquean la Manage API durante un tiempo.
github-fix-graphql = Las palabras de GitHub de arriba dicen qué rechazó. Si nombran un campo, un argumento o un tipo, la consulta de esta app ya no coincide con el esquema de GitHub: actualiza la app. Si no, vuelve a intentarlo más tarde.
github-fix-graphql-cancelled = Vuelve a cargarlo cuando quieras; lo que se mostraba antes, si había algo, se sigue mostrando.
github-fix-installation-not-listed = Puede que la instancia se haya quitado de la empresa `{ $enterprise }` en GitHub, o que se haya restablecido su historial. Actualiza la lista de instalaciones de Enterprise Server y vuelve a intentarlo.
github-fix-license-rejected = Elige el archivo de licencia .ghl que GitHub envió para esta instancia (de la página Enterprise licensing [Licencias de Enterprise] de la cuenta de empresa), no una exportación del uso de licencias ni otro archivo.
github-fix-ca-bundle = Elige el archivo PEM de la entidad de certificación que emitió el certificado de la instancia (un archivo de texto que empieza por -----BEGIN CERTIFICATE-----), o quita el paquete de CA personalizado para usar solo el almacén de confianza del sistema operativo.
