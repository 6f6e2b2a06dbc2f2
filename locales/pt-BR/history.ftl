## A tela Histórico (ui/views/history/): o cabeçalho, o período, onde o histórico é guardado.

history-title = Histórico
history-range = Período
history-range-all = Tudo
history-range-weeks = { $weeks ->
    [one] Última semana
   *[other] Últimas { $weeks } semanas
}
history-refresh = Atualizar
history-reading = Lendo o histórico…
history-lead = Cada carregamento de licenças consumidas e cada leitura de Licença que este app guardou: as licenças ao longo do tempo, as sincronizações de cada instância e quem mudou entre dois carregamentos.
history-announce-empty = Histórico: nada guardado ainda.
history-announce = Histórico: { $loads ->
    [one] { $loads } carregamento
   *[other] { $loads } carregamentos
} e { $readings ->
    [one] { $readings } leitura de Licença
   *[other] { $readings } leituras de Licença
}.
history-read-failed = Não foi possível ler o histórico
history-read-failed-announce = Não foi possível ler o histórico.
history-cannot-use = Não é possível usar o histórico
# $place: the history file's path (shown as code), or history-where-memory.
history-where-kept = guardado em { $place }
history-where-kept-enterprise = Empresa { $enterprise } · guardado em { $place }
history-where-none = nada é guardado agora
history-where-none-enterprise = Empresa { $enterprise } · nada é guardado agora
history-where-memory = memória (demonstração): dura até o app fechar
history-empty-title = Nada guardado ainda
history-empty-range-title = { $weeks ->
    [one] Nada guardado na última semana
   *[other] Nada guardado nas últimas { $weeks } semanas
}
# $consumed and $license: links to those screens (their names from the navigation); $place as in history-where-kept.
history-empty-text = Cada carregamento em { $consumed } e cada atualização de { $license } fica guardado aqui, em { $place }.
history-empty-choose-all = Escolha Tudo para ver tudo o que foi guardado.
history-seats-title = Licenças ao longo do tempo
history-seats-none = Nenhum carregamento de licenças consumidas guardado neste período: cada carregamento em Licenças consumidas guarda um.
history-sync-title = Sincronização de licenças de cada instância
history-sync-note = Cada leitura de Licença guarda a última sincronização que o GitHub lista para cada instância, então uma sincronização substituída por outra antes da leitura seguinte não é vista; um intervalo sem sincronização é “de até” a sua duração quando nenhuma leitura o mostra inteiro.
history-sync-none = Nenhuma leitura de Licença guardada neste período: cada atualização de Licença guarda uma.
history-loads-title = Carregamentos
history-no-load-to-compare = Nenhum carregamento para comparar ainda.

## Por quanto tempo as pessoas de cada carregamento ficam guardadas (a retenção).

history-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
history-years = { $years ->
    [one] { $years } ano
   *[other] { $years } anos
}
history-detail-days = As pessoas de cada carregamento ficam guardadas { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} para comparar; os números dele ficam guardados para sempre.
history-keep-label = Guardar as pessoas de cada carregamento por
history-saving = Salvando…
# $period: history-days or history-years.
history-keep-saved = Salvo: as pessoas de cada carregamento ficam guardadas { $period } para comparar.
history-keep-not-saved = Não salvo: as pessoas continuam guardadas { $period }
history-keep-not-saved-before = Não salvo: as pessoas continuam guardadas como antes

## Os gráficos (chart-parts.js, seats-over-time.js, sync-timeline.js) e as tabelas deles.

