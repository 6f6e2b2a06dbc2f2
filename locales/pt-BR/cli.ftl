## ghls: o que ele imprime para as pessoas (crates/cli/). O --help dele (o do clap) fica em
## inglês; o --json mantém os nomes de campo e os kinds, e diz as mensagens no idioma
## escolhido.

## Rótulos no começo de uma linha.

cli-label-error = erro:
cli-label-warning = aviso:
cli-label-fix = correção:
cli-label-github-said = O GitHub disse:
cli-label-docs = documentação:
cli-label-retry-after = tentar de novo após:
cli-label-confirmed = confirmado:
cli-label-not-confirmed = não confirmado:
cli-label-accepted = aceito:
cli-label-refused = recusado:
cli-label-exported = exportado:

## Palavras e contagens que os comandos compartilham.

# Same in every language.
cli-seconds = { $seconds } s
cli-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
cli-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
cli-n-pages = { $n ->
    [one] { $n } página
   *[other] { $n } páginas
}
cli-n-requests = { $n ->
    [one] { $n } solicitação
   *[other] { $n } solicitações
}
cli-n-findings = { $n ->
    [one] { $n } ocorrência
   *[other] { $n } ocorrências
}
cli-n-seats = { $n ->
    [one] { $n } licença de usuário
   *[other] { $n } licenças de usuário
}
cli-unknown = desconhecido
cli-yes = sim
cli-no = não
cli-not-configured = não configurada
cli-not-configured-id = (não configurada)
cli-no-instances = O GitHub não lista nenhuma instância de servidor, e nenhuma está configurada.

## Cabeçalhos de tabela.

cli-col-instance = INSTÂNCIA
cli-col-host = HOST
cli-col-last-sync = ÚLTIMA SINCRONIZAÇÃO
# A last sync cell: GitHub's time (as the language writes it, in UTC) and its age in words.
# Same in every language.
cli-last-sync-cell = { $at } ({ $ago })
cli-col-verdict = VEREDITO
cli-col-tell-after = AVISAR APÓS
cli-col-version = VERSÃO
cli-col-seats = ASSENTOS
cli-col-used = USADOS
cli-col-available = DISPONÍVEIS
cli-col-expires = EXPIRA
cli-col-automatic-sync = SINCRONIZAÇÃO AUTOMÁTICA DE LICENÇAS
cli-col-configured = CONFIGURADA
cli-col-last-upload = ÚLTIMO UPLOAD
cli-col-read-at = lida em
cli-col-people = pessoas
cli-col-seats-pair = assentos
cli-col-cloud = nuvem
cli-col-server = servidor
cli-col-both = ambos
# Same in every language.
cli-col-vs = VS
cli-col-changes = mudanças
cli-col-load-read-at = carga lida em
cli-col-findings = ocorrências
cli-col-seats-to-save = assentos a economizar
cli-col-server-accounts = contas do servidor
cli-col-cloud-seats = assentos na nuvem
cli-col-server-licenses = licenças de servidor (usados/assentos)

## Falhas do próprio ghls (exit.rs, main.rs, output.rs, args.rs, duration.rs).

cli-reader-gone = O leitor da saída foi embora.
cli-output-failed = Não foi possível gravar a saída: { $detail }.
cli-output-failed-fix = Verifique se o disco não está cheio e se a saída ainda está aberta.
cli-json-failed = Não foi possível gerar o JSON: { $detail }
cli-runtime-failed = Não foi possível iniciar o runtime assíncrono: { $detail }.
cli-runtime-failed-fix = Verifique os limites do processo (threads, arquivos abertos) e tente novamente.
cli-interrupted = Interrompido.
cli-not-a-language = `{ $lang }` não é um idioma do ghls; use en, es ou pt-BR
cli-duration-invalid = `{ $text }` não é uma duração: use um número com uma unidade, por exemplo 7d, 36h, 90m, 45s, 2w ou 1d12h
cli-duration-too-long = `{ $text }` é uma duração longa demais
cli-unknown-instance = Não há nenhuma instância do GHES `{ $name }` nas configurações.
cli-unknown-instance-fix = Use uma destas: { $known }.
cli-unknown-instance-none-fix = Nenhuma instância do GHES está configurada: adicione-a em Conexões no app da área de trabalho, ou experimente o ghls com --demo.
cli-no-temporary-file = Não foi possível criar um arquivo temporário para a exportação: { $detail }.
cli-no-temporary-file-fix = Verifique se a pasta temporária (TMPDIR) permite gravação, ou grave em um arquivo com -o ARQUIVO.
cli-no-config-folder = (nenhuma pasta de configuração)
cli-no-config-folder-detail = este sistema não tem pasta de configuração; defina GHLS_CONFIG_DIR

