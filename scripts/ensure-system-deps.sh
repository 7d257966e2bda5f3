#!/usr/bin/env bash
# PostgreSQL (server binaries), Chromium and ChromeDriver for the tests. On Debian as
# root, install what is missing with apt-get; otherwise, or when apt-get fails, say exactly
# what to install in one line and exit non-zero. Never skips silently.
# SYSTEM_ROOT (empty by default) prefixes the paths checked; the tests use it to fake a bare machine.
set -euo pipefail

root="${SYSTEM_ROOT:-}"

find_missing() {
  missing=()
  ls "$root"/usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x "$root/usr/bin/chromium" ] || missing+=(chromium)
  [ -x "$root/usr/bin/chromedriver" ] || missing+=(chromium-driver)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
}

give_up() {  # $1: what went wrong
  echo "make test: $1; install these Debian packages, then run it again: apt-get install ${missing[*]}" >&2
  exit 1
}

find_missing
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  give_up "missing ${missing[*]} (not root on Debian, so not installing them)"
fi

echo "== installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp "${TMPDIR:-/tmp}/heartspace-apt.XXXXXX")
apt-get update -qq >"$log" 2>&1 || give_up "apt-get update failed (its output is in $log)"
apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1 \
  || give_up "apt-get install failed (its output is in $log)"
wanted=("${missing[@]}")
find_missing
if [ ${#missing[@]} -ne 0 ]; then
  give_up "apt-get installed ${wanted[*]} but ${missing[*]} still cannot be found (its output is in $log)"
fi
rm -f "$log"
