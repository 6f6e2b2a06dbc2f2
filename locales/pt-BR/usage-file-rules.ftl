## Um arquivo recusado como exportação do uso da licença: o que ele é e o que fazer em vez disso
## (crates/domain/src/usage_file/refusal.rs). $steps é usage-rule-export-steps.

# Onde o GHES exporta o uso: os rótulos do GitHub (cada um com a tradução ao lado).
usage-rule-export-steps = Enterprise settings (Configurações da empresa) → License (Licenciamento) → Export license usage (Exportar uso de licença)
usage-rule-empty = Este arquivo está vazio: não tem nenhum conteúdo.
usage-rule-blank = Este arquivo contém só espaços em branco, nenhum uso de licença.
usage-rule-empty-fix = Provavelmente a exportação foi interrompida ou o arquivo errado foi escolhido. Exporte o uso de novo no GHES ({ $steps }) e escolha o arquivo .json baixado.
usage-rule-too-large = Este arquivo tem { $size }, mais do que os { $cap } que uma exportação do uso da licença pode ter: até 300.000 usuários cabem em cerca de 105 MB.
usage-rule-too-large-fix = Verifique se você escolheu a exportação do uso, e não um arquivo compactado, um backup ou um pacote de suporte. Para obter uma exportação nova, no GHES: { $steps }.
usage-rule-directory = Isto é uma pasta, não um arquivo.
usage-rule-directory-fix = Abra a pasta e escolha o arquivo .json do uso da licença que está nela.
usage-rule-unreadable = Não foi possível ler este arquivo: { $detail }.
usage-rule-unreadable-fix = Verifique se o arquivo ainda existe, se o download terminou e se a sua conta pode lê-lo (permissões, uma unidade desconectada) e escolha-o de novo.
usage-rule-utf16 = { $endian ->
    [big] Este arquivo é texto UTF-16 (big-endian), e não o UTF-8 que o GHES grava: provavelmente ele foi aberto e salvo de novo em um editor.
   *[little] Este arquivo é texto UTF-16 (little-endian), e não o UTF-8 que o GHES grava: provavelmente ele foi aberto e salvo de novo em um editor.
}
usage-rule-utf16-fix = Use o arquivo exatamente como o GHES o exportou, sem salvá-lo em um editor. Se você só tem esta cópia, exporte o uso de novo no GHES: { $steps }.
usage-rule-binary = Este arquivo contém dados binários, não é uma exportação do uso da licença (que é texto JSON).
usage-rule-binary-fix = Verifique se você escolheu o arquivo certo. Uma exportação do uso é um arquivo .json que você obtém no GHES: { $steps }.
usage-rule-not-utf8 = Este arquivo é texto, mas não UTF-8 (o byte na posição { NUMBER($offset, useGrouping: "false") } não é UTF-8 válido): provavelmente ele foi salvo de novo em uma codificação antiga, como Latin-1 ou Windows-1252.
usage-rule-not-utf8-fix = Use o arquivo exatamente como o GHES o exportou, sem convertê-lo. Se você só tem esta cópia, exporte o uso de novo no GHES: { $steps }.
usage-rule-ghl = Este é um arquivo de licença do GitHub Enterprise Server (.ghl), não o uso da licença.
usage-rule-ghl-fix = Para instalá-lo, use Fazer upload de uma nova licença na tela Licença. Para Adicionar uso de servidor, exporte o uso no GHES: { $steps }.
usage-rule-ghec-csv = Este é o relatório CSV de licenças consumidas do GitHub Enterprise Cloud, não o uso da licença de um servidor: ele não pode ser enviado de volta para onde veio.
usage-rule-ghec-csv-fix = Para ver quem consome licenças, abra a tela Licenças consumidas. Para Adicionar uso de servidor, exporte o uso no GHES: { $steps }.
usage-rule-consumed-json = Esta é a lista de licenças consumidas da API REST do GitHub Enterprise Cloud (totais de licenças de usuário e usuários que consomem licenças), não o uso da licença de um servidor.
usage-rule-consumed-json-fix = A tela Licenças consumidas já mostra esta lista. Para Adicionar uso de servidor, exporte o uso no GHES: { $steps }.
usage-rule-sync-status-json = Este é o status da sincronização de licenças da API REST do GitHub Enterprise Cloud (server_instances), não o uso da licença de um servidor.
usage-rule-sync-status-json-fix = A tela Licença já mostra a última sincronização de cada instância. Para Adicionar uso de servidor, exporte o uso no GHES: { $steps }.
usage-rule-truncated = Este arquivo para no meio do JSON (linha { NUMBER($line, useGrouping: "false") }, coluna { NUMBER($column, useGrouping: "false") }): ele ficou incompleto, provavelmente por um download ou uma cópia interrompida.
usage-rule-truncated-fix = Exporte o uso de novo no GHES ({ $steps }) e espere o download terminar antes de escolher o arquivo.
usage-rule-not-json = Este arquivo não é um JSON válido ({ $detail } na linha { NUMBER($line, useGrouping: "false") }, coluna { NUMBER($column, useGrouping: "false") }), então não é uma exportação do uso da licença.
usage-rule-not-json-fix = Uma exportação do uso precisa ficar exatamente como o GHES a gravou. Se este arquivo foi editado, use o original; caso contrário, exporte o uso de novo no GHES: { $steps }.
usage-rule-not-an-object = Este arquivo é JSON, mas contém { $found } em vez de um objeto com os dados da instância, então não é uma exportação do uso da licença.
usage-rule-not-an-object-fix = Verifique se você escolheu o arquivo .json certo. A exportação de que você precisa vem do GHES: { $steps }.
usage-rule-other-json = Este é um arquivo JSON, mas não uma exportação do uso da licença: ele não tem nenhum dos campos de uma exportação (ID do servidor, nome de host, versão, usuários criptografados).
usage-rule-other-json-fix = Provavelmente outro arquivo .json foi escolhido por engano. Escolha o arquivo que o GHES fornece em { $steps }.
usage-rule-missing-metadata = Parece uma exportação do uso da licença, mas os dados da instância estão incompletos: { $problems }.
usage-rule-missing-metadata-fix = O GHES grava o ID do servidor, o nome de host e a versão (como texto) em toda exportação. Se este arquivo foi montado ou editado à mão, use o original; caso contrário, exporte o uso de novo no GHES: { $steps }.
usage-rule-no-users = Este arquivo tem os dados de { $host }, mas não a lista criptografada de usuários (users), então o GitHub não teria ninguém para contar.
usage-rule-no-users-fix = Uma exportação completa sempre traz a lista criptografada de usuários. Exporte o uso de { $host } de novo no GHES: { $steps }.
usage-rule-empty-users = A lista criptografada de usuários (users) de { $host } neste arquivo está vazia.
usage-rule-empty-users-fix = Provavelmente a lista foi removida ou perdida quando o arquivo foi editado ou copiado. Exporte o uso de { $host } de novo no GHES: { $steps }.
usage-rule-users-not-base64 = A lista criptografada de usuários (users) neste arquivo não é o texto base64 que o GHES grava: { $detail }.
usage-rule-users-not-base64-fix = Provavelmente o arquivo foi danificado ou editado depois de exportado. Use uma cópia intacta ou exporte o uso de novo no GHES: { $steps }.