history-show-table = Ver como tabela
history-show-chart = Ver como gráfico
history-seats-as-table = Ver as licenças ao longo do tempo como tabela
history-seats-as-chart = Ver as licenças ao longo do tempo como gráfico
history-syncs-as-table = Ver as sincronizações como tabela
history-syncs-as-chart = Ver as sincronizações como gráfico
history-split-cloud-only = Só na nuvem
history-split-server-only = Só no servidor
history-split-both = Nos dois (correspondidos)
# Same in every language.
history-split-visual-studio = Visual Studio
history-split-unknown = Desconhecido
history-axis-seats = Licenças
history-axis-load = Carregamento de licenças consumidas
history-seats-purchased = Licenças compradas
# A bar's part: "Mar 3, 2026, 09:15: cloud only 315". $part: cloud_only, server_only, both, visual_studio or unknown.
history-seats-segment-title = { $date }: { $part ->
    [cloud_only] só na nuvem
    [server_only] só no servidor
    [both] nos dois (correspondidos)
    [visual_studio] Visual Studio
   *[unknown] desconhecido
} { $count }
history-seats-purchased-title = { $date }: { $count ->
    [one] { $count } licença comprada
   *[other] { $count } licenças compradas
}
history-seats-caption = Licenças ao longo do tempo, uma linha por carregamento de licenças consumidas, do mais antigo ao mais recente
history-col-load = Carregamento
history-col-people = Pessoas
history-col-seats-consumed = Licenças consumidas
# The seats chart in a sentence: $from and $to are dates, $first and $last the people of the first and last load.
history-seats-describe-one = Licenças ao longo do tempo: um carregamento, { $to }, { $last ->
    [one] { $last } pessoa
   *[other] { $last } pessoas
}. A tabela tem a divisão.
history-seats-describe-one-purchased = Licenças ao longo do tempo: um carregamento, { $to }, { $last ->
    [one] { $last } pessoa
   *[other] { $last } pessoas
} de { $purchased } licenças compradas. A tabela tem a divisão.
history-seats-describe = Licenças ao longo do tempo: { $loads } carregamentos, de { $from } ({ $first ->
    [one] { $first } pessoa
   *[other] { $first } pessoas
}) a { $to } ({ $last ->
    [one] { $last } pessoa
   *[other] { $last } pessoas
}). A tabela tem todos os números.
history-seats-describe-purchased = Licenças ao longo do tempo: { $loads } carregamentos, de { $from } ({ $first ->
    [one] { $first } pessoa
   *[other] { $first } pessoas
}) a { $to } ({ $last ->
    [one] { $last } pessoa
   *[other] { $last } pessoas
} de { $purchased } licenças compradas). A tabela tem todos os números.
history-syncs-none = As leituras de Licença guardadas não listam nenhuma instância de servidor no status de sincronização de licenças do GitHub.
history-no-sync-listed = nenhuma sincronização listada
history-axis-last-sync = Última sincronização que o GitHub listou, por data
history-legend-sync-ok = Sincronização bem-sucedida
history-legend-sync-failed = Sincronização com falha
history-legend-gap = Sem sincronização por mais de { $days } dias
# $days: a number of days, to a tenth under 10.
history-gap-open = { $days ->
    [one] { $days } dia desde a última sincronização
   *[other] { $days } dias desde a última sincronização
}
history-gap-certain = { $days ->
    [one] { $days } dia sem sincronização
   *[other] { $days } dias sem sincronização
}
history-gap-uncertain = { $days ->
    [one] até { $days } dia sem sincronização
   *[other] até { $days } dias sem sincronização
}
# Same in every language.
history-sync-gap-title = { $host }: { $gap }
# "github.example.com: Mar 3, 2026, 09:15, succeeded".
history-sync-mark-title = { $host }: { $date }, { $status }
history-sync-status-ok = bem-sucedida
history-sync-status-none = sem status informado
history-sync-status-failed = com falha
# $status: GitHub's word for the sync's state.
history-sync-status-failed-as = com falha ({ $status })
# $error: GitHub's words.
# Same in every language.
history-sync-status-error = { $status }: { $error }
# The sync chart in a sentence: "License syncs per instance. host: 6 syncs; other: 3 syncs, 1 failed, 3 gaps over 7 days. The table…"
history-syncs-describe = Sincronizações de licenças por instância. { $lanes }. A tabela tem todas as sincronizações.
history-syncs-describe-lane = { $host }: { $syncs ->
    [one] { $syncs } sincronização
   *[other] { $syncs } sincronizações
}{ $failed ->
    [0] {""}
   *[other] , { $failed } com falha
}{ $gaps ->
    [0] {""}
    [one] , { $gaps } intervalo sem sincronização de mais de { $days } dias
   *[other] , { $gaps } intervalos sem sincronização de mais de { $days } dias
}
history-sync-caption = Sincronizações de licenças por instância, da mais antiga à mais recente; intervalos sem sincronização de mais de { $days } dias marcados
history-col-instance = Instância
history-col-sync = Sincronização
history-col-status = Status
history-col-since-before = Desde a sincronização anterior
history-sync-failed = Com falha
history-sync-succeeded = Bem-sucedida
history-gap-over = Mais de { $days } dias sem sincronização
history-gap-up-to = Até { $days } dias sem sincronização
history-none-since = nenhuma desde então
history-as-of-reading = (segundo a leitura de { $date })

