## La pantalla Conexiones (ui/views/connections/).

connections-ghec-token-not-saved = GitHub Enterprise Cloud no está configurado, así que su token no se guardó.
connections-ghec-token-not-saved-fix = Escribe el slug de la empresa y vuelve a guardar.

## La pantalla: su encabezado, guardar, las instancias (connections-view.js, save.js).

connections-title = Conexiones
connections-save = Guardar
    .title = Guardar las conexiones (Ctrl+S)
connections-unsaved = Cambios sin guardar
connections-loading = Cargando las conexiones…
connections-load-failed = No se pudieron cargar las conexiones
# "Saved to /home/…/settings.json. Tokens…": $path is shown as code.
connections-where-file = Las conexiones se guardan en { $path }. Los tokens y las contraseñas van al llavero del sistema, nunca a este archivo.
# **…** is shown in bold.
connections-where-demo = **Demo:** estas son las conexiones de la demo con el emulador de GitHub integrado. Al guardar, cambian en memoria hasta que salgas; no se escribe nada en el disco y los secretos se quedan en memoria.
connections-where-off = **El guardado está desactivado:** el archivo de configuración es de una versión más reciente de la app o no se pudo leer (consulta la advertencia de arriba), y no se escribe nada encima de él.
connections-ghes-title = Instancias de GitHub Enterprise Server
connections-add-instance = Agregar instancia
connections-no-instances = Todavía no hay ninguna instancia. Agrega una con su nombre de host y el token de un administrador del sitio.
connections-new-instance = Instancia nueva
connections-instance-added = Se agregó una instancia de GHES nueva. Escribe su nombre de host y luego guarda.
connections-instance-added-host = Se agregó una instancia de GHES nueva, { $hostname }. Agrega su token y luego guarda.
connections-instance-known = { $hostname } ya está en Conexiones.
connections-remove-instance = Quitar instancia
connections-remove-title = ¿Quitar { $name }?
connections-remove-new-title = ¿Quitar esta instancia nueva?
connections-remove-text = { $name } se quita de las conexiones, y su token y su contraseña de la consola de administración se borran del llavero del sistema.
connections-remove-new-text = Todavía no se guardó nada de ella.
connections-removed = Se quitó { $name }, con sus secretos.
connections-removed-new = Se quitó la instancia nueva.
connections-remove-failed = No se pudo quitar { $name }
# $where: memory (the demo) or file.
connections-saved = { $where ->
    [memory] Guardado en memoria (demo): no se escribió nada en el disco.
   *[file] Guardado.
}
connections-saved-pending = { $where ->
    [memory] Guardado en memoria (demo): no se escribió nada en el disco. Algunos secretos necesitan tu atención más abajo.
   *[file] Guardado. Algunos secretos necesitan tu atención más abajo.
}
connections-saved-pending-announce = Se guardó la configuración; algunos secretos necesitan tu atención.
connections-fields-refused = { $count ->
    [one] { $count } campo necesita atención
   *[other] { $count } campos necesitan atención
}
connections-fields-refused-fix = No se guardó nada. Los campos están marcados más abajo.
connections-not-saved = No se guardaron las conexiones
connections-not-saved-fields-announce = { $count ->
    [one] No se guardó: { $count } campo necesita atención.
   *[other] No se guardó: { $count } campos necesitan atención.
}
# $message: the backend's words.
connections-not-saved-announce = No se guardó: { $message }

## Probar conexión (section.js, connections-view.js). $name es la conexión como la nombra
## el backend ("GHES github.example.com"); $summary y $message son sus palabras.

