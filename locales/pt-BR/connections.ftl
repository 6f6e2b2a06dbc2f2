## The Connections screen (ui/views/connections/).

connections-ghec-token-not-saved = O GitHub Enterprise Cloud não está configurado, então o token dele não foi salvo.
connections-ghec-token-not-saved-fix = Informe o slug da empresa e salve novamente.
