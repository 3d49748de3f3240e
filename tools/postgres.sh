#!/usr/bin/env bash
# A throwaway PostgreSQL primary plus one hot-standby streaming replica on loopback, for the
# PostgreSQL engine's tests and benchmarks. Everything lives in DIR; nothing else on the machine is
# touched (the Debian default cluster, if the package install created one, is left alone).
#   tools/postgres.sh start DIR [PRIMARY_PORT [REPLICA_PORT]|auto]  create or restart both (55432, 55433; auto: free ones)
#   tools/postgres.sh stop DIR                                  stop replica, then primary
#   tools/postgres.sh stop-node|start-node DIR primary|replica  one node, for fault drills
#   tools/postgres.sh url DIR [PRIMARY_PORT [REPLICA_PORT]]     the Npgsql multi-host connection string
#   tools/postgres.sh status DIR                                running? in recovery?
#   tools/postgres.sh destroy DIR                               stop and remove DIR
# The ports are fixed when DIR is created (recorded in DIR/cluster.env); later commands read them from there.
# With `auto` the script picks ports no other process can be given (see start_auto); `url DIR` reads them back.
# Superuser `postgres` and role `newssearch` (superuser), database `newssearch`, trust auth on loopback.
set -euo pipefail

DEFAULT_PRIMARY_PORT=55432
DEFAULT_REPLICA_PORT=55433
WAIT_SECONDS=60
SLOT=newssearch_replica
# Ports picked by `auto` are marked here (one folder per port naming its DIR) for as long as DIR exists.
PORTS_DIR=/tmp/newssearch-pg-ports
AUTO_ATTEMPTS=8

# PG_BIN (optional): a bin dir to use instead of the newest under /usr/lib/postgresql.
BIN_OVERRIDE=${PG_BIN:-}
# The caller's PGHOST, PGPORT, PGSERVICE, PGOPTIONS... would redirect or alter our own connections.
unset "${!PG@}"

die() { echo "postgres.sh: $*" >&2; exit 1; }
say() { echo "postgres.sh: $*"; }

SELF=$(realpath -- "$0")  # the usage text is read from here, after the cd / below

