## As ocorrências da análise de duplicatas (crates/domain/src/duplicates/wording.rs): títulos
## de grupo, resumos de uma linha, evidências (um fato cada, em uma lista) e correções.
##
## $who nomeia usuários do GHES (dup-rule-who-*, em lista com dup-rule-list-*); $users diz
## quantos são (pelo menos 1), para a concordância de verbos e artigos. $account é
## dup-rule-account ou dup-rule-account-without-login, sem artigo; $cloud é o host da nuvem
## (github.com, acme.ghe.com).

## Títulos de grupo.

dup-rule-title-verified-email-not-matched = E-mail do GHES já verificado em uma conta na nuvem
dup-rule-title-saml-name-id = E-mail do GHES igual ao NameID SAML de uma conta na nuvem
dup-rule-title-unverified-cloud-email = E-mail do GHES conhecido em uma conta na nuvem, mas não verificado
dup-rule-title-same-local-part = O mesmo nome de caixa de correio em outro endereço
dup-rule-title-same-name = O mesmo nome de pessoa
dup-rule-title-off-verified-domain = E-mails do GHES fora dos domínios verificados
dup-rule-title-no-server-email = Contas do GHES sem e-mail
dup-rule-title-accounts-counted-once = Várias contas já contadas como uma só licença de usuário

## Nomes de usuários e de contas.

# A palavra "usuário" fica nas frases (dup-rule-ghes-who e as demais), com o artigo.
dup-rule-who-user-on-host = { $user } em { $host }
dup-rule-who-user = { $user }
dup-rule-who-no-id = (sem ID de usuário nos dados)
dup-rule-list-and = { $items } e { $last }
dup-rule-list-more = { $items } e mais { $more }
dup-rule-that-account = essa conta
dup-rule-account = conta { $login } do { $cloud }
dup-rule-account-without-login = conta do { $cloud } sem nome de usuário
dup-rule-named-account = a { $account }
dup-rule-ghes-who = { $users ->
    [one] o usuário do GHES { $who }
   *[other] os usuários do GHES { $who }
}
dup-rule-no-account-names = uma entrada sem nomes de conta

## Um par: uma conta do GHES e a conta na nuvem que provavelmente é a mesma pessoa.

dup-rule-summary-pair = { $likely ->
    [maybe] { $users ->
        [one] O usuário do GHES { $who } e a { $account } podem ser a mesma pessoa
       *[other] Os usuários do GHES { $who } e a { $account } podem ser a mesma pessoa
    }
   *[likely] { $users ->
        [one] O usuário do GHES { $who } e a { $account } provavelmente são a mesma pessoa
       *[other] Os usuários do GHES { $who } e a { $account } provavelmente são a mesma pessoa
    }
}
dup-rule-server-has-email = { $users ->
    [one] O usuário do GHES { $who } tem o e-mail { $email }
   *[other] Os usuários do GHES { $who } têm o e-mail { $email }
}
dup-rule-server-has-name = { $users ->
    [one] O usuário do GHES { $who } tem o nome { $name }
   *[other] Os usuários do GHES { $who } têm o nome { $name }
}
dup-rule-cloud-has-verified = A { $account } tem o e-mail verificado { $address }
dup-rule-cloud-has-name-id = A { $account } tem o NameID SAML { $address }
dup-rule-cloud-has-vs-email = A { $account } tem o e-mail de assinatura do Visual Studio { $address }, que não é um dos e-mails verificados dela
dup-rule-tie-not-primary = { $users ->
    [one] { $email }, o endereço que os liga, é um e-mail do usuário do GHES { $who }, mas não o principal ({ $primary }), e o GitHub compara só o principal
   *[other] { $email }, o endereço que os liga, é um e-mail dos usuários do GHES { $who }, mas não o principal ({ $primary }), e o GitHub compara só o principal
}
dup-rule-merges-yet-apart = O GitHub mescla uma conta do GHES com a conta na nuvem que tem o e-mail principal dela verificado, mas conta estas duas separadamente
dup-rule-enterprise-uses-saml = a empresa usa SAML, e o GitHub compara os e-mails principais do GHES com os NameIDs SAML quando o uso é sincronizado
dup-rule-same-mailbox = ambas usam o nome de caixa de correio { $mailbox }
dup-rule-same-mailbox-shared = ambas usam o nome de caixa de correio { $mailbox } ({ $sharing } entradas o usam, então isto é menos certo)
dup-rule-email-reads-as-name = { $email } se lê como o nome { $name }, o nome de exibição da { $account }
dup-rule-unique-display-name = A { $account } tem o nome de exibição { $name }, e nenhuma outra entrada o tem
dup-rule-address-shared = { $sharing } contas na nuvem têm este endereço; esta é a primeira pelo nome de usuário
dup-rule-not-verified-domain = { $count ->
    [one] { $domains } não é um domínio verificado da empresa ({ $verified })
   *[other] { $domains } não são domínios verificados da empresa ({ $verified })
}

