#!/usr/bin/env bash
# The PostgreSQL engine's benchmark (docs/scaling.md): copies an existing Lucene.Net index into a
# primary with a streaming standby (sampling the replication lag meanwhile), then runs the fixed
# query mix on both engines, with each PostgreSQL host's transactions and CPU time, so per-tier
# costs can be read off. Long: not part of the tests.
# Usage: tools/bench-postgres.sh LUCENE_INDEX [WORK_DIR]   e.g. tools/bench-postgres.sh /tmp/nsbench/idx20000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
index=$(realpath "$1")
work=${2:-/tmp/nsbench-pg}
pgdir=$work/cluster
primary_port=55482
replica_port=55483
warmup=1
repeat=3
mkdir -p "$work"

command -v /usr/bin/time >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq time >/dev/null; }
for project in indexer/NewsSearch.Indexer bench/NewsSearch.Bench; do
  dotnet build -c Release -nologo -v quiet "$project" >/dev/null
done
indexer="dotnet $root/indexer/NewsSearch.Indexer/bin/Release/net10.0/indexer.dll"
bench="dotnet $root/bench/NewsSearch.Bench/bin/Release/net10.0/NewsSearch.Bench.dll"

# A server sized for an index of this size: memory for the vectors' pages, and sorts in memory.
tools/postgres.sh destroy "$pgdir" >/dev/null 2>&1 || true
tools/postgres.sh start "$pgdir" "$primary_port" "$replica_port" >/dev/null
for node in primary replica; do
  runuser -u postgres -- tee -a "$pgdir/$node/postgresql.conf" >/dev/null <<CONF
shared_buffers = 2GB
work_mem = 64MB
effective_cache_size = 8GB
max_wal_size = 4GB
CONF
done
tools/postgres.sh stop "$pgdir" >/dev/null
tools/postgres.sh start "$pgdir" >/dev/null
cluster=$(tools/postgres.sh url "$pgdir")
primary="Host=127.0.0.1:$primary_port;Database=newssearch;Username=newssearch"
sql() { runuser -u postgres -- psql -h 127.0.0.1 -p "$1" -U newssearch -d newssearch -At -c "$2"; }

# CPU seconds of a node: the postmaster, its live backends, and those that have exited (cutime/cstime).
cpu_of() {
  local pm ticks pid
  pm=$(head -1 "$pgdir/$1/postmaster.pid")
  ticks=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat")
  for pid in $(ps --ppid "$pm" -o pid=); do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}
per_search() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }'; }
xacts_of() { sql "$1" "SELECT pg_stat_force_next_flush(); SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'newssearch'" | tail -1; }

echo "== copy $index into the primary, standby streaming"
( while sleep 1; do
    sql "$primary_port" "SELECT coalesce(extract(epoch FROM replay_lag) * 1000, 0)::int || ' ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) FROM pg_stat_replication" 2>/dev/null || true
  done ) >"$work/lag.txt" &
sampler=$!
/usr/bin/time -f "peak_rss_kb=%M wall_s=%e cpu=%P" $indexer copy --from "$index" --to "$primary" 2>&1 | grep -v '^copied [0-9]* of'
kill "$sampler" 2>/dev/null || true
sort -n "$work/lag.txt" | awk '{ ms[NR] = $1; if ($2 > bytes) bytes = $2 } END { if (NR) printf "replication lag over %d samples: p50 %d ms, max %d ms, max %d bytes behind\n", NR, ms[int((NR + 1) / 2)], ms[NR], bytes }'
echo "database size: $(sql "$primary_port" "SELECT pg_size_pretty(pg_database_size('newssearch'))")"
for port in "$primary_port" "$replica_port"; do
  echo "after the copy, host $port: $(sql "$port" "SELECT CASE WHEN pg_is_in_recovery() THEN 'standby' ELSE 'primary' END || ', ' || xact_commit || ' commits, ' || tup_inserted || ' rows inserted' FROM pg_stat_database WHERE datname = 'newssearch'")"
done

echo "== query mix, Lucene.Net"
$bench query --engine lucene --db "$index" --queries bench/NewsSearch.Bench/queries.txt --warmup "$warmup" --repeat "$repeat" | tail -n 1

echo "== query mix, PostgreSQL (both hosts; reads prefer the standby)"
sql "$replica_port" "SELECT pg_stat_reset()" >/dev/null
sql "$primary_port" "SELECT pg_stat_reset()" >/dev/null
before_p=$(cpu_of primary); before_r=$(cpu_of replica); xp=$(xacts_of "$primary_port"); xr=$(xacts_of "$replica_port")
$bench query --engine postgres --db "$cluster" --queries bench/NewsSearch.Bench/queries.txt --warmup "$warmup" --repeat "$repeat" | tee "$work/pg-query.txt" | tail -n 1
sleep 3 # the bench's backends exit with it; their CPU reaches the postmaster's account once it has reaped them
after_p=$(cpu_of primary); after_r=$(cpu_of replica); yp=$(xacts_of "$primary_port"); yr=$(xacts_of "$replica_port")
queries=$(( $(grep -c 'hits' "$work/pg-query.txt") * (warmup + repeat) ))
echo "transactions during the mix: primary $((yp - xp)), standby $((yr - xr)) (${queries} searches)"
echo "database CPU per search: primary $(per_search "$before_p" "$after_p" "$queries") ms, standby $(per_search "$before_r" "$after_r" "$queries") ms"
tools/postgres.sh stop "$pgdir" >/dev/null
