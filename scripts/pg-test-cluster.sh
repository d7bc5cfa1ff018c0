#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the integration tests and the benchmark.
#
#   scripts/pg-test-cluster.sh start     initdb into a temporary folder, start on 127.0.0.1:<free port>,
#                                        print `export VWN_TEST_DATABASE_URL=...` lines (eval them)
#   scripts/pg-test-cluster.sh url       print the connection string of the running cluster
#   scripts/pg-test-cluster.sh crash     stop it with `pg_ctl stop -m immediate` (no checkpoint, like a power cut)
#   scripts/pg-test-cluster.sh restart   start the same data folder again (crash recovery replays the WAL)
#   scripts/pg-test-cluster.sh stop      stop it and delete the folder
#   scripts/pg-test-cluster.sh status    say whether it runs
#
# It never touches a cluster of the system (Debian's `main` on 5432 stays as it is): its own data folder,
# its own port, its own socket folder, trust authentication on loopback only.
# When PostgreSQL is not installed and we are root on Debian/Ubuntu, it installs Debian's `postgresql` package.
# As root, the server runs as the `postgres` system user (initdb refuses root).
#
# The state (data folder, port, URL) is kept in $VWN_PG_STATE (default: .tmp/pg-test-cluster.env in the repo),
# so `stop`, `crash` and `restart` find the cluster that `start` made.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
state="${VWN_PG_STATE:-$repo/.tmp/pg-test-cluster.env}"
dbname="vwn_test"

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

find_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  # Debian keeps the server binaries out of PATH: /usr/lib/postgresql/<version>/bin. Take the newest.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

ensure_installed() {
  if find_bindir >/dev/null; then return 0; fi
  [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed (no initdb found); install it (Debian: sudo apt-get install -y postgresql) and retry"
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and apt-get is missing; install PostgreSQL and retry"
  echo "pg-test-cluster: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # Debian's package may create and start its own cluster on 5432; we do not use it.
  apt-get install -y -qq postgresql >&2
  find_bindir >/dev/null || die "installed postgresql but still no initdb"
}

# Runs a command as the user that owns the cluster: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
    else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

free_port() {
  # Ask the kernel for a free port on loopback (node is always there: this is a Node project).
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'
}

load_state() {
  [ -f "$state" ] || die "no cluster started (no $state); run: scripts/pg-test-cluster.sh start"
  # shellcheck disable=SC1090
  . "$state"
}

cmd_start() {
  if [ -f "$state" ]; then
    # shellcheck disable=SC1090
    . "$state"
    if [ -d "${VWN_TEST_PGDATA:-/nonexistent}" ] && as_owner "$VWN_PG_BINDIR/pg_ctl" status -D "$VWN_TEST_PGDATA" >/dev/null 2>&1; then
      echo "pg-test-cluster: already running at $VWN_TEST_DATABASE_URL" >&2
      print_exports
      return 0
    fi
    rm -f "$state"
  fi
  ensure_installed
  local bindir dir port
  bindir="$(find_bindir)"
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/vwn-pg.XXXXXX")"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # Loopback only; the socket lives in our folder, not /var/run/postgresql.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 60
shared_buffers = 64MB
EOF
  local tries=0
  while :; do
    port="$(free_port)"
    if as_owner "$bindir/pg_ctl" start -D "$dir/data" -o "-p $port" -l "$dir/server.log" -w -t 30 >/dev/null 2>&1; then break; fi
    tries=$((tries + 1))
    # Another process may have taken the port between the probe and the start: try another one.
    [ "$tries" -lt 3 ] || { tail -n 20 "$dir/server.log" >&2; die "could not start the server"; }
  done
  "$bindir/pg_isready" -h 127.0.0.1 -p "$port" -t 30 >/dev/null || die "server did not become ready"
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt -c "CREATE DATABASE $dbname" >/dev/null
  mkdir -p "$(dirname "$state")"
  cat >"$state" <<EOF
VWN_PG_BINDIR='$bindir'
VWN_PG_DIR='$dir'
VWN_TEST_PGDATA='$dir/data'
VWN_PG_PORT='$port'
VWN_TEST_DATABASE_URL='postgres://postgres@127.0.0.1:$port/$dbname'
EOF
  # shellcheck disable=SC1090
  . "$state"
  echo "pg-test-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') running at $VWN_TEST_DATABASE_URL (data in $dir)" >&2
  print_exports
}

print_exports() {
  echo "export VWN_TEST_DATABASE_URL='$VWN_TEST_DATABASE_URL'"
  echo "export VWN_PG_STATE='$state'"
}

cmd_stop() {
  [ -f "$state" ] || { echo "pg-test-cluster: nothing to stop" >&2; return 0; }
  load_state
  as_owner "$VWN_PG_BINDIR/pg_ctl" stop -D "$VWN_TEST_PGDATA" -m fast -w >/dev/null 2>&1 || true
  case "$VWN_PG_DIR" in
    */vwn-pg.*) rm -rf "$VWN_PG_DIR" ;;
    *) die "refusing to delete unexpected folder $VWN_PG_DIR" ;;
  esac
  rm -f "$state"
  echo "pg-test-cluster: stopped and removed" >&2
}

cmd_crash() {
  load_state
  as_owner "$VWN_PG_BINDIR/pg_ctl" stop -D "$VWN_TEST_PGDATA" -m immediate -w >/dev/null
}

cmd_restart() {
  load_state
  as_owner "$VWN_PG_BINDIR/pg_ctl" start -D "$VWN_TEST_PGDATA" -o "-p $VWN_PG_PORT" -l "$VWN_PG_DIR/server.log" -w -t 60 >/dev/null
  "$VWN_PG_BINDIR/pg_isready" -h 127.0.0.1 -p "$VWN_PG_PORT" -t 30 >/dev/null
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) load_state; echo "$VWN_TEST_DATABASE_URL" ;;
  crash) cmd_crash ;;
  restart) cmd_restart ;;
  status)
    if [ -f "$state" ]; then
      load_state
      as_owner "$VWN_PG_BINDIR/pg_ctl" status -D "$VWN_TEST_PGDATA" >/dev/null 2>&1 && echo "running at $VWN_TEST_DATABASE_URL" || echo "stopped (data in $VWN_PG_DIR)"
    else echo "not started"; fi ;;
  *) echo "usage: $0 start|stop|url|crash|restart|status" >&2; exit 2 ;;
esac
