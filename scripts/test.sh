#!/usr/bin/env bash
# Everything `make test` does after the venv: system tools, lint, the suite on SQLite,
# again on a throwaway PostgreSQL, then the browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"

bash scripts/ensure-system-deps.sh

if [ ! -f node_modules/axe-core/axe.min.js ]; then
  echo "== installing axe-core for the accessibility checks"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== ruff"
$BIN/ruff check .

echo "== unit and integration tests on SQLite"
$BIN/pytest tests -q

echo "== the same tests on PostgreSQL"
PG_URL=$(bash scripts/pg-throwaway.sh start)
trap 'bash scripts/pg-throwaway.sh stop' EXIT
HS_DATABASE_URL="$PG_URL" $BIN/pytest tests -q
bash scripts/pg-throwaway.sh stop
trap - EXIT

echo "== browser tests in Chromium (phone and desktop viewports)"
$BIN/pytest e2e -q
