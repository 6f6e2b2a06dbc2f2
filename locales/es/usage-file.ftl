## La pantalla Agregar uso del servidor: la zona para soltar, la tarjeta del archivo revisado y la carga (ui/views/usage-file/).

usage-file-title = Agregar uso del servidor
usage-file-drop-hint = Arrastra y suelta o selecciona un archivo para cargar
usage-file-drop-sub = El JSON de uso de licencias que exportó GitHub Enterprise Server
usage-file-lead = Revisa el archivo antes de que llegue a GitHub Enterprise Cloud. Expórtalo en GitHub Enterprise Server en **Enterprise settings → License → Export license usage** (Configuración de la empresa → Licencias → Exportar uso de licencia). Pulsa Intro o Espacio en el recuadro para elegir el archivo con el diálogo de archivos (Ctrl+O funciona en cualquier parte de esta pantalla).
usage-file-many-dropped = { $count ->
    [one] Se soltó 1 archivo; solo se revisó el primero, { $first }. GitHub acepta un archivo de uso por carga, así que suéltalos de uno en uno.
   *[other] Se soltaron { $count } archivos; solo se revisó el primero, { $first }. GitHub acepta un archivo de uso por carga, así que suéltalos de uno en uno.
}
usage-file-checking = Revisando { $file }…
usage-file-dialog-failed = No se pudo abrir el diálogo de archivos
usage-file-check-failed = No se pudo revisar el archivo
usage-file-drops-failed = No se pueden recibir archivos soltados
usage-file-opened-failed = No se pudo recibir un archivo que se entregó a la app: { $message }

## Lo que dice la pantalla de un archivo revisado (se anuncia a los lectores de pantalla).

usage-file-said-accepted = { $warnings ->
    [0] { $file } es una exportación de uso de licencias de { $host }.
    [one] { $file } es una exportación de uso de licencias de { $host }, con 1 advertencia.
   *[other] { $file } es una exportación de uso de licencias de { $host }, con { $warnings } advertencias.
}
usage-file-said-refused = { $file } se rechazó: { $reason }

## La tarjeta de una exportación aceptada.

usage-file-chip-export = Exportación de uso de licencias
# Same in every language.
usage-file-version = GHES { $version }
usage-file-server-id = ID del servidor
usage-file-features = Funciones
usage-file-features-none = ninguna indicada
usage-file-feature-enabled = habilitada: { $at }
usage-file-feature-since = desde el { $date }
usage-file-http-only = Solo HTTP
usage-file-http-only-yes = Sí (sin TLS)
usage-file-http-only-no = No
usage-file-license = Licencia
usage-file-size = Tamaño
# Same in every language.
usage-file-sha256 = SHA-256
usage-file-age = Antigüedad del archivo
usage-file-age-unknown = desconocida
usage-file-encrypted = GitHub cifra la lista de usuarios que contiene; la app no la abre.
usage-file-warnings-title = { $count ->
    [one] Revisa esto antes de cargarlo
   *[other] Revisa estos { $count } puntos antes de cargarlo
}
usage-file-no-warnings = Nada que advertir: este archivo está listo para GitHub Enterprise Cloud.

## La tarjeta de un archivo rechazado.

usage-file-chip-refused = No cargado

## Cargar el archivo aceptado, o un .ghl soltado como licencia nueva.

usage-file-upload = Cargar en GitHub Enterprise Cloud
usage-file-upload-help = Abre la página de licencias de GitHub con este archivo listo (a la vista en tu administrador de archivos, con su ruta en el portapapeles) y luego vuelve a leer GitHub hasta que muestre la carga.
usage-file-upload-busy = Se está vigilando una carga: espera a GitHub o cancélala abajo.
usage-file-upload-as-license = Cargarlo como licencia nueva…
usage-file-no-instances = No hay ninguna instancia de GitHub Enterprise Server configurada: agrega una primero en Conexiones.
usage-file-instances-failed = No se pudieron leer las instancias
