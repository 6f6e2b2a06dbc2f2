## La pantalla Historial (ui/views/history/): el encabezado, el intervalo, dónde se guarda el historial.

history-title = Historial
history-range = Intervalo
history-range-all = Todo
history-range-weeks = { $weeks ->
    [one] Última semana
   *[other] Últimas { $weeks } semanas
}
history-refresh = Actualizar
history-reading = Leyendo el historial…
history-lead = Cada carga de licencias consumidas y cada lectura de Licencia que guardó esta app: los puestos a lo largo del tiempo, las sincronizaciones de cada instancia y quién cambió entre dos cargas.
history-announce-empty = Historial: todavía no se guardó nada.
history-announce = Historial: { $loads ->
    [one] { $loads } carga
   *[other] { $loads } cargas
} y { $readings ->
    [one] { $readings } lectura de Licencia
   *[other] { $readings } lecturas de Licencia
}.
history-read-failed = No se pudo leer el historial
history-read-failed-announce = No se pudo leer el historial.
history-cannot-use = No se puede usar el historial
# $place: the history file's path (shown as code), or history-where-memory.
history-where-kept = guardado en { $place }
history-where-kept-enterprise = Empresa { $enterprise } · guardado en { $place }
history-where-none = ahora no se guarda nada
history-where-none-enterprise = Empresa { $enterprise } · ahora no se guarda nada
history-where-memory = memoria (demo): dura hasta que se cierra la app
history-empty-title = Todavía no se guardó nada
history-empty-range-title = { $weeks ->
    [one] No se guardó nada en la última semana
   *[other] No se guardó nada en las últimas { $weeks } semanas
}
# $consumed and $license: links to those screens (their names from the navigation); $place as in history-where-kept.
history-empty-text = Cada carga en { $consumed } y cada actualización de { $license } se guarda aquí, en { $place }.
history-empty-choose-all = Elige Todo para ver todo lo guardado.
history-seats-title = Puestos a lo largo del tiempo
history-seats-none = No hay ninguna carga de licencias consumidas guardada en este intervalo: cada carga en Licencias consumidas guarda una.
history-sync-title = Sincronización de licencias de cada instancia
history-sync-note = Cada lectura de Licencia guarda la última sincronización que GitHub indica para cada instancia, así que no se ve una sincronización reemplazada por otra antes de la lectura siguiente; un período sin sincronizar es “de hasta” su duración cuando ninguna lectura lo muestra entero.
history-sync-none = No hay ninguna lectura de Licencia guardada en este intervalo: cada actualización de Licencia guarda una.
history-loads-title = Cargas
history-no-load-to-compare = Todavía no hay ninguna carga para comparar.

## Cuánto tiempo se guardan las personas de cada carga (la retención).

history-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
history-years = { $years ->
    [one] { $years } año
   *[other] { $years } años
}
history-detail-days = Las personas de cada carga se guardan { $days ->
    [one] { $days } día
   *[other] { $days } días
} para comparar; sus cifras se guardan para siempre.
history-keep-label = Guardar las personas de cada carga durante
history-saving = Guardando…
# $period: history-days or history-years.
history-keep-saved = Guardado: las personas de cada carga se guardan { $period } para comparar.
history-keep-not-saved = No se guardó: las personas se siguen guardando { $period }
history-keep-not-saved-before = No se guardó: las personas se siguen guardando como antes

## Los gráficos (chart-parts.js, seats-over-time.js, sync-timeline.js) y sus tablas.