## Qual endereço o GitHub comparou, segundo as contas do GHES que o GitHub tem.

dup-rule-compared-no-primary = { $users ->
    [one] Os dados de contas do GitHub não dão nenhum e-mail principal do usuário do GHES { $who }, então o GitHub não tinha nada para comparar com a { $account }
   *[other] Os dados de contas do GitHub não dão nenhum e-mail principal dos usuários do GHES { $who }, então o GitHub não tinha nada para comparar com a { $account }
}
dup-rule-compared-partial = { $users ->
    [one] O GitHub compara o e-mail principal do usuário do GHES { $who }, mas deu só uma parte dos e-mails dele: não se sabe qual endereço ele comparou
   *[other] O GitHub compara o e-mail principal dos usuários do GHES { $who }, mas deu só uma parte dos e-mails deles: não se sabe qual endereço ele comparou
}
dup-rule-compared-partial-instance = { $users ->
    [one] O GitHub compara o e-mail principal do usuário do GHES { $who }, mas deu só uma parte dos e-mails dele (a lista de contas da instância foi lida em parte): não se sabe qual endereço ele comparou
   *[other] O GitHub compara o e-mail principal dos usuários do GHES { $who }, mas deu só uma parte dos e-mails deles (a lista de contas da instância foi lida em parte): não se sabe qual endereço ele comparou
}
dup-rule-compared-verified-match = O GitHub compara o e-mail principal do GHES { $primary } com os e-mails verificados da { $account }: ele é um deles, então o GitHub os mescla na próxima sincronização do uso
dup-rule-compared-saml-match = O GitHub compara o e-mail principal do GHES { $primary } com a identidade SAML da { $account }: o NameID dela é { $primary }, então o GitHub os mescla na próxima sincronização do uso
dup-rule-compared-no-match = { $users ->
    [one] O GitHub comparou o e-mail principal do GHES { $primary } do usuário { $who } com { $with }; não houve correspondência, porque { $because }
   *[other] O GitHub comparou o e-mail principal do GHES { $primary } dos usuários { $who } com { $with }; não houve correspondência, porque { $because }
}
dup-rule-with-saml-and-verified = a identidade SAML e os e-mails verificados da { $account }
dup-rule-with-verified = os e-mails verificados da { $account }
dup-rule-because-none = os dados de licenças não mostram nenhum e-mail verificado da { $account } em um domínio verificado
dup-rule-because-none-name-id = os dados de licenças não mostram nenhum e-mail verificado da { $account } em um domínio verificado, e o NameID dela é { $name_id }
dup-rule-because-has = a { $account } tem { $emails }
dup-rule-because-has-name-id = a { $account } tem { $emails } e o NameID { $name_id }

## Os domínios verificados, como a evidência os nomeia.

dup-rule-verified = verificados: { $domains }
dup-rule-verified-inferred = verificados: { $domains }, conforme deduzido dos dados de licenças
dup-rule-verified-none-known = nenhum domínio verificado é conhecido
dup-rule-no-verified-domains = a empresa não tem domínios verificados

## O que mudar em um par. Sync now é o botão do GitHub.

