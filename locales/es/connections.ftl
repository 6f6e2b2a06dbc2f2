## The Connections screen (ui/views/connections/).

connections-ghec-token-not-saved = GitHub Enterprise Cloud no está configurado, así que su token no se guardó.
connections-ghec-token-not-saved-fix = Escribe el slug de la empresa y vuelve a guardar.
