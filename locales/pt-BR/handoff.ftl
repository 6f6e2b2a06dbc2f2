## Transferências para o GitHub: os passos nas páginas do próprio GitHub
## (crates/services/src/sync/). As páginas do GitHub estão em inglês: cada rótulo delas
## mantém o nome em inglês, com a tradução ao lado entre parênteses (locales/glossary.md).

handoff-open-in = { $how ->
    [app_window] uma janela do app
   *[browser] o navegador
}
handoff-flow = { $kind ->
    [add_server_usage] Adicionar uso de servidor
    [enable_license_sync] Habilitar a sincronização de licenças
   *[sync_now] Sincronizar agora
}

## Onde as páginas do GitHub ficam nos menus dele.

handoff-ghec-license-menu = Your enterprises (Suas empresas) → { $enterprise } → Billing and licensing (Cobrança e licenciamento) → Licensing (Licenciamento)
handoff-ghes-license-menu = Enterprise settings (Configurações da empresa) → Settings (Configurações) → License (Licenciamento)
handoff-ghes-connect-menu = Enterprise settings (Configurações da empresa) → GitHub Connect
handoff-if-moved = se a página mudou de lugar: { $menu }
handoff-menu-note = A página é { $url } (se a página mudou de lugar: { $menu }).

## O que fazer na página.

handoff-upload-step = Na página, ao lado de "Enterprise Server instances" (Instâncias Enterprise Server), escolha "Add server usage" (Adicionar uso de servidor) e faça upload de { $path } (o caminho dele está na área de transferência).
handoff-sync-now-step = Na página License (Licenciamento), em License sync (Sincronização de licenças), escolha "Sync now" (Sincronizar agora).
handoff-connect-not-known = Não se sabe se a sincronização de licenças do GitHub Connect está ativada em { $host }: isto abre a página License (Licenciamento) dela. Se ela não mostrar "Sync now" (Sincronizar agora), habilite primeiro a sincronização de licenças (Habilitar a sincronização automática de licenças) ou use Adicionar uso de servidor.
handoff-enable-step = No GitHub Connect, habilite "Server can sync user license count and usage" (O servidor pode sincronizar a contagem e o uso de licenças de usuário), em License sync (Sincronização de licenças). A sincronização automática continua "não confirmada" até o GitHub mostrar a primeira sincronização da instância.
handoff-upload-failed-fix = Exporte o uso da licença de novo na instância (Site admin (Administração do site) → Enterprise settings (Configurações da empresa) → License (Licenciamento) → Export license usage (Exportar uso de licença)), verifique o arquivo aqui e faça upload do arquivo novo em Adicionar uso de servidor. Se o GitHub recusá-lo de novo, verifique a licença e o status da instância: o arquivo pode ser de outra instância, ou a licença pode ter mudado.

## Um passo da transferência que não funcionou (o endereço é sempre dado para abrir manualmente).

handoff-not-a-web-address = { $url } não é um endereço web, então não foi aberto.
handoff-page-not-opened = { $how ->
    [app_window] Não foi possível abrir a página em uma janela do app ({ $detail }): abra { $url } você mesmo.
   *[browser] Não foi possível abrir a página no navegador ({ $detail }): abra { $url } você mesmo.
}
handoff-file-not-shown = Não foi possível mostrar o arquivo no gerenciador de arquivos ({ $detail }): ele é { $path }.
handoff-path-not-copied = Não foi possível copiar o caminho do arquivo para a área de transferência ({ $detail }).
handoff-no-desktop = este app não tem uma área de trabalho onde abri-lo

## A verificação da confirmação: ler o GitHub de novo (sync/confirm_watch.rs, sync/upload_record.rs).