dup-rule-or = ou { $change }
dup-rule-change-primary-to = { $users ->
    [one] altere o e-mail principal do GHES do usuário { $who } para { $address }
   *[other] altere o e-mail principal do GHES dos usuários { $who } para { $address }
}
dup-rule-change-primary-to-verified-on = { $users ->
    [one] altere o e-mail principal do GHES do usuário { $who } para um endereço verificado em { $login }
   *[other] altere o e-mail principal do GHES dos usuários { $who } para um endereço verificado em { $login }
}
dup-rule-fix-verified-is-primary = { $users ->
    [one] { $email } já é o e-mail principal do usuário do GHES { $who } e está verificado na { $account }: o GitHub os mescla na próxima sincronização do uso, que não foi executada desde então. Clique em Sync now (Sincronizar agora).
   *[other] { $email } já é o e-mail principal dos usuários do GHES { $who } e está verificado na { $account }: o GitHub os mescla na próxima sincronização do uso, que não foi executada desde então. Clique em Sync now (Sincronizar agora).
}
dup-rule-fix-verified-make-primary-today = { $users ->
    [one] { $email } já está verificado na { $account }: torne-o o e-mail principal do usuário do GHES { $who } (hoje é { $primary }, e o GitHub compara só o e-mail principal) e depois clique em Sync now (Sincronizar agora).
   *[other] { $email } já está verificado na { $account }: torne-o o e-mail principal dos usuários do GHES { $who } (hoje é { $primary }, e o GitHub compara só o e-mail principal) e depois clique em Sync now (Sincronizar agora).
}
dup-rule-fix-verified-make-primary = { $users ->
    [one] { $email } já está verificado na { $account }: torne-o o e-mail principal do usuário do GHES { $who } (o GitHub compara só o e-mail principal) e depois clique em Sync now (Sincronizar agora). Se ele já for, o GitHub não sincronizou desde então: clique em Sync now (Sincronizar agora).
   *[other] { $email } já está verificado na { $account }: torne-o o e-mail principal dos usuários do GHES { $who } (o GitHub compara só o e-mail principal) e depois clique em Sync now (Sincronizar agora). Se ele já for, o GitHub não sincronizou desde então: clique em Sync now (Sincronizar agora).
}
dup-rule-fix-saml-next-sync = { $users ->
    [one] O GitHub associa { $email } ao NameID SAML da { $account } na próxima sincronização: clique em Sync now (Sincronizar agora). Se depois dessa sincronização eles ainda aparecerem separados, torne { $email } o e-mail principal do usuário do GHES { $who }, ou adicione-o e verifique-o em { $login }.
   *[other] O GitHub associa { $email } ao NameID SAML da { $account } na próxima sincronização: clique em Sync now (Sincronizar agora). Se depois dessa sincronização eles ainda aparecerem separados, torne { $email } o e-mail principal dos usuários do GHES { $who }, ou adicione-o e verifique-o em { $login }.
}
dup-rule-fix-add-and-verify = Adicione e verifique { $email } na { $account } e depois clique em Sync now (Sincronizar agora).
dup-rule-fix-unverified = Adicione e verifique { $email } na { $account } (hoje ele é só o e-mail da assinatura do Visual Studio dela), { $or_change }, e depois clique em Sync now (Sincronizar agora).
dup-rule-fix-add-and-verify-or-change = Adicione e verifique { $email } na { $account } ({ $or_change }) e depois clique em Sync now (Sincronizar agora).
dup-rule-fix-same-person-add = Se forem a mesma pessoa: adicione e verifique { $email } na { $account } ({ $or_change }) e depois clique em Sync now (Sincronizar agora).
dup-rule-fix-same-person-change = Se forem a mesma pessoa: { $change } e depois clique em Sync now (Sincronizar agora).

## Uma conta do GHES sem e-mail.

dup-rule-summary-no-email = { $users ->
    [one] O usuário do GHES { $who } não tem e-mail
   *[other] Os usuários do GHES { $who } não têm e-mail
}
dup-rule-no-email-address = { $users ->
    [one] O usuário do GHES { $who } não tem nenhum endereço de e-mail nos dados de licenças
   *[other] Os usuários do GHES { $who } não têm nenhum endereço de e-mail nos dados de licenças
}
dup-rule-no-email-address-only = { $users ->
    [one] O usuário do GHES { $who } não tem nenhum endereço de e-mail nos dados de licenças, só: { $values }
   *[other] Os usuários do GHES { $who } não têm nenhum endereço de e-mail nos dados de licenças, só: { $values }
}
dup-rule-never-matched = O GitHub associa contas do GHES a contas do { $cloud } pelo e-mail principal, então esta nunca é associada
dup-rule-primary-not-in-data = Os dados de contas do GitHub dão o e-mail principal { $primary }, que não está nos dados de licenças: ele pode ter sido definido depois da última sincronização
dup-rule-account-has-no-email = Os dados de contas do GitHub também não têm nenhum e-mail para esta conta
dup-rule-account-emails-partial = O GitHub deu só uma parte dos e-mails desta conta, e nenhum e-mail principal entre eles
dup-rule-fix-no-email = { $users ->
    [one] Se esta pessoa também tem uma conta do { $cloud }, dê ao usuário do GHES { $who } um e-mail principal que esteja verificado nessa conta e depois clique em Sync now (Sincronizar agora).
   *[other] Se esta pessoa também tem uma conta do { $cloud }, dê aos usuários do GHES { $who } um e-mail principal que esteja verificado nessa conta e depois clique em Sync now (Sincronizar agora).
}
dup-rule-fix-no-email-verified-domain = { $users ->
    [one] Se esta pessoa também tem uma conta do { $cloud }, dê ao usuário do GHES { $who } um e-mail principal em um domínio verificado ({ $domains }) que esteja verificado nessa conta e depois clique em Sync now (Sincronizar agora).
   *[other] Se esta pessoa também tem uma conta do { $cloud }, dê aos usuários do GHES { $who } um e-mail principal em um domínio verificado ({ $domains }) que esteja verificado nessa conta e depois clique em Sync now (Sincronizar agora).
}

