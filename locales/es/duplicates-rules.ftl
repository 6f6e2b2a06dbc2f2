## Los hallazgos del análisis de duplicados (crates/domain/src/duplicates/wording.rs): títulos
## de grupo, resúmenes de una línea, evidencias (un hecho cada una, en una lista) y soluciones.
##
## $who nombra usuarios de GHES (dup-rule-who-*, en lista con dup-rule-list-*); $users dice
## cuántos son (al menos 1), para concordar verbos y artículos. $account es dup-rule-account o
## dup-rule-account-without-login, sin artículo; $cloud es el host de la nube (github.com, acme.ghe.com).

## Títulos de grupo.

dup-rule-title-verified-email-not-matched = Correo electrónico de GHES ya verificado en una cuenta en la nube
dup-rule-title-saml-name-id = Correo electrónico de GHES igual al NameID de SAML de una cuenta en la nube
dup-rule-title-unverified-cloud-email = Correo electrónico de GHES conocido en una cuenta en la nube, pero no verificado
dup-rule-title-same-local-part = El mismo nombre de buzón en otra dirección
dup-rule-title-same-name = El mismo nombre de persona
dup-rule-title-off-verified-domain = Correos electrónicos de GHES fuera de los dominios verificados
dup-rule-title-no-server-email = Cuentas de GHES sin correo electrónico
dup-rule-title-accounts-counted-once = Varias cuentas ya contadas como un solo puesto

## Nombres de usuarios y de cuentas.

# La palabra "usuario" la ponen las frases (dup-rule-ghes-who y las demás), con su artículo.
dup-rule-who-user-on-host = { $user } en { $host }
dup-rule-who-user = { $user }
dup-rule-who-no-id = (sin ID de usuario en los datos)
dup-rule-list-and = { $items } y { $last }
dup-rule-list-more = { $items } y { $more } más
dup-rule-that-account = esa cuenta
dup-rule-account = cuenta { $login } de { $cloud }
dup-rule-account-without-login = cuenta de { $cloud } sin nombre de usuario
dup-rule-named-account = la { $account }
dup-rule-ghes-who = { $users ->
    [one] el usuario de GHES { $who }
   *[other] los usuarios de GHES { $who }
}
dup-rule-no-account-names = una entrada sin nombres de cuenta

## Un par: una cuenta de GHES y la cuenta en la nube que probablemente es la misma persona.

dup-rule-summary-pair = { $likely ->
    [maybe] { $users ->
        [one] El usuario de GHES { $who } y la { $account } pueden ser la misma persona
       *[other] Los usuarios de GHES { $who } y la { $account } pueden ser la misma persona
    }
   *[likely] { $users ->
        [one] El usuario de GHES { $who } y la { $account } probablemente son la misma persona
       *[other] Los usuarios de GHES { $who } y la { $account } probablemente son la misma persona
    }
}
dup-rule-server-has-email = { $users ->
    [one] El usuario de GHES { $who } tiene el correo electrónico { $email }
   *[other] Los usuarios de GHES { $who } tienen el correo electrónico { $email }
}
dup-rule-server-has-name = { $users ->
    [one] El usuario de GHES { $who } tiene el nombre { $name }
   *[other] Los usuarios de GHES { $who } tienen el nombre { $name }
}
dup-rule-cloud-has-verified = La { $account } tiene el correo electrónico verificado { $address }
dup-rule-cloud-has-name-id = La { $account } tiene el NameID de SAML { $address }
dup-rule-cloud-has-vs-email = La { $account } tiene el correo electrónico de suscripción de Visual Studio { $address }, que no es uno de sus correos electrónicos verificados
dup-rule-tie-not-primary = { $users ->
    [one] { $email }, la dirección que los une, es un correo electrónico del usuario de GHES { $who }, pero no el principal ({ $primary }), y GitHub solo compara el principal
   *[other] { $email }, la dirección que los une, es un correo electrónico de los usuarios de GHES { $who }, pero no el principal ({ $primary }), y GitHub solo compara el principal
}
dup-rule-merges-yet-apart = GitHub fusiona una cuenta de GHES con la cuenta en la nube que tiene verificado su correo electrónico principal, pero cuenta estas dos por separado
dup-rule-enterprise-uses-saml = la empresa usa SAML, y GitHub compara los correos electrónicos principales de GHES con los NameID de SAML cuando se sincroniza el uso
dup-rule-same-mailbox = ambas usan el nombre de buzón { $mailbox }
dup-rule-same-mailbox-shared = ambas usan el nombre de buzón { $mailbox } ({ $sharing } entradas lo usan, así que esto es menos seguro)
dup-rule-email-reads-as-name = { $email } se lee como el nombre { $name }, el nombre para mostrar de la { $account }
dup-rule-unique-display-name = La { $account } tiene el nombre para mostrar { $name }, y ninguna otra entrada lo lleva
dup-rule-address-shared = { $sharing } cuentas en la nube tienen esta dirección; esta es la primera por nombre de usuario
dup-rule-not-verified-domain = { $count ->
    [one] { $domains } no es un dominio verificado de la empresa ({ $verified })
   *[other] { $domains } no son dominios verificados de la empresa ({ $verified })
}

