#!/usr/bin/env bash
# Time from a POST /api/v1/articles answer to the article being found by /api/v1/search, against the
# real service on the Lucene.Net engine (docs/benchmarks.md). Each probe article carries a word of its
# own; after the POST answers, searches for that word are repeated until it is found (bounded).
# Usage: tools/bench-visibility.sh [index-dir] [probes] [port]   e.g. tools/bench-visibility.sh /tmp/nsbench/idx20000-smartcn 50
set -euo pipefail
cd "$(dirname "$0")/.."
index=${1:-/tmp/nsbench-visibility/index}
probes=${2:-50}
port=${3:-5098}
key=visibility-bench-key
dotnet build -c Release -nologo -v quiet src/NewsSearch.Api
api="$(pwd)/src/NewsSearch.Api/bin/Release/net10.0/NewsSearch.Api.dll"

NewsSearch__Engine=lucene NewsSearch__IndexPath="$index" NewsSearch__CorpusPath="" NewsSearch__ApiKey="$key" \
  NewsSearch__WritesPerMinute=100000 dotnet "$api" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }

now_ms() { date +%s%3N; }
results=()
searches=0
for i in $(seq 1 "$probes"); do
  word="visprobe$RANDOM$i"
  body="{\"id\":\"visibility-$word\",\"title\":\"可见性测试 $word\",\"published\":\"2025-01-01\",\"source\":\"测试\",\"author\":\"\",\"body\":\"苏州工业园区发布新的开放政策。$word 这是第 $i 篇测试文章。\"}"
  start=$(now_ms)
  curl -sf -o /dev/null -X POST -H "X-Api-Key: $key" -H "Content-Type: application/json" --data "$body" "http://127.0.0.1:$port/api/v1/articles"
  answered=$(now_ms)
  found=""
  for attempt in $(seq 1 200); do
    if curl -sf "http://127.0.0.1:$port/api/v1/search?q=$word" | grep -q '"total":[1-9]'; then found=$(now_ms); break; fi
    sleep 0.01
  done
  searches=$((searches + attempt))
  [ -n "$found" ] || { echo "probe $i: $word not found within the bound" >&2; exit 1; }
  results+=("$((answered - start)) $((found - answered))")
done
# Percentiles over the sorted values (nearest rank); mawk has no asort, so each column is sorted by sort.
percentiles() { sort -n | awk '{ v[NR] = $1; sum += $1 } END { n = NR; p99 = int(n * 0.99); if (p99 < 1) p99 = 1;
  printf "p50=%d ms p99=%d ms max=%d ms mean=%.1f ms", v[int((n + 1) / 2)], v[p99], v[n], sum / n }'; }
echo "probes=$probes load=$(cut -d' ' -f1-3 /proc/loadavg)"
echo "POST answered: $(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | percentiles)"
echo "searchable after the answer (one search's round trip included): $(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | percentiles)"
echo "searches until found: $searches for $probes probes (1 each: found by the first search after the answer)"
