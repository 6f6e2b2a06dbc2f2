## The License screen (ui/views/license/).

license-github-not-read = Não foi possível ler o GitHub.
license-github-not-read-fix = Tente novamente.

## O cabeçalho da tela: o título, Atualizar, Sincronizar tudo, Adicionar uso de servidor.

license-title = Licença
license-refresh = Atualizar
    .title = Ler tudo do GitHub novamente (F5)
license-sync-everything = Sincronizar tudo
license-sync-everything-help = Cada instância pelo melhor caminho: **Sync now** (Sincronizar agora) do GitHub Connect onde a sincronização de licenças está ativada; caso contrário, Adicionar uso de servidor com a exportação verificada nesta sessão; depois, uma única confirmação conjunta.
license-add-server-usage = Adicionar uso de servidor
license-updated = Atualizado { $ago } ({ $time })
license-updated-announce = { $count ->
    [one] Dados de licença atualizados: { $count } instância de servidor.
   *[other] Dados de licença atualizados: { $count } instâncias de servidor.
}
license-unreachable-title = Não foi possível acessar o GitHub
license-unreachable-announce = Não foi possível acessar o GitHub.
license-load-failed-title = Não foi possível carregar os dados de licença
license-no-data = Ainda não há dados.

## A tela como lida da última vez, exibida enquanto o GitHub é consultado de novo ou quando não pode ser lido.

license-as-of = Dados de { $when }
license-kept-refreshing = atualizando…
license-kept-failed = Não foi possível ler o GitHub agora: estes são os números lidos da última vez.

## Sincronizar agora, Ativar a sincronização automática e Sincronizar tudo nos cartões.

license-sync-now = Sincronizar agora
license-enable-sync = Ativar a sincronização automática de licenças
license-sync-due = O GitHub Enterprise Cloud viu os usuários desta instância pela última vez { $when }: algumas pessoas podem ser contadas duas vezes até que ela sincronize de novo.
license-sync-due-long-ago = O GitHub Enterprise Cloud viu os usuários desta instância pela última vez há muito tempo: algumas pessoas podem ser contadas duas vezes até que ela sincronize de novo.
license-sync-due-never = O GitHub Enterprise Cloud ainda não tem uso desta instância: os usuários dela podem ser contados duas vezes.
license-auto-sync-unconfirmed = Sincronização automática: não confirmada. Ative-a ou faça upload de uma exportação manualmente com { $link }.
license-sync-busy = Uma sincronização desta instância está sendo acompanhada.
license-sync-everything-busy = Uma sincronização está sendo acompanhada: aguarde o fim dela ou cancele-a no cartão dela.
license-one-click-chip = Sincronizando
license-one-click-running = Cada instância pelo melhor caminho; cada cartão abaixo mostra o próprio progresso.
license-one-click-failed = Não foi possível iniciar Sincronizar tudo
license-one-click-failed-announce = Não foi possível iniciar Sincronizar tudo.
license-one-click-announce = Sincronizar tudo: { $summary }

## A linha de uma instância no resultado conjunto de Sincronizar tudo.

license-outcome-skipped = Ignorada
license-outcome-not-started = Não iniciada
license-outcome-confirmed = Confirmada
license-outcome-failed = Falhou
license-outcome-not-confirmed = Ainda não confirmada
license-outcome-not-confirmed-text = O GitHub não mostrou a tempo: Continuar acompanhando está no cartão da instância.
license-outcome-stopped = Interrompida
license-outcome-stopped-text = Você parou de acompanhar.
license-outcome-unfinished = Não concluída

## GitHub Enterprise Cloud: as licenças da empresa, a sincronização de licenças e as instâncias que o GitHub conhece.

# Same in every language.
license-cloud-title = GitHub Enterprise Cloud
license-servers-title = Instâncias do GitHub Enterprise Server
license-no-servers = Nenhuma instância do GHES está configurada. Adicione uma em Conexões.
license-enterprise-failed = Não foi possível ler a empresa
license-enterprise-title = Empresa { $enterprise }
license-instances-title = Sincronização de licenças das instâncias de servidor
license-known-servers-title = Instâncias de servidor que o GitHub conhece
license-known-servers-partial = O GitHub respondeu só em parte: esta lista pode estar incompleta. Atualize para lê-la novamente. Ficou de fora:
license-licensing-page = Página de licenciamento, com **Add server usage** (Adicionar uso de servidor)
license-known-servers-failed = Não foi possível ler a lista do GitHub com as instâncias de servidor e os uploads delas
license-known-servers-failed-note = Os números de licenças, as licenças das instâncias e a sincronização de licenças acima são lidos separadamente e não foram afetados.
license-known-servers-none = O GitHub ainda não lista nenhuma instância de servidor para esta empresa.
license-col-host = Host
license-col-auto-sync = Sincronização automática de licenças
license-col-newest-upload = Upload mais recente
license-col-in-connections = Em Conexões
license-col-last-sync = Última sincronização
license-col-status = Status
license-no-host-name = (sem nome de host)
license-connected-unknown = desconhecida
license-uploads-not-given = não informado pelo GitHub
license-uploads-none-yet = nenhum ainda
license-add-to-connections = Adicionar a Conexões
    .aria-label = Adicionar { $host } a Conexões
