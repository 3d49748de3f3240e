#!/usr/bin/env bash
# The one test command: installs what the tests need, builds, and runs every test project.
# Ends with a line "tests: N passed, N failed, N skipped" and exits non-zero on any failure, on a
# test host that aborted or reported fewer tests than it holds, and while NEWSSEARCH_UPDATE_EXPECTED
# is set (snapshots are then rewritten, not checked).
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
# afresh for each run on ports picked so that nothing else can hold them, and stopped at the end (tools/postgres.sh).
pgdir=${NEWSSEARCH_TEST_PG_DIR:-/tmp/newssearch-test-pg}
tools/postgres.sh destroy "$pgdir" >/dev/null 2>&1 || true
if ! tools/postgres.sh start "$pgdir" auto >/dev/null; then
  echo "could not start PostgreSQL for the tests"
  exit 1
fi
work=$(mktemp -d)
trap 'tools/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export NEWSSEARCH_TEST_POSTGRES_CLUSTER
NEWSSEARCH_TEST_POSTGRES_CLUSTER=$(tools/postgres.sh url "$pgdir")
export NEWSSEARCH_TEST_POSTGRES="${NEWSSEARCH_TEST_POSTGRES_CLUSTER%%,*};Database=newssearch;Username=newssearch"

# How many tests each project holds, so that a test host that dies half-way cannot pass for a
# shorter green run: the project's reported total must reach this number.
projects=$(sed -n 's/^Project("[^"]*") = "\([^"]*\.Tests\)", "\([^"]*\)".*/\1 \2/p' NewsSearch.sln | tr '\\' '/')
expected_total=0
while read -r name path; do
  [ -n "$name" ] || continue
  count=$(dotnet test "$path" -c Release --no-build -nologo --list-tests 2>/dev/null \
    | sed -n '/The following Tests are available:/,$p' | tail -n +2 | grep -c '^ ')
  echo "$name $count" >> "$work/expected"
  expected_total=$((expected_total + count))
done <<< "$projects"

# The console's per-project summary lines are counted below; the TRX files carry skip reasons.
log="$work/log"
dotnet test NewsSearch.sln -c Release --no-build -nologo --logger trx --results-directory "$work/trx" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Per-project result lines: "Passed!  - Failed:     0, Passed:   242, Skipped:     0, Total:   242, ... - X.Tests.dll (net10.0)"
passed=0; failed=0; skipped=0; incomplete=()
while read -r name count; do
  line=$(grep -E "(Passed|Failed|Skipped)! +- Failed:.* - ${name}\.dll" "$log" | tail -n 1)
  if [ -z "$line" ]; then
    incomplete+=("$name reported no result of its $count tests (test host aborted?)")
    continue
  fi
  read -r f p s t < <(awk -F'[:,]' '{ printf "%d %d %d %d\n", $2, $4, $6, $8 }' <<< "$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [ "$t" -lt "$count" ]; then
    incomplete+=("$name reported $t of its $count tests (test host aborted?)")
  fi
done < "$work/expected"
# xunit reports a fixture whose disposal threw beside the counts, not in them: it fails the run too.
if grep -q 'Cleanup Failure' "$log"; then
  incomplete+=("a test fixture failed to clean up: see 'Cleanup Failure' above")
fi
if grep -q 'Test Run Aborted' "$log"; then
  incomplete+=("a test host aborted: see 'Test Run Aborted' above")
fi

# Each skipped test with its reason, so that a skip is read, not only counted.
cat "$work"/trx/*.trx 2>/dev/null | awk '
  /outcome="NotExecuted"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11) }
  name != "" && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print "skipped: " name ": " $0; name = "" }
  /<\/UnitTestResult>/ { if (name != "") print "skipped: " name; name = "" }' \
  | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
for reason in "${incomplete[@]}"; do
  echo "incomplete: $reason"
done
if [ -n "${NEWSSEARCH_UPDATE_EXPECTED:-}" ]; then
  echo "NEWSSEARCH_UPDATE_EXPECTED is set: snapshot files were rewritten, not checked; review 'git diff', unset it and run again"
fi
if [ ${#incomplete[@]} -gt 0 ]; then
  echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped; INCOMPLETE: $((passed + failed + skipped)) of ${expected_total} expected tests reported"
else
  echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
fi
if [ "${passed}" -eq 0 ]; then
  echo "no test ran"
  exit 1
fi
if [ ${#incomplete[@]} -gt 0 ] || [ -n "${NEWSSEARCH_UPDATE_EXPECTED:-}" ]; then
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
