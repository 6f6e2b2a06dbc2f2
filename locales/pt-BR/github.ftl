## As chamadas ao GitHub que um erro nomeia (crates/github/src/error.rs, Endpoint).

# Same in every language.
github-endpoint-ghes-license = GHES { $host }: GET /api/v3/enterprise/settings/license
# Same in every language.
github-endpoint-ghes-meta = GHES { $host }: GET /api/v3/meta
# Same in every language.
github-endpoint-manage-license = GHES { $host }: Manage API GET /manage/v1/config/license
# Same in every language.
github-endpoint-manage-license-check = GHES { $host }: Manage API GET /manage/v1/config/license/check
# Same in every language.
github-endpoint-manage-license-upload = GHES { $host }: Manage API PUT /manage/v1/config/license
github-endpoint-ghec-consumed-licenses = Empresa { $enterprise } do GHEC: GET /enterprises/{ $enterprise }/consumed-licenses (página { NUMBER($page, useGrouping: "false") })
github-endpoint-ghec-license-sync-status = Empresa { $enterprise } do GHEC: GET /enterprises/{ $enterprise }/license-sync-status
github-endpoint-ghec-rate-limit = Empresa { $enterprise } do GHEC: GET /rate_limit
# $what: o que estava sendo lido (github-read-*).
github-endpoint-ghec-graphql = Empresa { $enterprise } do GHEC: GraphQL, { $what }

## O que uma chamada GraphQL lê, como a chamada o nomeia.

github-read-installations = instalações do Enterprise Server
github-read-installation-cursors = cursores das instalações do Enterprise Server
github-read-where-installations-stand = posição das instalações do Enterprise Server
github-read-user-accounts = contas de usuário das instalações do Enterprise Server
github-read-user-accounts-of-host = contas de usuário de { $host }
github-read-user-accounts-of-installation = contas de usuário da instalação { $id }

## Partes das frases abaixo.

# As palavras do GitHub, entre aspas depois do status. Começa com um espaço.
# Same in every language.
github-said = {" "}"{ $message }"
github-scopes-none = nenhum
github-token-advice-server = um token de acesso pessoal clássico de um administrador do site (o GHES não aceita tokens refinados [fine-grained] aqui)
github-token-advice-cloud = um token de acesso pessoal clássico de um proprietário da empresa com o escopo read:enterprise

## O que falhou. $endpoint é uma mensagem github-endpoint-*; $said é github-said ou nada.

