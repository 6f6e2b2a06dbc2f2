## Cargar una licencia nueva: la confirmación, la carga y lo que la instancia informa después (ui/views/license-upload/).

license-upload-question = ¿Cargar { $file } en { $name }?
license-upload-text = La licencia de { $name } se reemplaza mediante su consola de administración (Manage API); después se vuelven a leer sus puestos y su vencimiento.
license-upload-apply-now = GHES instala la licencia nueva de inmediato.
license-upload-apply-later = GHES guarda el archivo y lo instala en la próxima ejecución de la configuración (ghe-config-apply).
license-upload-instance = Instancia
license-upload-apply = Aplicar ahora
license-upload-confirm = Cargar licencia
license-upload-uploading-chip = Cargando
license-upload-uploading = { $file } en { $name }…
license-upload-done-announce = { $kind ->
    [unlimited] Licencia nueva en { $name }: puestos ilimitados, vence el { $date }.
    [unknown] Licencia nueva en { $name }: puestos desconocidos, vence el { $date }.
   *[count] { $seats ->
        [one] Licencia nueva en { $name }: { $seats } puesto, vence el { $date }.
       *[other] Licencia nueva en { $name }: { $seats } puestos, vence el { $date }.
    }
}
license-upload-failed = { $file } no se cargó en { $name }
license-upload-not-uploaded = { $file } no se cargó.
license-upload-installed = Licencia nueva instalada en { $name }
license-upload-kept = Licencia nueva guardada en { $name } para la próxima ejecución de la configuración
license-upload-seats = Puestos
license-upload-used = En uso
license-upload-expires = Vence
license-upload-check = Comprobación de la licencia
license-upload-check-not-reported = no informada
license-upload-company = Empresa
license-upload-kind = Tipo
license-upload-evaluation = Evaluación
