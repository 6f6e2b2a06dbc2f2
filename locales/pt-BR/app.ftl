## A janela: suas telas, o selo da demonstração, o menu de idioma, a inicialização.

nav-skip = Pular para o conteúdo
nav-screens =
    .aria-label = Telas
nav-license = Licença
nav-add-server-usage = Adicionar uso de servidor
nav-consumed = Licenças consumidas
nav-duplicates = Duplicatas
nav-connections = Conexões
nav-activity = Atividade
nav-history = Histórico
mode-badge-demo = Demonstração · emulador do GitHub integrado
    .title = Cada número vem do emulador do GitHub integrado, não do GitHub.
app-starting = Iniciando…
settings-warning-title = Suas configurações precisam de atenção
backend-silent-title = O backend do app não respondeu
backend-silent-fix = Reinicie o app.
ipc-failed-silently = O backend falhou sem dizer por quê.
ipc-failed-fix = Tente novamente. Se continuar falhando, reinicie o app; os detalhes estão no log dele (stderr).
language-label = Idioma
language-note = Mudar o idioma recarrega a janela.
language-not-saved = Não foi possível salvar o idioma
