#!/usr/bin/env bash
# Reliability drills: kill -9 the indexer at random moments, load the service with wrk, and soak it
# while sampling its RSS. Loopback only; bounded (each step has its own limit, well under 15 minutes).
#   tools/drills.sh                      all drills
#   KILLS=5 ARTICLES=20000 tools/drills.sh kill   only the kill loop (also: concurrency, load)
# Every index is a Lucene.Net directory (--engine lucene), analyzed with SEGMENTER (smartcn, the default).
# Settings (environment): ARTICLES (20000), KILLS (20), SERVE_ARTICLES (100000), LOAD_SECONDS (60), SOAK_SECONDS (300),
#   CONCURRENCY_SECONDS (60), SEGMENTER (smartcn), SERVE_INDEX (the index directory the load drill serves a copy of;
#   default bin/drills/serve-$SERVE_ARTICLES-$SEGMENTER, built from generated articles when missing and kept for the next run)
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-20000}
KILLS=${KILLS:-20}
SERVE_ARTICLES=${SERVE_ARTICLES:-100000}
LOAD_SECONDS=${LOAD_SECONDS:-60}
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONCURRENCY_SECONDS=${CONCURRENCY_SECONDS:-60}
SEGMENTER=${SEGMENTER:-smartcn}
PORT=${PORT:-18088}
WORK=$(mktemp -d /tmp/newssearch-drills.XXXXXX)
OUT=bin/drills
SUMMARY=()
SERVICE_PID=""
SERVE_BUILD_PID=""

cleanup() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then kill "$SERVICE_PID"; fi
  if [[ -n "$SERVE_BUILD_PID" ]]; then pkill -P "$SERVE_BUILD_PID" 2>/dev/null || true; kill "$SERVE_BUILD_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }

build() {
  say "building Release"
  dotnet publish indexer/NewsSearch.Indexer -c Release -o "$OUT/indexer" --nologo -v q >/dev/null
  dotnet publish src/NewsSearch.Api -c Release -o "$OUT/api" --nologo -v q >/dev/null
}

indexer() { timeout 600 dotnet "$OUT/indexer/indexer.dll" "$@"; }

# Lucene's CheckIndex over the last commit plus our own checks (indexer check); prints the article count
check() {
  local out
  out=$(indexer check --engine lucene --db "$1") || return 1
  awk '{ print $2 }' <<<"$out"
}

generate() {
  local count=$1 file=$2
  [[ -f "$file" ]] || indexer generate --count "$count" --seed 11 --out "$file" --corpus corpus >/dev/null
}

kill_drill() {
  local feed="$WORK/feed-$ARTICLES.jsonl" db="$WORK/kill/index" kills=0 failures=0
  generate "$ARTICLES" "$feed"
  say "kill drill: $KILLS kills of the indexer over $ARTICLES articles"
  local started=$SECONDS
  while (( kills < KILLS )); do
    dotnet "$OUT/indexer/indexer.dll" index "$feed" --engine lucene --segmenter "$SEGMENTER" --db "$db" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 2 + (r % 1200) / 100 }')"
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" || true
      say "  run finished before the kill; starting afresh"
      rm -rf "$db"
      continue
    fi
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true
    kills=$((kills + 1))
    local count
    if count=$(check "$db"); then say "  kill $kills: healthy, $count articles"; else failures=$((failures + 1)); say "  kill $kills: INTEGRITY FAILURE"; fi
  done
  indexer index "$feed" --engine lucene --segmenter "$SEGMENTER" --db "$db" > "$WORK/final.txt" 2>&1 || { cat "$WORK/final.txt"; failures=$((failures + 1)); }
  local final
  final=$(check "$db") || failures=$((failures + 1))
  [[ "$final" == "$ARTICLES" ]] || failures=$((failures + 1))
  SUMMARY+=("kill drill: $kills kills, $failures failures, final count $final of $ARTICLES, $((SECONDS - started)) s")
}

# The test run's 10-second reliability test (one writer posting batches, eight readers checking every
# answer's consistency and that its hits exist), run for a minute.
concurrency_drill() {
  say "concurrency: 1 writer + 8 readers for ${CONCURRENCY_SECONDS} s"
  local log="$WORK/concurrency.txt" status=0
  NEWSSEARCH_CONCURRENCY_SECONDS=$CONCURRENCY_SECONDS dotnet test tests/NewsSearch.Reliability.Tests -c Release -nologo \
    --filter "FullyQualifiedName~ConcurrencyTests" --logger "console;verbosity=detailed" > "$log" 2>&1 || status=$?
  grep -E "searches and|first:" "$log" || true
  SUMMARY+=("concurrency: $(grep -oE '[0-9]+ searches and [0-9]+ articles written in [0-9]+ s' "$log" | head -n 1), $([[ $status -eq 0 ]] && echo "0 errors" || echo "FAILED (see $log)")")
}