usage() {
  echo "usage:" >&2
  sed -n '5,10s/^#   /  /p' "$SELF" >&2
  exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# initdb and postgres refuse to run as root, so as root every PostgreSQL program runs as `postgres`;
# as another user they run as that user (who then owns DIR). Fd 9 (the DIR lock) is closed for them:
# a server started by pg_ctl would otherwise inherit it and hold the lock for as long as it runs.
as_pg() {
  if is_root; then runuser -u postgres -- "$@" 9>&-; else "$@" 9>&-; fi
}

# The newest installed server version (a client-only package also creates a bin dir, without initdb).
find_bin() {
  if [ -n "$BIN_OVERRIDE" ]; then
    [ -x "$BIN_OVERRIDE/initdb" ] || die "PG_BIN=$BIN_OVERRIDE has no initdb"
    BIN=$BIN_OVERRIDE
    return 0
  fi
  BIN=""
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    if [ -x "$d/initdb" ]; then BIN=$d; fi
  done
  [ -n "$BIN" ]
}

# Debian's `postgresql` package when no server is installed. Its postinst may create and start the
# default cluster on 5432; that one is not ours and is left alone (our ports differ).
ensure_installed() {
  find_bin && return 0
  say "no PostgreSQL server found, installing Debian's postgresql package"
  local sudo_cmd=""
  is_root || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  find_bin || die "installed postgresql but found no initdb under /usr/lib/postgresql/*/bin"
}

need_bin() { find_bin || die "no PostgreSQL server under /usr/lib/postgresql/*/bin (tools/postgres.sh start installs it)"; }

# DIR as an absolute path; it ends up quoted in postgresql.conf and in socket paths, so keep it plain.
set_dir() {
  [ -n "${1:-}" ] || usage
  DIR=$(realpath -m -- "$1")
  [ "$DIR" != "/" ] || die "refusing to use / as DIR"
  [[ "$DIR" =~ ^[A-Za-z0-9._/+-]+$ ]] || die "DIR must consist of letters, digits and . _ / + - only: $DIR"
  # A Unix socket path is limited to 107 bytes: DIR/.s.PGSQL.NNNNN must fit.
  [ $(( ${#DIR} + 17 )) -le 107 ] || die "DIR is too long for a Unix socket path: $DIR"
  PRIMARY=$DIR/primary
  REPLICA=$DIR/replica
  STATE=$DIR/cluster.env
}

check_port() {
  [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1024 ] && [ "$1" -le 65535 ] || die "not a port (1024-65535): $1"
}

# Ports: given on the command line, else those recorded in DIR, else the defaults. With `strict`
# (start) given ports must match the recorded ones: a DIR keeps the ports it was created with,
# because the replica's primary_conninfo names the primary's port.
set_ports() {
  local strict="" rec_p="" rec_r=""
  if [ "${1:-}" = strict ]; then strict=1; shift; fi
  local given_p=${1:-} given_r=${2:-}
  if [ -f "$STATE" ]; then
    rec_p=$(sed -n 's/^PRIMARY_PORT=//p' "$STATE")
    rec_r=$(sed -n 's/^REPLICA_PORT=//p' "$STATE")
  fi
  PRIMARY_PORT=${given_p:-${rec_p:-$DEFAULT_PRIMARY_PORT}}
  REPLICA_PORT=${given_r:-${rec_r:-$DEFAULT_REPLICA_PORT}}
  check_port "$PRIMARY_PORT"
  check_port "$REPLICA_PORT"
  [ "$PRIMARY_PORT" != "$REPLICA_PORT" ] || die "primary and replica need different ports"
  if [ -n "$strict" ] && [ -n "$rec_p" ] && { [ "$PRIMARY_PORT" != "$rec_p" ] || [ "$REPLICA_PORT" != "$rec_r" ]; }; then
    die "$DIR was created with ports $rec_p/$rec_r; use those, or destroy it first"
  fi
}

# One command at a time per DIR, so parallel test fixtures calling `start` do not race.
lock_dir() {
  exec 9>>"$DIR/.lock"
  flock -w 120 9 || die "another tools/postgres.sh holds $DIR/.lock"
}

url() {
  echo "Host=127.0.0.1:$PRIMARY_PORT,127.0.0.1:$REPLICA_PORT;Database=newssearch;Username=newssearch"
}

node_data() { if [ "$1" = primary ]; then echo "$PRIMARY"; else echo "$REPLICA"; fi; }
node_port() { if [ "$1" = primary ]; then echo "$PRIMARY_PORT"; else echo "$REPLICA_PORT"; fi; }

# pg_ctl status: 0 running, 3 not running, 4 no data directory.
running() { [ -f "$(node_data "$1")/PG_VERSION" ] && as_pg "$BIN/pg_ctl" status -D "$(node_data "$1")" >/dev/null 2>&1; }

ready() { as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$(node_port "$1")" -t 2 >/dev/null 2>&1; }

# psql as the bootstrap superuser over TCP; -X so no ~/.psqlrc interferes.
sql() {
  local port=$1 db=$2 query=$3
  as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" -tAc "$query"
}

# Starts a node; on failure shows the end of its log and returns non-zero.
try_start_node() {
  local node=$1 data
  data=$(node_data "$node")
  if running "$node"; then
    say "$node already running on 127.0.0.1:$(node_port "$node")"
    return 0
  fi
  say "starting $node on 127.0.0.1:$(node_port "$node")"
  if ! as_pg "$BIN/pg_ctl" start -s -w -t "$WAIT_SECONDS" -D "$data" -l "$DIR/$node.log"; then
    echo "--- last lines of $DIR/$node.log ---" >&2
    tail -n 20 "$DIR/$node.log" >&2 || true
    return 1
  fi
}

start_node() { try_start_node "$1" || die "$1 did not start (see $DIR/$1.log)"; }

# The node could not start because something else holds its port.
port_taken() { grep -q 'Address already in use' "$DIR/$1.log" 2>/dev/null; }

stop_node() {
  local node=$1
  if running "$node"; then
    say "stopping $node"
    as_pg "$BIN/pg_ctl" stop -s -w -m fast -t "$WAIT_SECONDS" -D "$(node_data "$node")"
  else
    say "$node not running"
  fi
}

# Both answer and the primary has a streaming standby; errors after WAIT_SECONDS.
wait_streaming() {
  local deadline=$((SECONDS + WAIT_SECONDS)) n
  while :; do
    n=0
    if ready primary && ready replica; then
      n=$(sql "$PRIMARY_PORT" postgres "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null || echo 0)
    fi
    [[ "$n" =~ ^[0-9]+$ ]] || n=0
    [ "$n" -ge 1 ] && return 0
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "--- last lines of $DIR/replica.log ---" >&2
      tail -n 20 "$DIR/replica.log" >&2 || true
      die "timed out after ${WAIT_SECONDS} s waiting for the replica on 127.0.0.1:$REPLICA_PORT to stream from the primary on 127.0.0.1:$PRIMARY_PORT (see $DIR/primary.log, $DIR/replica.log)"
    fi
    sleep 0.5
  done
}

# The primary's settings, appended to postgresql.conf (later lines win). The replica inherits them
# through pg_basebackup and appends its own port.
init_primary() {
  say "initdb $PRIMARY"
  rm -rf "$PRIMARY"
  local locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  # -U postgres: the same superuser name whichever OS user runs this.
  if ! as_pg "$BIN/initdb" -D "$PRIMARY" -U postgres -E UTF8 --locale="$locale" --auth=trust >"$DIR/initdb.log" 2>&1; then
    cat "$DIR/initdb.log" >&2
    die "initdb failed"
  fi
  local preload=""
  local sharedir
  sharedir=$("$BIN/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$(basename "$(dirname "$BIN")")")
  if [ -f "$sharedir/extension/pg_stat_statements.control" ]; then
    preload="shared_preload_libraries = 'pg_stat_statements'"
  fi
  as_pg tee -a "$PRIMARY/postgresql.conf" >/dev/null <<EOF

# --- tools/postgres.sh: primary ---
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$DIR'
wal_level = replica
max_wal_senders = 5
hot_standby = on
# Reads on the standby are not cancelled by vacuum on the primary.
hot_standby_feedback = on
shared_buffers = 128MB
max_connections = 200
$preload
EOF
  # Trust for everything local, including replication; nothing listens beyond loopback.
  as_pg tee "$PRIMARY/pg_hba.conf" >/dev/null <<EOF
# tools/postgres.sh: throwaway cluster on loopback, no passwords
local   all          all                 trust
local   replication  all                 trust
host    all          all   127.0.0.1/32  trust
host    all          all   ::1/128       trust
host    replication  all   127.0.0.1/32  trust
host    replication  all   ::1/128       trust
EOF
}

# Idempotent, so a run interrupted after initdb is completed by the next start.
setup_primary() {
  sql "$PRIMARY_PORT" postgres "DO \$\$BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newssearch') THEN
        CREATE ROLE newssearch LOGIN SUPERUSER;
      END IF;
    END\$\$"
  if [ -z "$(sql "$PRIMARY_PORT" postgres "SELECT 1 FROM pg_database WHERE datname = 'newssearch'")" ]; then
    sql "$PRIMARY_PORT" postgres "CREATE DATABASE newssearch OWNER newssearch"
  fi
  if [ "$(sql "$PRIMARY_PORT" postgres "SHOW shared_preload_libraries")" = pg_stat_statements ]; then
    sql "$PRIMARY_PORT" newssearch "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
  fi
}

# The replica is complete once its own settings are appended (the last step); anything less is redone.
replica_complete() { grep -q '^# --- tools/postgres.sh: replica ---' "$REPLICA/postgresql.conf" 2>/dev/null; }

init_replica() {
  say "pg_basebackup $REPLICA"
  rm -rf "$REPLICA"
  # A replication slot keeps the WAL a stopped replica still needs (stop-node drills while writing);
  # a leftover from an interrupted earlier attempt is dropped first.
  sql "$PRIMARY_PORT" postgres "SELECT pg_drop_replication_slot('$SLOT') FROM pg_replication_slots WHERE slot_name = '$SLOT'" >/dev/null
  if ! as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA" \
      -R -X stream -c fast -C -S "$SLOT" >"$DIR/basebackup.log" 2>&1; then
    cat "$DIR/basebackup.log" >&2
    die "pg_basebackup failed"
  fi
  as_pg tee -a "$REPLICA/postgresql.conf" >/dev/null <<EOF

# --- tools/postgres.sh: replica ---
port = $REPLICA_PORT
unix_socket_directories = '$DIR'
# Reconnect within a second of the primary's return (default 5 s), so fault drills move on quickly.
wal_retrieve_retry_interval = 1s
EOF
}

# Something accepts connections on the port.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Marks the port as DIR's; fails if another DIR that still exists holds it.
reserve_port() {
  local mark=$PORTS_DIR/$1 owner
  # Shared by every user's clusters; sticky, so none can remove another's marks.
  [ -d "$PORTS_DIR" ] || { mkdir -p "$PORTS_DIR" && chmod 1777 "$PORTS_DIR"; } 2>/dev/null || true
  if ! mkdir "$mark" 2>/dev/null; then
    owner=$(cat "$mark/dir" 2>/dev/null || true)
    if [ -z "$owner" ] || [ -d "$owner" ]; then return 1; fi
    rm -rf "$mark"
    mkdir "$mark" 2>/dev/null || return 1
  fi
  echo "$DIR" >"$mark/dir"
}

# Releases the marks of the ports DIR records, if they are still DIR's.
release_ports() {
  local port
  [ -f "$STATE" ] || return 0
  for port in $(sed -n 's/^[A-Z]*_PORT=//p' "$STATE"); do
    if [ "$(cat "$PORTS_DIR/$port/dir" 2>/dev/null || true)" = "$DIR" ]; then rm -rf "${PORTS_DIR:?}/$port"; fi
  done
}

# A port below the kernel's ephemeral range (which port-0 binds and outgoing connections are given
# from), reserved for DIR and not listened on now. Sets PICKED.
pick_port() {
  local low=20000 high tries port
  high=$(( $(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768) - 1 ))
  [ "$high" -gt $((low + 1000)) ] || { low=10000; high=19999; }
  for tries in $(seq 200); do
    port=$(( low + (RANDOM * 32768 + RANDOM) % (high - low + 1) ))
    if [ "$port" != "${PRIMARY_PORT:-}" ] && ! listening "$port" && reserve_port "$port"; then
      PICKED=$port
      return 0
    fi
  done
  die "found no free port between $low and $high"
}

# `start DIR auto` on a new DIR: ports that cannot collide with a server started on port 0, nor with
# another `auto` cluster even while one of this cluster's nodes is stopped for a drill (the mark stays);
# if something else binds a port first, both nodes are made again on new ports.
start_auto() {
  local attempt node
  for attempt in $(seq "$AUTO_ATTEMPTS"); do
    PRIMARY_PORT=""
    pick_port; PRIMARY_PORT=$PICKED
    pick_port; REPLICA_PORT=$PICKED
    printf 'PRIMARY_PORT=%s\nREPLICA_PORT=%s\n' "$PRIMARY_PORT" "$REPLICA_PORT" >"$STATE"
    init_primary
    node=primary
    if try_start_node primary; then
      setup_primary
      init_replica
      node=replica
      if try_start_node replica; then
        wait_streaming
        say "primary 127.0.0.1:$PRIMARY_PORT and replica 127.0.0.1:$REPLICA_PORT are up and streaming"
        url
        return 0
      fi
    fi
    port_taken "$node" || die "$node did not start (see $DIR/$node.log)"
    say "port $(node_port "$node") was taken meanwhile; trying new ports (attempt $attempt of $AUTO_ATTEMPTS)"
    stop_node replica >/dev/null 2>&1 || true
    stop_node primary >/dev/null 2>&1 || true
    # The taken port keeps its mark (stale once DIR is gone), so the next pick does not try it again.
    sed -i "/^[A-Z]*_PORT=$(node_port "$node")\$/d" "$STATE"
    release_ports
    rm -rf "$PRIMARY" "$REPLICA" "$STATE" "$DIR"/*.log
  done
  die "every pair of ports tried was taken"
}

cmd_start() {
  ensure_installed
  if is_root && ! id postgres >/dev/null 2>&1; then die "no postgres user (is the postgresql package installed?)"; fi
  mkdir -p "$DIR"
  if is_root; then chown postgres:postgres "$DIR"; fi
  # Every node's files, logs and sockets live in DIR, so its user must be able to write there.
  as_pg test -w "$DIR" -a -x "$DIR" || die "$DIR is not writable by $(is_root && echo postgres || id -un) (check the permissions of its parents)"
  lock_dir
  if [ "${1:-}" = auto ]; then
    [ $# -eq 1 ] || usage
    if [ ! -f "$STATE" ]; then
      start_auto
      return 0
    fi
    set_ports
  else
    set_ports strict "$@"
  fi

  if [ -f "$PRIMARY/PG_VERSION" ] && replica_complete && running primary && running replica; then
    say "already running from $DIR"
    url
    return 0
  fi

  printf 'PRIMARY_PORT=%s\nREPLICA_PORT=%s\n' "$PRIMARY_PORT" "$REPLICA_PORT" >"$STATE"
  [ -f "$PRIMARY/PG_VERSION" ] || init_primary
  start_node primary
  setup_primary
  replica_complete || { stop_node replica >/dev/null 2>&1 || true; init_replica; }
  start_node replica
  wait_streaming
  say "primary 127.0.0.1:$PRIMARY_PORT and replica 127.0.0.1:$REPLICA_PORT are up and streaming"
  url
}

cmd_stop() {
  [ -d "$DIR" ] || { say "$DIR does not exist, nothing to stop"; return 0; }
  need_bin
  lock_dir
  set_ports
  stop_node replica
  stop_node primary
}

check_node() { [ "${1:-}" = primary ] || [ "${1:-}" = replica ] || usage; }

cmd_start_node() {
  local node=$1
  [ -f "$(node_data "$node")/PG_VERSION" ] || die "no $node in $DIR (run tools/postgres.sh start $DIR first)"
  need_bin
  lock_dir
  set_ports
  start_node "$node"
  # Both up and the replica still a standby: wait until it streams again, so a drill's next step sees a
  # working pair. (A promoted replica never streams, so that case only waits for the node itself.)
  if running primary && running replica && [ "$(sql "$REPLICA_PORT" postgres "SELECT pg_is_in_recovery()")" = t ]; then
    wait_streaming
  fi
}

cmd_stop_node() {
  local node=$1
  [ -d "$DIR" ] || { say "$DIR does not exist, nothing to stop"; return 0; }
  need_bin
  lock_dir
  set_ports
  stop_node "$node"
}

cmd_status() {
  [ -d "$DIR" ] || { say "$DIR does not exist"; return 0; }
  set_ports
  local node where
  for node in primary replica; do
    where="$node (127.0.0.1:$(node_port "$node"))"
    if [ ! -f "$(node_data "$node")/PG_VERSION" ]; then
      echo "$where: not created"
    elif ! find_bin || ! running "$node"; then
      echo "$where: not running"
    elif ! ready "$node"; then
      echo "$where: running, not accepting connections yet"
    else
      local rec extra=""
      rec=$(sql "$(node_port "$node")" postgres "SELECT pg_is_in_recovery()" 2>/dev/null || echo '?')
      case $rec in t) rec=yes ;; f) rec=no ;; esac
      if [ "$node" = primary ] && [ "$rec" = no ]; then
        extra=", streaming standbys: $(sql "$PRIMARY_PORT" postgres "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null || echo '?')"
      fi
      echo "$where: running, in recovery: $rec$extra"
    fi
  done
}

cmd_destroy() {
  [ -d "$DIR" ] || { say "$DIR does not exist, nothing to destroy"; return 0; }
  # Only remove what looks like ours: an empty DIR or one with our layout.
  if [ -n "$(ls -A "$DIR")" ] && [ ! -f "$STATE" ] && [ ! -d "$PRIMARY" ] && [ ! -d "$REPLICA" ]; then
    die "$DIR does not look like a tools/postgres.sh directory; not removing it"
  fi
  if [ -f "$PRIMARY/PG_VERSION" ] || [ -f "$REPLICA/PG_VERSION" ]; then
    need_bin
    lock_dir
    set_ports
    stop_node replica
    stop_node primary
  fi
  release_ports
  rm -rf "$DIR"
  say "removed $DIR"
}

[ $# -ge 2 ] || usage
command=$1
set_dir "$2"
shift 2
# PostgreSQL programs run as postgres may not be able to read the caller's working directory.
cd /

case $command in
  start)      [ $# -le 2 ] || usage; cmd_start "$@" ;;
  stop)       [ $# -eq 0 ] || usage; cmd_stop ;;
  start-node) [ $# -eq 1 ] || usage; check_node "$1"; cmd_start_node "$1" ;;
  stop-node)  [ $# -eq 1 ] || usage; check_node "$1"; cmd_stop_node "$1" ;;
  url)        [ $# -le 2 ] || usage; set_ports "$@"; url ;;
  status)     [ $# -eq 0 ] || usage; cmd_status ;;
  destroy)    [ $# -eq 0 ] || usage; cmd_destroy ;;
  *)          usage ;;
esac
