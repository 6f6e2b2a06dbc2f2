## Duplicatas: a tela (ui/views/duplicates/duplicates-view.js). Os resumos, evidências,
## correções e títulos de grupo das ocorrências vêm do backend no idioma em uso.

duplicates-title = Duplicatas
duplicates-lead = Pessoas que o GitHub provavelmente conta duas vezes: uma conta no GitHub Enterprise Server e outra no GitHub Enterprise Cloud que ele não associou. Quando o uso da licença é sincronizado, o GitHub associa uma conta do GHES pelo e-mail principal aos e-mails verificados (ou à identidade SAML) das contas na nuvem.
duplicates-analysing = Procurando duplicatas…
duplicates-failed = Não foi possível identificar as duplicatas
duplicates-not-loaded-title = As licenças consumidas ainda não foram carregadas
duplicates-not-loaded-text = As duplicatas são identificadas a partir da lista de licenças consumidas da empresa. Carregue-a com o botão acima (ele mostra o progresso e pode ser cancelado) ou veja-a primeiro em { $link }.
duplicates-not-loaded-link = Licenças consumidas
duplicates-none-title = Nenhuma duplicata provável
duplicates-none-text = { $consumers ->
    [one] Nenhuma duplicata provável: o { $consumers } usuário que consome uma licença listado pelo GitHub tem uma só conta, ou as contas dele no GHES e na nuvem já estão associadas.
   *[other] Nenhuma duplicata provável: cada um dos { $consumers } usuários que consomem uma licença listados pelo GitHub tem uma só conta, ou as contas dele no GHES e na nuvem já estão associadas.
}
duplicates-none-spoken = Nenhuma duplicata provável.
duplicates-found-spoken = { $seats ->
    [one] { $seats } licença de usuário poderia ser liberada
   *[other] { $seats } licenças de usuário poderiam ser liberadas
}: { $findings ->
    [one] { $findings } ocorrência.
   *[other] { $findings } ocorrências.
}

## O destaque: as licenças de usuário que corrigir todas as ocorrências liberaria.

duplicates-headline = { $seats ->
    [one] { $figure } licença de usuário poderia ser liberada
   *[other] { $figure } licenças de usuário poderiam ser liberadas
}
duplicates-seats-high = { $seats } com confiança alta
duplicates-seats-medium = { $seats } com confiança média
duplicates-seats-low = { $seats } com confiança baixa
duplicates-findings-among = { $findings ->
    [one] { $findings } ocorrência
   *[other] { $findings } ocorrências
} entre { $consumers } usuários que consomem uma licença.

## O que a análise sabia: domínios verificados, SAML, contas do servidor.

duplicates-verified-domains = Domínios verificados
duplicates-verified-domains-value = { $domains } ({ $source ->
    [given] conforme a configuração
    [inferred] deduzidos dos e-mails verificados da lista
   *[unknown] desconhecido
})
duplicates-verified-domains-none = nenhum conhecido
# Same in every language.
duplicates-saml = SAML
duplicates-saml-in-use = em uso
duplicates-saml-in-use-inferred = em uso (deduzido dos NameIDs SAML da lista)
duplicates-saml-not-in-use = não está em uso
duplicates-off-domain = Domínios que vale a pena verificar
duplicates-off-domain-entry = { $domain } ({ $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
})
duplicates-server-accounts = Contas do servidor
duplicates-server-accounts-not-loaded = não carregadas: as entradas do GHES são identificadas pelo ID
duplicates-server-accounts-named = { $named } de { $entries } entradas só do servidor identificadas pelo nome
duplicates-server-accounts-named-partial = { $named } de { $entries } entradas só do servidor identificadas pelo nome; o GitHub forneceu só parte das contas ({ $notes })
duplicates-counted-once = Já contadas uma vez
duplicates-counted-once-value = { $people ->
    [one] { $people } pessoa com { $accounts } contas, uma licença de usuário
   *[other] { $people } pessoas com { $accounts } contas no total, uma licença de usuário cada
}

