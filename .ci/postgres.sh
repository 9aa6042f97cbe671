#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on the loopback address for the server tests and exports its JDBC URL as
# PARLEY_TEST_PG_URL. Source it (". .ci/postgres.sh"); call parley_pg_stop to stop the server.
# Needs Debian's postgresql package (the server binaries under /usr/lib/postgresql/<version>/bin).
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  return 1 2>/dev/null || exit 1
fi
PARLEY_PG_DIR="$(mktemp -d /tmp/parley-pg.XXXXXX)"
PARLEY_PG_PORT="${PARLEY_PG_PORT:-55432}"
# the first free port from there (a connection that succeeds means the port is taken)
while (exec 3<>"/dev/tcp/127.0.0.1/$PARLEY_PG_PORT") 2>/dev/null; do PARLEY_PG_PORT=$((PARLEY_PG_PORT + 1)); done
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres system user
  chown postgres:postgres "$PARLEY_PG_DIR"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$pg_bin/initdb" -D "$PARLEY_PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PARLEY_PG_DIR/initdb.log"
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$PARLEY_PG_DIR/data" -l "$PARLEY_PG_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PARLEY_PG_PORT -k $PARLEY_PG_DIR -c max_connections=200 -c fsync=on" start >/dev/null
"${as_owner[@]}" psql -h 127.0.0.1 -p "$PARLEY_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -d postgres \
  -c "CREATE ROLE parley LOGIN PASSWORD 'parley'" -c "CREATE DATABASE parley_test OWNER parley"
export PARLEY_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PARLEY_PG_PORT/parley_test?user=parley&password=parley"
export PARLEY_PG_DIR PARLEY_PG_PORT
parley_pg_stop() {
  local owner=()
  [ "$(id -u)" = 0 ] && owner=(runuser -u postgres --)
  "${owner[@]}" "$pg_bin/pg_ctl" -D "$PARLEY_PG_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PARLEY_PG_DIR"
}
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PARLEY_PG_PORT for the tests" >&2
