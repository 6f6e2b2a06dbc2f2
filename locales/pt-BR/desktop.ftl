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
