## Licenças consumidas: a tela (ui/views/consumed/consumed-view.js).

consumed-title = Licenças consumidas
consumed-not-loaded-title = A lista ainda não foi carregada
consumed-not-loaded-text = O carregamento lê do GitHub todas as páginas de licenças consumidas da empresa: 100 pessoas por página, ou seja, cerca de 3.000 páginas para 300.000 pessoas. O limite de solicitações do GitHub pode fazer a leitura pausar; o progresso mostra quando e por quanto tempo.
consumed-not-loaded-note = Depois de carregada, a busca, os filtros, a ordenação e a exportação acontecem aqui, sem consultar o GitHub de novo.
consumed-search-label = Buscar
consumed-search-placeholder = Nome de usuário, nome, e-mail ou usuário do GHES
consumed-filter-legend = Mostrar
consumed-filter-all = Todos
# Same in every language.
consumed-filter-visual-studio = Visual Studio
consumed-filter-multiple-accounts = Mais de uma conta
consumed-export = Exportar { $format }
consumed-export-failed = Não foi possível salvar a exportação
consumed-table-label = Usuários que consomem uma licença
consumed-query-failed = Não foi possível ler a lista
consumed-query-failed-spoken = Não foi possível ler a lista.

## Que tipo de usuário é uma linha: os filtros, a coluna Tipo, as entradas de Duplicatas.

consumed-kind-cloud-only = Só na nuvem
consumed-kind-server-only = Só no servidor
consumed-kind-both = Ambos
consumed-kind-unknown = Desconhecido
# Same in every language.
consumed-visual-studio-chip = VS
consumed-visual-studio-subscriber = Assinante do Visual Studio

## As colunas da tabela.

consumed-column-login = Nome de usuário
consumed-column-name = Nome
consumed-column-kind = Tipo
consumed-column-emails = E-mails
consumed-column-server-ids = Usuários do GHES
consumed-column-accounts = Contas
consumed-column-license-type = Tipo de licença

## A contagem acima da tabela e o que é anunciado quando ela muda.

consumed-counting = Contando…
consumed-count = { $shown } de { $total }
consumed-spoken-count = { $shown ->
    [one] { $shown } usuário que consome uma licença.
   *[other] { $shown } usuários que consomem uma licença.
}
consumed-spoken-count-of = { $shown } de { $total } usuários que consomem uma licença.
consumed-spoken-count-match = { $shown ->
    [one] { $shown } usuário que consome uma licença corresponde.
   *[other] { $shown } usuários que consomem uma licença correspondem.
}
consumed-spoken-count-of-match = { $shown ->
    [one] { $shown } de { $total } usuários que consomem uma licença corresponde.
   *[other] { $shown } de { $total } usuários que consomem uma licença correspondem.
}
consumed-empty-search = Nenhum usuário corresponde a “{ $search }”.
consumed-empty-search-filtered = Nenhum usuário corresponde a “{ $search }” neste filtro.
consumed-empty-filtered = Nenhum usuário neste filtro.

## O controle Carregar / Atualizar e seu progresso (ui/views/consumed/load-panel.js).

consumed-load = Carregar licenças consumidas
consumed-refresh = Atualizar
consumed-refresh-hint = Ler de novo do GitHub todas as páginas de licenças consumidas
consumed-cancel = Cancelar
consumed-stop = Parar
consumed-progress-label = Páginas de licenças consumidas lidas
consumed-kept-note = Lista guardada de { $at } · Atualize para ler o GitHub agora
consumed-fetched-ago = Lida { $ago } ({ $time })
consumed-fetched-on = Lida em { $date }
consumed-progress-starting = Pedindo ao GitHub a primeira página…
consumed-progress-page-of = Página { $done } de { $total } · { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}
consumed-progress-page = Página { $done } · { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}
consumed-progress-spoken = Lendo as licenças consumidas: { $progress }.
consumed-progress-waiting = O limite de solicitações do GitHub se esgotou: aguardando { $duration } (até { $time }, quando ele é redefinido); depois a leitura continua sozinha. Parar encerra o carregamento.
consumed-progress-waiting-no-time = O limite de solicitações do GitHub se esgotou: aguardando { $duration }; depois a leitura continua sozinha. Parar encerra o carregamento.
consumed-progress-waiting-spoken = O limite de solicitações do GitHub se esgotou: aguardando { $duration }.
consumed-progress-retrying = O GitHub não respondeu corretamente ({ $reason }): nova tentativa em { $duration }, tentativa { $attempt }.
consumed-progress-retrying-spoken = Tentando novamente, tentativa { $attempt }: { $reason }.
consumed-progress-done = Todas as páginas lidas · { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}
# Same in every language.
consumed-duration-seconds = { $seconds } s
# Same in every language.
consumed-duration-minutes = { $minutes } min
# Same in every language.
consumed-duration-minutes-seconds = { $minutes } min { $seconds } s
consumed-loading-spoken = Carregando as licenças consumidas do GitHub.
consumed-loaded-spoken = { $rows ->
    [one] { $rows } usuário que consome uma licença carregado.
   *[other] { $rows } usuários que consomem uma licença carregados.
}
consumed-cancelled-kept = Cancelado. A lista abaixo continua sendo a lida antes.
consumed-cancelled-nothing = Cancelado. Nada foi carregado.
consumed-cancelled-spoken = O carregamento das licenças consumidas foi cancelado.
consumed-load-failed = Não foi possível carregar as licenças consumidas
consumed-load-failed-spoken = Não foi possível carregar as licenças consumidas.