connections-test = Probar conexión
connections-chip-not-tested = sin probar
connections-chip-testing = probando…
connections-chip-connected = conectada
connections-chip-failed = falló
connections-testing = Probando la conexión con { $name }…
connections-test-connected-announce = { $name }: conectada. { $summary }
connections-test-failed-announce = { $name }: falló. { $message }
connections-test-failed = La prueba de conexión falló
connections-test-not-run = No se pudo hacer la prueba
connections-learned-version = Versión
# Same in every language.
connections-learned-ghes-version = GHES { $version }
connections-learned-unknown = desconocida
connections-learned-manage = Consola de administración
connections-learned-no-password = no hay contraseña guardada: no se usa la Manage API
connections-learned-instances = Instancias de servidor
connections-learned-scopes = Alcances del token
connections-learned-no-scopes = ninguno
# $time: the time of day, to the second.
connections-tested-ms = Probada a las { $time }, en { $ms } ms.
connections-tested-s = Probada a las { $time }, en { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.

## Los campos (cards.js): etiquetas, ayudas, marcadores de posición.

# Same in every language.
connections-ghec-title = GitHub Enterprise Cloud
connections-api-host = Host de la API
connections-api-host-hint = api.github.com, o api.SUBDOMAIN.ghe.com para GitHub Enterprise Cloud con residencia de datos.
connections-enterprise = Slug de la empresa
connections-enterprise-hint = Como en github.com/enterprises/SLUG: letras minúsculas, dígitos y guiones.
connections-web-url = Dirección web para los traspasos
connections-web-url-derived = derivada: { $url }
connections-web-url-none = ninguna derivada para esta dirección de la API
connections-web-url-hint = Donde la app abre las páginas de GitHub. Déjala vacía para derivarla del host de la API.
connections-hand-off-page = Página del traspaso
connections-licensing-url = Dirección de la página de licencias (opcional)
# GitHub's labels stay in English, with the translation beside them.
connections-licensing-url-hint = Solo si GitHub movió la página donde está “Add server usage” (Agregar uso del servidor). Si la página se movió: Your enterprises (Tus empresas) → { $enterprise } → Billing and licensing (Facturación y licencias) → Licensing (Licencias).
connections-token = Token
connections-ghec-token-hint = Un token de acceso personal clásico de un propietario de la empresa, con el alcance read:enterprise.
connections-hostname = Nombre de host
connections-hostname-hint = El nombre de la instancia tal como figura en su certificado, p. ej., github.example.com (opcionalmente con :puerto). Sin https://, sin ruta.
connections-use-https = Usar HTTPS
connections-http-warning = **HTTP sin cifrar:** el token y todo lo que responde la instancia viajan sin cifrar. Úsalo solo para una instancia sin TLS, en una red de confianza.
connections-rest-token = Token de REST
connections-rest-token-hint = Un token de acceso personal clásico de un administrador del sitio (aquí GHES no acepta tokens detallados, fine-grained).
connections-manage-password = Contraseña de la consola de administración (opcional)
connections-manage-password-hint = Para la Manage API (comprobación de la licencia, Cargar una licencia nueva). Déjala vacía si no la usas.
connections-ca-bundle = Paquete de CA personalizado (opcional)
connections-ca-bundle-placeholder = ninguno: solo las CA del sistema
connections-ca-bundle-hint = Ruta completa de un archivo PEM con los certificados de CA de tu empresa, de confianza además de los del sistema, p. ej., /etc/ssl/certs/acme-ca.pem.
connections-ssh-export = Exportar por la shell de administración (SSH)
connections-ssh-legend = Shell de administración
connections-ssh-user = Usuario
connections-ssh-port = Puerto
connections-ssh-host = Host (si no es el nombre de host)
connections-ssh-known-hosts = Archivo known_hosts (opcional)
connections-ssh-known-hosts-placeholder = el tuyo: ~/.ssh/known_hosts
connections-ssh-known-hosts-hint = Ruta completa de un archivo known_hosts solo para este dispositivo, p. ej., ~/.ssh/ghes_known_hosts. Déjala vacía para usar los valores predeterminados de tu OpenSSH.
connections-ssh-identity = Archivo de clave privada (opcional)
connections-ssh-identity-placeholder = los tuyos: tus claves y tu agente
connections-ssh-identity-hint = Ruta completa de la clave para este dispositivo, p. ej., ~/.ssh/id_ed25519. Déjala vacía para usar tus claves y tu agente.
connections-ssh-note = Las claves, el agente, known_hosts y ProxyJump vienen de tu propia configuración de OpenSSH, salvo que los indiques aquí.
connections-more-settings = Más opciones
connections-label = Nombre para mostrar
connections-api-url = Dirección de la API
connections-api-url-hint = Solo cuando la API REST no está en https://HOST/api/v3 (otro puerto o ruta, o el emulador integrado).
connections-manage-url = Dirección de la API de la consola de administración
connections-manage-url-hint = Solo cuando la Manage API no está en https://HOST:8443 (otro puerto, un proxy o el emulador integrado).
connections-ghes-slug = Slug de la empresa en esta instancia (opcional)
connections-ghes-slug-placeholder = ninguno: las direcciones de página sin slug
connections-ghes-slug-hint = Si lo indicas, los traspasos abren https://HOST/enterprises/SLUG/settings/… en lugar de https://HOST/enterprise/settings/….
connections-license-page = Dirección de la página de licencia (opcional)
connections-license-page-hint = Solo si GitHub movió la página con “Export license usage” (Exportar uso de licencia) y “Sync now” (Sincronizar ahora). Si la página se movió: Enterprise settings (Configuración de la empresa) → Settings (Configuración) → License (Licencias).
connections-connect-page = Dirección de la página de GitHub Connect (opcional)
connections-connect-page-hint = Solo si GitHub movió la página donde se habilita la sincronización de licencias. Si la página se movió: Enterprise settings (Configuración de la empresa) → GitHub Connect.

## Las formas que se indican mientras escribes (rules.js): las mismas palabras que los
## rechazos del backend (crates/services/src/connections/). $value es lo que escribió el admin.

connections-rule-slug-empty = El slug de la empresa está vacío.
connections-rule-slug-shape = Usa el slug de la dirección de tu empresa, github.com/enterprises/SLUG: letras minúsculas, dígitos y guiones.
connections-rule-slug-is-address = “{ $value }” es una dirección, no un slug.
connections-rule-slug-is-address-fix = Escribe solo la parte que sigue a /enterprises/: { $slug }.
connections-rule-slug-capitals = “{ $value }” tiene mayúsculas; los slugs de empresa van en minúsculas.
connections-rule-slug-space = “{ $value }” contiene un espacio, y los slugs de empresa nunca lo tienen.
connections-rule-slug-char = “{ $value }” contiene “{ $char }”, que los slugs de empresa nunca contienen.
connections-rule-slug-hyphen = “{ $value }” empieza o termina con un guion, y los slugs de empresa nunca lo hacen.
connections-rule-slug-suggestion = Los slugs de empresa tienen letras minúsculas, dígitos y guiones: ¿quisiste decir { $suggestion }?
connections-rule-bracket-open = “{ $value }” abre un corchete que nunca cierra.
connections-rule-bracket-open-fix = Escribe una dirección IPv6 como [2001:db8::1] o sin corchetes.
connections-rule-after-address = “{ $value }” tiene texto después de la dirección.
connections-rule-after-address-fix = Escribe una dirección IPv6 con puerto como [2001:db8::1]:8443.
connections-rule-host-empty = El nombre de host está vacío.
connections-rule-host-fix = Escribe un nombre de host como github.example.com, o una dirección IP.
connections-rule-host-name-fix = Escribe un nombre de host como github.example.com.
connections-rule-host-bad-ip = “{ $value }” no es una dirección IP válida.
connections-rule-host-too-long = El nombre de host tiene más de 253 caracteres.
connections-rule-host-empty-part = “{ $value }” tiene una parte vacía entre puntos.
connections-rule-host-part-too-long = “{ $part }” supera los 63 caracteres que puede tener una parte de un nombre de host.
connections-rule-host-char = “{ $value }” contiene “{ $char }”, que los nombres de host nunca contienen.
connections-rule-host-char-fix = Los nombres de host tienen letras, dígitos, guiones y puntos.
connections-rule-host-part-hyphen = “{ $part }” empieza o termina con un guion, y las partes de un nombre de host nunca lo hacen.
connections-rule-hostname-empty-fix = Escribe el nombre de host de la instancia, p. ej., github.example.com.
connections-rule-hostname-scheme = “{ $value }” incluye un esquema (http:// o https://).
connections-rule-hostname-scheme-fix = Escribe solo el nombre de host: { $host }. HTTPS es una opción aparte.
connections-rule-hostname-path = “{ $value }” incluye una ruta.
connections-rule-hostname-path-fix = Escribe solo el nombre de host: { $host }. La app agrega /api/v3 por su cuenta.
connections-rule-hostname-not-host = “{ $value }” no es un nombre de host.
connections-rule-hostname-not-host-fix = Escribe solo el nombre de host, p. ej., github.example.com, sin nombre de usuario ni espacios.
connections-rule-hostname-colon = “{ $value }” termina con dos puntos.
connections-rule-hostname-colon-fix = Quítalos o agrega el número de puerto.
connections-rule-port-not-number = “{ $value }” no es un número de puerto.
connections-rule-port-range = El puerto { $value } está fuera de rango.
connections-rule-port-fix = Escribe un puerto del 1 al 65535 (la shell de administración de GHES escucha en el 122).
connections-rule-not-address = “{ $value }” no es una dirección.
connections-rule-api-fix = Escribe api.github.com, o api.SUBDOMAIN.ghe.com para GitHub Enterprise Cloud con residencia de datos.
connections-rule-api-not-https = “{ $value }” no es https: la API de GitHub solo se sirve por HTTPS.
connections-rule-api-path = “{ $value }” tiene una ruta; el host de la API no tiene ninguna.
connections-rule-api-path-fix = Escribe solo el host: { $host }.
connections-rule-api-not-host = “{ $value }” no es un host de la API de GitHub.
connections-rule-api-web = “{ $value }” es la dirección web de GitHub, no su API.
connections-rule-api-web-fix = Escribe api.github.com.
connections-rule-api-ghe-web = “{ $value }” es la dirección web de tu empresa de GHE.com, no su API.
connections-rule-api-ghe-web-fix = Escribe api.{ $sub }.ghe.com.
connections-rule-api-other = “{ $value }” no es api.github.com ni un host de API de GHE.com (api.SUBDOMAIN.ghe.com).
connections-rule-web-fix = Escribe una dirección completa como https://github.example.com.
connections-rule-web-not-http = “{ $value }” no es una dirección http(s).
connections-rule-web-credentials = “{ $value }” contiene credenciales.
connections-rule-web-credentials-fix = Quítalas: los tokens y las contraseñas van en el llavero del sistema, nunca en una dirección.
connections-rule-web-query = “{ $value }” tiene una consulta o un fragmento (? o #).
connections-rule-web-plain-http = “{ $value }” es http sin cifrar.
connections-rule-web-plain-http-fix = Usa https. (El http sin cifrar solo es posible para una instancia de GHES, con su opción HTTPS desactivada.)
connections-rule-ssh-user = “{ $value }” no es un nombre de usuario.
connections-rule-ssh-user-fix = En GHES, el usuario de la shell de administración es admin.
connections-rule-ssh-host-port = “{ $value }” incluye un puerto.
connections-rule-ssh-host-port-fix = Escribe el puerto en su propio campo.
connections-rule-not-full-path = “{ $value }” no es una ruta completa.
connections-rule-ca-bundle-fix = Escribe la ruta completa del archivo PEM, p. ej., /etc/ssl/certs/acme-ca.pem.
connections-rule-ssh-file-fix = Escribe la ruta completa del archivo, p. ej., ~/.ssh/id_ed25519.