## O filtro de confiança, a exportação, os grupos.

duplicates-confidence-legend = Confiança
duplicates-filter-high = Alta
duplicates-filter-medium = Média
duplicates-filter-low = Baixa
duplicates-export = Exportar { $format }
duplicates-export-failed = Não foi possível salvar a exportação
duplicates-filtered = Mostrando { $shown } de { $findings } ocorrências, { $seats ->
    [one] { $seats } licença de usuário
   *[other] { $seats } licenças de usuário
} a liberar.
duplicates-filtered-none = Nenhuma ocorrência tem a confiança escolhida.
duplicates-group-count = { $count ->
    [one] { $count } ocorrência
   *[other] { $count } ocorrências
}
duplicates-group-count-of = { $shown } de { $count } ocorrências
duplicates-group-seats = { $seats ->
    [one] { $seats } assento
   *[other] { $seats } assentos
}
duplicates-group-information = informação
duplicates-show-more = Mostrar mais { $more } ({ $hidden } não mostradas)
duplicates-findings-failed = Não foi possível mostrar estas ocorrências

## Uma ocorrência: a confiança, as licenças de usuário que libera, por quê, as entradas, a correção.

duplicates-confidence-high = Confiança alta
duplicates-confidence-medium = Confiança média
duplicates-confidence-low = Confiança baixa
duplicates-finding-frees = { $seats ->
    [one] libera { $seats } assento
   *[other] libera { $seats } assentos
}
duplicates-finding-frees-none = não libera assento: informação
duplicates-why = Por quê
duplicates-entries = Entradas
duplicates-fix = Correção:
duplicates-no-cloud-account = sem conta na nuvem
# Same in every language.
duplicates-entry-server-ids = GHES { $ids }
duplicates-entry-show = Mostrar
duplicates-entry-show-label = Mostrar { $who } em Licenças consumidas
duplicates-no-login = sem nome de usuário
duplicates-primary-email = e-mail principal
duplicates-primary-email-none = nenhum
duplicates-primary-email-unknown = desconhecido (o GitHub forneceu só parte dos e-mails)
duplicates-site-admin = administrador do site

## Carregar contas do servidor (ui/views/duplicates/accounts-panel.js).

duplicates-accounts-intro = Os dados de licença do GitHub identificam uma conta do GHES só pelo ID. Carregue as contas do servidor para identificá-las pelo nome de usuário, nome de perfil e e-mail principal, o endereço que o GitHub compara com as contas na nuvem (lidas das instalações do Enterprise Server que o GitHub conhece, com o mesmo token).
duplicates-accounts-load = Carregar contas do servidor
duplicates-accounts-reload = Recarregar contas do servidor
duplicates-accounts-cancel = Cancelar
duplicates-accounts-progress-label = Instâncias Enterprise Server cujas contas foram lidas
duplicates-accounts-asking = Pedindo ao GitHub as instâncias Enterprise Server que ele conhece…
duplicates-accounts-reading = { $done } de { $total ->
    [one] { $total } instância concluída
   *[other] { $total } instâncias concluídas
} · { $accounts } contas
duplicates-accounts-reading-of = { $done } de { $total ->
    [one] { $total } instância concluída
   *[other] { $total } instâncias concluídas
} · { $accounts } de { $expected } contas
duplicates-accounts-reading-spoken = Carregando contas do servidor: { $progress }.
duplicates-accounts-waiting = O limite de solicitações do GitHub se esgotou: aguardando { $seconds } s (até { $time }); depois o carregamento continua sozinho.
duplicates-accounts-retrying = O GitHub não respondeu corretamente ({ $reason }): nova tentativa em { $seconds } s, tentativa { $attempt }.
duplicates-accounts-done = Todas as instâncias lidas · { $accounts } contas
duplicates-accounts-loading-spoken = Carregando as contas do servidor do GitHub.
duplicates-accounts-loaded-spoken = { $accounts } contas do servidor carregadas de { $instances ->
    [one] { $instances } instância.
   *[other] { $instances } instâncias.
}
duplicates-accounts-loaded-partial-spoken = { $accounts } contas do servidor carregadas de { $instances ->
    [one] { $instances } instância
   *[other] { $instances } instâncias
}, não todas.
duplicates-accounts-cancelled-spoken = O carregamento das contas do servidor foi cancelado.
duplicates-accounts-failed = Não foi possível carregar as contas do servidor
duplicates-accounts-failed-spoken = Não foi possível carregar as contas do servidor.
duplicates-accounts-cancelled-kept = Cancelado. As contas carregadas antes continuam em uso.
duplicates-accounts-cancelled-nothing = Cancelado. Nenhuma conta foi carregada; as entradas são identificadas pelo ID.
duplicates-accounts-loaded = { $accounts } contas do servidor de { $instances ->
    [one] { $instances } instância
   *[other] { $instances } instâncias
} carregadas { $ago } ({ $time }): { $hosts }.
duplicates-accounts-loaded-no-hosts = { $accounts } contas do servidor de { $instances ->
    [one] { $instances } instância
   *[other] { $instances } instâncias
} carregadas { $ago } ({ $time }).
duplicates-accounts-incomplete-title = O GitHub forneceu só parte das contas.
duplicates-accounts-incomplete-text = As entradas que ele não forneceu são identificadas pelo ID, e um e-mail principal que não foi lido aparece como desconhecido, nunca como ausente:

## Corrigido desde… (ui/views/duplicates/fixed-since.js): o que mudou desde uma análise anterior.

duplicates-fixed-since-title = Corrigido desde uma análise anterior
duplicates-fixed-since-label = Corrigido desde…
duplicates-fixed-since-show = Mostrar o que foi corrigido
duplicates-fixed-since-option = { $date } · { $findings ->
    [one] { $findings } ocorrência
   *[other] { $findings } ocorrências
}, { $seats ->
    [one] { $seats } assento
   *[other] { $seats } assentos
}
duplicates-fixed-since-newest = até a análise mais recente, { $date } ({ $findings ->
    [one] { $findings } ocorrência
   *[other] { $findings } ocorrências
}, { $seats ->
    [one] { $seats } assento
   *[other] { $seats } assentos
})
duplicates-fixed-comparing = Comparando as duas análises…
duplicates-fixed-counts = { $fixed ->
    [one] { $fixed } corrigida
   *[other] { $fixed } corrigidas
}, { $seats ->
    [one] { $seats } licença de usuário liberada
   *[other] { $seats } licenças de usuário liberadas
} desde { $date }; { $new ->
    [one] { $new } nova
   *[other] { $new } novas
}, { $back ->
    [one] { $back } voltou
   *[other] { $back } voltaram
}.
duplicates-fixed-failed = Não foi possível comparar as duas análises
duplicates-fixed-failed-spoken = Não foi possível comparar as duas análises.
duplicates-fixed-list = Corrigidas
duplicates-fixed-none = Nada corrigido desde então.
duplicates-new-list = Novas
duplicates-new-none = Nenhuma ocorrência nova.
duplicates-came-back-list = Voltaram
duplicates-came-back-note = Corrigidas uma vez e encontradas de novo depois.
duplicates-came-back-none = Nenhuma voltou.
duplicates-show-all = Mostrar todas as { $count }
duplicates-show-all-fixed-label = Mostrar todas as { $count } ocorrências corrigidas: { $group }
duplicates-show-all-new-label = Mostrar todas as { $count } ocorrências novas
duplicates-show-all-came-back-label = Mostrar todas as { $count } ocorrências que voltaram
duplicates-kept-high = confiança alta
duplicates-kept-medium = confiança média
duplicates-kept-low = confiança baixa
duplicates-kept-seats = { $seats ->
    [one] { $seats } assento
   *[other] { $seats } assentos
}
