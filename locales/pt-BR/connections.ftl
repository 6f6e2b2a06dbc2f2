## A tela Conexões (ui/views/connections/).

connections-ghec-token-not-saved = O GitHub Enterprise Cloud não está configurado, então o token dele não foi salvo.
connections-ghec-token-not-saved-fix = Informe o slug da empresa e salve novamente.

## A tela: o cabeçalho, salvar, as instâncias (connections-view.js, save.js).

connections-title = Conexões
connections-save = Salvar
    .title = Salvar as conexões (Ctrl+S)
connections-unsaved = Alterações não salvas
connections-loading = Carregando as conexões…
connections-load-failed = Não foi possível carregar as conexões
# "Saved to /home/…/settings.json. Tokens…": $path is shown as code.
connections-where-file = As conexões são salvas em { $path }. Tokens e senhas vão para o chaveiro do sistema, nunca para este arquivo.
# **…** is shown in bold.
connections-where-demo = **Demonstração:** estas são as conexões da demonstração com o emulador do GitHub integrado. Salvar as altera na memória até você sair; nada é gravado em disco, e os segredos ficam na memória.
connections-where-off = **O salvamento está desativado:** o arquivo de configurações é de uma versão mais recente do app ou não pôde ser lido (veja o aviso acima), e nada é gravado por cima dele.
connections-ghes-title = Instâncias do GitHub Enterprise Server
connections-add-instance = Adicionar instância
connections-no-instances = Nenhuma instância ainda. Adicione uma com o nome do host e o token de um administrador do site.
connections-new-instance = Nova instância
connections-instance-added = Uma nova instância do GHES foi adicionada. Informe o nome do host dela e salve.
connections-instance-added-host = Uma nova instância do GHES, { $hostname }, foi adicionada. Adicione o token dela e salve.
connections-instance-known = { $hostname } já está em Conexões.
connections-remove-instance = Remover instância
connections-remove-title = Remover { $name }?
connections-remove-new-title = Remover esta nova instância?
connections-remove-text = { $name } é removida das conexões, e o token e a senha do console de gerenciamento dela são excluídos do chaveiro do sistema.
connections-remove-new-text = Nada dela foi salvo ainda.
connections-removed = { $name } foi removida, com os segredos dela.
connections-removed-new = A nova instância foi removida.
connections-remove-failed = Não foi possível remover { $name }
# $where: memory (the demo) or file.
connections-saved = { $where ->
    [memory] Salvo na memória (demonstração): nada foi gravado em disco.
   *[file] Salvo.
}
connections-saved-pending = { $where ->
    [memory] Salvo na memória (demonstração): nada foi gravado em disco. Alguns segredos precisam da sua atenção abaixo.
   *[file] Salvo. Alguns segredos precisam da sua atenção abaixo.
}
connections-saved-pending-announce = As configurações foram salvas; alguns segredos precisam da sua atenção.
connections-fields-refused = { $count ->
    [one] { $count } campo precisa de atenção
   *[other] { $count } campos precisam de atenção
}
connections-fields-refused-fix = Nada foi salvo. Os campos estão marcados abaixo.
connections-not-saved = As conexões não foram salvas
connections-not-saved-fields-announce = { $count ->
    [one] Não salvo: { $count } campo precisa de atenção.
   *[other] Não salvo: { $count } campos precisam de atenção.
}
# $message: the backend's words.
connections-not-saved-announce = Não salvo: { $message }

## Testar conexão (section.js, connections-view.js). $name é a conexão como o backend a
## nomeia ("GHES github.example.com"); $summary e $message são as palavras dele.