## Tamanhos, em unidades binárias porque o limite é uma potência de dois.

usage-rule-size-bytes = { $n ->
    [one] { NUMBER($n, useGrouping: "false") } byte
   *[other] { NUMBER($n, useGrouping: "false") } bytes
}
# Same in every language.
usage-rule-size-kib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } KiB
# Same in every language.
usage-rule-size-mib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } MiB
# Same in every language.
usage-rule-size-gib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } GiB

## O que há de errado nos dados da instância de uma exportação ($problems acima).

usage-rule-problem-instance-not-object = instance é { $value }, não um objeto
usage-rule-problem-missing = { $field ->
    [server-id] falta o ID do servidor
    [host-name] falta o nome de host
   *[version] falta a versão
}
usage-rule-problem-empty = { $field ->
    [server-id] o ID do servidor está vazio
    [host-name] o nome de host está vazio
   *[version] a versão está vazia
}
usage-rule-problem-not-text = { $field ->
    [server-id] o ID do servidor é { $value }, não texto
    [host-name] o nome de host é { $value }, não texto
   *[version] a versão é { $value }, não texto
}
usage-rule-value = { $value ->
    [text] texto
    [piece-of-text] um texto
    [bool] um valor verdadeiro/falso
    [number] um número
    [null] null
    [list] uma lista
   *[object] um objeto
}

