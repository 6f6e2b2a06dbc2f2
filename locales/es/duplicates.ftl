## Duplicados: la pantalla (ui/views/duplicates/duplicates-view.js). Los resúmenes, evidencias,
## correcciones y títulos de grupo de los hallazgos llegan del backend en el idioma en uso.

duplicates-title = Duplicados
duplicates-lead = Personas que GitHub probablemente cuenta dos veces: una cuenta en GitHub Enterprise Server y otra en GitHub Enterprise Cloud que no emparejó. Cuando se sincroniza el uso de licencias, GitHub empareja una cuenta de GHES por su correo principal con los correos verificados (o la identidad SAML) de las cuentas en la nube.
duplicates-analysing = Buscando duplicados…
duplicates-failed = No se pudieron calcular los duplicados
duplicates-not-loaded-title = Las licencias consumidas aún no están cargadas
duplicates-not-loaded-text = Los duplicados se calculan a partir de la lista de licencias consumidas de la empresa. Cárgala con el botón de arriba (muestra su progreso y se puede cancelar), o mírala primero en { $link }.
duplicates-not-loaded-link = Licencias consumidas
duplicates-none-title = No hay duplicados probables
duplicates-none-text = { $consumers ->
    [one] No hay duplicados probables: el { $consumers } usuario que consume una licencia que indica GitHub tiene una sola cuenta, o sus cuentas de GHES y de la nube ya están emparejadas.
   *[other] No hay duplicados probables: cada uno de los { $consumers } usuarios que consumen una licencia que indica GitHub tiene una sola cuenta, o sus cuentas de GHES y de la nube ya están emparejadas.
}
duplicates-none-spoken = No hay duplicados probables.
duplicates-found-spoken = { $seats ->
    [one] Se podría liberar { $seats } puesto
   *[other] Se podrían liberar { $seats } puestos
}: { $findings ->
    [one] { $findings } hallazgo.
   *[other] { $findings } hallazgos.
}

## El titular: los puestos que liberaría corregir todos los hallazgos.

duplicates-headline = { $seats ->
    [one] Se podría liberar { $figure } puesto
   *[other] Se podrían liberar { $figure } puestos
}
duplicates-seats-high = { $seats } con confianza alta
duplicates-seats-medium = { $seats } con confianza media
duplicates-seats-low = { $seats } con confianza baja
duplicates-findings-among = { $findings ->
    [one] { $findings } hallazgo
   *[other] { $findings } hallazgos
} entre { $consumers } usuarios que consumen una licencia.

## Lo que sabía el análisis: dominios verificados, SAML, cuentas del servidor.

duplicates-verified-domains = Dominios verificados
duplicates-verified-domains-value = { $domains } ({ $source ->
    [given] según la configuración
    [inferred] deducidos de los correos verificados de la lista
   *[unknown] desconocido
})
duplicates-verified-domains-none = ninguno conocido
# Same in every language.
duplicates-saml = SAML
duplicates-saml-in-use = en uso
duplicates-saml-in-use-inferred = en uso (deducido de los NameID de SAML de la lista)
duplicates-saml-not-in-use = no se usa
duplicates-off-domain = Dominios que conviene verificar
duplicates-off-domain-entry = { $domain } ({ $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
})
duplicates-server-accounts = Cuentas del servidor
duplicates-server-accounts-not-loaded = sin cargar: las entradas de GHES se nombran por su ID
duplicates-server-accounts-named = { $named } de { $entries } entradas solo del servidor con nombre
duplicates-server-accounts-named-partial = { $named } de { $entries } entradas solo del servidor con nombre; GitHub solo dio parte de las cuentas ({ $notes })
duplicates-counted-once = Ya contadas una vez
duplicates-counted-once-value = { $people ->
    [one] { $people } persona con { $accounts } cuentas, un puesto
   *[other] { $people } personas con { $accounts } cuentas entre todas, un puesto cada una
}

## El filtro de confianza, la exportación, los grupos.

duplicates-confidence-legend = Confianza
duplicates-filter-high = Alta
duplicates-filter-medium = Media
duplicates-filter-low = Baja
duplicates-export = Exportar { $format }
duplicates-export-failed = No se pudo guardar la exportación
duplicates-filtered = Se muestran { $shown } de { $findings } hallazgos, { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
} por liberar.
duplicates-filtered-none = Ningún hallazgo tiene la confianza elegida.
duplicates-group-count = { $count ->
    [one] { $count } hallazgo
   *[other] { $count } hallazgos
}
duplicates-group-count-of = { $shown } de { $count } hallazgos
duplicates-group-seats = { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}
duplicates-group-information = información
duplicates-show-more = Mostrar { $more } más ({ $hidden } sin mostrar)
duplicates-findings-failed = No se pudieron mostrar estos hallazgos

## Un hallazgo: la confianza, los puestos que libera, por qué, las entradas, la corrección.

duplicates-confidence-high = Confianza alta
duplicates-confidence-medium = Confianza media
duplicates-confidence-low = Confianza baja
duplicates-finding-frees = { $seats ->
    [one] libera { $seats } puesto
   *[other] libera { $seats } puestos
}
duplicates-finding-frees-none = no libera ningún puesto: información
duplicates-why = Por qué
duplicates-entries = Entradas
duplicates-fix = Corrección:
duplicates-no-cloud-account = sin cuenta en la nube
# Same in every language.
duplicates-entry-server-ids = GHES { $ids }
duplicates-entry-show = Mostrar
duplicates-entry-show-label = Mostrar a { $who } en Licencias consumidas
duplicates-no-login = sin nombre de usuario
duplicates-primary-email = correo principal
duplicates-primary-email-none = ninguno
duplicates-primary-email-unknown = desconocido (GitHub solo dio parte de los correos)
duplicates-site-admin = administrador del sitio

