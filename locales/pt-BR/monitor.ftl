## Verificações em segundo plano, na tela Conexões (ui/views/monitor/monitor-settings.js).

monitor-title = Verificações em segundo plano
monitor-settings-legend = Configurações das verificações em segundo plano
monitor-enabled = Continuar verificando em segundo plano
monitor-enabled-hint = Lê o status de sincronização de licenças do GitHub com os tokens salvos e envia uma notificação quando a sincronização de uma instância fica desatualizada, falha ou se recupera; cada mudança é avisada uma só vez. Assim, fechar a janela mantém o app na bandeja. Nada é executado em segundo plano enquanto isto estiver desativado.
monitor-every = Verificar a cada
monitor-every-unit = horas
monitor-every-hint = de { $min } a { $max }
monitor-stale = Desatualizada após
monitor-stale-unit = dias sem sincronização
monitor-stale-hint = de { $min } a { $max }; o GitHub Connect sincroniza semanalmente
monitor-login = Abrir ao iniciar a sessão
monitor-login-hint = Abre o app quando você inicia a sessão neste computador, oculto na bandeja enquanto as verificações em segundo plano estão ativadas, para que elas rodem sem abrir a janela.
monitor-login-demo = Não disponível na demonstração: ela nunca se adiciona aos seus itens de login. Abrir ao iniciar a sessão está disponível quando o app é executado com suas próprias conexões.
monitor-whole-number = Digite um número inteiro de { $min } a { $max }.
monitor-number-range = Digite um número de { $min } a { $max }.
monitor-load-failed = Não foi possível ler as configurações das verificações em segundo plano

## Salvar uma mudança.

monitor-not-saved = Não salvo
monitor-saved = Salvo.
monitor-saved-on = { $hours ->
    [one] As verificações em segundo plano estão ativadas: a cada hora.
   *[other] As verificações em segundo plano estão ativadas: a cada { $hours } horas.
}
monitor-saved-off = As verificações em segundo plano estão desativadas.
monitor-saved-login-on = O app abre quando você inicia a sessão.
monitor-saved-login-off = O app não abre mais ao iniciar a sessão.
monitor-saved-every = { $hours ->
    [one] Verificações a cada hora.
   *[other] Verificações a cada { $hours } horas.
}
monitor-saved-stale = { $days ->
    [one] Uma sincronização com mais de 1 dia é considerada desatualizada.
   *[other] Uma sincronização com mais de { $days } dias é considerada desatualizada.
}

## O limite de cada instância.

monitor-per-instance = Desatualizada após, por instância
monitor-col-instance = Instância
monitor-col-days = Dias
monitor-per-instance-hint = { $days ->
    [one] Vazio: o valor acima, 1 dia.
   *[other] Vazio: o valor acima, { $days } dias.
}
monitor-saved-instance-default = { $days ->
    [one] { $instance }: o padrão, 1 dia.
   *[other] { $instance }: o padrão, { $days } dias.
}
monitor-saved-instance-days = { $days ->
    [one] { $instance }: desatualizada após 1 dia.
   *[other] { $instance }: desatualizada após { $days } dias.
}

## A última e a próxima verificação, e como está a sincronização de cada instância.

monitor-last-check = Última verificação
monitor-next-check = Próxima verificação
monitor-never = nunca
monitor-soon = em breve
monitor-off = desativada
monitor-last-error = A última verificação não conseguiu ler o GitHub
monitor-verdict-ok = sincronizada
monitor-verdict-stale = desatualizada
monitor-verdict-failed = falha na sincronização
monitor-verdict-never-synced = nunca sincronizada
monitor-verdict-unreadable-date = data ilegível
monitor-last-sync = última sincronização: { $date }

## Verificar agora.

monitor-check-now = Verificar agora
monitor-checking = Verificando…
monitor-check-failed = Não foi possível executar a verificação
monitor-github-unreadable = Não foi possível ler o GitHub
monitor-said-check-failed = A verificação falhou: { $message }
monitor-uploads-error = Não foi possível ler o registro de uploads do GitHub ({ $message }), então só o status de sincronização de licenças foi avaliado: um upload manual que não apareça ali não é detectado.
monitor-not-remembered = Não memorizado: { $message } Essas mudanças podem ser avisadas de novo após uma reinicialização.
monitor-no-change = { $count ->
    [one] Nenhuma mudança: 1 instância verificada, nada novo desde a última verificação.
   *[other] Nenhuma mudança: { $count } instâncias verificadas, nada novo desde a última verificação.
}
monitor-said-no-change = Verificar agora: nenhuma mudança.
monitor-news = { $count ->
    [one] 1 mudança, também enviada como notificação:
   *[other] { $count } mudanças, também enviadas como notificações:
}
monitor-said-news = Verificar agora: { $titles }

## Sincronizar tudo, pela bandeja (ui/views/monitor/tray-actions.js).

monitor-tray-not-loaded = Sincronizar tudo não começou: a tela Licença não carregou. Clique em Sincronizar tudo lá quando ela tiver carregado.
monitor-tray-busy = Sincronizar tudo está aguardando: uma sincronização está sendo acompanhada. Aguarde-a ou cancele-a no cartão dela.
