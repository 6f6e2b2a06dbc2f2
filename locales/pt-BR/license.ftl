## The License screen (ui/views/license/).

license-github-not-read = Não foi possível ler o GitHub.
license-github-not-read-fix = Tente novamente.