## Cargar cuentas del servidor (ui/views/duplicates/accounts-panel.js).

duplicates-accounts-intro = Los datos de licencias de GitHub nombran una cuenta de GHES solo por su ID. Carga las cuentas del servidor para nombrarlas por nombre de usuario, nombre de perfil y correo principal, la dirección que GitHub compara con las cuentas en la nube (se leen de las instalaciones de Enterprise Server que conoce GitHub, con el mismo token).
duplicates-accounts-load = Cargar cuentas del servidor
duplicates-accounts-reload = Volver a cargar cuentas del servidor
duplicates-accounts-cancel = Cancelar
duplicates-accounts-progress-label = Instancias de Enterprise Server cuyas cuentas se leyeron
duplicates-accounts-asking = Pidiendo a GitHub las instancias de Enterprise Server que conoce…
duplicates-accounts-reading = { $done } de { $total ->
    [one] { $total } instancia terminada
   *[other] { $total } instancias terminadas
} · { $accounts } cuentas
duplicates-accounts-reading-of = { $done } de { $total ->
    [one] { $total } instancia terminada
   *[other] { $total } instancias terminadas
} · { $accounts } de { $expected } cuentas
duplicates-accounts-reading-spoken = Cargando cuentas del servidor: { $progress }.
duplicates-accounts-waiting = Se agotó el límite de solicitudes de GitHub: esperando { $seconds } s (hasta las { $time }); luego la carga sigue sola.
duplicates-accounts-retrying = GitHub no respondió correctamente ({ $reason }): se vuelve a intentar en { $seconds } s, intento { $attempt }.
duplicates-accounts-done = Todas las instancias leídas · { $accounts } cuentas
duplicates-accounts-loading-spoken = Cargando las cuentas del servidor desde GitHub.
duplicates-accounts-loaded-spoken = Se cargaron { $accounts } cuentas del servidor de { $instances ->
    [one] { $instances } instancia.
   *[other] { $instances } instancias.
}
duplicates-accounts-loaded-partial-spoken = Se cargaron { $accounts } cuentas del servidor de { $instances ->
    [one] { $instances } instancia
   *[other] { $instances } instancias
}, no todas.
duplicates-accounts-cancelled-spoken = Se canceló la carga de las cuentas del servidor.
duplicates-accounts-failed = No se pudieron cargar las cuentas del servidor
duplicates-accounts-failed-spoken = No se pudieron cargar las cuentas del servidor.
duplicates-accounts-cancelled-kept = Cancelado. Se siguen usando las cuentas cargadas antes.
duplicates-accounts-cancelled-nothing = Cancelado. No se cargó ninguna cuenta; las entradas se nombran por su ID.
duplicates-accounts-loaded = { $accounts } cuentas del servidor de { $instances ->
    [one] { $instances } instancia
   *[other] { $instances } instancias
} cargadas { $ago } ({ $time }): { $hosts }.
duplicates-accounts-loaded-no-hosts = { $accounts } cuentas del servidor de { $instances ->
    [one] { $instances } instancia
   *[other] { $instances } instancias
} cargadas { $ago } ({ $time }).
duplicates-accounts-incomplete-title = GitHub solo dio parte de las cuentas.
duplicates-accounts-incomplete-text = Las entradas que no dio se nombran por su ID, y un correo principal que no se leyó se indica como desconocido, nunca como ausente:

## Corregido desde… (ui/views/duplicates/fixed-since.js): lo que cambió desde un análisis anterior.

duplicates-fixed-since-title = Corregido desde un análisis anterior
duplicates-fixed-since-label = Corregido desde…
duplicates-fixed-since-show = Mostrar lo corregido
duplicates-fixed-since-option = { $date } · { $findings ->
    [one] { $findings } hallazgo
   *[other] { $findings } hallazgos
}, { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}
duplicates-fixed-since-newest = hasta el análisis más reciente, { $date } ({ $findings ->
    [one] { $findings } hallazgo
   *[other] { $findings } hallazgos
}, { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
})
duplicates-fixed-comparing = Comparando los dos análisis…
duplicates-fixed-counts = { $fixed ->
    [one] { $fixed } corregido
   *[other] { $fixed } corregidos
}, { $seats ->
    [one] { $seats } puesto liberado
   *[other] { $seats } puestos liberados
} desde el { $date }; { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $back ->
    [one] { $back } reapareció
   *[other] { $back } reaparecieron
}.
duplicates-fixed-failed = No se pudieron comparar los dos análisis
duplicates-fixed-failed-spoken = No se pudieron comparar los dos análisis.
duplicates-fixed-list = Corregidos
duplicates-fixed-none = Nada corregido desde entonces.
duplicates-new-list = Nuevos
duplicates-new-none = Ningún hallazgo nuevo.
duplicates-came-back-list = Reaparecieron
duplicates-came-back-note = Se corrigieron una vez y se volvieron a encontrar después.
duplicates-came-back-none = Ninguno reapareció.
duplicates-show-all = Mostrar los { $count }
duplicates-show-all-fixed-label = Mostrar los { $count } hallazgos corregidos: { $group }
duplicates-show-all-new-label = Mostrar los { $count } hallazgos nuevos
duplicates-show-all-came-back-label = Mostrar los { $count } hallazgos que reaparecieron
duplicates-kept-high = confianza alta
duplicates-kept-medium = confianza media
duplicates-kept-low = confianza baja
duplicates-kept-seats = { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}