start_service() {
  local db=$1
  NewsSearch__Engine=lucene NewsSearch__IndexPath="$db" NewsSearch__CorpusPath="" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    dotnet "$OUT/api/NewsSearch.Api.dll" > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not become ready" >&2; return 1
}

rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$SERVICE_PID/status"; }

ensure_wrk() { command -v wrk >/dev/null || apt-get install -y wrk >/dev/null; }

serve_source() { echo "${SERVE_INDEX:-$OUT/serve-$SERVE_ARTICLES-$SEGMENTER}"; }

# Indexing 100k articles takes minutes: the index is kept and reused, and rebuilt when the
# current build refuses it (another layout version) or its check fails.
prepare_serve_index() {
  local source feed="$WORK/serve-$SERVE_ARTICLES.jsonl"
  source=$(serve_source)
  if [[ -z "${SERVE_INDEX:-}" && -d "$source" ]] && ! check "$source" >/dev/null 2>&1; then
    say "  $source is from another layout version or damaged: rebuilding it"
    rm -rf "$source"
  fi
  if [[ ! -d "$source" ]]; then
    say "  building $source from $SERVE_ARTICLES generated articles"
    generate "$SERVE_ARTICLES" "$feed"
    # Longer than indexer's own limit: in `all` this shares the cores with the kill drill.
    rm -rf "$source.partial"
    timeout 1500 dotnet "$OUT/indexer/indexer.dll" index "$feed" --engine lucene --segmenter "$SEGMENTER" --db "$source.partial" >/dev/null
    mv "$source.partial" "$source"
  fi
}

load_drill() {
  ensure_wrk
  local db="$WORK/serve/index" source
  source=$(serve_source)
  if [[ -n "$SERVE_BUILD_PID" ]]; then wait "$SERVE_BUILD_PID"; SERVE_BUILD_PID=""; fi
  prepare_serve_index
  mkdir -p "$WORK/serve" && cp -r "$source" "$db"   # a copy: the drill's writes never touch the kept index
  start_service "$db"
  say "load: wrk -t2 -c64 -d${LOAD_SECONDS}s over $SERVE_ARTICLES articles"
  wrk -t2 -c64 -d"${LOAD_SECONDS}s" --latency -s bench/wrk-mix.lua "http://127.0.0.1:$PORT" > "$WORK/wrk.txt" || true
  cat "$WORK/wrk.txt"
  local p99 rps errors
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
  rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/wrk.txt" | tr '\n' ' ' || true)
  SUMMARY+=("load: ${rps:-?} req/s, p99 ${p99:-?}, errors: ${errors:-none}")

  say "soak: wrk -c16 -d${SOAK_SECONDS}s, RSS every 10 s"
  wrk -t2 -c16 -d"${SOAK_SECONDS}s" -s bench/wrk-mix.lua "http://127.0.0.1:$PORT" > "$WORK/soak.txt" &
  local wrk_pid=$! first last samples=()
  first=$(rss_kb)
  while kill -0 "$wrk_pid" 2>/dev/null; do
    samples+=("$(rss_kb)"); sleep 10
  done
  wait "$wrk_pid" || true
  last=$(rss_kb)
  say "RSS samples (kB): ${samples[*]}"
  SUMMARY+=("soak: RSS ${first} kB -> ${last} kB ($(awk -v a="$first" -v b="$last" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')%), $(awk '/Requests\/sec/ { print $2 }' "$WORK/soak.txt") req/s")
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""
}

build
case "${1:-all}" in
  kill) kill_drill ;;
  concurrency) concurrency_drill ;;
  load) load_drill ;;
  all)
    # A missing serving index is built while the kill and concurrency drills run (their kills come
    # at set times, so sharing the cores costs them progress between kills, not minutes).
    prepare_serve_index & SERVE_BUILD_PID=$!
    kill_drill; concurrency_drill; load_drill ;;
  *) echo "usage: tools/drills.sh [all|kill|concurrency|load]" >&2; exit 2 ;;
esac

echo; echo "== summary =="
printf '%s\n' "${SUMMARY[@]}"
