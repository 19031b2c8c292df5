#!/usr/bin/env bash
# The README's test command. Installs what the tests need beyond the .NET SDK and PostgreSQL
# (Debian's Chromium for the browser tests, docker-compose to validate docker-compose.yml),
# runs every test project, and ends with "Tests: N passed, N failed, N skipped".
# The tests start their own throwaway PostgreSQL cluster; nothing else needs to run.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  missing+=(docker-compose)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]} (needed by the tests)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
# One test project at a time: on two cores, browser journeys starve when the integration tests run beside them.
dotnet test WorkwaysPortal.sln -m:1 --logger "trx" --results-directory "$results" "$@" || status=$?

# Sum the counters of every test run (one .trx per test project).
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    function value(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { passed += value("passed"); failed += value("failed") + value("error") + value("timeout") + value("aborted");
      skipped += value("notExecuted") + value("inconclusive") }
    END { print passed + 0, failed + 0, skipped + 0 }')
projects=$(find tests -name '*Tests.csproj' | wc -l)
runs=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$runs" -lt "$projects" ]; then
  echo "Only $runs of $projects test projects reported results." >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then status=1; fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