## Conselhos que só o ghls dá, depois dos do app (open.rs).

cli-advice-token-variables = Ou passe o token ao ghls em uma variável de ambiente: GHLS_GHEC_TOKEN para o GitHub Enterprise Cloud, GHLS_GHES_TOKEN_<ID> para uma instância do GHES (veja `ghls --help`).
cli-advice-token-order = O ghls usa GHLS_GHEC_TOKEN / GHLS_GHES_TOKEN_<ID> quando estão definidas; senão, o token salvo no chaveiro do sistema.
cli-advice-settings-at = O ghls lê as configurações do app da área de trabalho em { $path } (GHLS_CONFIG_DIR muda a pasta); configure as conexões no app, ou experimente o ghls com --demo.
cli-advice-settings = O ghls lê as configurações do app da área de trabalho (GHLS_CONFIG_DIR muda a pasta); configure as conexões no app, ou experimente o ghls com --demo.

## Carregar as licenças consumidas (commands/mod.rs, progress.rs): stderr.

cli-load-cost = { $pages } de licenças consumidas carregadas (custou { $spent } do limite de solicitações).
cli-load-cost-refreshed = { $pages } de licenças consumidas atualizadas, { $unchanged } sem alteração (custou { $spent } do limite de solicitações; { $sent } enviadas).
cli-load-pauses = O limite de solicitações do GitHub para este token se esgotou: a carga pausa por { $seconds } s, até { $until } UTC (Ctrl-C a interrompe; --max-wait limita a espera).
cli-load-would-pause = O limite de solicitações do GitHub para este token se esgotou: a carga de licenças consumidas pausaria por { $seconds } s até o limite ser restabelecido, mais que --max-wait { $max_wait }.
cli-load-would-pause-fix = Execute de novo daqui a { $wait } (outras ferramentas que usam o mesmo token dividem a cota por hora dele), ou permita a espera com um --max-wait maior.
cli-progress-pages = Licenças consumidas: página
cli-progress-starting = iniciando
cli-progress-consumers = { $rows } usuários que consomem uma licença
cli-progress-rate-limit = Limite de solicitações do GitHub: aguardando { $seconds } s (até { $until })
cli-progress-retrying = página { $page }: { $reason }; tentativa { $attempt } em { NUMBER($wait, minimumFractionDigits: 1, maximumFractionDigits: 1) } s

## ghls status.

cli-status-license-sync = Sincronização de licenças
cli-status-title = { $title } da empresa { $enterprise } (precisa de atenção após { $max_age })
cli-verdict = { $verdict ->
    [ok] ok
    [stale] desatualizada: mais antiga que { $max_age }
    [failed] falhou
    [never_synced] nunca sincronizada
   *[unreadable_date] data ilegível
}
cli-github-says = { $host }: o GitHub diz: { $error }
cli-synced-again = { $name } sincronizou de novo
cli-not-synced-again = { $name } não
cli-since-last-check = Desde a última verificação ({ $at }): { $said }.
cli-status-all-synced = { $total ->
    [one] A instância sincronizou dentro de { $max_age }.
   *[other] As { $total } instâncias sincronizaram dentro de { $max_age }.
}
cli-status-attention = { $count ->
    [one] { $total ->
        [one] { $count } de { $total } instância precisa de atenção: use "Sync now" (Sincronizar agora) na página License (Licenciamento) da instância, ou exporte o uso da licença dela e adicione-o no GHEC com "Add server usage" (Adicionar uso de servidor).
       *[other] { $count } de { $total } instâncias precisa de atenção: use "Sync now" (Sincronizar agora) na página License (Licenciamento) da instância, ou exporte o uso da licença dela e adicione-o no GHEC com "Add server usage" (Adicionar uso de servidor).
    }
   *[other] { $count } de { $total } instâncias precisam de atenção: use "Sync now" (Sincronizar agora) na página License (Licenciamento) de cada instância, ou exporte o uso da licença dela e adicione-o no GHEC com "Add server usage" (Adicionar uso de servidor).
}
cli-budget-left = { $unit ->
    [graphql] restam { $remaining } de { $limit } pontos de GraphQL
   *[rest] restam { $remaining } de { $limit } solicitações REST
}
cli-budget-resets = { $left } (restabelece às { $time } UTC)
cli-budget = Cota de solicitações do GitHub do token: { $parts }.
cli-budget-unknown = Cota de solicitações do GitHub: desconhecida ({ $error })

