## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = O horário da transferência deste acompanhamento não é conhecido, então ele não pode continuar. Inicie-o novamente.

## Do que trata um acompanhamento: "Sincronizar agora para github.acme.example".

sync-kind-add-server-usage = Adicionar uso de servidor
sync-kind-sync-now = Sincronizar agora
sync-kind-enable-license-sync = Habilitar a sincronização automática de licenças
sync-one-click = Sincronização com um clique
sync-one-click-kind = Sincronização com um clique ({ $kind })
sync-what-for = { $what } para { $label }
sync-panel =
    .aria-label = Confirmação do GitHub

## Há quanto tempo um acompanhamento está rodando, como um leitor de tela diz: "42 segundos", "3 minutos e 5 segundos".

sync-duration = { $minutes ->
    [0] { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }
    [one] { $seconds ->
        [0] 1 minuto
        [one] 1 minuto e 1 segundo
       *[other] 1 minuto e { $seconds } segundos
    }
   *[other] { $seconds ->
        [0] { $minutes } minutos
        [one] { $minutes } minutos e 1 segundo
       *[other] { $minutes } minutos e { $seconds } segundos
    }
}

## A transferência: o que o app abriu e o passo que o administrador dá lá.

sync-handoff-upload = { $opened_in ->
    [browser] A página de licenciamento do GitHub foi aberta no seu navegador; o arquivo está à vista no seu gerenciador de arquivos e o caminho dele está na área de transferência: arraste-o para **Add server usage** (Adicionar uso de servidor).
    [app_window] A página de licenciamento do GitHub foi aberta em uma janela deste app; o arquivo está à vista no seu gerenciador de arquivos e o caminho dele está na área de transferência: arraste-o para **Add server usage** (Adicionar uso de servidor).
   *[other] A página de licenciamento do GitHub foi aberta em “{ $opened_in }”; o arquivo está à vista no seu gerenciador de arquivos e o caminho dele está na área de transferência: arraste-o para **Add server usage** (Adicionar uso de servidor).
}
sync-handoff-enable = { $opened_in ->
    [browser] O GitHub Connect de { $label } foi aberto no seu navegador: habilite **“Server can sync user license count and usage”** (O servidor pode sincronizar a contagem e o uso de licenças de usuário) em **License sync** (Sincronização de licenças).
    [app_window] O GitHub Connect de { $label } foi aberto em uma janela deste app: habilite **“Server can sync user license count and usage”** (O servidor pode sincronizar a contagem e o uso de licenças de usuário) em **License sync** (Sincronização de licenças).
   *[other] O GitHub Connect de { $label } foi aberto em “{ $opened_in }”: habilite **“Server can sync user license count and usage”** (O servidor pode sincronizar a contagem e o uso de licenças de usuário) em **License sync** (Sincronização de licenças).
}
sync-handoff-sync-now = { $opened_in ->
    [browser] A página **License** (Licenciamento) de { $label } foi aberta no seu navegador: escolha **“Sync now”** (Sincronizar agora) em **License sync** (Sincronização de licenças).
    [app_window] A página **License** (Licenciamento) de { $label } foi aberta em uma janela deste app: escolha **“Sync now”** (Sincronizar agora) em **License sync** (Sincronização de licenças).
   *[other] A página **License** (Licenciamento) de { $label } foi aberta em “{ $opened_in }”: escolha **“Sync now”** (Sincronizar agora) em **License sync** (Sincronização de licenças).
}
sync-handoff-file = Arquivo: { $path }
sync-handoff-page = Página: { $url }

## O que fazer depois que o GitHub disse não.

sync-fix-upload = Exporte o uso da licença novamente na instância, em **Enterprise settings → License → Export license usage** (Configurações da empresa → Licenciamento → Exportar uso de licença), verifique-o aqui e faça upload do novo arquivo. Se o GitHub continuar recusando, o arquivo pode ser de outra instância.
sync-fix-enable = Verifique o GitHub Connect na instância (ela precisa estar conectada a esta empresa) e tente novamente, ou use Adicionar uso de servidor com um arquivo exportado.
sync-fix-sync-now = Verifique o GitHub Connect e a sincronização de licenças nas configurações da instância e use Sincronizar agora de novo, ou use Adicionar uso de servidor com um arquivo exportado.

## O estado do acompanhamento, como a etiqueta dele mostra.