handoff-upload-no-name = (sem nome)
handoff-record-off = Não foi possível ler o registro de uploads do GitHub ({ $reason }): a confirmação vem só do license-sync-status.
handoff-record-incomplete = O registro de uploads do GitHub de { $name } estava incompleto: nada é confirmado por ele, a menos que o license-sync-status também mostre a sincronização.
handoff-record-incomplete-missing = O registro de uploads do GitHub de { $name } estava incompleto ({ $missing }): nada é confirmado por ele, a menos que o license-sync-status também mostre a sincronização.
handoff-record-failed-this-time = Desta vez não foi possível ler o registro de uploads do GitHub ({ $reason }): ele é lido de novo na próxima verificação; o license-sync-status também é lido.
handoff-processing = O GitHub está processando o upload { $upload }.
handoff-processed-record-incomplete = O GitHub mostra o upload { $upload } como processado, mas o registro de uploads dele estava incompleto: aguardando o license-sync-status também mostrar a sincronização.
handoff-upload-failed = O GitHub não conseguiu processar o upload { $upload } de { $name }.
handoff-upload-failed-at = O GitHub não conseguiu processar o upload { $upload } de { $name } (FAILURE em { $at }).
handoff-upload-failed-says = O GitHub não conseguiu processar o upload { $upload } de { $name }: { $github }
handoff-upload-failed-at-says = O GitHub não conseguiu processar o upload { $upload } de { $name } (FAILURE em { $at }): { $github }
handoff-sync-failed = O GitHub mostra uma sincronização de { $name } em { $at }, e ela falhou: { $github }
handoff-sync-failed-no-reason = O GitHub mostra uma sincronização de { $name } em { $at }, e ela falhou sem indicar o motivo
handoff-second-also = o license-sync-status também mostra a sincronização em { $at }
handoff-second-not-yet = o license-sync-status ainda não a mostra
handoff-processed = O GitHub processou o upload { $upload } de { $name } em { $at } ({ $second })
handoff-processed-and-synced = O GitHub processou o upload { $upload } de { $name } e mostra a sincronização em { $at }
handoff-synced = O GitHub mostra a sincronização de { $name } em { $at }
handoff-record-incomplete-confirmed = O registro de uploads do GitHub de { $name } estava incompleto: confirmado porque o license-sync-status também mostra a sincronização.
handoff-record-no-new-upload = O registro de uploads do GitHub não mostra nenhum upload novo de { $name }: confirmado pelo license-sync-status.
handoff-confirmed-summary = { $what }: { $consumed }.
handoff-confirmed-summary-note = { $what }: { $consumed }. { $note }
handoff-consumed-fewer = { $n ->
    [one] licenças consumidas { $before } → { $after }, { $n } pessoa agora contada uma só vez
   *[other] licenças consumidas { $before } → { $after }, { $n } pessoas agora contadas uma só vez
}
handoff-consumed-more = { $n ->
    [one] licenças consumidas { $before } → { $after }, { $n } licença de usuário a mais contada
   *[other] licenças consumidas { $before } → { $after }, { $n } licenças de usuário a mais contadas
}
handoff-consumed-unchanged = licenças consumidas sem alteração: { $after }
handoff-consumed-now = { $after ->
    [one] { $after } licença consumida agora
   *[other] { $after } licenças consumidas agora
}
handoff-consumed-unread = não foi possível ler as licenças consumidas

## Sincronização com um clique (sync/one_click.rs).

handoff-one-click-export-first = exporte o uso da licença primeiro: não se sabe se a sincronização de licenças do GitHub Connect está ativada em { $host }, e nenhuma exportação de uso dela foi verificada nesta sessão (ou use "Sync now" (Sincronizar agora) se a página License (Licenciamento) dela tiver essa opção).
handoff-one-click-export-first-short = exporte o uso da licença primeiro
handoff-one-click-confirmed = { $total ->
    [one] { $confirmed } de { $total } instância confirmada
   *[other] { $confirmed } de { $total } instâncias confirmadas
}
handoff-outcome = { $state ->
    [confirmed] confirmada. { $text }
    [failed] falhou. { $text }
    [timed_out] não confirmada a tempo
    [cancelled] cancelada
    [refused] recusada: { $text }
   *[unfinished] não concluída
}
