## Notificaciones: lo que una comprobación en segundo plano cuenta de la sincronización de
## licencias de una instancia (crates/services/src/monitor/), y cómo terminó una
## sincronización vigilada (sync/flows.rs).

notice-sync-it-configured = Abre GHE License Sync → Licencia para sincronizarla.
notice-sync-it-not-configured = Usa "Sync now" (Sincronizar ahora) en su página License (Licencias), o agrégala en GHE License Sync → Conexiones para sincronizarla desde la app.
notice-stale-title = { $days ->
    [one] { $host } lleva 1 día sin sincronizar
   *[other] { $host } lleva { $days } días sin sincronizar
}
notice-stale-body = { $after ->
    [one] Su uso de licencias llegó a GitHub Enterprise Cloud por última vez el { $at }; se te avisa después de 1 día. { $sync_it }
   *[other] Su uso de licencias llegó a GitHub Enterprise Cloud por última vez el { $at }; se te avisa después de { $after } días. { $sync_it }
}
notice-never-title = { $host } nunca ha sincronizado su uso de licencias
notice-never-body = GitHub Enterprise Cloud todavía no muestra ninguna sincronización de licencias de esta instancia. { $sync_it }
notice-failed-title = Falló la sincronización de licencias de { $host }
notice-failed-body = { $said } Abre GHE License Sync → Licencia para ver lo que dice GitHub y vuelve a sincronizar.
notice-failed-github-says = GitHub dice que la sincronización falló: { $error }
notice-failed-github-says-at = GitHub dice que la sincronización del { $at } falló: { $error }
notice-failed-shown = GitHub Enterprise Cloud muestra la sincronización como fallida.
notice-failed-shown-at = GitHub Enterprise Cloud muestra la sincronización del { $at } como fallida.
notice-recovered-title = { $host } vuelve a estar sincronizada
notice-recovered-body = { $days ->
    [one] GitHub Enterprise Cloud muestra una sincronización de licencias correcta, dentro del plazo de 1 día. No hay nada que hacer.
   *[other] GitHub Enterprise Cloud muestra una sincronización de licencias correcta, dentro del plazo de { $days } días. No hay nada que hacer.
}
notice-recovered-body-at = { $days ->
    [one] GitHub Enterprise Cloud muestra una sincronización de licencias correcta el { $at }, dentro del plazo de 1 día. No hay nada que hacer.
   *[other] GitHub Enterprise Cloud muestra una sincronización de licencias correcta el { $at }, dentro del plazo de { $days } días. No hay nada que hacer.
}
notice-upload-not-processed = GitHub no pudo procesar el archivo cargado { $file }.
notice-server-id = servidor { $id }
notice-no-host-name = una instancia de servidor sin nombre de host
notice-state-not-saved-fix = Comprueba que quede espacio y que la carpeta de datos de la app admita escritura; mientras tanto, un cambio puede volver a anunciarse después de reiniciar.

## La configuración de Comprobaciones en segundo plano que las comprobaciones rechazan.

notice-setting-every-hours = Comprobar cada
notice-setting-every-hours-invalid = { $hours } horas no está entre 1 y 168.
notice-setting-every-hours-fix = Elige cada cuánto comprobar: entre cada hora y una vez por semana (168 horas).
notice-setting-stale-days = Avisarme después de
notice-setting-stale-days-invalid = { $days } días no está entre 1 y 90.
notice-setting-stale-days-fix = Elige después de cuántos días sin sincronizar quieres que se te avise: de 1 a 90 (GitHub Connect sincroniza cada semana, así que lo habitual es 7).
notice-setting-instance-days = Umbral de la instancia
notice-setting-instance-unknown = No hay ninguna instancia de GHES `{ $id }` en Conexiones.
notice-setting-instance-unknown-fix = Quita el umbral de esta instancia, o primero agrega la instancia en Conexiones.
notice-setting-instance-days-invalid = { $days } días para `{ $id }` no está entre 1 y 90.
notice-setting-instance-days-fix = Elige de 1 a 90 días para esta instancia, o quita su propio umbral para usar el general.

## Cómo terminó una sincronización vigilada, cuando la ventana no está al frente (sync/flows.rs).

notice-watch-title = { $state ->
    [confirmed] { $flow }: confirmado
    [failed] { $flow }: falló
   *[timed_out] { $flow }: todavía sin confirmar
}
notice-watch-timed-out = GitHub todavía no muestra la sincronización de { $name }. Sigue vigilando o detente.
