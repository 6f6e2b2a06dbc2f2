## Notificações: o que uma verificação em segundo plano conta sobre a sincronização de
## licenças de uma instância (crates/services/src/monitor/), e como terminou uma
## sincronização acompanhada (sync/flows.rs).

notice-sync-it-configured = Abra o GHE License Sync → Licença para sincronizá-la.
notice-sync-it-not-configured = Use "Sync now" (Sincronizar agora) na página License (Licenciamento) dela, ou adicione-a em GHE License Sync → Conexões para sincronizá-la pelo app.
notice-stale-title = { $days ->
    [one] { $host } está há { $days } dia sem sincronizar
   *[other] { $host } está há { $days } dias sem sincronizar
}
notice-stale-body = { $after ->
    [one] O uso da licença dela chegou ao GitHub Enterprise Cloud pela última vez em { $at }; você é avisado depois de { $after } dia. { $sync_it }
   *[other] O uso da licença dela chegou ao GitHub Enterprise Cloud pela última vez em { $at }; você é avisado depois de { $after } dias. { $sync_it }
}
notice-never-title = { $host } nunca sincronizou o uso da licença
notice-never-body = O GitHub Enterprise Cloud ainda não mostra nenhuma sincronização de licenças dela. { $sync_it }
notice-failed-title = A sincronização de licenças de { $host } falhou
notice-failed-body = { $said } Abra o GHE License Sync → Licença para ver o que o GitHub diz e sincronize de novo.
notice-failed-github-says = O GitHub diz que a sincronização falhou: { $error }
notice-failed-github-says-at = O GitHub diz que a sincronização de { $at } falhou: { $error }
notice-failed-shown = O GitHub Enterprise Cloud mostra a sincronização como falha.
notice-failed-shown-at = O GitHub Enterprise Cloud mostra a sincronização de { $at } como falha.
notice-recovered-title = { $host } está sincronizada de novo
notice-recovered-body = { $days ->
    [one] O GitHub Enterprise Cloud mostra uma sincronização de licenças bem-sucedida, dentro do prazo de { $days } dia. Nada a fazer.
   *[other] O GitHub Enterprise Cloud mostra uma sincronização de licenças bem-sucedida, dentro do prazo de { $days } dias. Nada a fazer.
}
notice-recovered-body-at = { $days ->
    [one] O GitHub Enterprise Cloud mostra uma sincronização de licenças bem-sucedida em { $at }, dentro do prazo de { $days } dia. Nada a fazer.
   *[other] O GitHub Enterprise Cloud mostra uma sincronização de licenças bem-sucedida em { $at }, dentro do prazo de { $days } dias. Nada a fazer.
}
notice-upload-not-processed = O GitHub não conseguiu processar o arquivo enviado { $file }.
notice-server-id = servidor { $id }
notice-no-host-name = uma instância de servidor sem nome de host
notice-state-not-saved-fix = Verifique se há espaço livre e se a pasta de dados do app permite gravação; até lá, uma mudança pode ser anunciada de novo depois de reiniciar.

## As configurações de Verificações em segundo plano que as verificações recusam.

notice-setting-every-hours = Verificar a cada
notice-setting-every-hours-invalid = { $hours } horas não está entre 1 e 168.
notice-setting-every-hours-fix = Escolha com que frequência verificar: entre a cada hora e uma vez por semana (168 horas).
notice-setting-stale-days = Avisar depois de
notice-setting-stale-days-invalid = { $days } dias não está entre 1 e 90.
notice-setting-stale-days-fix = Escolha depois de quantos dias sem sincronização você quer ser avisado: de 1 a 90 (o GitHub Connect sincroniza toda semana, então 7 é o usual).
notice-setting-instance-days = Limite da instância
notice-setting-instance-unknown = Não há nenhuma instância do GHES `{ $id }` em Conexões.
notice-setting-instance-unknown-fix = Remova o limite desta instância, ou adicione primeiro a instância em Conexões.
notice-setting-instance-days-invalid = { $days } dias para `{ $id }` não está entre 1 e 90.
notice-setting-instance-days-fix = Escolha de 1 a 90 dias para esta instância, ou remova o limite próprio dela para usar o geral.

## Como terminou uma sincronização acompanhada, quando a janela não está em primeiro plano (sync/flows.rs).

notice-watch-title = { $state ->
    [confirmed] { $flow }: confirmada
    [failed] { $flow }: falhou
   *[timed_out] { $flow }: ainda não confirmada
}
notice-watch-timed-out = O GitHub ainda não mostra a sincronização de { $name }. Continue acompanhando ou pare.
