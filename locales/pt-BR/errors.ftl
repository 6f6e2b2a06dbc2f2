## Os erros dos serviços (crates/services/src/error.rs): o que falhou e o que fazer (`-fix`).

## Os segredos e o chaveiro do sistema.

error-missing-secret = { $kind ->
    [token] Nenhum token está salvo para { $target }.
   *[manage_password] Nenhuma senha do console de gerenciamento está salva para { $target }.
}
error-missing-secret-fix = { $kind ->
    [token] Abra Conexões e salve o token. Ele fica no chaveiro do sistema, nunca em um arquivo.
   *[manage_password] Abra Conexões e salve a senha do console de gerenciamento. Ela fica no chaveiro do sistema, nunca em um arquivo.
}
error-keyring-unavailable = O chaveiro do sistema não está disponível: { $detail }.
error-keyring-unavailable-fix = Inicie ou desbloqueie o chaveiro da sua área de trabalho (GNOME Keyring, KWallet, Chaves do macOS, Gerenciador de Credenciais do Windows), ou mantenha os segredos apenas nesta sessão.
error-keyring = O chaveiro do sistema se recusou a { $action ->
        [open] abrir
        [read] ler
        [save] salvar
       *[delete] excluir
    } { $kind ->
        [token] o token
       *[manage_password] a senha do console de gerenciamento
    } { $target ->
        [ghec] do GitHub Enterprise Cloud
       *[ghes] da instância GHES { $instance }
    }: { $detail }.
error-keyring-fix = Desbloqueie o chaveiro e tente novamente.

## O arquivo de configurações.

error-settings-read = Não foi possível ler o arquivo de configurações { $path }: { $detail }.
error-settings-read-fix = Verifique as permissões do arquivo.
error-settings-corrupt = O arquivo de configurações { $path } não é válido ({ $detail }); ele foi guardado à parte como { $kept_as }.
error-settings-corrupt-fix = O app inicia com as configurações vazias; informe suas conexões novamente, ou conserte o arquivo guardado e coloque-o de volta.
error-settings-from-the-future = O arquivo de configurações { $path } foi escrito por uma versão mais recente do GHE License Sync (versão de configurações { $found }; este app lê até a { $supported }).
error-settings-from-the-future-fix = Atualize o GHE License Sync, ou mova o arquivo para outro lugar para recomeçar do zero com esta versão.
error-settings-write = Não foi possível salvar as configurações em { $path }: { $detail }.
error-settings-write-fix = Verifique se há espaço livre e se a pasta de configuração permite gravação.
error-settings-read-only = O salvamento está desativado: o arquivo de configurações não pôde ser lido como configurações desta versão e é mantido como está.
error-settings-read-only-fix = Leia o aviso sobre as configurações: atualize o app, ou mova o arquivo para outro lugar para recomeçar do zero. Até lá, nada é gravado por cima dele.
error-invalid-settings = { $count ->
    [one] { $count } configuração precisa de atenção: { $problems }
   *[other] { $count } configurações precisam de atenção: { $problems }
}
error-invalid-settings-fix = Corrija os campos marcados na tela Conexões e salve novamente.
error-invalid-monitor-settings = { $count ->
    [one] { $count } configuração das verificações em segundo plano precisa de atenção: { $problems }
   *[other] { $count } configurações das verificações em segundo plano precisam de atenção: { $problems }
}
error-invalid-monitor-settings-fix = Corrija as configurações marcadas de Verificações em segundo plano e salve novamente.

## Conexões.

