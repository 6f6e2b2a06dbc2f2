## The License screen (ui/views/license/).

license-github-not-read = GitHub could not be read.
license-github-not-read-fix = Try again.