## Qué dirección comparó GitHub, según las cuentas de GHES que tiene GitHub.

dup-rule-compared-no-primary = { $users ->
    [one] Los datos de cuentas de GitHub no dan ningún correo electrónico principal del usuario de GHES { $who }, así que GitHub no tenía nada que comparar con la { $account }
   *[other] Los datos de cuentas de GitHub no dan ningún correo electrónico principal de los usuarios de GHES { $who }, así que GitHub no tenía nada que comparar con la { $account }
}
dup-rule-compared-partial = { $users ->
    [one] GitHub compara el correo electrónico principal del usuario de GHES { $who }, pero solo dio una parte de sus correos electrónicos: no se sabe qué dirección comparó
   *[other] GitHub compara el correo electrónico principal de los usuarios de GHES { $who }, pero solo dio una parte de sus correos electrónicos: no se sabe qué dirección comparó
}
dup-rule-compared-partial-instance = { $users ->
    [one] GitHub compara el correo electrónico principal del usuario de GHES { $who }, pero solo dio una parte de sus correos electrónicos (la lista de cuentas de su instancia se leyó en parte): no se sabe qué dirección comparó
   *[other] GitHub compara el correo electrónico principal de los usuarios de GHES { $who }, pero solo dio una parte de sus correos electrónicos (la lista de cuentas de su instancia se leyó en parte): no se sabe qué dirección comparó
}
dup-rule-compared-verified-match = GitHub compara el correo electrónico principal de GHES { $primary } con los correos electrónicos verificados de la { $account }: es uno de ellos, así que GitHub los fusiona en su próxima sincronización del uso
dup-rule-compared-saml-match = GitHub compara el correo electrónico principal de GHES { $primary } con la identidad SAML de la { $account }: su NameID es { $primary }, así que GitHub los fusiona en su próxima sincronización del uso
dup-rule-compared-no-match = { $users ->
    [one] GitHub comparó el correo electrónico principal de GHES { $primary } del usuario { $who } con { $with }; no hubo coincidencia, porque { $because }
   *[other] GitHub comparó el correo electrónico principal de GHES { $primary } de los usuarios { $who } con { $with }; no hubo coincidencia, porque { $because }
}
dup-rule-with-saml-and-verified = la identidad SAML y los correos electrónicos verificados de la { $account }
dup-rule-with-verified = los correos electrónicos verificados de la { $account }
dup-rule-because-none = los datos de licencias no muestran ningún correo electrónico verificado de la { $account } en un dominio verificado
dup-rule-because-none-name-id = los datos de licencias no muestran ningún correo electrónico verificado de la { $account } en un dominio verificado, y su NameID es { $name_id }
dup-rule-because-has = la { $account } tiene { $emails }
dup-rule-because-has-name-id = la { $account } tiene { $emails } y el NameID { $name_id }

## Los dominios verificados, como los nombra la evidencia.

dup-rule-verified = verificados: { $domains }
dup-rule-verified-inferred = verificados: { $domains }, según se deduce de los datos de licencias
dup-rule-verified-none-known = no se conoce ningún dominio verificado
dup-rule-no-verified-domains = la empresa no tiene dominios verificados

## Qué cambiar en un par. Sync now es el botón de GitHub.

