## Exportar el uso de licencias por el shell de administración: un vínculo rápido de la tarjeta de un servidor (ui/views/usage-export/).

usage-export-button = Exportar uso de licencia
usage-export-choose = Elige dónde guardar la exportación…
usage-export-chip = Exportando
usage-export-cancelling = Cancelando…
usage-export-reading-version = Leyendo la versión de la instancia…
usage-export-connecting = Conectando con el shell de administración en { $host }:{ $port } para ejecutar { $command }…
usage-export-receiving = Recibiendo la exportación…
usage-export-validating = Comprobando el archivo guardado…
usage-export-dialog-cancelled = No se exportó nada: se canceló el diálogo Guardar.
usage-export-dialog-cancelled-announce = Exportación cancelada: no se eligió ningún archivo.
usage-export-saved-announce = El uso de licencias de { $name } se guardó en { $path }.
usage-export-cancelled = Exportación cancelada: no se guardó nada, y el archivo que ya estaba ahí sigue igual.
usage-export-cancelled-announce = Exportación cancelada.
usage-export-failed-announce = Falló la exportación de { $name }.
usage-export-failed = Falló la exportación
usage-export-saved-chip = Guardada
usage-export-size = Tamaño
usage-export-command = Comando
usage-export-version = Versión de GHES
usage-export-check = Comprobación
usage-export-accepted = { $warnings ->
    [0] Exportación de uso de licencias de { $host }, sin advertencias
    [one] Exportación de uso de licencias de { $host }, con { $warnings } advertencia
   *[other] Exportación de uso de licencias de { $host }, con { $warnings } advertencias
}
usage-export-refused = No es una exportación utilizable: { $message }
usage-export-add-server-usage = Agregar uso del servidor con este archivo
