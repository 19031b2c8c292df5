#!/usr/bin/env bash
# Load test: the directory page, a full-text search page and the matching API against the raw-Npgsql
# baseline (/benchmarks/directory), on 100,000 synthetic organizations, all on this machine (127.0.0.1).
#
#   scripts/load-test.sh            # everything (about 15 minutes on 2 cores)
#   DURATION=10 ROUNDS=1 scripts/load-test.sh   # a quick look
#   ONLY=matching scripts/load-test.sh          # only the matching API against the directory baseline
#
# What it does, in order:
#   1. installs wrk from Debian (apt-get). Debian 12's "bombardier" package is the GNU Bombing game, not
#      the HTTP benchmark, and wrk2 is not packaged: fixed-rate runs use wrk with a Lua delay() per
#      connection (scripts/load-test-fixed-rate.lua), which paces each connection to reach the rate;
#   2. publishes the portal, the command-line tool and the test host (tests/WorkwaysPortal.TestHost,
#      which holds the baseline; the portal itself ships without it) in Release;
#   3. creates a private PostgreSQL cluster in $WORK/pg and loads 100,000 organizations
#      (`workways generate organizations 100000 --seed 42`) once;
#   4. starts the published portal on 127.0.0.1:$PORT with the test host's endpoints added through
#      DOTNET_STARTUP_HOOKS (the baseline answers after the portal's whole pipeline), per-request logging off;
#      plain http on loopback (Portal:RequireHttps=false, as behind a TLS proxy);
#   5. for each target: warms up, then runs baseline and page ALTERNATELY, $ROUNDS x $DURATION s each,
#      and prints the requests/s of every run, the medians and their ratio; then at a fixed rate of half
#      the page's median peak: p50, p99, non-2xx responses and socket errors;
#   6. does it twice: with the output cache off (what EF Core + Razor cost against raw Npgsql) and on
#      (what anonymous visitors get).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${WORK:-/tmp/workways-load}"
PORT="${PORT:-5099}"
DURATION="${DURATION:-20}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
COUNT="${COUNT:-100000}"
BASE="http://127.0.0.1:${PORT}"

DIRECTORY_QUERY="sector=civil-society&country=MX"
SEARCH_QUERY="q=training"
ONLY="${ONLY:-}"                       # "matching": only the matching API (output cache off)

