## Exportar o uso da licença pelo shell de administração do GHES
## (crates/services/src/usage_export/): por que falhou, o que fazer (`-fix`) e as palavras em volta.

## Por que falhou. $at é HOST:PORTA; $command, a linha de comando executada lá.

shell-not-set-up = Nenhum shell de administração (SSH) está configurado para esta instância.
shell-ssh-missing = Não foi possível iniciar o cliente OpenSSH `ssh`: { $detail }.
shell-host-key-unknown = O shell de administração em { $at } não foi contatado: a chave de host SSH dele não é conhecida por este computador (host key verification failed).
shell-host-key-changed = O shell de administração em { $at } não foi contatado: a chave de host SSH dele MUDOU desde a última vez que este computador confiou nela.
shell-auth-refused = O shell de administração em { $at } recusou todas as chaves SSH oferecidas (Permission denied).
shell-connect = O ssh não conseguiu se conectar a { $at }.
shell-command-not-found = O shell de administração em { $at } não tem o comando `{ $command }` (código de saída 127).
shell-command-failed = `{ $command }` no shell de administração em { $at } falhou com o código de saída { $code }.
shell-command-stopped = `{ $command }` no shell de administração em { $at } foi interrompido antes de terminar.
shell-connection-lost = A conexão com o shell de administração em { $at } caiu durante a exportação; nada foi salvo.
shell-timed-out = A exportação pelo shell de administração em { $at } não terminou em { $seconds } s; ela foi interrompida e nada foi salvo.
shell-cancelled = A exportação pelo shell de administração em { $at } foi cancelada; nada foi salvo.
shell-not-an-export = `{ $command }` no shell de administração em { $at } não gravou uma exportação de uso da licença: { $reason } Nada foi salvo.
shell-too-large = `{ $command }` no shell de administração em { $at } gravou mais de { $cap } bytes; ele foi interrompido e nada foi salvo.
shell-with-stderr =
    { $message }
    O ssh disse:
    { $stderr }

## O que fazer.

shell-not-set-up-fix = Abra Conexões e configure o shell de administração (SSH) desta instância: usuário admin, porta 122. Primeiro adicione a sua chave pública SSH no appliance: Management Console (Console de gerenciamento), Authentication (Autenticação), SSH access (Acesso SSH).
shell-ssh-missing-fix = Instale o cliente OpenSSH (Debian/Ubuntu: apt install openssh-client; o macOS e o Windows 10+ já vêm com ele) e verifique se o `ssh` está no PATH, ou baixe a exportação pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)) e solte-a em Adicionar uso de servidor.
shell-host-key-unknown-fix = Este computador nunca se conectou a { $host }:{ $port }, então a chave de host dele ainda não é confiável, e o app mantém a verificação de chaves de host ativada. Peça ao administrador do GHES a impressão digital da chave de host SSH do appliance, compare-a com `ssh-keyscan -p { $port } { $host } | ssh-keygen -lf -` e, só se coincidir, confie nela: `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts`. Depois, exporte novamente.
shell-host-key-changed-fix = O appliance em { $host }:{ $port } apresentou uma chave de host diferente da que este computador considera confiável. Não se conecte até que o administrador do GHES confirme que a chave mudou (appliance reinstalado, restaurado ou com as chaves regeneradas): alguém pode estar interceptando a conexão. Se ela mudou mesmo, remova a chave antiga com `ssh-keygen -R '{ $known_hosts_name }'`, verifique a nova impressão digital com o administrador, confie nela com `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` e exporte novamente.
shell-host-key-changed-fingerprint-fix = O appliance em { $host }:{ $port } apresentou uma chave de host diferente ({ $fingerprint }) da que este computador considera confiável. Não se conecte até que o administrador do GHES confirme que a chave mudou (appliance reinstalado, restaurado ou com as chaves regeneradas): alguém pode estar interceptando a conexão. Se ela mudou mesmo, remova a chave antiga com `ssh-keygen -R '{ $known_hosts_name }'`, verifique a nova impressão digital com o administrador, confie nela com `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` e exporte novamente.
shell-auth-refused-fix = O shell de administração só aceita chaves SSH. Adicione a sua chave pública no appliance (Management Console (Console de gerenciamento), Authentication (Autenticação), SSH access (Acesso SSH)), verifique se o ssh a oferece (ssh-agent, ou IdentityFile para { $host } em ~/.ssh/config) e confira com `ssh -p { $port } admin@{ $host } -- ghe-license --help`.
shell-connect-fix = Verifique o host e a porta do shell de administração em Conexões (porta 122 em todo appliance) e se este computador consegue alcançá-lo (VPN, firewall; um ProxyJump em ~/.ssh/config se aplica). As palavras do próprio ssh estão acima.
shell-command-not-found-fix = O appliance não tem `{ $program }`. O GHES 3.13 e posteriores têm `ghe-license usage -o -y`; o 3.12 e anteriores, `ghe-license-usage`. Verifique se o shell de administração em Conexões é o mesmo appliance da API REST, ou exporte pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)).
shell-command-not-found-version-fix = O appliance não tem `{ $program }`, embora a API REST dele informe GHES { $version }. O GHES 3.13 e posteriores têm `ghe-license usage -o -y`; o 3.12 e anteriores, `ghe-license-usage`. Verifique se o shell de administração em Conexões é o mesmo appliance da API REST, ou exporte pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)).
shell-command-failed-fix = Leia acima o que o appliance disse. Tente novamente; se persistir, execute você mesmo o mesmo comando no shell de administração, ou exporte pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)).
shell-connection-lost-fix = Exporte novamente; um arquivo que já estava lá não é alterado. Se a conexão continuar caindo, verifique a rede (VPN, proxies) ou exporte pela interface web do GHES.
shell-timed-out-fix = Exporte novamente; para uma instância muito grande, num link lento, baixe a exportação pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)).
shell-cancelled-fix = Exporte novamente quando estiver pronto; um arquivo que já estava lá não é alterado.
shell-not-an-export-fix = Execute você mesmo o comando no shell de administração para ver o que ele imprime, ou exporte pela interface web do GHES (Enterprise settings (Configurações da empresa), License (Licenciamento), **Export license usage** (Exportar uso de licença)).
shell-too-large-fix = Isso não é o que o comando de exportação grava: execute-o você mesmo no shell de administração, ou exporte pela interface web do GHES.

## Detalhes e o registro.

shell-arg-host = o host do shell de administração
shell-arg-user = o usuário do shell de administração
shell-arg-detail = deve ser uma única palavra que não comece com `-`
shell-job-export = Uma exportação do uso da licença de { $instance }
shell-ssh-not-on-path = { $program } não foi encontrado no PATH
shell-stdout-unreadable = não foi possível ler a saída padrão do ssh
shell-wait-failed = (a espera pelo ssh falhou: { $detail })
shell-read-failed = (a leitura da saída do ssh falhou: { $detail })
shell-exported = Uso da licença exportado pelo shell de administração ({ $bytes } bytes) para { $path }.