## Uma conta do GHES sem nenhum e-mail em um domínio verificado.

dup-rule-summary-off-domain = { $users ->
    [one] O usuário do GHES { $who } não tem nenhum e-mail em um domínio verificado
   *[other] Os usuários do GHES { $who } não têm nenhum e-mail em um domínio verificado
}
dup-rule-only-primary-counts = O GitHub compara só o e-mail principal, { $primary } (dos dados de contas do GitHub), então os outros e-mails da entrada não contam
dup-rule-never-shown = então os dados de licenças nunca podem mostrar isto em uma conta do { $cloud }: o GitHub só pode associá-lo se a pessoa verificou exatamente este endereço na própria conta
dup-rule-fix-verify-domains = { $count ->
    [one] Verifique { $domains } como domínio da empresa no { $cloud } se ele pertencer à companhia e depois clique em Sync now (Sincronizar agora).
   *[other] Verifique { $domains } como domínios da empresa no { $cloud } se eles pertencerem à companhia e depois clique em Sync now (Sincronizar agora).
}
dup-rule-fix-change-or-verify-domains = { $users ->
    [one] { $count ->
        [one] Altere o e-mail principal do GHES do usuário { $who } para um endereço em um domínio verificado ({ $verified }), ou verifique { $domains } no { $cloud } se ele pertencer à companhia; depois clique em Sync now (Sincronizar agora).
       *[other] Altere o e-mail principal do GHES do usuário { $who } para um endereço em um domínio verificado ({ $verified }), ou verifique { $domains } no { $cloud } se eles pertencerem à companhia; depois clique em Sync now (Sincronizar agora).
    }
   *[other] { $count ->
        [one] Altere o e-mail principal do GHES dos usuários { $who } para um endereço em um domínio verificado ({ $verified }), ou verifique { $domains } no { $cloud } se ele pertencer à companhia; depois clique em Sync now (Sincronizar agora).
       *[other] Altere o e-mail principal do GHES dos usuários { $who } para um endereço em um domínio verificado ({ $verified }), ou verifique { $domains } no { $cloud } se eles pertencerem à companhia; depois clique em Sync now (Sincronizar agora).
    }
}

## Várias contas que o GitHub já conta como uma só pessoa.

dup-rule-summary-counted-once = { $accounts } contas contadas como uma só pessoa: { $named }
dup-rule-lists-accounts = O GitHub lista { $accounts } contas para esta única pessoa: { $named }
dup-rule-one-seat-per-entry = cada entrada de licenças consumidas é uma licença de usuário; os dados não têm uma contagem de licenças por entrada que pudesse mostrar mais
dup-rule-fix-nothing = Nada a fazer: o GitHub já conta estas contas como uma só licença de usuário.

## O que faltou à análise das contas do GHES (AccountsSummary.notes).

dup-rule-note-accounts-read = { $host }: { $read } de { $total } contas foram lidas; as outras são nomeadas só pelo ID
dup-rule-note-missing = { $host }: o GitHub não deu todas as partes: { $missing }
dup-rule-note-emails-partial = { $count ->
    [one] { $host }: o GitHub deu só uma parte dos e-mails de { $count } conta, então o e-mail principal dela pode ser desconhecido
   *[other] { $host }: o GitHub deu só uma parte dos e-mails de { $count } contas, então o e-mail principal delas pode ser desconhecido
}