log() { printf '\n== %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
    log "Installing wrk from Debian"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

mkdir -p "$WORK"
log "Publishing the portal, the command-line tool and the test host (Release)"
dotnet publish "$ROOT/src/WorkwaysPortal.Web" -c Release -o "$WORK/portal" -v quiet -nologo >/dev/null
dotnet publish "$ROOT/src/WorkwaysPortal.Cli" -c Release -o "$WORK/cli" -v quiet -nologo >/dev/null
dotnet publish "$ROOT/tests/WorkwaysPortal.TestHost" -c Release -o "$WORK/testhost" -v quiet -nologo >/dev/null

export LocalDatabase__Directory="$WORK/pg"
export LocalDatabase__Port=5499
export LocalDatabase__Database=workways_load
if [[ ! -f "$WORK/generated-$COUNT" ]]; then
    log "Generating $COUNT organizations (once; delete $WORK to start over)"
    (cd "$WORK/cli" && dotnet workways.dll migrate && dotnet workways.dll generate organizations "$COUNT" --seed 42)
    touch "$WORK/generated-$COUNT"
fi

PORTAL_PID=""
stop_portal() {
    if [[ -n "$PORTAL_PID" ]]; then
        kill -TERM "$PORTAL_PID" 2>/dev/null || true
        wait "$PORTAL_PID" 2>/dev/null || true
        PORTAL_PID=""
    fi
}
trap stop_portal EXIT

start_portal() { # $1: output cache true|false
    log "Starting the portal (OutputCache:Enabled=$1)"
    (cd "$WORK/portal" && DOTNET_STARTUP_HOOKS="$WORK/testhost/WorkwaysPortal.TestHost.dll" \
        exec dotnet WorkwaysPortal.Web.dll --urls "$BASE" --OutputCache:Enabled="$1" --Portal:RequireHttps=false \
        --RateLimiting:Api:PermitLimit=100000000 --RateLimiting:MatchSearch:PermitLimit=100000000 \
        "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
        >"$WORK/portal.log" 2>&1) &
    PORTAL_PID=$!
    for _ in $(seq 1 120); do
        if curl -fsS "$BASE/health/ready" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "The portal did not start; see $WORK/portal.log" >&2
    exit 1
}

rps() { # $1: url, $2: seconds → requests/s
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" "$1" | awk '/^Requests\/sec:/ {print $2}'
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

RESULTS="$WORK/results.md"
compare() { # $1: name, $2: baseline url, $3: page url, $4: cache on|off
    local name="$1" baseline="$2" page="$3" cache="$4" b=() p=()
    log "$name (cache $cache): warm-up ${WARMUP}s each"
    rps "$baseline" "$WARMUP" >/dev/null
    rps "$page" "$WARMUP" >/dev/null
    for round in $(seq 1 "$ROUNDS"); do
        b+=("$(rps "$baseline" "$DURATION")")
        p+=("$(rps "$page" "$DURATION")")
        echo "  round $round: baseline ${b[-1]} req/s, page ${p[-1]} req/s" >&2
    done
    local mb mp ratio
    mb="$(median "${b[@]}")"
    mp="$(median "${p[@]}")"
    ratio="$(awk -v p="$mp" -v b="$mb" 'BEGIN {printf "%.2f", p / b}')"
    echo "  median: baseline $mb, page $mp, ratio $ratio" >&2
    fixed "$name" "$page" "$cache" "$(awk -v p="$mp" 'BEGIN {printf "%d", p / 2}')" "$mb" "$mp" "$ratio" "${b[*]}" "${p[*]}"
}

fixed() { # at half the page's peak: p50, p99, errors
    local name="$1" page="$2" cache="$3" rate="$4" mb="$5" mp="$6" ratio="$7" runs_b="$8" runs_p="$9" out
    log "$name (cache $cache): fixed rate $rate req/s for ${DURATION}s"
    out="$(wrk -t"$THREADS" -c16 -d"${DURATION}s" --latency -s "$ROOT/scripts/load-test-fixed-rate.lua" "$page" -- "$rate" 16)"
    local achieved p50 p99 non2xx socket
    achieved="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    non2xx="$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' <<<"$out")"
    socket="$(awk -F'Socket errors: ' '/Socket errors/ {print $2}' <<<"$out")"
    echo "  achieved $achieved req/s, p50 $p50, p99 $p99, non-2xx ${non2xx:-0}, socket errors ${socket:-none}" >&2
    echo "| $name | $cache | $runs_b | $runs_p | $mb | $mp | **$ratio** | $rate ($achieved) | $p50 | $p99 | ${non2xx:-0} | ${socket:-none} |" >>"$RESULTS"
}

ID="$(curl -fsS "$BASE/benchmarks/directory" 2>/dev/null | grep -o '<tr><td>[0-9]*' | head -1 | grep -o '[0-9]*$' || true)"
{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $COUNT organizations; wrk -t$THREADS -c$CONNECTIONS, $ROUNDS x ${DURATION}s alternating after ${WARMUP}s warm-up."
    echo
    echo "| target | output cache | baseline req/s (runs) | page req/s (runs) | baseline median | page median | ratio | fixed rate (achieved) | p50 | p99 | non-2xx | socket errors |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$RESULTS"

start_portal false
ID="$(curl -fsS "$BASE/benchmarks/directory" | grep -o '<tr><td>[0-9]*' | head -1 | grep -o '[0-9]*$')"
log "Static assets of the published portal"
CSS="$(curl -fsS "$BASE/" | grep -o '/css/site\.[a-z0-9]*\.css' | head -1)"
curl -fsS -o /dev/null -D - -H 'Accept-Encoding: br' "$BASE$CSS" | grep -iE '^(cache-control|content-encoding):' >&2 || true
if [[ "$ONLY" != matching ]]; then
    compare "directory, 20 rows ($DIRECTORY_QUERY)" "$BASE/benchmarks/directory?$DIRECTORY_QUERY" "$BASE/Organizations?$DIRECTORY_QUERY" off
    compare "search page ($SEARCH_QUERY)" "$BASE/benchmarks/directory?$SEARCH_QUERY" "$BASE/Organizations?$SEARCH_QUERY" off
fi
compare "matching API (/api/v1/organizations/$ID/matches) vs directory baseline" "$BASE/benchmarks/directory?$DIRECTORY_QUERY" "$BASE/api/v1/organizations/$ID/matches" off
stop_portal

if [[ "$ONLY" != matching ]]; then
    start_portal true
    compare "directory, 20 rows ($DIRECTORY_QUERY)" "$BASE/benchmarks/directory?$DIRECTORY_QUERY" "$BASE/Organizations?$DIRECTORY_QUERY" on
    compare "search page ($SEARCH_QUERY)" "$BASE/benchmarks/directory?$SEARCH_QUERY" "$BASE/Organizations?$SEARCH_QUERY" on
    stop_portal
fi

log "Results ($RESULTS)"
cat "$RESULTS"