github-unauthorized = { $endpoint }: o GitHub respondeu 401 Bad credentials: o token está incorreto, expirou ou foi revogado.
github-forbidden = { $endpoint }: o GitHub respondeu 403 Forbidden{ $said }.
# $kind: github-app ou fine-grained.
github-token-type-unsupported = { $kind ->
    [github-app] { $endpoint }: o GitHub respondeu 403 Forbidden{ $said }: tokens de GitHub App não são aceitos aqui.
   *[fine-grained] { $endpoint }: o GitHub respondeu 403 Forbidden{ $said }: tokens refinados (fine-grained) não são aceitos aqui.
}
github-not-found = { $endpoint }: o GitHub respondeu 404 Not Found{ $said }.
github-not-found-not-owner = { $endpoint }: o GitHub respondeu 404 Not Found{ $said }: o token tem read:enterprise, então o usuário dele não é proprietário da empresa `{ $enterprise }` ou o slug `{ $enterprise }` está errado.
github-not-found-lacks-scope = { $endpoint }: o GitHub respondeu 404 Not Found{ $said }: falta ao token o escopo read:enterprise (escopos dele: { $scopes }).
github-rate-limited = { $endpoint }: o limite de solicitações do GitHub foi atingido{ $usage }{ $wait }.
github-rate-usage = {" "}({ $used } de { $limit } solicitações usadas)
github-rate-usage-resource = {" "}({ $used } de { $limit } solicitações usadas, recurso { $resource })
github-rate-retry-after = ; o GitHub pede para tentar novamente em { $seconds } s
github-rate-resets-at = ; o limite é redefinido às { $time } UTC
github-server-error = { $endpoint }: o GitHub respondeu { $status }, um erro do servidor{ $said }.
github-unexpected-status = { $endpoint }: o GitHub respondeu um { $status } inesperado{ $said }.
github-timeout = { $endpoint }: nenhuma resposta de { $url } em { $seconds } s.
github-connection-refused = { $endpoint }: a conexão com { $address } foi recusada: não há nada escutando ali.
github-connect = { $endpoint }: não foi possível conectar a { $address }: { $detail }.
github-tls = { $reason ->
    [unknown_issuer] { $endpoint }: a conexão segura com { $address } falhou: o certificado foi emitido por uma autoridade de certificação em que este computador não confia, como uma CA autoassinada ou da empresa ({ $detail }).
    [name_mismatch] { $endpoint }: a conexão segura com { $address } falhou: o certificado é de outro nome de host ({ $detail }).
    [expired] { $endpoint }: a conexão segura com { $address } falhou: o certificado expirou ou ainda não é válido ({ $detail }).
   *[other] { $endpoint }: a conexão segura com { $address } falhou: a negociação TLS falhou ({ $detail }).
}
github-transport = { $endpoint }: a conexão caiu antes de a resposta do GitHub ficar completa: { $detail }.
github-decode = { $endpoint }: não foi possível ler a resposta do GitHub em `{ $path }`: { $detail }.
github-body-too-large = { $endpoint }: a resposta do GitHub tem mais de { $limit } bytes, mais do que qualquer resposta de licenças deveria ter.
github-foreign-link = { $endpoint }: o GitHub apontou a próxima página para { $url }, um host diferente do configurado; o token não foi enviado para lá.
github-invalid-url = `{ $url }` não é um endereço de API utilizável: { $reason }.
github-client-setup = não foi possível preparar o cliente HTTP: { $detail }.
github-ca-bundle = o pacote de CA personalizado não pode ser usado: { $problem }.
github-cancelled = O carregamento das licenças consumidas da empresa { $enterprise } do GHEC foi cancelado; nada dele foi mantido.
github-graphql = { $more ->
    [0] { $endpoint }: o GitHub recusou a consulta: "{ $message }".
   *[other] { $endpoint }: o GitHub recusou a consulta: "{ $message }" (e mais { $more }).
}
github-graphql-cancelled = { $endpoint }: cancelado; nada foi mantido.
github-installation-not-listed = { $endpoint }: o GitHub não lista mais a instalação do Enterprise Server `{ $installation }` da empresa `{ $enterprise }`.
github-manage-password-refused = { $endpoint }: a Manage API respondeu 401 Unauthorized: a senha do console de gerenciamento não foi aceita.
github-license-rejected = { $endpoint }: o GHES recusou o arquivo de licença ({ $status }){ $said }.

## Os detalhes que o cliente acrescenta ($detail, $reason, $problem e os caminhos acima).

github-detail-name-not-resolved = não foi possível resolver o nome ({ $detail })
github-detail-header-token = o token contém caracteres que não podem ser enviados em um cabeçalho HTTP
github-detail-header-password = a senha contém caracteres que não podem ser enviados em um cabeçalho HTTP
github-detail-graphql-not-written = não foi possível escrever a solicitação GraphQL: { $detail }
github-detail-not-modified-unasked = 304 Not Modified para uma leitura que não pediu nenhuma condição
github-detail-not-modified-unasked-request = 304 Not Modified para uma solicitação que não pediu nenhuma condição
github-detail-page-too-large = a página contém { $users } usuários que consomem licenças, mais do que os { $per_page } pedidos com per_page
github-detail-empty-list = uma lista vazia onde se esperava um objeto
github-detail-null-unexplained = o GitHub enviou null e nenhum erro dizendo por quê
github-detail-no-accounts = o GitHub não enviou nenhuma conta
github-detail-no-next-cursor = o GitHub disse que há uma próxima página, mas não deu nenhum cursor que avance
github-path-whole-body = (o corpo inteiro)
github-path-after-json = (depois do valor JSON)
github-url-scheme = só http e https são aceitos
github-url-no-host = não tem host
github-url-query = não pode ter consulta nem fragmento
github-url-credentials = não pode conter credenciais; os tokens ficam no chaveiro do sistema
github-url-no-path = não aceita um caminho
github-url-no-slug = nenhum slug de empresa foi informado
github-ca-not-pem = não é um texto PEM válido ({ $detail })
github-ca-private-key = o arquivo contém uma chave privada e nenhum certificado; escolha o arquivo do certificado da CA, nunca uma chave
github-ca-no-certificate = o arquivo não contém nenhum certificado (nenhuma seção -----BEGIN CERTIFICATE-----)
github-ca-unreadable = { $count ->
    [one] o certificado não é um certificado X.509 legível ({ $detail })
   *[other] o certificado { $n } de { $count } não é um certificado X.509 legível ({ $detail })
}
github-ca-refused = { $count ->
    [one] o certificado foi recusado ({ $detail })
   *[other] o certificado { $n } de { $count } foi recusado ({ $detail })
}