## Quanto um carregamento custou e quanto o próximo vai custar da cota de solicitações por hora do token.

consumed-cost-loaded = Carregada: { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
} (custo: { $requests ->
    [one] { $requests } solicitação
   *[other] { $requests } solicitações
})
consumed-cost-refreshed = Atualizada: { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}, { $unchanged } sem alteração (custo: { $requests ->
    [one] { $requests } solicitação
   *[other] { $requests } solicitações
})
consumed-budget-left = Restam { $remaining } de { $limit } solicitações nesta hora.
consumed-budget-left-resets = Restam { $remaining } de { $limit } solicitações nesta hora; o limite é redefinido às { $time }.
consumed-budget-token = Seu token tem { $remaining } de { $limit } solicitações restantes nesta hora. Um carregamento custa uma solicitação a cada 100 usuários.
consumed-budget-token-resets = Seu token tem { $remaining } de { $limit } solicitações restantes nesta hora; o limite é redefinido às { $time }. Um carregamento custa uma solicitação a cada 100 usuários.
consumed-estimate-load = Um carregamento custa cerca de { $requests } das suas { $remaining } solicitações restantes.
consumed-estimate-load-resets = Um carregamento custa cerca de { $requests } das suas { $remaining } solicitações restantes; o limite é redefinido às { $time }.
consumed-estimate-refresh = Uma atualização custa cerca de { $requests } das suas { $remaining } solicitações restantes.
consumed-estimate-refresh-resets = Uma atualização custa cerca de { $requests } das suas { $remaining } solicitações restantes; o limite é redefinido às { $time }.
consumed-estimate-pause = É mais do que resta: o carregamento vai pausar até o limite ser redefinido.
consumed-estimate-reserve = Isso usa parte da reserva de { $percent }% ({ $reserve } solicitações).

## A reserva do limite de solicitações do token para outras ferramentas: a configuração e a pergunta.

consumed-reserve = Reserva
consumed-reserve-keep = Reservar { $input } % do limite por hora para outras ferramentas
consumed-reserve-help = Um carregamento que deixaria menos pergunta antes. Outros scripts e ferramentas que usam o mesmo token compartilham a cota dele.
consumed-reserve-invalid = Digite um número inteiro de 0 a 100.
consumed-reserve-saved = Salvo: { $percent }% reservado.
consumed-reserve-not-saved = Não foi possível salvar a reserva.
consumed-reserve-ask-title = Usar a reserva do limite de solicitações do token?
consumed-reserve-ask-cost = Este carregamento custa cerca de { $requests } solicitações.
consumed-reserve-ask-left = Seu token tem { $remaining } solicitações restantes, e o carregamento deixaria menos que os { $percent }% ({ $reserve } solicitações) reservados para outras ferramentas e scripts que usam o mesmo token.
consumed-reserve-ask-left-resets = Seu token tem { $remaining } solicitações restantes (o limite é redefinido às { $time }), e o carregamento deixaria menos que os { $percent }% ({ $reserve } solicitações) reservados para outras ferramentas e scripts que usam o mesmo token.
consumed-reserve-ask-little = Seu token tem pouco restante, e o carregamento deixaria menos que os { $percent }% ({ $reserve } solicitações) reservados para outras ferramentas e scripts que usam o mesmo token.
consumed-reserve-ask-pause = O limite do GitHub não cobre todo o carregamento, então ele vai pausar até o limite ser redefinido (você pode pará-lo nesse momento).
consumed-reserve-ask-cancel = Agora não
consumed-reserve-ask-confirm = Carregar mesmo assim
consumed-reserve-declined-spoken = Nada carregado: a reserva fica para outras ferramentas.

## Alterações desde… (ui/views/consumed/changes-since.js): quem mudou desde um carregamento anterior.

consumed-changes-since-region = Alterações desde um carregamento anterior
consumed-changes-since-label = Alterações desde…
consumed-changes-since-show = Mostrar quem mudou
consumed-changes-since-option = { $date } · { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}
consumed-changes-since-newest = até o carregamento mais recente, { $date } ({ $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
})
