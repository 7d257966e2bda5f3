#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 in a temporary directory.
#   start: initdb + start on a free port, print the database URL
#   stop:  stop the server and delete its directory
set -euo pipefail
STATE=${HS_PG_STATE:-/tmp/heartspace-pg-$(id -u)}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

as_db_user() {
  # PostgreSQL refuses to run as root; use the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    "$0" stop >/dev/null 2>&1 || true
    BIN=$(pg_bin)
    DIR=$(mktemp -d /tmp/heartspace-pgdata.XXXXXX)
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_db_user "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_db_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    as_db_user "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres heartspace
    printf '%s\n%s\n' "$DIR" "$PORT" > "$STATE"
    echo "postgres://postgres@127.0.0.1:$PORT/heartspace"
    ;;
  stop)
    [ -f "$STATE" ] || exit 0
    DIR=$(sed -n 1p "$STATE")
    BIN=$(pg_bin)
    as_db_user "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR" "$STATE"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