history-show-table = Ver como tabla
history-show-chart = Ver como gráfico
history-seats-as-table = Ver los puestos a lo largo del tiempo como tabla
history-seats-as-chart = Ver los puestos a lo largo del tiempo como gráfico
history-syncs-as-table = Ver las sincronizaciones como tabla
history-syncs-as-chart = Ver las sincronizaciones como gráfico
history-split-cloud-only = Solo en la nube
history-split-server-only = Solo en el servidor
history-split-both = En ambos (emparejados)
# Same in every language.
history-split-visual-studio = Visual Studio
history-split-unknown = Desconocido
history-axis-seats = Puestos
history-axis-load = Carga de licencias consumidas
history-seats-purchased = Puestos comprados
# A bar's part: "Mar 3, 2026, 09:15: cloud only 315". $part: cloud_only, server_only, both, visual_studio or unknown.
history-seats-segment-title = { $date }: { $part ->
    [cloud_only] solo en la nube
    [server_only] solo en el servidor
    [both] en ambos (emparejados)
    [visual_studio] Visual Studio
   *[unknown] desconocido
} { $count }
history-seats-purchased-title = { $date }: { $count ->
    [one] { $count } puesto comprado
   *[other] { $count } puestos comprados
}
history-seats-caption = Puestos a lo largo del tiempo, una fila por carga de licencias consumidas, de la más antigua a la más reciente
history-col-load = Carga
history-col-people = Personas
history-col-seats-consumed = Puestos consumidos
# The seats chart in a sentence: $from and $to are dates, $first and $last the people of the first and last load.
history-seats-describe-one = Puestos a lo largo del tiempo: una carga, { $to }, { $last ->
    [one] { $last } persona
   *[other] { $last } personas
}. La tabla tiene el desglose.
history-seats-describe-one-purchased = Puestos a lo largo del tiempo: una carga, { $to }, { $last ->
    [one] { $last } persona
   *[other] { $last } personas
} de { $purchased } puestos comprados. La tabla tiene el desglose.
history-seats-describe = Puestos a lo largo del tiempo: { $loads } cargas, del { $from } ({ $first ->
    [one] { $first } persona
   *[other] { $first } personas
}) al { $to } ({ $last ->
    [one] { $last } persona
   *[other] { $last } personas
}). La tabla tiene todas las cifras.
history-seats-describe-purchased = Puestos a lo largo del tiempo: { $loads } cargas, del { $from } ({ $first ->
    [one] { $first } persona
   *[other] { $first } personas
}) al { $to } ({ $last ->
    [one] { $last } persona
   *[other] { $last } personas
} de { $purchased } puestos comprados). La tabla tiene todas las cifras.
history-syncs-none = Las lecturas de Licencia guardadas no indican ninguna instancia de servidor en el estado de sincronización de licencias de GitHub.
history-no-sync-listed = ninguna sincronización indicada
history-axis-last-sync = Última sincronización que indicó GitHub, por fecha
history-legend-sync-ok = Sincronización correcta
history-legend-sync-failed = Sincronización fallida
history-legend-gap = Sin sincronizar durante más de { $days } días
# $days: a number of days, to a tenth under 10.
history-gap-open = { $days ->
    [one] { $days } día desde la última sincronización
   *[other] { $days } días desde la última sincronización
}
history-gap-certain = { $days ->
    [one] { $days } día sin sincronizar
   *[other] { $days } días sin sincronizar
}
history-gap-uncertain = { $days ->
    [one] hasta { $days } día sin sincronizar
   *[other] hasta { $days } días sin sincronizar
}
# Same in every language.
history-sync-gap-title = { $host }: { $gap }
# "github.example.com: Mar 3, 2026, 09:15, succeeded".
history-sync-mark-title = { $host }: { $date }, { $status }
history-sync-status-ok = correcta
history-sync-status-none = sin estado indicado
history-sync-status-failed = fallida
# $status: GitHub's word for the sync's state.
history-sync-status-failed-as = fallida ({ $status })
# $error: GitHub's words.
# Same in every language.
history-sync-status-error = { $status }: { $error }
# The sync chart in a sentence: "License syncs per instance. host: 6 syncs; other: 3 syncs, 1 failed, 3 gaps over 7 days. The table…"
history-syncs-describe = Sincronizaciones de licencias por instancia. { $lanes }. La tabla tiene todas las sincronizaciones.
history-syncs-describe-lane = { $host }: { $syncs ->
    [one] { $syncs } sincronización
   *[other] { $syncs } sincronizaciones
}{ $failed ->
    [0] {""}
    [one] , { $failed } fallida
   *[other] , { $failed } fallidas
}{ $gaps ->
    [0] {""}
    [one] , { $gaps } período sin sincronizar de más de { $days } días
   *[other] , { $gaps } períodos sin sincronizar de más de { $days } días
}
history-sync-caption = Sincronizaciones de licencias por instancia, de la más antigua a la más reciente; marcados los períodos sin sincronizar de más de { $days } días
history-col-instance = Instancia
history-col-sync = Sincronización
history-col-status = Estado
history-col-since-before = Desde la sincronización anterior
history-sync-failed = Fallida
history-sync-succeeded = Correcta
history-gap-over = Más de { $days } días sin sincronizar
history-gap-up-to = Hasta { $days } días sin sincronizar
history-none-since = ninguna desde entonces
history-as-of-reading = (según la lectura del { $date })