dup-rule-or = o { $change }
dup-rule-change-primary-to = { $users ->
    [one] cambia el correo electrónico principal de GHES del usuario { $who } a { $address }
   *[other] cambia el correo electrónico principal de GHES de los usuarios { $who } a { $address }
}
dup-rule-change-primary-to-verified-on = { $users ->
    [one] cambia el correo electrónico principal de GHES del usuario { $who } a una dirección verificada en { $login }
   *[other] cambia el correo electrónico principal de GHES de los usuarios { $who } a una dirección verificada en { $login }
}
dup-rule-fix-verified-is-primary = { $users ->
    [one] { $email } ya es el correo electrónico principal del usuario de GHES { $who } y está verificado en la { $account }: GitHub los fusiona en su próxima sincronización del uso, que no se ha ejecutado desde entonces. Haz clic en Sync now (Sincronizar ahora).
   *[other] { $email } ya es el correo electrónico principal de los usuarios de GHES { $who } y está verificado en la { $account }: GitHub los fusiona en su próxima sincronización del uso, que no se ha ejecutado desde entonces. Haz clic en Sync now (Sincronizar ahora).
}
dup-rule-fix-verified-make-primary-today = { $users ->
    [one] { $email } ya está verificado en la { $account }: conviértelo en el correo electrónico principal del usuario de GHES { $who } (hoy es { $primary }, y GitHub solo compara el correo electrónico principal) y luego haz clic en Sync now (Sincronizar ahora).
   *[other] { $email } ya está verificado en la { $account }: conviértelo en el correo electrónico principal de los usuarios de GHES { $who } (hoy es { $primary }, y GitHub solo compara el correo electrónico principal) y luego haz clic en Sync now (Sincronizar ahora).
}
dup-rule-fix-verified-make-primary = { $users ->
    [one] { $email } ya está verificado en la { $account }: conviértelo en el correo electrónico principal del usuario de GHES { $who } (GitHub solo compara el correo electrónico principal) y luego haz clic en Sync now (Sincronizar ahora). Si ya lo es, GitHub no ha sincronizado desde entonces: haz clic en Sync now (Sincronizar ahora).
   *[other] { $email } ya está verificado en la { $account }: conviértelo en el correo electrónico principal de los usuarios de GHES { $who } (GitHub solo compara el correo electrónico principal) y luego haz clic en Sync now (Sincronizar ahora). Si ya lo es, GitHub no ha sincronizado desde entonces: haz clic en Sync now (Sincronizar ahora).
}
dup-rule-fix-saml-next-sync = { $users ->
    [one] GitHub asocia { $email } con el NameID de SAML de la { $account } en la próxima sincronización: haz clic en Sync now (Sincronizar ahora). Si después de esa sincronización siguen apareciendo por separado, convierte { $email } en el correo electrónico principal del usuario de GHES { $who }, o agrégalo y verifícalo en { $login }.
   *[other] GitHub asocia { $email } con el NameID de SAML de la { $account } en la próxima sincronización: haz clic en Sync now (Sincronizar ahora). Si después de esa sincronización siguen apareciendo por separado, convierte { $email } en el correo electrónico principal de los usuarios de GHES { $who }, o agrégalo y verifícalo en { $login }.
}
dup-rule-fix-add-and-verify = Agrega y verifica { $email } en la { $account } y luego haz clic en Sync now (Sincronizar ahora).
dup-rule-fix-unverified = Agrega y verifica { $email } en la { $account } (hoy solo es su correo electrónico de suscripción de Visual Studio), { $or_change }, y luego haz clic en Sync now (Sincronizar ahora).
dup-rule-fix-add-and-verify-or-change = Agrega y verifica { $email } en la { $account } ({ $or_change }) y luego haz clic en Sync now (Sincronizar ahora).
dup-rule-fix-same-person-add = Si son la misma persona: agrega y verifica { $email } en la { $account } ({ $or_change }) y luego haz clic en Sync now (Sincronizar ahora).
dup-rule-fix-same-person-change = Si son la misma persona: { $change } y luego haz clic en Sync now (Sincronizar ahora).

## Una cuenta de GHES sin correo electrónico.

dup-rule-summary-no-email = { $users ->
    [one] El usuario de GHES { $who } no tiene correo electrónico
   *[other] Los usuarios de GHES { $who } no tienen correo electrónico
}
dup-rule-no-email-address = { $users ->
    [one] El usuario de GHES { $who } no tiene ninguna dirección de correo electrónico en los datos de licencias
   *[other] Los usuarios de GHES { $who } no tienen ninguna dirección de correo electrónico en los datos de licencias
}
dup-rule-no-email-address-only = { $users ->
    [one] El usuario de GHES { $who } no tiene ninguna dirección de correo electrónico en los datos de licencias, solo: { $values }
   *[other] Los usuarios de GHES { $who } no tienen ninguna dirección de correo electrónico en los datos de licencias, solo: { $values }
}
dup-rule-never-matched = GitHub asocia las cuentas de GHES con las cuentas de { $cloud } por el correo electrónico principal, así que esta nunca se asocia
dup-rule-primary-not-in-data = Los datos de cuentas de GitHub dan el correo electrónico principal { $primary }, que no está en los datos de licencias: puede que se haya configurado después de la última sincronización
dup-rule-account-has-no-email = Los datos de cuentas de GitHub tampoco tienen ningún correo electrónico para esta cuenta
dup-rule-account-emails-partial = GitHub solo dio una parte de los correos electrónicos de esta cuenta, y ningún correo electrónico principal entre ellos
dup-rule-fix-no-email = { $users ->
    [one] Si esta persona también tiene una cuenta de { $cloud }, da al usuario de GHES { $who } un correo electrónico principal que esté verificado en esa cuenta y luego haz clic en Sync now (Sincronizar ahora).
   *[other] Si esta persona también tiene una cuenta de { $cloud }, da a los usuarios de GHES { $who } un correo electrónico principal que esté verificado en esa cuenta y luego haz clic en Sync now (Sincronizar ahora).
}
dup-rule-fix-no-email-verified-domain = { $users ->
    [one] Si esta persona también tiene una cuenta de { $cloud }, da al usuario de GHES { $who } un correo electrónico principal en un dominio verificado ({ $domains }) que esté verificado en esa cuenta y luego haz clic en Sync now (Sincronizar ahora).
   *[other] Si esta persona también tiene una cuenta de { $cloud }, da a los usuarios de GHES { $who } un correo electrónico principal en un dominio verificado ({ $domains }) que esté verificado en esa cuenta y luego haz clic en Sync now (Sincronizar ahora).
}

