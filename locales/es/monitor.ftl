## Comprobaciones en segundo plano, en la pantalla Conexiones (ui/views/monitor/monitor-settings.js).

monitor-title = Comprobaciones en segundo plano
monitor-settings-legend = Configuración de las comprobaciones en segundo plano
monitor-enabled = Seguir comprobando en segundo plano
monitor-enabled-hint = Lee el estado de sincronización de licencias de GitHub con los tokens guardados y envía una notificación cuando la sincronización de una instancia queda desactualizada, falla o se recupera; cada cambio se avisa una sola vez. Así, al cerrar la ventana la app sigue en la bandeja. Mientras esto está desactivado, no se ejecuta nada en segundo plano.
monitor-every = Comprobar cada
monitor-every-unit = horas
monitor-every-hint = de { $min } a { $max }
monitor-stale = Desactualizada tras
monitor-stale-unit = días sin sincronizar
monitor-stale-hint = de { $min } a { $max }; GitHub Connect sincroniza cada semana
monitor-login = Abrir al iniciar sesión
monitor-login-hint = Abre la app cuando inicias sesión en este equipo, oculta en la bandeja mientras las comprobaciones en segundo plano están activadas, para que se ejecuten sin abrir la ventana.
monitor-login-demo = No disponible en la demo: nunca se agrega a tus elementos de inicio de sesión. Abrir al iniciar sesión está disponible cuando la app se ejecuta con tus propias conexiones.
monitor-whole-number = Escribe un número entero de { $min } a { $max }.
monitor-number-range = Escribe un número de { $min } a { $max }.
monitor-load-failed = No se pudo leer la configuración de las comprobaciones en segundo plano

## Guardar un cambio.

monitor-not-saved = No se guardó
monitor-saved = Guardado.
monitor-saved-on = { $hours ->
    [one] Las comprobaciones en segundo plano están activadas: cada hora.
   *[other] Las comprobaciones en segundo plano están activadas: cada { $hours } horas.
}
monitor-saved-off = Las comprobaciones en segundo plano están desactivadas.
monitor-saved-login-on = La app se abre cuando inicias sesión.
monitor-saved-login-off = La app ya no se abre al iniciar sesión.
monitor-saved-every = { $hours ->
    [one] Comprobaciones cada hora.
   *[other] Comprobaciones cada { $hours } horas.
}
monitor-saved-stale = { $days ->
    [one] Una sincronización de hace más de 1 día se considera desactualizada.
   *[other] Una sincronización de hace más de { $days } días se considera desactualizada.
}

## El umbral de cada instancia.

monitor-per-instance = Desactualizada tras, por instancia
monitor-col-instance = Instancia
monitor-col-days = Días
monitor-per-instance-hint = { $days ->
    [one] Vacío: el valor de arriba, 1 día.
   *[other] Vacío: el valor de arriba, { $days } días.
}
monitor-saved-instance-default = { $days ->
    [one] { $instance }: el valor predeterminado, 1 día.
   *[other] { $instance }: el valor predeterminado, { $days } días.
}
monitor-saved-instance-days = { $days ->
    [one] { $instance }: desactualizada tras 1 día.
   *[other] { $instance }: desactualizada tras { $days } días.
}

## La última y la próxima comprobación, y cómo está la sincronización de cada instancia.

monitor-last-check = Última comprobación
monitor-next-check = Próxima comprobación
monitor-never = nunca
monitor-soon = pronto
monitor-off = desactivada
monitor-last-error = La última comprobación no pudo leer GitHub
monitor-verdict-ok = sincronizada
monitor-verdict-stale = desactualizada
monitor-verdict-failed = sincronización fallida
monitor-verdict-never-synced = nunca sincronizada
monitor-verdict-unreadable-date = fecha ilegible
monitor-last-sync = última sincronización: { $date }

## Comprobar ahora.

monitor-check-now = Comprobar ahora
monitor-checking = Comprobando…
monitor-check-failed = No se pudo ejecutar la comprobación
monitor-github-unreadable = No se pudo leer GitHub
monitor-said-check-failed = La comprobación falló: { $message }
monitor-uploads-error = No se pudo leer el registro de cargas de GitHub ({ $message }), así que solo se evaluó su estado de sincronización de licencias: una carga manual que no aparezca ahí no se detecta.
monitor-not-remembered = No se recordó: { $message } Estos cambios pueden avisarse de nuevo tras un reinicio.
monitor-no-change = { $count ->
    [one] Sin cambios: se comprobó 1 instancia, nada nuevo desde la última comprobación.
   *[other] Sin cambios: se comprobaron { $count } instancias, nada nuevo desde la última comprobación.
}
monitor-said-no-change = Comprobar ahora: sin cambios.
monitor-news = { $count ->
    [one] 1 cambio, también enviado como notificación:
   *[other] { $count } cambios, también enviados como notificaciones:
}
monitor-said-news = Comprobar ahora: { $titles }

## Sincronizar todo, desde la bandeja (ui/views/monitor/tray-actions.js).

monitor-tray-not-loaded = Sincronizar todo no empezó: la pantalla Licencia no se cargó. Pulsa Sincronizar todo allí cuando se haya cargado.
monitor-tray-busy = Sincronizar todo espera: se está vigilando una sincronización. Espera a que termine o cancélala en su tarjeta.
