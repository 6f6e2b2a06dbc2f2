## Exportar el uso de licencias por el shell de administración de GHES
## (crates/services/src/usage_export/): por qué falló, qué hacer (`-fix`) y las palabras de alrededor.

## Por qué falló. $at es HOST:PUERTO; $command, la línea de comandos que se ejecutó allí.

shell-not-set-up = No hay ningún shell de administración (SSH) configurado para esta instancia.
shell-ssh-missing = No se pudo iniciar el cliente OpenSSH `ssh`: { $detail }.
shell-host-key-unknown = No se contactó con el shell de administración en { $at }: este equipo no conoce su clave de host SSH (host key verification failed).
shell-host-key-changed = No se contactó con el shell de administración en { $at }: su clave de host SSH CAMBIÓ desde la última vez que este equipo confió en ella.
shell-auth-refused = El shell de administración en { $at } rechazó todas las claves SSH ofrecidas (Permission denied).
shell-connect = ssh no pudo conectarse a { $at }.
shell-command-not-found = El shell de administración en { $at } no tiene el comando `{ $command }` (código de salida 127).
shell-command-failed = `{ $command }` en el shell de administración en { $at } falló con el código de salida { $code }.
shell-command-stopped = `{ $command }` en el shell de administración en { $at } se detuvo antes de terminar.
shell-connection-lost = La conexión con el shell de administración en { $at } se cortó durante la exportación; no se guardó nada.
shell-timed-out = La exportación por el shell de administración en { $at } no terminó en { $seconds } s; se detuvo y no se guardó nada.
shell-cancelled = Se canceló la exportación por el shell de administración en { $at }; no se guardó nada.
shell-not-an-export = `{ $command }` en el shell de administración en { $at } no escribió una exportación de uso de licencias: { $reason } No se guardó nada.
shell-too-large = `{ $command }` en el shell de administración en { $at } escribió más de { $cap } bytes; se detuvo y no se guardó nada.
shell-with-stderr =
    { $message }
    ssh dijo:
    { $stderr }

## Qué hacer.

shell-not-set-up-fix = Abre Conexiones y configura el shell de administración (SSH) de esta instancia: usuario admin, puerto 122. Primero agrega tu clave pública SSH en el dispositivo: Management Console (Consola de administración), Authentication (Autenticación), SSH access (Acceso SSH).
shell-ssh-missing-fix = Instala el cliente OpenSSH (Debian/Ubuntu: apt install openssh-client; macOS y Windows 10+ ya lo incluyen) y asegúrate de que `ssh` esté en el PATH, o descarga la exportación desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)) y suéltala en Agregar uso del servidor.
shell-host-key-unknown-fix = Este equipo nunca se conectó a { $host }:{ $port }, así que todavía no confía en su clave de host, y la app mantiene activada la comprobación de claves de host. Pide al administrador de GHES la huella digital de la clave de host SSH del dispositivo, compárala con `ssh-keyscan -p { $port } { $host } | ssh-keygen -lf -` y, solo si coincide, confía en ella: `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts`. Después, vuelve a exportar.
shell-host-key-changed-fix = El dispositivo en { $host }:{ $port } presentó una clave de host distinta de la que este equipo considera de confianza. No te conectes hasta que el administrador de GHES confirme que la clave cambió (dispositivo reinstalado, restaurado o con sus claves regeneradas): alguien podría estar interceptando la conexión. Si de verdad cambió, elimina la clave anterior con `ssh-keygen -R '{ $known_hosts_name }'`, verifica la nueva huella digital con el administrador, confía en ella con `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` y vuelve a exportar.
shell-host-key-changed-fingerprint-fix = El dispositivo en { $host }:{ $port } presentó una clave de host distinta ({ $fingerprint }) de la que este equipo considera de confianza. No te conectes hasta que el administrador de GHES confirme que la clave cambió (dispositivo reinstalado, restaurado o con sus claves regeneradas): alguien podría estar interceptando la conexión. Si de verdad cambió, elimina la clave anterior con `ssh-keygen -R '{ $known_hosts_name }'`, verifica la nueva huella digital con el administrador, confía en ella con `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` y vuelve a exportar.
shell-auth-refused-fix = El shell de administración solo acepta claves SSH. Agrega tu clave pública en el dispositivo (Management Console (Consola de administración), Authentication (Autenticación), SSH access (Acceso SSH)), asegúrate de que ssh la ofrezca (ssh-agent, o IdentityFile para { $host } en ~/.ssh/config) y compruébalo con `ssh -p { $port } admin@{ $host } -- ghe-license --help`.
shell-connect-fix = Revisa el host y el puerto del shell de administración en Conexiones (el puerto 122 en todos los dispositivos), y que este equipo pueda llegar a él (VPN, firewall; se aplica un ProxyJump de ~/.ssh/config). Las propias palabras de ssh están arriba.
shell-command-not-found-fix = El dispositivo no tiene `{ $program }`. GHES 3.13 y posteriores tienen `ghe-license usage -o -y`; 3.12 y anteriores, `ghe-license-usage`. Comprueba que el shell de administración de Conexiones sea el mismo dispositivo que la API REST, o exporta desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)).
shell-command-not-found-version-fix = El dispositivo no tiene `{ $program }`, aunque su API REST indica GHES { $version }. GHES 3.13 y posteriores tienen `ghe-license usage -o -y`; 3.12 y anteriores, `ghe-license-usage`. Comprueba que el shell de administración de Conexiones sea el mismo dispositivo que la API REST, o exporta desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)).
shell-command-failed-fix = Lee arriba lo que dijo el dispositivo. Vuelve a intentarlo; si persiste, ejecuta tú mismo el mismo comando en el shell de administración, o exporta desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)).
shell-connection-lost-fix = Vuelve a exportar; el archivo que ya estaba no cambia. Si la conexión se sigue cortando, revisa la red (VPN, proxies) o exporta desde la interfaz web de GHES.
shell-timed-out-fix = Vuelve a exportar; para una instancia muy grande con un enlace lento, descarga en su lugar la exportación desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)).
shell-cancelled-fix = Vuelve a exportar cuando quieras; el archivo que ya estaba no cambia.
shell-not-an-export-fix = Ejecuta tú mismo el comando en el shell de administración para ver qué imprime, o exporta desde la interfaz web de GHES (Enterprise settings (Configuración de la empresa), License (Licencias), **Export license usage** (Exportar uso de licencia)).
shell-too-large-fix = Esto no es lo que escribe el comando de exportación: ejecútalo tú mismo en el shell de administración, o exporta desde la interfaz web de GHES.

## Detalles y el registro.

shell-arg-host = el host del shell de administración
shell-arg-user = el usuario del shell de administración
shell-arg-detail = debe ser una sola palabra que no empiece por `-`
shell-job-export = Una exportación del uso de licencias de { $instance }
shell-ssh-not-on-path = { $program } no se encontró en el PATH
shell-stdout-unreadable = no se pudo leer la salida estándar de ssh
shell-wait-failed = (falló la espera a ssh: { $detail })
shell-read-failed = (falló la lectura de la salida de ssh: { $detail })
shell-exported = Uso de licencias exportado por el shell de administración ({ $bytes } bytes) a { $path }.