## Una cuenta de GHES sin ningún correo electrónico en un dominio verificado.

dup-rule-summary-off-domain = { $users ->
    [one] El usuario de GHES { $who } no tiene ningún correo electrónico en un dominio verificado
   *[other] Los usuarios de GHES { $who } no tienen ningún correo electrónico en un dominio verificado
}
dup-rule-only-primary-counts = GitHub solo compara el correo electrónico principal, { $primary } (de los datos de cuentas de GitHub), así que los demás correos electrónicos de la entrada no cuentan
dup-rule-never-shown = así que los datos de licencias nunca pueden mostrar esto en una cuenta de { $cloud }: GitHub solo puede asociarlo si la persona verificó esta misma dirección en su propia cuenta
dup-rule-fix-verify-domains = { $count ->
    [one] Verifica { $domains } como dominio de la empresa en { $cloud } si pertenece a la compañía y luego haz clic en Sync now (Sincronizar ahora).
   *[other] Verifica { $domains } como dominios de la empresa en { $cloud } si pertenecen a la compañía y luego haz clic en Sync now (Sincronizar ahora).
}
dup-rule-fix-change-or-verify-domains = { $users ->
    [one] { $count ->
        [one] Cambia el correo electrónico principal de GHES del usuario { $who } a una dirección en un dominio verificado ({ $verified }), o verifica { $domains } en { $cloud } si pertenece a la compañía; luego haz clic en Sync now (Sincronizar ahora).
       *[other] Cambia el correo electrónico principal de GHES del usuario { $who } a una dirección en un dominio verificado ({ $verified }), o verifica { $domains } en { $cloud } si pertenecen a la compañía; luego haz clic en Sync now (Sincronizar ahora).
    }
   *[other] { $count ->
        [one] Cambia el correo electrónico principal de GHES de los usuarios { $who } a una dirección en un dominio verificado ({ $verified }), o verifica { $domains } en { $cloud } si pertenece a la compañía; luego haz clic en Sync now (Sincronizar ahora).
       *[other] Cambia el correo electrónico principal de GHES de los usuarios { $who } a una dirección en un dominio verificado ({ $verified }), o verifica { $domains } en { $cloud } si pertenecen a la compañía; luego haz clic en Sync now (Sincronizar ahora).
    }
}

## Varias cuentas que GitHub ya cuenta como una sola persona.

dup-rule-summary-counted-once = { $accounts } cuentas contadas como una sola persona: { $named }
dup-rule-lists-accounts = GitHub muestra { $accounts } cuentas para esta única persona: { $named }
dup-rule-one-seat-per-entry = cada entrada de licencias consumidas es un puesto; los datos no tienen un recuento de puestos por entrada que pudiera mostrar más
dup-rule-fix-nothing = No hay nada que hacer: GitHub ya cuenta estas cuentas como un solo puesto.

## Lo que le faltó al análisis de las cuentas de GHES (AccountsSummary.notes).

dup-rule-note-accounts-read = { $host }: se leyeron { $read } de { $total } cuentas; las demás se nombran solo por su ID
dup-rule-note-missing = { $host }: GitHub no dio todas las partes: { $missing }
dup-rule-note-emails-partial = { $count ->
    [one] { $host }: GitHub solo dio una parte de los correos electrónicos de { $count } cuenta, así que puede que no se conozca su correo electrónico principal
   *[other] { $host }: GitHub solo dio una parte de los correos electrónicos de { $count } cuentas, así que puede que no se conozca su correo electrónico principal
}