sync-chip-starting = Iniciando
sync-chip-waiting = Aguardando o GitHub
sync-chip-processing = O GitHub está processando
sync-chip-confirmed = Confirmado
sync-chip-failed = Falhou
sync-chip-not-confirmed = Não confirmado
sync-chip-not-confirmed-yet = Ainda não confirmado
sync-chip-stopped = Interrompido
sync-chip-skipped = Ignorado
sync-chip-not-started = Não iniciado
sync-chip-ended = Encerrado

## O estado do acompanhamento em palavras.

sync-starting = Lendo o estado atual do GitHub e depois abrindo a página…
sync-waiting-elapsed = Aguardando o GitHub · { $elapsed } desde a transferência
sync-processing = O GitHub está processando o upload.
sync-upload-state = Upload: { $name } ({ $state })
sync-upload-processed = Upload que o GitHub processou
sync-synced-at = Sincronização segundo o GitHub
sync-seats-consumed = Licenças consumidas
sync-consumed = consumidas { $before } → { $after }
sync-github-says = O GitHub diz: { $error }
sync-no-new-sync = O GitHub não mostra nenhuma sincronização nova desde a transferência.
sync-no-new-sync-after = O GitHub não mostra nenhuma sincronização nova desde { $since }, após { $duration } de acompanhamento.
sync-stopped-later = Você parou de acompanhar: se o GitHub aceitar mais tarde, a tela Licença mostra isso.
sync-may-arrive = Ainda pode chegar: às vezes o GitHub demora mais.
sync-cancelled = Você parou de acompanhar. Nada foi confirmado; se o GitHub aceitar mesmo assim, a tela Licença e a Atividade mostram isso.
sync-gone = O acompanhamento terminou enquanto esta tela não estava aberta.
sync-gone-record = O acompanhamento terminou enquanto esta tela não estava aberta. O registro de Atividade diz: { $summary }
sync-see-activity = Ver Atividade
sync-last-seen = O GitHub mostra agora: última sincronização { $last } · verificado { $polls ->
    [one] 1 vez
   *[other] { $polls } vezes
}.
sync-last-seen-status = O GitHub mostra agora: última sincronização { $last } ({ $status }) · verificado { $polls ->
    [one] 1 vez
   *[other] { $polls } vezes
}.
sync-last-seen-none = O GitHub mostra agora: nenhuma sincronização desta instância · verificado { $polls ->
    [one] 1 vez
   *[other] { $polls } vezes
}.
sync-last-sync-never = nunca
sync-poll-error = A última verificação falhou e será repetida: { $message }
sync-cancel-failed = Não foi possível cancelar o acompanhamento

## Os botões do acompanhamento.

sync-cancel = Cancelar
sync-cancelling = Cancelando…
sync-keep-watching = Continuar acompanhando
sync-stop = Parar

## O que um acompanhamento diz aos leitores de tela quando muda: `what` é "Sincronizar agora para github.acme.example".

sync-said-starting = { $what }: iniciando.
sync-said-cancelling = { $what }: cancelando.
sync-said-waiting = { $what }: transferido. Aguardando o GitHub.
# Same in every language.
sync-said-processing = { $what }: { $message }
sync-said-confirmed = { $what }: confirmado pelo GitHub. { $summary }
sync-said-failed-github = { $what } falhou. O GitHub diz: { $error }
sync-said-failed = { $what } falhou. { $message }
sync-said-timed-out = { $what }: ainda não confirmado. Continue acompanhando ou pare.
sync-said-cancelled = { $what }: o acompanhamento foi interrompido. Nada foi confirmado.
sync-said-stopped = { $what }: interrompido. Não confirmado.
sync-said-skipped = { $what }: ignorado.
sync-said-refused = { $what } não pôde continuar.
sync-said-gone = { $what }: o acompanhamento terminou.

## Onde o app abre as páginas do GitHub (ui/views/sync/handoff-setting.js, em Conexões).

sync-handoff-title = Transferências para o GitHub
sync-handoff-about = O GitHub não tem API para fazer upload do uso do servidor nem para clicar em **Sync now** (Sincronizar agora): o app abre a página para você e depois confirma lendo o GitHub de novo.
sync-open-in = Abrir as páginas do GitHub em
sync-open-in-browser = seu navegador
sync-open-in-browser-hint = onde você está conectado ao GitHub
sync-open-in-app-window = uma janela deste app
sync-open-in-app-window-hint = faça login nela uma vez
sync-open-in-saved = { $opened_in ->
    [browser] As páginas do GitHub serão abertas no seu navegador.
   *[app_window] As páginas do GitHub serão abertas em uma janela deste app.
}
sync-open-in-not-saved = Não salvo: { $message }