## Quién cambió entre dos cargas (who-changed.js, también en Licencias consumidas), y las cargas (loads-list.js).

history-who-changed = Quién cambió
# $from and $to: the two loads' dates and times.
history-who-changed-between = Quién cambió del { $from } al { $to }
history-comparing = Comparando las dos cargas…
history-compare-failed = No se pudieron comparar las dos cargas
history-compare-failed-announce = No se pudieron comparar las dos cargas.
history-who-changed-announce = Quién cambió: { $added ->
    [one] { $added } alta
   *[other] { $added } altas
}, { $removed ->
    [one] { $removed } baja
   *[other] { $removed } bajas
}, { $changed ->
    [one] { $changed } cambio
   *[other] { $changed } cambios
}.
history-change-counts = { $added ->
    [one] { $added } alta
   *[other] { $added } altas
}, { $removed ->
    [one] { $removed } baja
   *[other] { $removed } bajas
}, { $changed ->
    [one] { $changed } cambio
   *[other] { $changed } cambios
}
history-count-added = +{ $count } { $count ->
    [one] alta
   *[other] altas
}
history-count-removed = −{ $count } { $count ->
    [one] baja
   *[other] bajas
}
history-count-changed = ~{ $count } { $count ->
    [one] cambio
   *[other] cambios
}
history-changes-partial = Se muestran las primeras { $listed } de { $total } personas; los recuentos de arriba están completos.
history-changes-none = Nadie se agregó, se quitó ni cambió entre estas dos cargas.
history-group-added = Altas
history-group-removed = Bajas
history-group-changed = Cambios
history-group-none-listed = (ninguna en la lista)
history-group-some-listed = ({ $count } en la lista)
history-close-changes = Cerrar
    .aria-label = Cerrar la lista de quién cambió
# $ids: the person's accounts on the servers.
# Same in every language.
history-person-ghes = GHES: { $ids }
history-person-no-login = (sin nombre de usuario)
history-person-diff = Qué cambió para { $who }
# Read by screen readers between a field's value before and after.
history-changed-to = cambió a
history-yes = sí
history-no = no
history-compare-selected = Quién cambió entre las dos seleccionadas
history-selected = Seleccionadas: { $first } y { $second }.
history-select-one-more = Selecciona una carga más para comparar.
history-select-two = Selecciona dos cargas para comparar, o elige “frente a la anterior” en una carga.
history-load-unselected = La carga del { $date } ya no está seleccionada.
history-select-load = Seleccionar la carga del { $date } para comparar
history-vs-before = frente a la anterior
history-vs-before-label = Quién cambió en la carga del { $date } frente a la anterior
history-vs-before-label-out = Quién cambió en la carga del { $date } frente a la anterior, que este intervalo deja fuera
history-vs-before-gone = Ya no se guardan las personas de una de estas cargas.
history-seats-of = { $consumed } de { $purchased }
history-first-load = la primera carga guardada
history-first-kept = primera guardada
history-detail-gone = ya no se guardan sus personas
history-loads-caption = Cargas de licencias consumidas guardadas, de la más reciente a la más antigua
history-col-select = Seleccionar
history-col-changes = Cambios
history-col-compare = Comparar
