## A tela Atividade: o que o app fez, do mais recente ao mais antigo (ui/views/activity/).

activity-title = Atividade
activity-lead = Cada exportação, upload, sincronização e teste de conexão, do mais recente ao mais antigo. O registro é mantido entre reinicializações e nunca guarda um segredo.
activity-refresh = Atualizar
activity-loading = Lendo o registro de atividade…
activity-load-failed = Não foi possível ler o registro de atividade
activity-said-load-failed = Não foi possível ler o registro de atividade.
activity-entries = { $count ->
    [one] 1 registro
   *[other] { $count } registros
}
activity-said-loaded = { $count ->
    [one] Atividade: 1 registro.
   *[other] Atividade: { $count } registros.
}

## O que foi feito: o tipo de um registro.

activity-kind-add-server-usage = Adicionar uso de servidor
activity-kind-sync-now = Sincronizar agora
activity-kind-enable-license-sync = Habilitar a sincronização de licenças
activity-kind-one-click-sync = Sincronização com um clique
activity-kind-connection-test = Teste de conexão
activity-kind-usage-file-check = Verificação de arquivo de uso
activity-kind-license-upload = Upload de licença
activity-kind-background-check = Verificação em segundo plano
activity-kind-export = Exportar uso de licença
activity-kind-other = Outro

## Como terminou: o resultado de um registro e o filtro por resultado.

activity-outcome = Resultado
# Same in every language.
activity-outcome-ok = OK
activity-outcome-failed = Falhou
activity-outcome-info = Informação
activity-filter-all = Todos
activity-said-showing = { $count ->
    [one] Mostrando 1 registro.
   *[other] Mostrando { $count } registros.
}
activity-said-showing-outcome = { $count ->
    [one] Mostrando 1 registro com resultado { $outcome }.
   *[other] Mostrando { $count } registros com resultado { $outcome }.
}
activity-none-match = Nenhum registro com resultado { $outcome }.
activity-empty-title = Nada registrado ainda
activity-empty = Exportações, uploads para o GitHub Enterprise Cloud, Sincronizar agora, testes de conexão e arquivos de uso verificados aparecem aqui com o resultado e os detalhes.

## A tabela.

activity-caption = Atividade, do mais recente ao mais antigo
activity-col-time = Horário
activity-col-kind = Tipo
activity-col-target = Destino
activity-col-outcome = Resultado
activity-col-summary = Resumo
activity-col-details = Detalhes
activity-details = Detalhes
activity-hide-details = Ocultar detalhes
activity-no-details = (sem detalhes)
activity-copy-details = Copiar detalhes
activity-copied = Copiado.
activity-said-copied = Detalhes copiados para a área de transferência.
activity-copy-selected = A área de transferência não está disponível aqui: os detalhes estão selecionados; pressione Ctrl+C para copiá-los.
activity-said-copy-selected = Os detalhes estão selecionados: pressione Control C para copiá-los.