## ghls monitor.

cli-monitor-no-change = Nenhuma mudança desde a última verificação.

## ghls license.

cli-no-ghes = Nenhuma instância do GHES está configurada.
cli-no-ghes-fix-at = Adicione as instâncias em Conexões no app da área de trabalho; o ghls lê as mesmas configurações ({ $path }). Ou experimente o ghls com --demo.
cli-no-ghes-fix = Adicione as instâncias em Conexões no app da área de trabalho; o ghls lê as mesmas configurações. Ou experimente o ghls com --demo.
cli-seats-unlimited = ilimitadas
cli-expired = expirada
cli-days-left = { $days ->
    [one] resta { $days } dia
   *[other] restam { $days } dias
}
cli-not-read = não foi possível ler

## ghls servers.

cli-no-enterprise-fix = Adicione a empresa em Conexões no app da área de trabalho; o ghls lê as mesmas configurações. Ou experimente o ghls com --demo.
cli-servers-title = Instâncias de servidor que o GitHub Enterprise Cloud conhece para { $enterprise }:
cli-connect-on = ativada (GitHub Connect)
cli-connect-off = desativada: uploads manuais
cli-uploads-not-given = não informado pelo GitHub
cli-uploads-none = nenhum
cli-upload-no-name = (sem nome)
cli-upload-no-state = (sem estado)
cli-servers-not-listed = { $id } ({ $host }) está configurada, mas o GitHub não lista nenhuma instância com esse nome de host: ela nunca sincronizou.

## ghls consumed.

cli-consumed-written = { $rows } de { $total } usuários que consomem uma licença da empresa { $enterprise }, obtidos em { $fetched_at }.
cli-consumed-written-to = { $rows } de { $total } usuários que consomem uma licença da empresa { $enterprise } gravados em { $path } ({ $bytes } bytes, { $format }).
cli-consumed-changes = { $added } adicionados, { $removed } removidos, { $changed } alterados de { $from } para { $to }.
cli-changes-written = { $path } gravado ({ $bytes } bytes): { $note }

## ghls duplicates.

cli-table-not-to-file = --format table é para o terminal e não pode ser gravado com -o.
cli-table-not-to-file-fix = Use --format json ou --format csv com -o ARQUIVO.
cli-findings-written = { $findings ->
    [one] { $findings } ocorrência gravada em { $path } ({ $bytes } bytes, { $format }).
   *[other] { $findings } ocorrências gravadas em { $path } ({ $bytes } bytes, { $format }).
}
cli-accounts-asking = Contas do servidor: pedindo ao GitHub as instâncias Enterprise Server
cli-accounts-reading = Contas do servidor: { $done } de { $instances } instâncias concluídas, { $accounts } contas
cli-accounts-reading-of = Contas do servidor: { $done } de { $instances } instâncias concluídas, { $accounts } de { $total } contas
cli-accounts-rate-limit = Contas do servidor: limite de solicitações do GitHub: aguardando { $seconds } s (até { $until })
cli-accounts-retrying = Contas do servidor: { $reason }; tentativa { $attempt }
cli-accounts-warning = aviso: contas do servidor: { $note }
cli-duplicates = Duplicatas
cli-duplicates-title = { $title } entre { $consumers } usuários que consomem uma licença: { $findings }, até { $seats } a economizar (alta { $high }, média { $medium }, baixa { $low }).
cli-duplicates-accounts = Contas do servidor: { $named } de { $entries } entradas só do servidor com nome.
cli-duplicates-accounts-partial = Contas do servidor: { $named } de { $entries } entradas só do servidor com nome; o GitHub deu só parte das contas.
cli-duplicates-group = { $title } ({ $findings }, { $seats })
cli-confidence = { $confidence ->
    [high] alta
    [medium] média
   *[low] baixa
}

## ghls history.

