#!/usr/bin/env bash
# Reproduces docs/benchmarks.md: generates corpora, builds Lucene.Net indexes with both segmenters
# (timing indexing with peak memory, index size, CPU and GC per article, the stage profile and the
# time from a POST to the article being searchable), and runs the query mix in process (match cache
# off: the engine answers every run; facets and snippets on) and over HTTP with wrk against the real
# service on the SmartCn index (output cache off: a mix of facet clicks and paging whose answers rarely
# repeat, and a mix whose query texts rarely repeat). Load average is printed
# next to each figure: the machine may be shared. Long: not part of the tests.
# Usage: tools/bench.sh [work-folder] [sizes...]   e.g. tools/bench.sh /tmp/nsbench 20000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${1:-/tmp/nsbench}
shift || true
sizes=("${@:-20000 100000}")
sizes=(${sizes[@]})
mkdir -p "$work"

command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v /usr/bin/time >/dev/null 2>&1 || apt-get install -y -qq time >/dev/null

for project in indexer/NewsSearch.Indexer bench/NewsSearch.Bench src/NewsSearch.Api; do
  dotnet build -c Release -nologo -v quiet "$project"
done
indexer="dotnet $root/indexer/NewsSearch.Indexer/bin/Release/net10.0/indexer.dll"
bench="dotnet $root/bench/NewsSearch.Bench/bin/Release/net10.0/NewsSearch.Bench.dll"
api="$root/src/NewsSearch.Api/bin/Release/net10.0/NewsSearch.Api.dll"

for n in "${sizes[@]}"; do
  echo "== $n articles"
  corpus="$work/g$n.jsonl"
  [ -f "$corpus" ] || $indexer generate --count "$n" --seed "$n" --out "$corpus" --corpus corpus
  # Lucene.Net indexing with each segmenter: the CLI under /usr/bin/time (wall, peak memory), the
  # index size, then the same run in process for CPU per article and the garbage collector's share.
  for segmenter in smartcn icu; do
    index="$work/idx$n-$segmenter"
    echo "-- lucene, $segmenter, load $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "peak_rss_kb=%M wall_s=%e cpu=%P" $indexer index "$corpus" --engine lucene --segmenter "$segmenter" --db "$index" --rebuild 2>&1 | tail -n 2
    echo "index_kb=$(du -sk "$index" | cut -f1) per_article_kb=$(( $(du -sk "$index" | cut -f1) / n ))"
    $bench index --input "$corpus" --engine lucene --segmenter "$segmenter" --db "$work/bench-idx-$segmenter"
    rm -rf "$work/bench-idx-$segmenter"
    $bench stages --input "$corpus" --limit 3000 --segmenter "$segmenter" --engine lucene
  done

  index="$work/idx$n-smartcn"
  echo "load: $(cat /proc/loadavg)"
  $bench query --engine lucene --db "$index" --queries bench/NewsSearch.Bench/queries.txt --warmup 10 --repeat 10 | tail -n 1
  echo "load: $(cat /proc/loadavg)"
  $bench query --engine lucene --db "$index" --queries bench/NewsSearch.Bench/narrow.txt --warmup 10 --repeat 10 | tail -n 1
  echo "load: $(cat /proc/loadavg)"

  port=5099
  NewsSearch__Engine=lucene NewsSearch__IndexPath="$index" NewsSearch__CorpusPath="" NewsSearch__CacheSeconds=0 \
    dotnet "$api" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
  wrk -t2 -c32 -d10s -s bench/wrk-varied.lua "http://127.0.0.1:$port" >/dev/null # warm-up: JIT, the reader's view
  echo "load: $(cat /proc/loadavg)"
  wrk -t2 -c32 -d30s --latency -s bench/wrk-varied.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors" || true
  echo "load: $(cat /proc/loadavg)"
  # Query texts that rarely repeat: the engine answers nearly every request.
  wrk -t2 -c32 -d30s --latency -s bench/wrk-novel.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors" || true
  echo "load: $(cat /proc/loadavg)"
  echo "api_rss_kb=$(ps -o rss= -p $pid)"
  kill $pid; wait $pid 2>/dev/null || true

  # Last, as it adds its probe articles to the index.
  tools/bench-visibility.sh "$index" 50
done
