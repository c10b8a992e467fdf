#!/usr/bin/env bash
# Run a command with REDIS_URL pointing at a real Redis server.
#  1. REDIS_URL already set → use it.
#  2. A server answers PING at 127.0.0.1:6379 → use it (CARREFOUR_REDIS_LOCAL_PORT changes the
#     port; a closed port forces case 3). CARREFOUR_REDIS_DB picks the database number.
#  3. Otherwise start a throwaway redis-server (Debian's package, installed with apt-get when
#     missing), keeping nothing on disk, and stop it after.
# Each run gets its own key prefix, so two runs on one server (a CI beside a session) never
# read or clear each other's keys.
set -euo pipefail

export CACHE_KEY_PREFIX=${CACHE_KEY_PREFIX:-carrefour-test-$$}
if [ -n "${REDIS_URL:-}" ]; then
  exec "$@"
fi

db=${CARREFOUR_REDIS_DB:-0}
answers() {
  # A PING over bash's /dev/tcp: no client needed, one second at most.
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && printf 'PING\r\n' >&3 && head -c 5 <&3" \
    2>/dev/null | grep -q PONG
}

local_port=${CARREFOUR_REDIS_LOCAL_PORT:-6379}
if answers "$local_port"; then
  export REDIS_URL="redis://127.0.0.1:$local_port/$db"
  exec "$@"
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing Debian's redis-server for the test run…"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  { "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq redis-server >/dev/null; } || {
    echo "Redis is required for this run: set REDIS_URL, start a server on 127.0.0.1:6379," >&2
    echo "or install Debian's redis-server package." >&2
    exit 1
  }
fi

port=${CARREFOUR_REDIS_PORT:-56379}
echo "Starting a throwaway Redis server on port $port…"
redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
  --loglevel warning >/dev/null &
redis_pid=$!
trap 'kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  answers "$port" && break
  sleep 0.1
done
answers "$port" || { echo "The throwaway Redis server did not start." >&2; exit 1; }
export REDIS_URL="redis://127.0.0.1:$port/$db"
"$@"
