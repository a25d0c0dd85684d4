# A throwaway PostgreSQL server in a temporary directory, for tests and benchmarks.
#
#   source scripts/lib/postgres.sh
#   pg_start                 # or: pg_start mydb
#   trap pg_stop EXIT
#   DATABASE_URL="$PG_URL" python -m pytest
#
# pg_start sets PG_DIR (data, socket and log), PG_PORT, PG_BIN, PG_MAJOR (e.g. 15) and
# PG_URL (postgres://postgres@127.0.0.1:PORT/DBNAME, trust authentication, no password).
# Extra server settings go in PG_SERVER_OPTS, e.g. PG_SERVER_OPTS="-c fsync=off".
# The binaries come from PATH or /usr/lib/postgresql/<version>/bin; when neither has them and
# we are root, Debian's postgresql package is installed. PostgreSQL refuses to run as root, so
# as root the server runs as the `postgres` user (created if missing).
#
# Meant to be sourced; uses no `set -e` of its own and returns non-zero on failure.

PG_DIR=""
PG_PORT=""
PG_BIN=""
PG_MAJOR=""
PG_URL=""

_pg_log() { echo "postgres: $*" >&2; }

# The directory holding initdb and pg_ctl, newest version first; empty when there is none.
_pg_find_bin() {
  local initdb dir
  if initdb=$(command -v initdb) && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$initdb")"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

_pg_install() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    _pg_log "initdb/pg_ctl not found; install PostgreSQL (Debian: apt-get install postgresql)"
    return 1
  fi
  _pg_log "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
}

# Run a PostgreSQL binary as the server's owner (postgres when we are root) from a directory
# that user can enter.
_pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_DIR" && "$@")
  fi
}

_pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pg_start() {
  local dbname=${1:-newsroom}
  if [[ -n "$PG_DIR" ]]; then
    _pg_log "already running in $PG_DIR"
    return 1
  fi
  PG_BIN=$(_pg_find_bin) || { _pg_install && PG_BIN=$(_pg_find_bin); } || {
    _pg_log "no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin"
    return 1
  }
  PG_MAJOR=$("$PG_BIN/pg_ctl" --version | grep -oE '[0-9]+' | head -n 1)

  if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql \
        --shell /bin/bash postgres || return 1
    fi
    PG_DIR=$(mktemp -d /tmp/newsroom-pg.XXXXXX) || return 1
    chown postgres: "$PG_DIR" || return 1
  else
    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-pg.XXXXXX") || return 1
  fi
  PG_PORT=$(_pg_free_port) || return 1

  if ! _pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust --locale=C.UTF-8 \
    --encoding=UTF8 -U postgres >"$PG_DIR/initdb.log" 2>&1; then
    _pg_log "initdb failed:"
    cat "$PG_DIR/initdb.log" >&2
    pg_stop
    return 1
  fi
  if ! _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/log" start \
    -o "-k $PG_DIR -p $PG_PORT -c listen_addresses=127.0.0.1 ${PG_SERVER_OPTS:-}" >/dev/null; then
    _pg_log "the server did not start; its log:"
    cat "$PG_DIR/log" >&2
    pg_stop
    return 1
  fi
  if ! "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$dbname"; then
    _pg_log "createdb $dbname failed"
    pg_stop
    return 1
  fi
  PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/$dbname"
  _pg_log "PostgreSQL $PG_MAJOR running at $PG_URL (data in $PG_DIR)"
}

# Stop the server and delete its directory. Safe to call twice, or when pg_start failed.
pg_stop() {
  if [[ -z "$PG_DIR" ]]; then
    return 0
  fi
  if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
    _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -m fast stop >/dev/null 2>&1 ||
      _pg_log "pg_ctl stop failed; see $PG_DIR/log"
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
  PG_PORT=""
  PG_URL=""
}
