#!/usr/bin/env bash
# Run a command with DATABASE_URL pointing at PostgreSQL.
#  1. DATABASE_URL already set to postgres:// → use it.
#  2. A server answers at 127.0.0.1:5432 (user postgres, trust) → use it
#     (CARREFOUR_PG_LOCAL_PORT changes the port; a closed port forces case 3).
#  3. PostgreSQL's binaries are installed → start a throwaway cluster, stop it after.
#  4. Otherwise fail: the PostgreSQL run is not optional.
set -euo pipefail

if [[ "${DATABASE_URL:-}" == postgres* ]]; then
  exec "$@"
fi

PY=${PY:-.venv/bin/python}
# The database to use (created when missing); the benchmark uses its own.
DB_NAME=${CARREFOUR_PG_DATABASE:-carrefour}

# Connects as postgres (trust) and creates the database when missing; exit 1 when no server.
ensure_database() {
  "$PY" - "$1" "$2" "$DB_NAME" <<'PYCODE'
import sys
import psycopg2
host, port, name = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    conn = psycopg2.connect(host=host, port=port, user="postgres", dbname="postgres", connect_timeout=3)
except psycopg2.OperationalError:
    sys.exit(1)
conn.autocommit = True
with conn.cursor() as cur:
    cur.execute("select 1 from pg_database where datname = %s", [name])
    if cur.fetchone() is None:
        cur.execute(f'create database "{name}"')
PYCODE
}

local_port=${CARREFOUR_PG_LOCAL_PORT:-5432}
if ensure_database 127.0.0.1 "$local_port"; then
  export DATABASE_URL="postgres://postgres@127.0.0.1:$local_port/$DB_NAME"
  exec "$@"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL is required for this run: set DATABASE_URL, start a server on 127.0.0.1:5432," >&2
  echo "or install PostgreSQL's binaries (apt-get install postgresql) for a throwaway cluster." >&2
  exit 1
fi

port=${CARREFOUR_PG_PORT:-55432}
datadir=$(mktemp -d /tmp/carrefour-pg.XXXXXX)
runas=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root.
  chown postgres "$datadir"
  runas=(runuser -u postgres --)
fi
cleanup() {
  "${runas[@]}" "$bindir/pg_ctl" -D "$datadir" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT
echo "Starting a throwaway PostgreSQL cluster on port $port…"
"${runas[@]}" "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${runas[@]}" "$bindir/pg_ctl" -D "$datadir" -o "-p $port -k $datadir -c listen_addresses=127.0.0.1" -w start >/dev/null
ensure_database 127.0.0.1 "$port"
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/$DB_NAME"
"$@"