cli-history-since-invalid = `{ $text }` não é uma idade, um dia nem um horário.
cli-history-since-invalid-fix = Use uma idade contada a partir de agora (7d, 12w), um dia (2026-01-05) ou RFC 3339 (2026-01-05T09:00:00Z).
cli-csv-and-json = --csv e --json pedem dois formatos ao mesmo tempo.
cli-csv-and-json-fix = Use só um deles.
cli-history-in-memory = memória (só esta execução)
cli-history-no-enterprise = (nenhuma configurada)
cli-history-empty = Ainda nada está guardado para a empresa { $enterprise } em { $place }: `ghls consumed`, `ghls license` e o app guardam cada leitura.
cli-history-loads = Cargas de licenças consumidas de { $enterprise } ({ $kept } guardadas, em { $place }):
cli-history-duplicates = Análises de duplicatas ({ $count }):
cli-history-license = Leituras de licenças ({ $count }):

## ghls validate.

cli-validate-accepted = { $file } é uma exportação do uso da licença do GHES: o "Add server usage" (Adicionar uso de servidor) do GitHub Enterprise Cloud a aceita.
cli-validate-no-features = nenhum listado
cli-validate-sync-hint = Ela lista license_usage_sync: a sincronização de licenças do GitHub Connect provavelmente está ativada nesta instância.
cli-field-host = host
cli-field-server-id = ID do servidor
cli-field-version = versão
cli-field-features = recursos
cli-field-size = tamanho
# Same in every language.
cli-field-sha256 = SHA-256
cli-field-age = idade

## ghls export.

cli-export-reading-version = Lendo a versão da instância
cli-export-connecting = Conectando a { $address } e executando `{ $command }`
cli-export-receiving = Recebendo a exportação: { $bytes } bytes
cli-export-validating = Verificando se a exportação ({ $bytes } bytes) é uso da licença
cli-exported = uso da licença de { $instance } com `{ $command }` em { $path } ({ $bytes } bytes).
cli-exported-accepted = SHA-256 { $sha256 }; o "Add server usage" (Adicionar uso de servidor) do GitHub Enterprise Cloud a aceita.

## ghls watch.

cli-watch-since-invalid = --since `{ $text }` não é um horário.
cli-watch-since-invalid-fix = Use um horário RFC 3339 (2026-11-22T12:00:00Z), `now` ou quanto tempo atrás (90m, 2h, 1d).
cli-watch-waiting-for = Aguardando o GitHub mostrar uma sincronização de { $instance } depois de { $since }
cli-watch-waiting = Aguardando o GitHub
cli-watch-progress = { $polls ->
    [one] { $head }: { $seconds } s, { $polls } leitura; { $seen }
   *[other] { $head }: { $seconds } s, { $polls } leituras; { $seen }
}
cli-watch-seen-relative = O GitHub mostra a última sincronização dela { $relative }
cli-watch-seen-at = O GitHub mostra a última sincronização dela em { $at }
cli-watch-seen-none = O GitHub ainda não mostra nenhuma sincronização dela
cli-watch-not-listed = O GitHub ainda não a lista
cli-watch-read-failed = a última leitura falhou: { $error }
cli-watch-read-retrying = uma leitura do GitHub falhou (tentando de novo): { $error }
cli-watch-note = observação: { $note }
cli-watch-upload = upload: { $name } ({ $state })
cli-watch-upload-at = upload: { $name } ({ $state } em { $at })
cli-watch-timed-out = O GitHub ainda não mostra nenhuma sincronização de { $instance } depois de { $since } (aguardou { $waited }).
cli-watch-timed-out-fix = Continue acompanhando: execute `ghls watch --instance { $instance } --since { $since }` de novo, com um --timeout maior se o GitHub estiver lento.
cli-watch-failed-fix = Corrija o que o GitHub aponta, depois sincronize de novo e acompanhe com um novo --since.
cli-watch-failed-fix-says = Corrija o que o GitHub aponta ("{ $github }"), depois sincronize de novo e acompanhe com um novo --since.
cli-watch-cancelled = Acompanhamento interrompido: a resposta do GitHub não foi aguardada.

## ghls emulator.

cli-emulator-failed = Não foi possível iniciar o emulador do GitHub: { $detail }.
cli-emulator-failed-fix = Escolha outro endereço de loopback em --listen (a porta 0 escolhe uma livre).
cli-emulator-serves = O emulador do GitHub serve { $url } (não é o GitHub). Ctrl-C o interrompe.