connections-test = Testar conexão
connections-chip-not-tested = não testada
connections-chip-testing = testando…
connections-chip-connected = conectada
connections-chip-failed = falhou
connections-testing = Testando a conexão com { $name }…
connections-test-connected-announce = { $name }: conectada. { $summary }
connections-test-failed-announce = { $name }: falhou. { $message }
connections-test-failed = O teste de conexão falhou
connections-test-not-run = Não foi possível executar o teste
connections-learned-version = Versão
# Same in every language.
connections-learned-ghes-version = GHES { $version }
connections-learned-unknown = desconhecida
connections-learned-manage = Console de gerenciamento
connections-learned-no-password = nenhuma senha salva: a Manage API não é usada
connections-learned-instances = Instâncias de servidor
connections-learned-scopes = Escopos do token
connections-learned-no-scopes = nenhum
# $time: the time of day, to the second.
connections-tested-ms = Testada às { $time }, em { $ms } ms.
connections-tested-s = Testada às { $time }, em { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.

## Os campos (cards.js): rótulos, dicas, textos de exemplo.

# Same in every language.
connections-ghec-title = GitHub Enterprise Cloud
connections-api-host = Host da API
connections-api-host-hint = api.github.com, ou api.SUBDOMAIN.ghe.com para o GitHub Enterprise Cloud com residência de dados.
connections-enterprise = Slug da empresa
connections-enterprise-hint = Como em github.com/enterprises/SLUG: letras minúsculas, dígitos e hifens.
connections-web-url = Endereço web para as transferências
connections-web-url-derived = derivado: { $url }
connections-web-url-none = nenhum derivado para este endereço da API
connections-web-url-hint = Onde o app abre as páginas do GitHub. Deixe vazio para derivá-lo do host da API.
connections-hand-off-page = Página da transferência
connections-licensing-url = Endereço da página de licenciamento (opcional)
# GitHub's labels stay in English, with the translation beside them.
connections-licensing-url-hint = Só se o GitHub mudou de lugar a página onde fica “Add server usage” (Adicionar uso de servidor). Se a página mudou: Your enterprises (Suas empresas) → { $enterprise } → Billing and licensing (Cobrança e licenciamento) → Licensing (Licenciamento).
connections-token = Token
connections-ghec-token-hint = Um token de acesso pessoal clássico de um proprietário da empresa, com o escopo read:enterprise.
connections-hostname = Nome do host
connections-hostname-hint = O nome da instância como está no certificado dela, por exemplo github.example.com (opcionalmente com :porta). Sem https://, sem caminho.
connections-use-https = Usar HTTPS
connections-http-warning = **HTTP sem criptografia:** o token e tudo o que a instância responde trafegam sem criptografia. Use somente para uma instância sem TLS, em uma rede de confiança.
connections-rest-token = Token REST
connections-rest-token-hint = Um token de acesso pessoal clássico de um administrador do site (aqui o GHES não aceita tokens refinados, fine-grained).
connections-manage-password = Senha do console de gerenciamento (opcional)
connections-manage-password-hint = Para a Manage API (verificação da licença, Fazer upload de uma nova licença). Deixe vazio se você não a usa.
connections-ca-bundle = Pacote de CA personalizado (opcional)
connections-ca-bundle-placeholder = nenhum: só as CAs do sistema
connections-ca-bundle-hint = Caminho completo de um arquivo PEM com os certificados de CA da sua empresa, confiáveis além dos do sistema, por exemplo /etc/ssl/certs/acme-ca.pem.
connections-ssh-export = Exportar pelo shell de administração (SSH)
connections-ssh-legend = Shell de administração
connections-ssh-user = Usuário
connections-ssh-port = Porta
connections-ssh-host = Host (se não for o nome do host)
connections-ssh-known-hosts = Arquivo known_hosts (opcional)
connections-ssh-known-hosts-placeholder = o seu: ~/.ssh/known_hosts
connections-ssh-known-hosts-hint = Caminho completo de um arquivo known_hosts só para este appliance, por exemplo ~/.ssh/ghes_known_hosts. Deixe vazio para usar os padrões do seu OpenSSH.
connections-ssh-identity = Arquivo de chave privada (opcional)
connections-ssh-identity-placeholder = os seus: suas chaves e seu agente
connections-ssh-identity-hint = Caminho completo da chave para este appliance, por exemplo ~/.ssh/id_ed25519. Deixe vazio para usar suas chaves e seu agente.
connections-ssh-note = Chaves, agente, known_hosts e ProxyJump vêm da sua própria configuração do OpenSSH, a menos que sejam definidos aqui.
connections-more-settings = Mais configurações
connections-label = Nome de exibição
connections-api-url = Endereço da API
connections-api-url-hint = Só quando a API REST não está em https://HOST/api/v3 (outra porta ou caminho, ou o emulador integrado).
connections-manage-url = Endereço da API do console de gerenciamento
connections-manage-url-hint = Só quando a Manage API não está em https://HOST:8443 (outra porta, um proxy ou o emulador integrado).
connections-ghes-slug = Slug da empresa nesta instância (opcional)
connections-ghes-slug-placeholder = nenhum: os endereços de página sem slug
connections-ghes-slug-hint = Quando definido, as transferências abrem https://HOST/enterprises/SLUG/settings/… em vez de https://HOST/enterprise/settings/….
connections-license-page = Endereço da página de licença (opcional)
connections-license-page-hint = Só se o GitHub mudou de lugar a página com “Export license usage” (Exportar uso de licença) e “Sync now” (Sincronizar agora). Se a página mudou: Enterprise settings (Configurações da empresa) → Settings (Configurações) → License (Licenciamento).
connections-connect-page = Endereço da página do GitHub Connect (opcional)
connections-connect-page-hint = Só se o GitHub mudou de lugar a página onde a sincronização de licenças é habilitada. Se a página mudou: Enterprise settings (Configurações da empresa) → GitHub Connect.

## Os formatos indicados enquanto você digita (rules.js): as mesmas palavras das recusas do
## backend (crates/services/src/connections/). $value é o que o admin digitou.

connections-rule-slug-empty = O slug da empresa está vazio.
connections-rule-slug-shape = Use o slug do endereço da sua empresa, github.com/enterprises/SLUG: letras minúsculas, dígitos e hifens.
connections-rule-slug-is-address = “{ $value }” é um endereço, não um slug.
connections-rule-slug-is-address-fix = Informe só a parte depois de /enterprises/: { $slug }.
connections-rule-slug-capitals = “{ $value }” tem letras maiúsculas; slugs de empresa são em minúsculas.
connections-rule-slug-space = “{ $value }” contém um espaço, o que slugs de empresa nunca contêm.
connections-rule-slug-char = “{ $value }” contém “{ $char }”, que slugs de empresa nunca contêm.
connections-rule-slug-hyphen = “{ $value }” começa ou termina com hífen, o que slugs de empresa nunca fazem.
connections-rule-slug-suggestion = Slugs de empresa têm letras minúsculas, dígitos e hifens: você quis dizer { $suggestion }?
connections-rule-bracket-open = “{ $value }” abre um colchete que nunca fecha.
connections-rule-bracket-open-fix = Escreva um endereço IPv6 como [2001:db8::1] ou sem colchetes.
connections-rule-after-address = “{ $value }” tem texto depois do endereço.
connections-rule-after-address-fix = Escreva um endereço IPv6 com porta como [2001:db8::1]:8443.
connections-rule-host-empty = O nome do host está vazio.
connections-rule-host-fix = Informe um nome de host como github.example.com, ou um endereço IP.
connections-rule-host-name-fix = Informe um nome de host como github.example.com.
connections-rule-host-bad-ip = “{ $value }” não é um endereço IP válido.
connections-rule-host-too-long = O nome do host tem mais de 253 caracteres.
connections-rule-host-empty-part = “{ $value }” tem uma parte vazia entre pontos.
connections-rule-host-part-too-long = “{ $part }” passa dos 63 caracteres que uma parte de um nome de host pode ter.
connections-rule-host-char = “{ $value }” contém “{ $char }”, que nomes de host nunca contêm.
connections-rule-host-char-fix = Nomes de host têm letras, dígitos, hifens e pontos.
connections-rule-host-part-hyphen = “{ $part }” começa ou termina com hífen, o que partes de nomes de host nunca fazem.
connections-rule-hostname-empty-fix = Informe o nome do host da instância, por exemplo github.example.com.
connections-rule-hostname-scheme = “{ $value }” inclui um esquema (http:// ou https://).
connections-rule-hostname-scheme-fix = Informe só o nome do host: { $host }. HTTPS é uma configuração à parte.
connections-rule-hostname-path = “{ $value }” inclui um caminho.
connections-rule-hostname-path-fix = Informe só o nome do host: { $host }. O app adiciona /api/v3 sozinho.
connections-rule-hostname-not-host = “{ $value }” não é um nome de host.
connections-rule-hostname-not-host-fix = Informe só o nome do host, por exemplo github.example.com, sem nome de usuário nem espaços.
connections-rule-hostname-colon = “{ $value }” termina com dois-pontos.
connections-rule-hostname-colon-fix = Remova-os ou adicione o número da porta.
connections-rule-port-not-number = “{ $value }” não é um número de porta.
connections-rule-port-range = A porta { $value } está fora do intervalo.
connections-rule-port-fix = Informe uma porta de 1 a 65535 (o shell de administração do GHES escuta na 122).
connections-rule-not-address = “{ $value }” não é um endereço.
connections-rule-api-fix = Informe api.github.com, ou api.SUBDOMAIN.ghe.com para o GitHub Enterprise Cloud com residência de dados.
connections-rule-api-not-https = “{ $value }” não é https: a API do GitHub só é servida por HTTPS.
connections-rule-api-path = “{ $value }” tem um caminho; o host da API não tem nenhum.
connections-rule-api-path-fix = Informe só o host: { $host }.
connections-rule-api-not-host = “{ $value }” não é um host da API do GitHub.
connections-rule-api-web = “{ $value }” é o endereço web do GitHub, não a API dele.
connections-rule-api-web-fix = Informe api.github.com.
connections-rule-api-ghe-web = “{ $value }” é o endereço web da sua empresa no GHE.com, não a API dela.
connections-rule-api-ghe-web-fix = Informe api.{ $sub }.ghe.com.
connections-rule-api-other = “{ $value }” não é api.github.com nem um host de API do GHE.com (api.SUBDOMAIN.ghe.com).
connections-rule-web-fix = Informe um endereço completo como https://github.example.com.
connections-rule-web-not-http = “{ $value }” não é um endereço http(s).
connections-rule-web-credentials = “{ $value }” contém credenciais.
connections-rule-web-credentials-fix = Remova-as: tokens e senhas ficam no chaveiro do sistema, nunca em um endereço.
connections-rule-web-query = “{ $value }” tem uma consulta ou um fragmento (? ou #).
connections-rule-web-plain-http = “{ $value }” é http sem criptografia.
connections-rule-web-plain-http-fix = Use https. (O http sem criptografia só é possível para uma instância do GHES, com a opção HTTPS desligada.)
connections-rule-ssh-user = “{ $value }” não é um nome de usuário.
connections-rule-ssh-user-fix = No GHES, o usuário do shell de administração é admin.
connections-rule-ssh-host-port = “{ $value }” inclui uma porta.
connections-rule-ssh-host-port-fix = Informe a porta no campo próprio dela.
connections-rule-not-full-path = “{ $value }” não é um caminho completo.
connections-rule-ca-bundle-fix = Informe o caminho completo do arquivo PEM, por exemplo /etc/ssl/certs/acme-ca.pem.
connections-rule-ssh-file-fix = Informe o caminho completo do arquivo, por exemplo ~/.ssh/id_ed25519.
