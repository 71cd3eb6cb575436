# shellcheck shell=bash
# Start a throwaway PostgreSQL cluster for the tests and export OCOP_TEST_PG_URL.
#
# Sourced by tests/run.sh (which installs the `postgresql` Debian package from .ci/apt-packages.txt);
# installs nothing itself. A developer can also source it: `source tests/services.sh`.
# The cluster lives in a temporary folder, listens on 127.0.0.1 only (a free port) and on a unix socket
# in that folder, runs as an unprivileged user (as root it drops to `postgres`, or a created
# `ocoptest` user), and is stopped and deleted when the shell exits — also when run.sh `exec`s pytest,
# through a small watchdog that waits for that process to end.
# Without PostgreSQL installed it says so and the tests run on SQLite only.

_ocop_pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

_ocop_pg_start() {
  local bindir runas="" user port base
  if [ -n "${OCOP_TEST_PG_URL:-}" ]; then
    echo "tests/services.sh: using the PostgreSQL server already given in OCOP_TEST_PG_URL"
    return 0
  fi
  if ! bindir=$(_ocop_pg_bindir); then
    echo "tests/services.sh: PostgreSQL is not installed; the tests run on SQLite only" >&2
    return 0
  fi
  base=$(mktemp -d "${TMPDIR:-/tmp}/ocop-pg.XXXXXX")
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: drop to its own system user (or make one for the tests).
    user=postgres
    if ! id -u "$user" >/dev/null 2>&1; then
      user=ocoptest
      id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    fi
    chown "$user" "$base"
    chmod 700 "$base"
    runas="runuser -u $user --"
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # A Vietnamese collation (ICU) when available, as on a real fair's server: ordering bugs show up here.
  if ! $runas "$bindir/initdb" -D "$base/data" -U ocop --auth=trust -E UTF8 --locale=C.UTF-8 \
       --locale-provider=icu --icu-locale=vi-VN >"$base/initdb.log" 2>&1; then
    rm -rf "$base/data"
    if ! $runas "$bindir/initdb" -D "$base/data" -U ocop --auth=trust -E UTF8 --locale=C.UTF-8 \
         >"$base/initdb.log" 2>&1; then
      echo "tests/services.sh: initdb failed (see below); the tests run on SQLite only" >&2
      cat "$base/initdb.log" >&2
      rm -rf "$base"
      return 0
    fi
  fi
  # Throwaway data: no fsync (OCOP_PG_DURABLE=1 keeps the defaults, for benchmarks that time commits).
  # Enough connections for the 4-station concurrency test and the pools.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ -n "${OCOP_PG_DURABLE:-}" ] && durability=""
  if ! $runas "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $base $durability -c max_connections=200 \
           -c shared_buffers=32MB" start >/dev/null; then
    echo "tests/services.sh: PostgreSQL did not start (see below); the tests run on SQLite only" >&2
    cat "$base/server.log" >&2
    rm -rf "$base"
    return 0
  fi
  $runas "$bindir/createdb" -h 127.0.0.1 -p "$port" -U ocop ocop_test
  OCOP_TEST_PG_DIR=$base
  OCOP_TEST_PG_URL="postgresql+psycopg://ocop@127.0.0.1:$port/ocop_test"
  export OCOP_TEST_PG_URL OCOP_TEST_PG_DIR
  echo "tests/services.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $base)"

  local stop="$runas '$bindir/pg_ctl' -D '$base/data' -m immediate -w stop >/dev/null 2>&1; rm -rf '$base'"
  # shellcheck disable=SC2064  # expand now: the variables are local
  trap "$stop" EXIT
  # run.sh `exec`s pytest (same pid, and EXIT traps do not run across exec): stop when that pid ends.
  local owner=$$
  ( trap - EXIT; while kill -0 "$owner" 2>/dev/null; do sleep 1; done; eval "$stop" ) \
    </dev/null >/dev/null 2>&1 &
  disown 2>/dev/null || true
}

_ocop_pg_start
