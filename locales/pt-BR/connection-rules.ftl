## As conexões nos serviços (crates/services/src/connections/): as regras com que cada campo é
## verificado, os rótulos dos campos numa recusa, os segredos e as palavras de Testar conexão.

## O slug da empresa.

conn-slug-empty = O slug da empresa está vazio.
conn-slug-shape-fix = Use o slug do endereço da sua empresa, github.com/enterprises/SLUG: letras minúsculas, dígitos e hifens.
conn-slug-is-address = `{ $input }` é um endereço, não um slug.
conn-slug-is-address-fix = Informe só a parte depois de /enterprises/: `{ $slug }`.
conn-slug-capitals = `{ $input }` tem letras maiúsculas; slugs de empresa são em minúsculas.
conn-slug-space = `{ $input }` contém um espaço, e slugs de empresa nunca contêm espaços.
conn-slug-character = `{ $input }` contém `{ $character }`, que slugs de empresa nunca contêm.
conn-slug-hyphen = `{ $input }` começa ou termina com hífen, o que slugs de empresa nunca fazem.
conn-slug-suggestion-fix = Slugs de empresa têm letras minúsculas, dígitos e hifens: você quis dizer `{ $slug }`?

## Nomes de host e portas.

conn-host-empty = O nome do host está vazio.
conn-host-empty-fix = Informe o nome do host da instância, por exemplo, github.example.com.
conn-host-scheme = `{ $input }` inclui um esquema (http:// ou https://).
conn-host-scheme-fix = Informe só o nome do host: `{ $host }`. HTTPS é uma configuração à parte.
conn-host-path = `{ $input }` inclui um caminho.
conn-host-path-fix = Informe só o nome do host: `{ $host }`. O app adiciona /api/v3 sozinho.
conn-host-not-a-host = `{ $input }` não é um nome de host.
conn-host-not-a-host-fix = Informe só o nome do host, por exemplo, github.example.com, sem nome de usuário nem espaços.
conn-host-bracket = `{ $input }` abre um colchete que nunca fecha.
conn-host-bracket-fix = Escreva um endereço IPv6 como [2001:db8::1] ou sem colchetes.
conn-host-after-address = `{ $input }` tem texto depois do endereço.
conn-host-after-address-fix = Escreva um endereço IPv6 com porta como [2001:db8::1]:8443.
conn-host-shape-fix = Informe um nome de host como github.example.com, ou um endereço IP.
conn-host-bad-ip = `{ $host }` não é um endereço IP válido.
conn-host-too-long = O nome do host tem mais de 253 caracteres.
conn-host-empty-part = `{ $host }` tem uma parte vazia entre pontos.
conn-host-part-too-long = `{ $part }` tem mais do que os 63 caracteres que uma parte de um nome de host pode ter.
conn-host-character = `{ $host }` contém `{ $character }`, que nomes de host nunca contêm.
conn-host-character-fix = Informe um nome de host como github.example.com, ou um endereço IP. Nomes de host têm letras, dígitos, hifens e pontos.
conn-host-part-hyphen = `{ $part }` começa ou termina com hífen, o que partes de um nome de host nunca fazem.
conn-port-not-port = `{ $input }` não é uma porta.
conn-port-out-of-range = A porta `{ $input }` está fora do intervalo.
conn-port-not-number = `{ $input }` não é um número de porta.
conn-port-fix = Informe uma porta de 1 a 65535 (o shell de administração do GHES escuta na 122).

## Endereços.

conn-not-an-address = `{ $input }` não é um endereço ({ $detail }).
conn-api-fix = Informe api.github.com, ou api.SUBDOMINIO.ghe.com para o GitHub Enterprise Cloud com residência de dados.
conn-api-not-https = `{ $input }` não é https: a API do GitHub só é servida por HTTPS.
conn-api-path = `{ $input }` tem um caminho; o host da API não tem nenhum.
conn-api-path-fix = Informe só o host: `{ $host }`.
conn-api-not-api-host = `{ $input }` não é um host da API do GitHub.
conn-api-web-address = `{ $input }` é o endereço web do GitHub, não a API dele.
conn-api-web-address-fix = Informe api.github.com.
conn-api-ghe-web-address = `{ $input }` é o endereço web da sua empresa no GHE.com, não a API dela.
conn-api-ghe-web-address-fix = Informe api.{ $subdomain }.ghe.com.
conn-api-unknown-host = `{ $input }` não é api.github.com nem um host de API do GHE.com (api.SUBDOMINIO.ghe.com).
conn-web-fix = Informe um endereço completo, como https://github.example.com.
conn-web-not-http = `{ $input }` não é um endereço http(s).
conn-web-credentials = `{ $input }` contém credenciais.
conn-web-credentials-fix = Remova-as: tokens e senhas ficam no chaveiro do sistema, nunca em um endereço.
conn-web-query = `{ $input }` tem uma consulta ou um fragmento (? ou #).
conn-web-plain-http = `{ $input }` é http sem criptografia.
conn-web-plain-http-fix = Use https. (O http sem criptografia só é possível para uma instância GHES com a opção HTTPS desativada.)

## O shell de administração e os arquivos.

conn-ssh-user-invalid = `{ $input }` não é um nome de usuário.
conn-ssh-user-invalid-fix = No GHES, o usuário do shell de administração é `admin`.
conn-ssh-host-port = `{ $input }` inclui uma porta.
conn-ssh-host-port-fix = Informe a porta no campo próprio dela.
conn-ca-not-absolute-fix = Informe o caminho completo do arquivo PEM, por exemplo, /etc/ssl/certs/acme-ca.pem.
conn-ca-missing-fix = Verifique o caminho, ou peça à sua equipe de PKI o certificado de CA da empresa como arquivo PEM.
conn-ca-folder-fix = Informe o caminho do próprio arquivo PEM.
conn-ssh-file-not-absolute-fix = Informe o caminho completo do arquivo, por exemplo, ~/.ssh/id_ed25519.
conn-ssh-file-missing-fix = Verifique o caminho, ou deixe-o vazio para usar os padrões do OpenSSH.
conn-ssh-file-folder-fix = Informe o caminho do próprio arquivo.
conn-file-not-absolute = `{ $input }` não é um caminho completo.
conn-file-missing = { $path } não existe.
conn-file-unreadable = Não é possível ler { $path }: { $detail }.
conn-file-permissions-fix = Verifique as permissões do arquivo.
conn-file-unreadable-fix = Verifique as permissões do arquivo: o seu usuário precisa poder lê-lo.
conn-file-folder = { $path } é uma pasta.

## Os campos como uma recusa os nomeia.

conn-label-ghes = Instância GHES { $n }, { $field }
conn-label-host-name = nome do host
conn-label-api-address = endereço da API
conn-label-ssh-user = usuário do shell de administração
conn-label-ssh-host = host do shell de administração
conn-label-ssh-port = porta do shell de administração
conn-label-ssh-known-hosts = arquivo known_hosts do shell de administração
conn-label-ssh-key = arquivo de chave do shell de administração
conn-label-ca-bundle = pacote de CA personalizado
conn-label-manage-url = endereço da API do console de gerenciamento
conn-label-ghes-slug = Slug da empresa no GHES
conn-label-license-page = Endereço da página License (Licenciamento)
conn-label-connect-page = Endereço da página do GitHub Connect
conn-label-enterprise = Slug da empresa
conn-label-api-host = Host da API
conn-label-web-address = Endereço web
conn-label-licensing-page = Endereço da página Licensing (Licenciamento)
conn-instance-twice = A instância `{ $id }` aparece duas vezes.
conn-instance-twice-fix = Recarregue a tela Conexões e faça a alteração de novo.
conn-host-taken = { $host } já está configurado como instância GHES { $n }.
conn-host-taken-fix = Remova uma das duas, ou corrija o nome do host.

## Segredos e configurações.

conn-secret-token = token
conn-secret-manage-password = Senha do console de gerenciamento
conn-secret-empty = { $kind ->
    [token] O token está vazio.
   *[manage_password] A senha do console de gerenciamento está vazia.
}
conn-secret-empty-fix = Cole de novo, ou use Remover para excluir o que está salvo.
conn-ghec-no-manage-password = O GitHub Enterprise Cloud não tem senha do console de gerenciamento.
conn-ghec-no-manage-password-fix = Defina-a em uma instância GHES.
conn-settings-not-moved-aside = ele não é válido e não pôde ser guardado à parte: { $detail }

## Testar conexão.

conn-test-ghes-connected = Conectado a { $instance }: { $seats }, { $used }.
conn-test-ghes-connected-version = Conectado a { $instance } (GHES { $version }): { $seats }, { $used }.
conn-test-ghec-connected = { $count ->
    [one] Conectado à empresa { $enterprise }: o GitHub lista { $count } instância de servidor na sincronização de licenças.
   *[other] Conectado à empresa { $enterprise }: o GitHub lista { $count } instâncias de servidor na sincronização de licenças.
}
conn-manage-checked = licença { $status }: { $seats }, vencimento: { $expires }
conn-manage-status-unknown = com status desconhecido
conn-tls-ca-bundle = Esta instância confia no pacote de CA personalizado { $path }, além das CAs do sistema.
conn-tls-no-ca-bundle = O pacote de CA personalizado é uma configuração desta instância, aqui em Conexões (vazio agora).
conn-tls-ghec = Os certificados do próprio GitHub são de confiança pública: no GitHub Enterprise Cloud, isso costuma indicar um proxy que inspeciona o TLS ou um relógio do sistema errado.
