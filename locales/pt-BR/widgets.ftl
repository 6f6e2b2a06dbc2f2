## Os widgets compartilhados: o banner e as caixas de problema, o diálogo modal, os campos secretos (ui/lib/status.js, ui/widgets/).

widget-try-again = Tentar novamente
widget-cancel = Cancelar
widget-github-docs = Documentação do GitHub:
widget-saved-rows = { $count ->
    [one] { $count } linha salva como { $format } em
   *[other] { $count } linhas salvas como { $format } em
}
widget-saved-findings = { $count ->
    [one] { $count } ocorrência salva como { $format } em
   *[other] { $count } ocorrências salvas como { $format } em
}

## Um campo secreto (token, senha) que nunca é mostrado de volta (secret-field.js).

widget-secret-replace = Substituir
widget-secret-remove = Remover
widget-secret-set-placeholder = { $where ->
    [keyring] ••••• salvo no chaveiro do sistema
    [demo] ••••• mantido na memória (demonstração)
   *[session] ••••• mantido só nesta sessão
}
widget-secret-set = { $where ->
    [keyring] Definido: no chaveiro do sistema.
    [demo] Definido: na memória (demonstração).
   *[session] Definido: só nesta sessão.
}
widget-secret-unknown-placeholder = Desconhecido: o chaveiro do sistema não respondeu
widget-secret-not-set-placeholder = Não definido
widget-secret-not-set = Não definido.
widget-secret-unknown = Não foi possível consultar o chaveiro do sistema: { $message }
widget-secret-replacing = Digite o novo valor; ele substitui o salvo quando você salvar.
widget-secret-removed = { $label }: o valor foi removido.
widget-secret-keep-session = Manter só nesta sessão
widget-secret-discard = Não manter
widget-secret-kept-session = { $label }: o valor fica só nesta sessão; ele é esquecido quando o app é fechado.
widget-secret-discarded = { $label }: o valor foi descartado.
widget-secret-keyring-unavailable = O chaveiro do sistema não está disponível, então isto não foi salvo.
widget-secret-session-offer = Você pode mantê-lo na memória só nesta sessão: ele é esquecido quando o app é fechado e nunca é gravado em um arquivo.
widget-secret-not-saved = { $label }: o valor não foi salvo
