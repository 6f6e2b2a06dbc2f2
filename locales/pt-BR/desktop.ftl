## O shell da área de trabalho: diálogos de arquivo, Abrir ao iniciar a sessão, a bandeja.

file-dialog-failed = O diálogo de arquivos falhou: { $detail }.
file-dialog-failed-fix = Tente novamente; se o diálogo não abrir, verifique o serviço de seleção de arquivos da área de trabalho.
autostart-failed = { $state ->
    [on] Não foi possível ativar Abrir ao iniciar a sessão: { $detail }.
   *[off] Não foi possível desativar Abrir ao iniciar a sessão: { $detail }.
}
autostart-failed-fix = Verifique se a pasta de inicialização automática da sua pasta pessoal (~/.config/autostart no Linux, ~/Library/LaunchAgents no macOS) permite gravação, ou adicione você mesmo o app aos aplicativos de inicialização da sua área de trabalho.
autostart-demo = A demonstração não se adiciona aos seus itens de login.
autostart-demo-fix = Abrir ao iniciar a sessão fica disponível quando o app é executado com as suas próprias conexões (sem --demo).
autostart-not-set-up = o serviço de itens de login não está configurado

## O menu do ícone da bandeja (src-tauri/src/tray.rs).

tray-open = Abrir o GHE License Sync
tray-check-now = Verificar agora
tray-sync-everything = Sincronizar tudo
tray-quit = Sair

## Notificações do Verificar agora da bandeja e da janela fechada para a bandeja (monitor.rs).

notify-check-unread = Verificação em segundo plano: não foi possível ler o GitHub
notify-check-no-change = Verificação em segundo plano: nenhuma mudança
notify-check-no-change-body = { $count ->
    [one] { $count } instância verificada; nada novo desde a última verificação.
   *[other] { $count } instâncias verificadas; nada novo desde a última verificação.
}
notify-check-failed = A verificação em segundo plano falhou
notify-in-tray = O GHE License Sync continua verificando em segundo plano
notify-in-tray-body = Saia pelo ícone da bandeja.

## Por que um passo da transferência não funcionou nesta área de trabalho (desktop.rs): o
## detalhe dentro da nota da transferência ("Não foi possível abrir a página no navegador (…)").

shell-not-a-url = não é um endereço web: { $detail }
shell-scheme = só endereços web são abertos, não { $scheme }:
shell-no-browser = nenhum navegador pôde ser iniciado: { $detail }
shell-not-absolute = { $path } não é um caminho absoluto
shell-no-file-manager = nenhum gerenciador de arquivos o mostrou: { $detail }
shell-no-clipboard = não foi possível acessar a área de transferência: { $detail }
shell-no-notification = não foi possível mostrar a notificação: { $detail }
shell-window-not-loaded = a janela do GitHub não conseguiu carregar a página: { $detail }
shell-window-not-opened = não foi possível abrir a janela do GitHub: { $detail }
# Same in every language.
github-window-title = GitHub — GHE License Sync

## Diálogos de arquivo (file_dialog.rs, commands/).

dialog-choose-usage-export = Escolha a exportação do uso da licença
dialog-save-usage-export = Salvar a exportação do uso da licença
dialog-choose-license = Escolha o novo arquivo de licença (.ghl)
dialog-export-csv = Exportar como CSV
dialog-export-json = Exportar como JSON
dialog-filter-usage-export = Exportação do uso da licença (JSON)
dialog-filter-license = Licença do GitHub Enterprise (.ghl)
dialog-filter-csv = CSV (valores separados por vírgulas)
dialog-filter-all = Todos os arquivos
dialog-not-opened = não foi possível abrir o diálogo de arquivos: { $detail }
dialog-no-answer = o diálogo de arquivos foi fechado sem resposta

## Ao iniciar o app: uma linha de comando errada (o texto de uso depois dela fica em inglês,
## como o --help), uma janela que não abre (lib.rs, start.rs).

start-needs-number = { $flag } precisa de um número
start-expected-number = { $flag } { $value }: era esperado um número como 320
start-expected-whole-number = { $flag } { $value }: era esperado um número inteiro
start-unknown-argument = argumento desconhecido `{ $argument }`
start-one-file = um arquivo por vez: foram dados { $first } e { $second }
start-window-not-opened = não foi possível abrir a janela: { $detail }
start-no-config-folder = (nenhuma pasta de configuração)
start-no-config-folder-detail = este sistema não tem pasta de configuração; defina GHLS_CONFIG_DIR