error-emulator = O emulador do GitHub integrado não pôde ser iniciado: { $detail }.
error-emulator-fix = Feche as outras cópias da demonstração e inicie o app novamente.
error-unknown-instance = Não há nenhuma instância GHES `{ $id }` nas configurações.
error-unknown-instance-fix = Atualize: as configurações mudaram.
error-ca-bundle = O pacote de CA personalizado { $path } não pode ser usado: { $detail }.
error-ca-bundle-fix = Verifique o caminho do pacote de CA personalizado em Conexões: ele deve ser um arquivo PEM legível com os certificados de CA da sua empresa (-----BEGIN CERTIFICATE-----).
error-not-configured = { $what ->
    [ghec] O GitHub Enterprise Cloud não está configurado.
   *[ghes] Nenhuma instância GHES está configurada.
}
error-not-configured-ghec-fix = Informe o slug da empresa em Conexões e salve.
error-not-configured-ghes-fix = Adicione uma instância GHES em Conexões e salve.
error-no-web-address = Não há nenhum endereço web para abrir para { $target }.
error-no-web-address-fix = Informe o endereço web em Conexões (por exemplo, https://github.com, ou https://SUBDOMINIO.ghe.com com residência de dados).

## O trabalho em andamento e os valores que ele recebe.

error-not-loaded = Nenhuma licença consumida foi carregada ainda.
error-not-loaded-fix = Primeiro carregue as licenças consumidas do GitHub (Licenças consumidas, Carregar).
error-export = Não foi possível gravar a exportação em { $path }: { $detail }.
error-export-fix = Escolha uma pasta em que você possa gravar e que tenha espaço livre; um arquivo que já estava lá não é alterado.
error-task = Uma tarefa interna ({ $what }) parou inesperadamente: { $detail }.
error-task-fix = Tente novamente; se acontecer de novo, consulte os logs.
error-watch-running = Já há um acompanhamento em andamento para { $target } (iniciado há { $started_ago }); cancele-o primeiro.
error-watch-running-fix = Aguarde até que o GitHub confirme, ou cancele esse acompanhamento, e comece novamente.
error-usage-file-refused = Não é possível fazer upload de { $file }: { $reason }
error-invalid-argument = `{ $value }` não é um valor válido para { $what }: { $detail }.
error-invalid-argument-fix = Atualize a tela e tente novamente.
error-job-running = { $what } já está em andamento.
error-job-running-fix = Aguarde até que termine (ou cancele), e comece novamente.
error-license-file-refused = Não é possível fazer upload de { $file } como licença: { $reason }

## O histórico.

error-history = Não foi possível usar o histórico { $path }: { $detail }.
error-history-fix = Verifique se há espaço livre e se a pasta de dados permite gravação; enquanto isso, o app continua funcionando sem o histórico. Um arquivo danificado pode ser movido para outro lugar: um novo é iniciado.
error-history-detail-too-short = { $days ->
    [one] As pessoas de cada carregamento devem ser mantidas por pelo menos { $min } dias (foi pedido { $days } dia).
   *[other] As pessoas de cada carregamento devem ser mantidas por pelo menos { $min } dias (foram pedidos { $days } dias).
}
error-history-detail-too-short-fix = Escolha { $min } dias ou mais; o resumo de cada carregamento é mantido para sempre de qualquer forma.
error-no-history = O histórico não mantém nenhum carregamento anterior de licenças consumidas para comparar.
error-no-history-fix = Carregue as licenças consumidas (Licenças consumidas, Carregar; ou `ghls consumed`): cada carregamento é mantido, e as mudanças são contadas a partir do segundo.
error-history-from-the-future = O histórico { $path } foi escrito por uma versão mais recente do GHE License Sync (versão de esquema { $found }; este app lê até a { $supported }).
error-history-from-the-future-fix = Atualize o GHE License Sync. Até lá, o histórico é deixado como está, e esta versão funciona sem ele.

## O que fazia uma tarefa que parou (o $what de error-task).

task-compare-analyses = comparar análises de duplicados
task-compare-loads = comparar carregamentos guardados
task-keep-license = guardar a leitura de Licença
task-keep-consumed = guardar as licenças consumidas
task-keep-demo-week = guardar a semana passada da demonstração
task-keep-analysis = guardar a análise de duplicados
task-keep-accounts = guardar as contas do servidor
task-open-kept-consumed = abrir as licenças consumidas guardadas
task-prepare-consumed = preparar as licenças consumidas
task-read-history = ler o histórico
task-refresh-consumed = atualizar as licenças consumidas
task-save-settings = salvar as configurações
task-fetch-consumed = ler as licenças consumidas
task-query-consumed = pesquisar as licenças consumidas
task-analyse-duplicates = a análise de duplicados
task-export = gravar a exportação
task-handoff = a transferência para o GitHub
task-write-changes = gravar as alterações
task-check-export = verificar a exportação
task-read-sync-modes = ler os modos de sincronização de licenças
task-read-ca-bundle = ler o pacote de CA
task-read-monitor = ler as verificações em segundo plano
task-read-license-file = ler o arquivo de licença
task-save-monitor = salvar as verificações em segundo plano
