## The Connections screen (ui/views/connections/).

connections-ghec-token-not-saved = GitHub Enterprise Cloud is not set up, so its token was not saved.
connections-ghec-token-not-saved-fix = Enter the enterprise slug, then save again.
