## A tela Adicionar uso de servidor: a área para soltar, o cartão do arquivo verificado e o upload (ui/views/usage-file/).

usage-file-title = Adicionar uso de servidor
usage-file-drop-hint = Arraste e solte ou selecione um arquivo para fazer upload
usage-file-drop-sub = O JSON de uso da licença que o GitHub Enterprise Server exportou
usage-file-lead = Confira o arquivo antes que ele vá para o GitHub Enterprise Cloud. Exporte-o no GitHub Enterprise Server em **Enterprise settings → License → Export license usage** (Configurações da empresa → Licenciamento → Exportar uso de licença). Pressione Enter ou Espaço na caixa para escolher o arquivo pela caixa de diálogo de arquivos (Ctrl+O funciona em qualquer lugar desta tela).
usage-file-many-dropped = { $count ->
    [one] 1 arquivo foi solto; só o primeiro, { $first }, foi verificado. O GitHub aceita um arquivo de uso por upload, então solte-os um de cada vez.
   *[other] { $count } arquivos foram soltos; só o primeiro, { $first }, foi verificado. O GitHub aceita um arquivo de uso por upload, então solte-os um de cada vez.
}
usage-file-checking = Verificando { $file }…
usage-file-dialog-failed = Não foi possível abrir a caixa de diálogo de arquivos
usage-file-check-failed = Não foi possível verificar o arquivo
usage-file-drops-failed = Não é possível receber arquivos soltos
usage-file-opened-failed = Não foi possível receber um arquivo entregue ao app: { $message }

## O que a tela diz de um arquivo verificado (anunciado aos leitores de tela).

usage-file-said-accepted = { $warnings ->
    [0] { $file } é uma exportação de uso da licença de { $host }.
    [one] { $file } é uma exportação de uso da licença de { $host }, com 1 aviso.
   *[other] { $file } é uma exportação de uso da licença de { $host }, com { $warnings } avisos.
}
usage-file-said-refused = { $file } foi recusado: { $reason }

## O cartão de uma exportação aceita.

usage-file-chip-export = Exportação de uso da licença
# Same in every language.
usage-file-version = GHES { $version }
usage-file-server-id = ID do servidor
usage-file-features = Recursos
usage-file-features-none = nenhum listado
usage-file-feature-enabled = habilitado: { $at }
usage-file-feature-since = desde { $date }
usage-file-http-only = Somente HTTP
usage-file-http-only-yes = Sim (sem TLS)
usage-file-http-only-no = Não
usage-file-license = Licença
usage-file-size = Tamanho
# Same in every language.
usage-file-sha256 = SHA-256
usage-file-age = Idade do arquivo
usage-file-age-unknown = desconhecida
usage-file-encrypted = A lista de usuários contida no arquivo é criptografada pelo GitHub; o app não a abre.
usage-file-warnings-title = { $count ->
    [one] Veja isto antes de fazer upload
   *[other] Veja estes { $count } pontos antes de fazer upload
}
usage-file-no-warnings = Nada a avisar: este arquivo está pronto para o GitHub Enterprise Cloud.

## O cartão de um arquivo recusado.

usage-file-chip-refused = Upload não feito

## Fazer upload do arquivo aceito, ou de um .ghl solto como nova licença.

usage-file-upload = Fazer upload para o GitHub Enterprise Cloud
usage-file-upload-help = Abre a página de licenciamento do GitHub com este arquivo pronto (exibido no seu gerenciador de arquivos, com o caminho na área de transferência) e depois lê o GitHub de novo até que ele mostre o upload.
usage-file-upload-busy = Um upload está sendo acompanhado: aguarde o GitHub ou cancele-o abaixo.
usage-file-upload-as-license = Fazer upload como nova licença…
usage-file-no-instances = Nenhuma instância do GitHub Enterprise Server está configurada: adicione uma em Conexões primeiro.
usage-file-instances-failed = Não foi possível ler as instâncias
