## Exportar o uso da licença pelo shell de administração: um link rápido do cartão de um servidor (ui/views/usage-export/).

usage-export-button = Exportar uso de licença
usage-export-choose = Escolha onde salvar a exportação…
usage-export-chip = Exportando
usage-export-cancelling = Cancelando…
usage-export-reading-version = Lendo a versão da instância…
usage-export-connecting = Conectando ao shell de administração em { $host }:{ $port } para executar { $command }…
usage-export-receiving = Recebendo a exportação…
usage-export-validating = Verificando o arquivo salvo…
usage-export-dialog-cancelled = Nada foi exportado: a caixa de diálogo Salvar foi cancelada.
usage-export-dialog-cancelled-announce = Exportação cancelada: nenhum arquivo foi escolhido.
usage-export-saved-announce = Uso da licença de { $name } salvo em { $path }.
usage-export-cancelled = Exportação cancelada: nada foi salvo, e um arquivo que já existia continua inalterado.
usage-export-cancelled-announce = Exportação cancelada.
usage-export-failed-announce = A exportação de { $name } falhou.
usage-export-failed = A exportação falhou
usage-export-saved-chip = Salva
usage-export-size = Tamanho
usage-export-command = Comando
usage-export-version = Versão do GHES
usage-export-check = Verificação
usage-export-accepted = { $warnings ->
    [0] Exportação de uso da licença de { $host }, sem avisos
    [one] Exportação de uso da licença de { $host }, com { $warnings } aviso
   *[other] Exportação de uso da licença de { $host }, com { $warnings } avisos
}
usage-export-refused = Não é uma exportação utilizável: { $message }
usage-export-add-server-usage = Adicionar uso de servidor com este arquivo
