## The License screen (ui/views/license/).

license-github-not-read = No se pudo leer GitHub.
license-github-not-read-fix = Vuelve a intentarlo.
