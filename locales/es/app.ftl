## La ventana: sus pantallas, la insignia de la demo, el menú de idioma, el inicio.

nav-skip = Saltar al contenido
nav-screens =
    .aria-label = Pantallas
nav-license = Licencia
nav-add-server-usage = Agregar uso del servidor
nav-consumed = Licencias consumidas
nav-duplicates = Duplicados
nav-connections = Conexiones
nav-activity = Actividad
nav-history = Historial
mode-badge-demo = Demo · emulador de GitHub integrado
    .title = Cada número viene del emulador de GitHub integrado, no de GitHub.
app-starting = Iniciando…
settings-warning-title = Tu configuración necesita atención
backend-silent-title = El backend de la app no respondió
backend-silent-fix = Reinicia la app.
ipc-failed-silently = El backend falló sin decir por qué.
ipc-failed-fix = Vuelve a intentarlo. Si sigue fallando, reinicia la app; los detalles están en su registro (stderr).
language-label = Idioma
language-note = Al cambiar el idioma se vuelve a cargar la ventana.
language-not-saved = No se pudo guardar el idioma
