## Fazer upload de uma nova licença: a confirmação, o upload e o que a instância informa depois (ui/views/license-upload/).

license-upload-question = Fazer upload de { $file } para { $name }?
license-upload-text = A licença de { $name } é substituída pelo console de gerenciamento dela (Manage API); depois, as licenças de usuário e a validade são lidas novamente.
license-upload-apply-now = O GHES instala a nova licença imediatamente.
license-upload-apply-later = O GHES guarda o arquivo e o instala na próxima execução da configuração (ghe-config-apply).
license-upload-instance = Instância
license-upload-apply = Aplicar agora
license-upload-confirm = Fazer upload da licença
license-upload-uploading-chip = Enviando
license-upload-uploading = { $file } para { $name }…
license-upload-done-announce = { $kind ->
    [unlimited] Nova licença em { $name }: licenças de usuário ilimitadas, expira em { $date }.
    [unknown] Nova licença em { $name }: número de licenças de usuário desconhecido, expira em { $date }.
   *[count] { $seats ->
        [one] Nova licença em { $name }: { $seats } licença de usuário, expira em { $date }.
       *[other] Nova licença em { $name }: { $seats } licenças de usuário, expira em { $date }.
    }
}
license-upload-failed = Não foi feito o upload de { $file } para { $name }
license-upload-not-uploaded = Não foi feito o upload de { $file }.
license-upload-installed = Nova licença instalada em { $name }
license-upload-kept = Nova licença guardada em { $name } para a próxima execução da configuração
license-upload-seats = Licenças
license-upload-used = Em uso
license-upload-expires = Expira em
license-upload-check = Verificação da licença
license-upload-check-not-reported = não informada
license-upload-company = Empresa
license-upload-kind = Tipo
license-upload-evaluation = Avaliação
