## Las entradas de la pantalla Actividad que escriben los flujos de sincronización y las
## comprobaciones en segundo plano (crates/services/src/sync/, monitor/). Una entrada se
## guarda como se escribió, en el idioma de la app (o de ghls) que la escribió.

entry-handed-off = { $how ->
    [app_window] { $flow }: se abrió { $url } en una ventana de la app para { $name }; esperando a GitHub.
   *[browser] { $flow }: se abrió { $url } en el navegador para { $name }; esperando a GitHub.
}
entry-timed-out = { $flow } para { $name }: no se confirmó a tiempo; GitHub no muestra ninguna sincronización desde { $since }.
entry-cancelled = Se dejó de vigilar { $flow } para { $name }.
entry-all-instances = todas las instancias
entry-background-check = Comprobación en segundo plano: { $titles }.

## Los detalles copiables de una entrada, uno por línea.

entry-details-upload =
    archivo: { $path }
    SHA-256: { $sha256 }
    ID del servidor: { $server_id }
    versión: { $version }
entry-details-instance = instancia: { $name } ({ $host })
entry-details-keep-watching = seguir vigilando desde { $since }
entry-details-handed-off-at = traspasado a GitHub: { $at }
# Same in every language.
entry-details-github = GitHub: { $text }
entry-details-fix = solución: { $fix }
entry-details-waited = esperado: { $seconds } s
entry-details-file-checked =
    ruta: { $path }
    ID del servidor: { $server_id }
    SHA-256: { $sha256 }
    tamaño: { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    }
entry-details-warning = advertencia: { $warning }
entry-details-path = ruta: { $path }
entry-details-file = archivo: { $path }
# $command_line: the ssh command as it ran (data).
entry-details-exported =
    { $command_line }
    versión de GHES: { $version }
    SHA-256: { $sha256 }
