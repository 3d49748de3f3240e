#!/usr/bin/env bash
# The one test command: installs what the tests need, builds, and runs every test project.
# Ends with a line "tests: N passed, N failed, N skipped" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

tools/install-test-deps.sh || { echo "could not install test dependencies"; exit 1; }

dotnet build NewsSearch.sln -c Release -nologo -v quiet 2>&1 | tail -n 20
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "build failed"
  exit "$build"
fi

# The PostgreSQL engine's tests run against a primary and a streaming standby of our own, started
# afresh for each run and stopped at the end (tools/postgres.sh).
pgdir=${NEWSSEARCH_TEST_PG_DIR:-/tmp/newssearch-test-pg}
tools/postgres.sh destroy "$pgdir" >/dev/null 2>&1 || true
if ! tools/postgres.sh start "$pgdir" >/dev/null; then
  echo "could not start PostgreSQL for the tests"
  exit 1
fi
trap 'tools/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true' EXIT
export NEWSSEARCH_TEST_POSTGRES_CLUSTER
NEWSSEARCH_TEST_POSTGRES_CLUSTER=$(tools/postgres.sh url "$pgdir")
export NEWSSEARCH_TEST_POSTGRES="${NEWSSEARCH_TEST_POSTGRES_CLUSTER%%,*};Database=newssearch;Username=newssearch"

log=$(mktemp)
dotnet test NewsSearch.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project result lines: "Passed!  - Failed:     0, Passed:   242, Skipped:     0, ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d %d %d\n", passed, failed, skipped }')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "${passed}" -eq 0 ]; then
  echo "no test ran"
  exit 1
fi
exit "$status"
