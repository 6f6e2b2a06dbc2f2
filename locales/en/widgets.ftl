## The shared widgets: the banner and problem boxes, the modal, secret fields (ui/lib/status.js, ui/widgets/).

widget-try-again = Try again
widget-cancel = Cancel
# Before GitHub's documentation_url.
widget-github-docs = GitHub’s documentation:
# Before the path the export was saved to.
widget-saved-rows = { $count ->
    [one] Saved { $count } row as { $format } to
   *[other] Saved { $count } rows as { $format } to
}
widget-saved-findings = { $count ->
    [one] Saved { $count } finding as { $format } to
   *[other] Saved { $count } findings as { $format } to
}

## A secret field (token, password) that is never filled back (secret-field.js).

widget-secret-replace = Replace
widget-secret-remove = Remove
# $where: keyring, demo, session.
widget-secret-set-placeholder = { $where ->
    [keyring] ••••• saved in the OS keyring
    [demo] ••••• kept in memory (demo)
   *[session] ••••• kept for this session only
}
widget-secret-set = { $where ->
    [keyring] Set: saved in the OS keyring.
    [demo] Set: kept in memory (demo).
   *[session] Set: kept for this session only.
}
widget-secret-unknown-placeholder = Not known: the keyring did not answer
widget-secret-not-set-placeholder = Not set
widget-secret-not-set = Not set.
# $message is the keyring's error.
widget-secret-unknown = The keyring could not be asked: { $message }
widget-secret-replacing = Type the new value; it replaces the saved one when you save.
# $label is the field's label (Token, Management Console password, …).
widget-secret-removed = { $label } removed.
widget-secret-keep-session = Keep for this session only
widget-secret-discard = Don’t keep it
widget-secret-kept-session = { $label } kept for this session only; it is forgotten when the app quits.
widget-secret-discarded = { $label } was not kept.
widget-secret-keyring-unavailable = The OS keyring is not available, so this was not saved.
widget-secret-session-offer = You can keep it in memory for this session only: it is forgotten when the app quits, and never written to a file.
widget-secret-not-saved = { $label } was not saved