license-mode-on = ativada (GitHub Connect)
license-mode-off = desativada: uploads manuais
license-upload-state-processing = Processando
license-upload-state-processed = Processado
license-upload-state-failed = Falhou
license-no-file-name = (sem nome de arquivo)
license-page-moved = (se a página tiver mudado de lugar: { $menu })
license-seats-failed = Não foi possível ler as licenças de usuário
license-figure-consumed = Consumidas
license-figure-purchased = Compradas
license-figure-over-by = Excedente
license-figure-available = Disponíveis
license-instances-failed = Não foi possível ler o status da sincronização de licenças
license-instances-none = O GitHub ainda não lista nenhuma instância de servidor para esta empresa: nenhum uso foi sincronizado nem enviado por upload.
license-not-configured-here = não configurada aqui
license-never = nunca

## O cartão de uma instância do GHES.

# Same in every language.
license-ghes-version = GHES { $version }
license-sync-title = Sincronização de licenças
license-sync-mode = { $connected ->
    [on] Sincronização automática de licenças: ativada (GitHub Connect)
   *[off] Sincronização automática de licenças: desativada: uploads manuais
}
license-sync-mode-unknown = Sincronização automática de licenças: ainda desconhecida (o GitHub ainda não listou esta instância).
license-sync-mode-age = — último dado conhecido, lido { $ago }: não foi possível ler o GitHub agora
license-uploads-none = Ainda não há nenhum upload de uso.
license-uploads-title = Últimos uploads
license-license-page = Página da licença
license-connect-page = Página do GitHub Connect
license-license-failed = Não foi possível ler a licença
license-figure-seats = Licenças
license-figure-used = Em uso
license-fact-license = Licença
license-fact-expires = Expira em
license-server-sync-failed = Não foi possível ler o status da sincronização no GitHub Enterprise Cloud
license-sync-missing = O GitHub Enterprise Cloud ainda não lista nenhuma sincronização deste nome de host.
license-github-says = O GitHub diz
license-chip-synced = Sincronizada
license-chip-stale = { $days ->
    [one] Desatualizada · { $days } dia
   *[other] Desatualizada · { $days } dias
}
license-chip-failed = Falhou
license-chip-failed-status = Falhou ({ $status })
license-chip-never-synced = Nunca sincronizada
license-chip-unknown-date = Data desconhecida
license-expiry-soon = Renove em breve
license-expiry-expired = Expirada
license-expiry-unknown = Desconhecido
license-meter-consumed = { $pct }% das licenças consumidas
    .aria-label = { $part } de { $whole } licenças consumidas
license-meter-used = { $pct }% das licenças em uso
    .aria-label = { $part } de { $whole } licenças em uso

## O gráfico de licenças: quem consome as licenças da empresa (seat-chart.js).

license-chart-title = Quem consome as licenças
license-chart-load = Carregar o detalhamento
license-chart-not-loaded = A divisão em só nuvem, só servidor, ambos e Visual Studio vem da lista completa de licenças consumidas da empresa, que ainda não foi carregada. Carregá-la lê todas as páginas do GitHub (cerca de 1 página para cada 100 pessoas) e mostra o progresso.
license-segment-cloud-only = Só nuvem
license-segment-server-only = Só servidor
license-segment-both = Ambos (correspondentes)
# Same in every language.
license-segment-visual-studio = Visual Studio
license-segment-other = Desconhecido
license-chart-caption = { $consumed } de { $purchased } licenças compradas consumidas
license-chart-available = { $available } disponíveis
license-chart-over = excedente de { $over }
license-chart-source = { $rows ->
    [one] Divisão da lista de licenças consumidas de { $rows } pessoa, obtida { $ago }.
   *[other] Divisão da lista de licenças consumidas de { $rows } pessoas, obtida { $ago }.
}
license-chart-source-multiple = { $rows ->
    [one] Divisão da lista de licenças consumidas de { $rows } pessoa, obtida { $ago }; { $multiple } delas têm mais de uma conta.
   *[other] Divisão da lista de licenças consumidas de { $rows } pessoas, obtida { $ago }; { $multiple } delas têm mais de uma conta.
}
license-chart-see-list = Ver a lista
license-chart-duplicates = Duplicatas
license-chart-description = Gráfico de licenças: { $consumed } de { $purchased } licenças compradas consumidas. Consumidas por: { $parts }.
license-chart-description-no-purchased = Gráfico de licenças: { $consumed } licenças consumidas. Consumidas por: { $parts }.

## Os links rápidos do cartão de um servidor (license-quick-links.js).

license-quick-links-title = Links rápidos
license-quick-upload = Fazer upload de uma nova licença
license-quick-file-dialog-failed = Não foi possível abrir a caixa de diálogo de arquivos
