#!/usr/bin/env bash
# CI step `package`: the .deb as a user gets it. Builds it (scripts/package deb), installs it
# with apt, checks the desktop entry (desktop-file-validate), `ghls --version`, `man ghls` and
# the completions, runs the INSTALLED app (/usr/bin/ghe-license-sync --demo) under Xvfb to the
# filled License screen through WebKitWebDriver (tests/package/*.test.mjs), then purges the
# package and checks that nothing of it is left in /usr. Installing needs root: as another
# user it uses password-less sudo, else it fails (never skips).
set -euo pipefail
cd "$(dirname "$0")/../.."

pkg=ghe-license-sync
fail() { echo "package step FAILED: $*" >&2; exit 1; }
say() { printf '\033[1m--> %s\033[0m\n' "$*"; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    fail "installing the .deb needs root: run as root or give this user password-less sudo"
  fi
fi
as_root() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "$@"; }
installed() { dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; }

# A copy installed before this run would let the checks pass on old files.
if installed; then
  say "removing the $pkg package an earlier run left installed"
  as_root apt-get remove --purge -y -qq "$pkg" >/dev/null
fi

t0=$(date +%s)
./scripts/package deb
echo "package build: $(( $(date +%s) - t0 ))s"
arch=$(dpkg --print-architecture)
version=$(node -p 'require("./src-tauri/tauri.conf.json").version')
deb="$PWD/target/package/${pkg}_${version}_${arch}.deb"
[ -f "$deb" ] || fail "scripts/package made no $deb"

# /usr before, to tell afterwards what the package left behind.
work=$(mktemp -d)
find /usr -xdev 2>/dev/null | sort >"$work/usr-before"

purged=0
purge() {
  if [ "$purged" = 0 ] && installed; then
    as_root apt-get remove --purge -y -qq "$pkg" >/dev/null || true
  fi
  purged=1
}
# Whatever fails below, the machine does not keep the package.
trap 'purge; rm -rf "$work"' EXIT

say "apt-get install $deb"
as_root apt-get install -y -qq "$deb" >/dev/null
installed || fail "apt did not install $pkg"
dpkg -L "$pkg" | sort >"$work/files"
echo "installed: $(dpkg-query -W -f='${Package} ${Version}, Installed-Size ${Installed-Size} KiB' "$pkg")"

say "the binaries and their libraries"
for b in /usr/bin/ghe-license-sync /usr/bin/ghls; do
  [ -x "$b" ] || fail "$b is not installed"
  libs=$(ldd "$b")
  if grep "not found" <<<"$libs"; then
    fail "$b misses libraries the package's dependencies should bring"
  fi
done

say "desktop entry"
desktop=$(grep -m1 -E '^/usr/share/applications/.+\.desktop$' "$work/files" || true)
[ -n "$desktop" ] || fail "no desktop entry in the package"
desktop-file-validate "$desktop" || fail "$desktop does not validate"
grep -qx 'Exec=ghe-license-sync %f' "$desktop" || fail "$desktop: Exec is not 'ghe-license-sync %f'"
# The app's GTK window has WM_CLASS "ghe-license-sync": the entry must name it.
grep -qx 'StartupWMClass=ghe-license-sync' "$desktop" || fail "$desktop: StartupWMClass is not the app's WM class"
icon=$(sed -n 's/^Icon=//p' "$desktop")
compgen -G "/usr/share/icons/hicolor/*/apps/$icon.png" >/dev/null || fail "no icon $icon.png installed in hicolor"
cat "$desktop"

say "ghls --version, man ghls, completions"
[ "$(command -v ghls)" = /usr/bin/ghls ] || fail "ghls on PATH is $(command -v ghls), not /usr/bin/ghls"
got=$(/usr/bin/ghls --version)
[ "$got" = "ghls $version" ] || fail "ghls --version printed '$got', expected 'ghls $version'"
echo "$got"
[ "$(man -w ghls)" = /usr/share/man/man1/ghls.1.gz ] || fail "man finds $(man -w ghls 2>&1), not /usr/share/man/man1/ghls.1.gz"
page=$(MANPAGER=cat MANWIDTH=100 man ghls 2>&1) || fail "man ghls: $page"
grep -q 'GHLS_GHEC_TOKEN' <<<"$page" || fail "man ghls lacks the environment section"
sub=$(MANPAGER=cat man ghls-status 2>&1) || fail "man ghls-status: $sub"
grep -q -- '--max-age' <<<"$sub" || fail "man ghls-status lacks --max-age"
head -8 <<<"$page"
bash -c 'source /usr/share/bash-completion/completions/ghls && complete -p ghls' || fail "bash completion does not load"
for f in /usr/share/zsh/vendor-completions/_ghls /usr/share/fish/vendor_completions.d/ghls.fish; do
  grep -q duplicates "$f" || fail "$f is missing or does not complete ghls"
done

say "the installed app under Xvfb, through WebKitWebDriver"
GHLS_APP_BINARY=/usr/bin/ghe-license-sync dbus-run-session -- node --test --test-concurrency=1 tests/package/

say "apt-get remove --purge $pkg"
as_root apt-get remove --purge -y -qq "$pkg" >/dev/null
purged=1
installed && fail "$pkg is still installed"
left=()
while IFS= read -r path; do
  case $path in /usr/*) ;; *) continue ;; esac
  # Folders shared with other packages (/usr/bin, man1, ...) stay, and must have been there.
  if [ -e "$path" ] && ! { [ -d "$path" ] && grep -qxF "$path" "$work/usr-before"; }; then
    left+=("$path")
  fi
done <"$work/files"
find /usr -xdev 2>/dev/null | sort >"$work/usr-after"
while IFS= read -r path; do
  left+=("$path")
done < <(comm -13 "$work/usr-before" "$work/usr-after" | grep -Ei 'ghls|ghe-license-sync|license.sync' || true)
if [ "${#left[@]}" -gt 0 ]; then
  printf '  left: %s\n' "${left[@]}"
  fail "the purged package left files in /usr"
fi
echo "purged: none of the package's $(grep -c . "$work/files") paths is left in /usr"
