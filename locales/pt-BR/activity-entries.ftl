## As entradas da tela Atividade que os fluxos de sincronização e as verificações em
## segundo plano escrevem (crates/services/src/sync/, monitor/). Uma entrada fica como foi
## escrita, no idioma do app (ou do ghls) que a escreveu.

entry-handed-off = { $how ->
    [app_window] { $flow }: { $url } aberto em uma janela do app para { $name }; aguardando o GitHub.
   *[browser] { $flow }: { $url } aberto no navegador para { $name }; aguardando o GitHub.
}
entry-timed-out = { $flow } para { $name }: não confirmado a tempo; o GitHub não mostra nenhuma sincronização desde { $since }.
entry-cancelled = Acompanhamento de { $flow } para { $name } interrompido.
entry-all-instances = todas as instâncias
entry-background-check = Verificação em segundo plano: { $titles }.

## Os detalhes copiáveis de uma entrada, um por linha.

entry-details-upload =
    arquivo: { $path }
    SHA-256: { $sha256 }
    ID do servidor: { $server_id }
    versão: { $version }
entry-details-instance = instância: { $name } ({ $host })
entry-details-keep-watching = continuar acompanhando desde { $since }
entry-details-handed-off-at = transferido para o GitHub em: { $at }
# Same in every language.
entry-details-github = GitHub: { $text }
entry-details-fix = correção: { $fix }
entry-details-waited = aguardado: { $seconds } s
entry-details-file-checked =
    caminho: { $path }
    ID do servidor: { $server_id }
    SHA-256: { $sha256 }
    tamanho: { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    }
entry-details-warning = aviso: { $warning }
entry-details-path = caminho: { $path }
entry-details-file = arquivo: { $path }
# $command_line: the ssh command as it ran (data).
entry-details-exported =
    { $command_line }
    versão do GHES: { $version }
    SHA-256: { $sha256 }
