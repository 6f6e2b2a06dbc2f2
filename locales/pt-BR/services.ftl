## As funções menores dos serviços (crates/services/src/): licenças, licenças consumidas,
## duplicatas, o histórico, a demonstração, os arquivos de Adicionar uso de servidor e palavras
## compartilhadas.

## Licenças de usuário e valores desconhecidos dentro de uma frase.

svc-unknown = desconhecido
# What an error names: the enterprise account by its slug.
svc-enterprise = a empresa { $slug }
svc-seats = { $count ->
    [one] { $count } licença de usuário
   *[other] { $count } licenças de usuário
}
svc-seats-unlimited = licenças de usuário ilimitadas
svc-seats-unknown = licenças de usuário desconhecidas
svc-seats-other = { $text } licenças de usuário
svc-seats-used = { $count } em uso
svc-seats-used-unknown = em uso desconhecidas

## Valores recusados (error-invalid-argument): o nome do valor e o que ele deve ser.

svc-arg-start = o início
svc-arg-instant-detail = use um dia (2026-01-05) ou um horário em RFC 3339 (2026-01-05T09:00:00Z)
svc-arg-rate-reserve = a reserva de solicitações
svc-arg-rate-reserve-detail = uma reserva vai de 0 a 100 por cento do limite por hora
svc-arg-handoff-time = o horário da transferência
svc-arg-handoff-time-detail = era esperado um horário em RFC 3339, como 2026-11-22T12:00:00Z

## Trabalhos já em andamento (error-job-running).

svc-job-license-upload = Um upload de licença para { $instance }
svc-job-server-accounts = O carregamento das contas do servidor

## Falhas em palavras, depois de dois-pontos.

svc-io-file-missing = o arquivo não existe (foi movido ou excluído?)
svc-io-folder-missing = a pasta não existe
svc-io-read-denied = permissão negada: o seu usuário não pode lê-lo
svc-io-write-denied = permissão negada: o seu usuário não pode gravar nessa pasta
svc-task-stopped = a tarefa em segundo plano parou: { $detail }
svc-task-unchanged-without-load = o GitHub as encontrou sem mudanças, mas nenhum carregamento anterior está guardado
svc-task-no-result = terminou sem resultado

## Fazer upload de uma nova licença.

svc-license-file-fix = Escolha o arquivo de licença .ghl que o GitHub enviou para esta instância (conta corporativa, Settings (Configurações), Enterprise licensing (Licenciamento corporativo), baixe a licença do GitHub Enterprise Server).
svc-license-file-empty = o arquivo está vazio.
svc-license-file-is-usage = é uma exportação de uso da licença, não uma licença.
svc-license-file-is-usage-fix = Use-a com Adicionar uso de servidor (ela vai para o GitHub Enterprise Cloud). Para fazer upload de uma nova licença, escolha o arquivo .ghl que o GitHub enviou para esta instância.
svc-license-file-not-ghl = só arquivos de licença do GitHub Enterprise (.ghl) são enviados como licença.
svc-license-uploaded = { $applied ->
    [yes] Upload da nova licença { $file } feito e sendo aplicado: { $seats }, vencimento: { $expires }; verificação: { $check }.
   *[no] Upload da nova licença { $file } feito (ainda não aplicada): { $seats }, vencimento: { $expires }; verificação: { $check }.
}

## A tela Licença.

svc-ghec-not-configured-reason = Adicione a empresa do GitHub Enterprise Cloud em Conexões para ver as licenças de usuário e a sincronização de licenças dela.

## Duplicatas: o que falta às contas do servidor.

svc-accounts-installations-incomplete = a lista de instalações do Enterprise Server está incompleta: { $detail }
svc-accounts-without-host = { $count ->
    [one] uma instalação sem nome de host ({ $count } conta) não pode ser associada aos dados de licença
   *[other] uma instalação sem nome de host ({ $count } contas) não pode ser associada aos dados de licença
}
svc-accounts-without-id = { $count ->
    [one] { $count } conta veio sem remoteUserId e não pode ser associada
   *[other] { $count } contas vieram sem remoteUserId e não podem ser associadas
}

## O histórico (o detalhe de error-history).

svc-history-folder = não foi possível criar a pasta dele ({ $detail })
svc-history-tables = não foi possível preparar as tabelas dele ({ $detail })
svc-history-disk-full = o disco está cheio
svc-history-read-only = não é possível gravar nele (permissões ou um disco somente leitura)
svc-history-locked = outro programa o manteve bloqueado por tempo demais
svc-history-not-a-history = não é um histórico do GHE License Sync
svc-history-damaged = está danificado
svc-history-cannot-open = não pode ser aberto
svc-history-person-unreadable = não foi possível ler uma pessoa guardada ({ $detail })
svc-history-line-without-key = uma linha guardada não tem chave
svc-history-key-escape = uma chave guardada termina em um caractere de escape
svc-history-part-uninflatable = não foi possível descompactar uma parte guardada ({ $detail })
svc-history-load-not-detailed = o carregamento { $load } não é mantido em detalhe
svc-history-no-load = não há nele nenhum carregamento { $load }

## A demonstração.

svc-demo-emulator-stopped = O emulador do GitHub integrado não está respondendo: ele foi parado. Saia do app e inicie a demonstração novamente.

## Adicionar uso de servidor: os arquivos soltos ou escolhidos.

svc-usage-file-read-stopped = a leitura do arquivo parou inesperadamente: { $detail }
svc-usage-file-accepted = { $file } é uma exportação de uso da licença de { $host } (GHES { $version }).
svc-usage-file-refused = { $file } foi recusado: { $reason }