## Quem mudou entre dois carregamentos (who-changed.js, também em Licenças consumidas), e os carregamentos (loads-list.js).

history-who-changed = Quem mudou
# $from and $to: the two loads' dates and times.
history-who-changed-between = Quem mudou de { $from } a { $to }
history-comparing = Comparando os dois carregamentos…
history-compare-failed = Não foi possível comparar os dois carregamentos
history-compare-failed-announce = Não foi possível comparar os dois carregamentos.
history-who-changed-announce = Quem mudou: { $added ->
    [one] { $added } adicionada
   *[other] { $added } adicionadas
}, { $removed ->
    [one] { $removed } removida
   *[other] { $removed } removidas
}, { $changed ->
    [one] { $changed } alterada
   *[other] { $changed } alteradas
}.
history-change-counts = { $added ->
    [one] { $added } adicionada
   *[other] { $added } adicionadas
}, { $removed ->
    [one] { $removed } removida
   *[other] { $removed } removidas
}, { $changed ->
    [one] { $changed } alterada
   *[other] { $changed } alteradas
}
history-count-added = +{ $count } { $count ->
    [one] adicionada
   *[other] adicionadas
}
history-count-removed = −{ $count } { $count ->
    [one] removida
   *[other] removidas
}
history-count-changed = ~{ $count } { $count ->
    [one] alterada
   *[other] alteradas
}
history-changes-partial = Listando as primeiras { $listed } de { $total } pessoas; as contagens acima são completas.
history-changes-none = Ninguém foi adicionado, removido ou alterado entre estes dois carregamentos.
history-group-added = Adicionadas
history-group-removed = Removidas
history-group-changed = Alteradas
history-group-none-listed = (nenhuma listada)
history-group-some-listed = { $count ->
    [one] ({ $count } listada)
   *[other] ({ $count } listadas)
}
history-close-changes = Fechar
    .aria-label = Fechar a lista de quem mudou
# $ids: the person's accounts on the servers.
# Same in every language.
history-person-ghes = GHES: { $ids }
history-person-no-login = (sem login)
history-person-diff = O que mudou para { $who }
# Read by screen readers between a field's value before and after.
history-changed-to = mudou para
history-yes = sim
history-no = não
history-compare-selected = Quem mudou entre os dois selecionados
history-selected = Selecionados: { $first } e { $second }.
history-select-one-more = Selecione mais um carregamento para comparar.
history-select-two = Selecione dois carregamentos para comparar, ou escolha “vs. o anterior” em um carregamento.
history-load-unselected = O carregamento de { $date } não está mais selecionado.
history-select-load = Selecionar o carregamento de { $date } para comparar
history-vs-before = vs. o anterior
history-vs-before-label = Quem mudou no carregamento de { $date } em relação ao anterior
history-vs-before-label-out = Quem mudou no carregamento de { $date } em relação ao anterior, que este período deixa de fora
history-vs-before-gone = As pessoas de um destes carregamentos não estão mais guardadas.
history-seats-of = { $consumed } de { $purchased }
history-first-load = o primeiro carregamento guardado
history-first-kept = primeiro guardado
history-detail-gone = pessoas não mais guardadas
history-loads-caption = Carregamentos de licenças consumidas guardados, do mais recente ao mais antigo
history-col-select = Selecionar
history-col-changes = Alterações
history-col-compare = Comparar