## Por que a lista criptografada de usuários não é base64 ($detail de usage-rule-users-not-base64).

usage-rule-users-not-text = é { $value }, não texto
usage-rule-base64-not-text = não é um texto
usage-rule-base64-padding-early = o preenchimento '=' aparece antes do fim (caractere { NUMBER($at, useGrouping: "false") })
usage-rule-base64-padding-excess = tem mais de dois caracteres de preenchimento '=' (caractere { NUMBER($at, useGrouping: "false") })
usage-rule-base64-bad-character = { $char } no caractere { NUMBER($at, useGrouping: "false") } não é um caractere base64
usage-rule-base64-length = o comprimento ({ NUMBER($chars, useGrouping: "false") } caracteres base64) não é múltiplo de 4, então falta uma parte
usage-rule-char-escape = a sequência de escape { $escape }
usage-rule-char-control = o caractere de controle U+{ $code }
usage-rule-char-unknown = um caractere

## O que o app aponta em uma exportação aceita (crates/domain/src/usage_file/review.rs).

usage-rule-no-instances = Nenhuma instância do GHES está configurada neste app, então ele não pode verificar se esta exportação de { $host } vem de uma das suas, nem confirmar o upload depois.
usage-rule-no-instances-fix = Adicione { $host } em Conexões → Instâncias do GHES, ou continue se você só faz upload manualmente.
usage-rule-unknown-instance = Esta exportação vem de { $host } (ID do servidor { $server_id }), que não é nenhuma das instâncias do GHES configuradas neste app.
usage-rule-unknown-instance-fix = Verifique se você exportou do servidor certo. Se { $host } é seu, adicione-o em Conexões → Instâncias do GHES para que o upload dele possa ser confirmado.
usage-rule-renamed-instance = Esta exportação indica o host { $host }, mas o ID do servidor { $server_id } pertence a { $known } conforme configurado aqui: provavelmente a instância foi renomeada.
usage-rule-renamed-instance-fix = Se { $known } agora se chama { $host }, altere o nome de host dela em Conexões → Instâncias do GHES; caso contrário, verifique se você exportou do servidor certo.
usage-rule-server-id-mismatch = O GitHub conhece { $host } com o ID do servidor { $expected }, mas esta exportação tem o ID do servidor { $found }: ela vem de outro appliance com o mesmo nome, como uma réplica, uma cópia de staging ou uma instância reconstruída.
usage-rule-server-id-mismatch-fix = Confirme que você exportou da instância que atende { $host } hoje. Se ela foi reconstruída, fazer upload desta exportação é o certo e o novo ID substitui o antigo.
usage-rule-stale = Este arquivo foi alterado pela última vez { $age } ({ NUMBER($days, useGrouping: "false") } dias): os usuários dele podem não corresponder mais à instância.
usage-rule-stale-fix = Exporte o uso de novo no GHES ({ $steps }) para que o GitHub Enterprise Cloud conte os usuários de hoje.
usage-rule-version-too-old = Esta exportação vem do GHES { $version }. O GitHub documenta o uso da licença para o GHE.com a partir do GHES 3.15, então o GHE.com pode não aceitá-la.
usage-rule-version-too-old-fix = Atualize a instância para o GHES 3.15 ou posterior e exporte de novo, ou faça o upload e confira o resultado na tela Licença.

## Idades em palavras, aproximadas de propósito (crates/domain/src/age.rs): a de um arquivo, a de uma sincronização.

usage-rule-age-just-now = agora mesmo
usage-rule-age-yesterday = ontem
usage-rule-age-ago = há { $span }
usage-rule-age-in = em { $span }
usage-rule-span-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
usage-rule-span-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
usage-rule-span-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
usage-rule-span-weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
usage-rule-span-months = { $n ->
    [one] { $n } mês
   *[other] { $n } meses
}
usage-rule-span-years = { $n ->
    [one] { $n } ano
   *[other] { $n } anos
}
