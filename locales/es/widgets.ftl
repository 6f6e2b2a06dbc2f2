## Los widgets compartidos: el banner y los recuadros de problemas, el diálogo modal, los campos secretos (ui/lib/status.js, ui/widgets/).

widget-try-again = Volver a intentar
widget-cancel = Cancelar
widget-github-docs = Documentación de GitHub:
widget-saved-rows = { $count ->
    [one] Se guardó { $count } fila como { $format } en
   *[other] Se guardaron { $count } filas como { $format } en
}
widget-saved-findings = { $count ->
    [one] Se guardó { $count } hallazgo como { $format } en
   *[other] Se guardaron { $count } hallazgos como { $format } en
}

## Un campo secreto (token, contraseña) que nunca se vuelve a mostrar (secret-field.js).

widget-secret-replace = Reemplazar
widget-secret-remove = Quitar
widget-secret-set-placeholder = { $where ->
    [keyring] ••••• guardado en el llavero del sistema
    [demo] ••••• guardado en memoria (demo)
   *[session] ••••• guardado solo para esta sesión
}
widget-secret-set = { $where ->
    [keyring] Definido: en el llavero del sistema.
    [demo] Definido: en memoria (demo).
   *[session] Definido: solo para esta sesión.
}
widget-secret-unknown-placeholder = Desconocido: el llavero del sistema no respondió
widget-secret-not-set-placeholder = Sin definir
widget-secret-not-set = Sin definir.
widget-secret-unknown = No se pudo consultar el llavero del sistema: { $message }
widget-secret-replacing = Escribe el valor nuevo; reemplaza al guardado cuando guardes.
widget-secret-removed = { $label }: se quitó el valor.
widget-secret-keep-session = Guardar solo para esta sesión
widget-secret-discard = No guardarlo
widget-secret-kept-session = { $label }: el valor se guarda solo para esta sesión; se olvida al salir de la app.
widget-secret-discarded = { $label }: se descartó el valor.
widget-secret-keyring-unavailable = El llavero del sistema no está disponible, así que esto no se guardó.
widget-secret-session-offer = Puedes guardarlo en memoria solo para esta sesión: se olvida al salir de la app y nunca se escribe en un archivo.
widget-secret-not-saved = { $label }: el valor no se guardó