## O que o GitHub deixou de fora de uma resposta GraphQL (MissingPart).

github-missing-no-place = (o GitHub não indicou nenhum lugar)
github-missing-installation-without-id = o GitHub enviou uma instalação sem id (nome de host { $host })
github-missing-host-unknown = desconhecido
github-missing-no-uploads = o GitHub não enviou nenhum upload desta instalação nem nenhum erro dizendo por quê
github-missing-null = o GitHub enviou null aqui e nenhum erro dizendo por quê
github-missing-accounts-count = o GitHub contou { $total } contas, mas listou { $read }; a lista pode ter mudado enquanto era lida
github-missing-installations-count = o GitHub contou { $total } instalações, mas listou { $listed }
github-missing-account-at = { $path } (conta { $n } da instalação)

## O que fazer. $token é github-token-advice-server ou github-token-advice-cloud.

github-fix-unauthorized = Crie um token novo ({ $token }) e salve-o para esta conexão.
github-fix-sso = A organização exige o logon único SAML e este token não está autorizado para ele. Autorize o token para SSO e tente novamente.
github-fix-sso-at = A organização exige o logon único SAML e este token não está autorizado para ele. Autorize o token para SSO em { $url } e tente novamente.
github-fix-forbidden-graphql = O GitHub mostra as instalações do Enterprise Server de uma empresa só aos proprietários dela, e um token clássico precisa do escopo read:enterprise (ou admin:enterprise). Use um token de acesso pessoal clássico de um proprietário da empresa `{ $enterprise }` com read:enterprise (no GitHub: Settings [Configurações], Developer settings [Configurações do desenvolvedor], Personal access tokens (classic) [Tokens de acesso pessoal (clássicos)]).
github-fix-forbidden-permission = O GitHub pede a permissão `{ $permission }`, que este token não tem. Use { $token }.
github-fix-forbidden = O token talvez não possa ler isto: tokens refinados (fine-grained) e tokens de GitHub App são recusados aqui, ou logins malsucedidos demais bloquearam a conta por um tempo. Use { $token }.
github-fix-token-type-unsupported = { $kind ->
    [github-app] Use um token de acesso pessoal clássico (este endpoint não aceita tokens de GitHub App): crie { $token } e salve-o para esta conexão.
   *[fine-grained] Use um token de acesso pessoal clássico (este endpoint não aceita tokens refinados [fine-grained]): crie { $token } e salve-o para esta conexão.
}
github-fix-not-found-server = O GHES responde 404 a quem não é administrador do site. Use um token de acesso pessoal clássico de um administrador do site e verifique se o host é um GitHub Enterprise Server.
github-fix-not-found-server-no-site-admin = O GHES responde 404 a quem não é administrador do site. Use um token de acesso pessoal clássico de um administrador do site e verifique se o host é um GitHub Enterprise Server. Os escopos do token ({ $scopes }) não incluem site_admin: se o usuário dele for administrador do site, adicione esse escopo.
github-fix-not-found-graphql = O GitHub não encontrou nenhuma empresa `{ $enterprise }` para este token: o slug da empresa está errado, ou o usuário do token não é proprietário dela. Verifique o slug no endereço da empresa (https://github.com/enterprises/SLUG) e use um token clássico de um proprietário da empresa com read:enterprise.
github-fix-not-found-graphql-lacks-scope = O GitHub não encontrou nenhuma empresa `{ $enterprise }` para este token: o slug da empresa está errado, ou o usuário do token não é proprietário dela. Verifique o slug no endereço da empresa (https://github.com/enterprises/SLUG) e use um token clássico de um proprietário da empresa com read:enterprise. Falta read:enterprise aos escopos do token ({ $scopes }): adicione-o.
github-fix-not-found-not-owner = O token tem read:enterprise, então o GitHub está dizendo que o usuário dele não é proprietário da empresa `{ $enterprise }`, ou que o slug `{ $enterprise }` está errado. Use um token de um proprietário da empresa e verifique o slug no endereço da empresa (https://github.com/enterprises/SLUG).
github-fix-not-found-lacks-scope = Falta ao token o escopo read:enterprise (escopos dele: { $scopes }). Edite o token clássico no GitHub (Settings [Configurações], Developer settings [Configurações do desenvolvedor], Personal access tokens (classic) [Tokens de acesso pessoal (clássicos)]), marque read:enterprise e tente novamente; se o GitHub ainda responder 404, o usuário dele não é proprietário da empresa `{ $enterprise }` ou o slug está errado.
github-fix-not-found-no-scopes = O GitHub não enviou os escopos do token, como acontece com tokens refinados (fine-grained) e de GitHub App, e não distingue as causas: o tipo de token não é aceito (use um token de acesso pessoal clássico), falta ao token o escopo read:enterprise, o usuário do token não é proprietário da empresa `{ $enterprise }`, ou o slug `{ $enterprise }` está errado.
github-fix-rate-limited-graphql = Aguarde { $seconds } s e tente novamente; o GitHub conta os pontos de GraphQL por hora, cerca de um a cada 100 contas de usuário lidas.
github-fix-rate-limited = Aguarde { $seconds } s e tente novamente; empresas grandes precisam de uma solicitação a cada 100 usuários que consomem licenças.
github-fix-server-error = O GitHub ou a instância está com problemas. Tente novamente em um minuto; se continuar, verifique a saúde da instância ou githubstatus.com.
github-fix-unexpected-status = Verifique se o endereço aponta para a API do GitHub (GHES: https://HOST/api/v3; GHEC: https://api.github.com ou https://api.SUBDOMAIN.ghe.com), e não para um proxy ou uma página web.
github-fix-timeout = Verifique se o host pode ser alcançado a partir deste computador (VPN, proxy, firewall) e tente novamente.
github-fix-connection-refused = Verifique o nome de host e a porta, e se a instância está em execução.
github-fix-connect = Verifique se o nome de host não tem erros de digitação e se este computador consegue resolvê-lo e alcançá-lo (VPN, DNS, proxy).
github-fix-tls-unknown-issuer = Configure um pacote de CA personalizado para esta instância em Conexões, ou instale a CA no repositório de confiança do sistema operacional. Se um pacote já estiver configurado, falta nele a CA que emitiu este certificado: use o certificado da CA raiz da empresa (PEM).
github-fix-tls-name-mismatch = O certificado é de outro nome de host: verifique se o nome de host no endereço da conexão é o nome próprio da instância (o do certificado dela), e não um alias ou um endereço IP.
github-fix-tls-expired = Verifique a data e a hora deste computador; se estiverem certas, o certificado da instância expirou e o administrador dela precisa renová-lo.
github-fix-tls = Se a instância usa um certificado da autoridade de certificação da sua própria empresa, configure esse pacote de CA para a conexão. Caso contrário, verifique o nome de host e se nenhum proxy intercepta a conexão.
github-fix-transport = Tente novamente; um proxy ou uma rede instável pode ter cortado a conexão.
github-fix-decode = A resposta não é a que o GitHub documenta: um proxy ou uma página de login pode estar na frente da API, ou o endereço está errado. Abra a URL em um navegador para ver o que responde.
github-fix-body-too-large = Verifique se o endereço aponta para a API do GitHub.
github-fix-foreign-link = Verifique o endereço da API nas configurações da conexão: ele deve ser o host que o próprio GitHub usa nos links de página.
github-fix-invalid-url = Digite um endereço como https://github.example.com (GHES) ou https://api.github.com (GHEC).
github-fix-client-setup = É um problema do ambiente do app; consulte os logs.
github-fix-cancelled = Carregue as licenças consumidas de novo quando quiser; os dados carregados antes, se houver, continuam sendo mostrados.
github-fix-manage-password-refused = Digite a senha do console de gerenciamento em Conexões (a senha do administrador raiz do site: o app entra como api_key, então a senha própria de um usuário do Management Console [Console de gerenciamento] não basta). Senhas erradas demais bloqueiam a Manage API por um tempo.
github-fix-graphql = As palavras do próprio GitHub acima dizem o que ele recusou. Se elas citam um campo, um argumento ou um tipo, a consulta deste app não corresponde mais ao esquema do GitHub: atualize o app. Caso contrário, tente novamente mais tarde.
github-fix-graphql-cancelled = Carregue de novo quando quiser; o que era mostrado antes, se havia algo, continua sendo mostrado.
github-fix-installation-not-listed = A instância pode ter sido removida da empresa `{ $enterprise }` no GitHub, ou o histórico dela foi redefinido. Atualize a lista de instalações do Enterprise Server e tente novamente.
github-fix-license-rejected = Escolha o arquivo de licença .ghl que o GitHub enviou para esta instância (da página Enterprise licensing [Licenciamento empresarial] da conta corporativa), e não uma exportação do uso da licença ou outro arquivo.
github-fix-ca-bundle = Escolha o arquivo PEM da autoridade de certificação que emitiu o certificado da instância (um arquivo de texto que começa com -----BEGIN CERTIFICATE-----), ou remova o pacote de CA personalizado para usar apenas o repositório de confiança do sistema operacional.
