#!/usr/bin/env bash
# Dynamic security scan: wapiti (web vulnerability scanner) and sqlmap (SQL injection) against the
# portal running on 127.0.0.1 over a throwaway database with the demo data. Findings are recorded in
# docs/security-scan.md; the measures they check are in docs/security.md.
#
#   scripts/security-scan.sh                       # everything (up to about 2 hours on 2 cores)
#   WAPITI_TIME=300 SQLMAP_LEVEL=1 scripts/security-scan.sh   # a quicker look
#
# What it does, in order:
#   1. installs wapiti and sqlmap from Debian (apt-get, as root) when they are missing;
#   2. builds the portal (Release) and starts it on 127.0.0.1:$PORT in Development (so the demo data
#      and demo accounts are loaded) with a private PostgreSQL cluster in $WORK/pg (LocalDatabase__Directory),
#      and rate limits raised so that the scanners are not slowed down by 429s (the limits have tests);
#   3. runs wapiti twice, anonymously and signed in as the demo delegate (cookie from a real sign-in,
#      sent as a header), with every module that works offline;
#   4. runs sqlmap on every query parameter of the directory, gap and initiative pages, the JSON API
#      (query strings, ids and the match search body) and the sign-in form (with its antiforgery token);
#   5. writes $WORK/report/summary.md (also printed) next to the full wapiti (JSON) and sqlmap reports, and
#      stops the portal and its cluster.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${WORK:-/tmp/workways-security-scan}"
PORT="${PORT:-5097}"
PG_PORT="${PG_PORT:-5497}"
BASE="http://127.0.0.1:${PORT}"
WAPITI_TIME="${WAPITI_TIME:-600}"      # seconds per wapiti pass
SQLMAP_LEVEL="${SQLMAP_LEVEL:-2}"
SQLMAP_RISK="${SQLMAP_RISK:-2}"
SQLMAP_TIME="${SQLMAP_TIME:-480}"      # seconds per sqlmap target at most
REPORT="$WORK/report"
DEMO_PASSWORD="Workways-Demo-2026"

log() { printf '\n== %s\n' "$*" >&2; }

missing=()
command -v wapiti >/dev/null || missing+=(wapiti)
command -v sqlmap >/dev/null || missing+=(sqlmap)
if ((${#missing[@]} > 0)); then
    log "Installing ${missing[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rm -rf "$WORK"
mkdir -p "$REPORT/wapiti" "$REPORT/sqlmap" "$WORK/pg"
chmod 755 "$WORK"

log "Building the portal (Release)"
dotnet build "$ROOT/src/WorkwaysPortal.Web" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null

PORTAL_PID=""
stop_portal() {
    if [[ -n "$PORTAL_PID" ]]; then
        kill -TERM "$PORTAL_PID" 2>/dev/null || true
        wait "$PORTAL_PID" 2>/dev/null || true
        PORTAL_PID=""
    fi
}
trap stop_portal EXIT

log "Starting the portal on $BASE (Development, demo data, throwaway cluster in $WORK/pg)"
(
    cd "$ROOT/src/WorkwaysPortal.Web"
    export ASPNETCORE_ENVIRONMENT=Development
    export LocalDatabase__Directory="$WORK/pg" LocalDatabase__Port="$PG_PORT" LocalDatabase__Database=workways_scan
    export Database__SeedDemoData=true Mail__Enabled=false Mail__PickupDirectory="$WORK/mail"
    for policy in SignIn Registration ProposalSubmission Api MatchSearch AccountEmails; do
        export "RateLimiting__${policy}__PermitLimit=100000000"
    done
    exec dotnet run -c Release --no-build --no-launch-profile -- --urls "$BASE" \
        "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning"
) >"$REPORT/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 180); do
    if curl -fsS "$BASE/health/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then echo "The portal stopped; see $REPORT/portal.log" >&2; exit 1; fi
    sleep 1
done
curl -fsS "$BASE/health/ready" >/dev/null || { echo "The portal did not start; see $REPORT/portal.log" >&2; exit 1; }

# Signs in through the real form (antiforgery token included) and prints the Cookie header value.
sign_in() { # $1: email
    local jar="$WORK/cookies-$1.txt" token
    token=$(curl -fsS -c "$jar" -b "$jar" "$BASE/Account/Login" |
        sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -fsS -o /dev/null -c "$jar" -b "$jar" \
        --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$DEMO_PASSWORD" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
    # HttpOnly cookies are written as "#HttpOnly_host …" lines in curl's cookie jar.
    sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'
}

# ---- wapiti ------------------------------------------------------------------------------------
# ssrf and the out-of-band part of other modules need wapiti's public endpoint: not on an offline machine.
# No -x exclusions: wapiti 3.0.4 on Python 3.11 fails to compile any of them (re.error "global flags not
# at the start"). Signing out does not end the scan's session: the cookie is sent as a fixed header and
# the portal's cookie authentication keeps no server-side session.
MODULES="backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,sql,xss,xxe"
wapiti_pass() { # $1: name, then extra arguments
    local name="$1"
    shift
    log "wapiti: $name pass (at most $WAPITI_TIME s)"
    # wapiti 3.0.4 asks for Brotli ("Accept-Encoding: gzip, deflate, br") but cannot decode it, and then
    # finds no links in the (compressed) pages: ask for what it can read.
    wapiti -u "$BASE/" --scope folder -m "$MODULES" -d 4 --max-links-per-page 60 --max-files-per-dir 40 \
        -H "Accept-Encoding: gzip, deflate" \
        --max-scan-time "$WAPITI_TIME" --max-attack-time "$((WAPITI_TIME / 4))" -t 20 \
        --flush-session --store-session "$WORK/wapiti-session-$name" --no-bugreport -v 1 \
        -f json -o "$REPORT/wapiti/$name.json" "$@" >"$REPORT/wapiti/$name.log" 2>&1 || true
}
wapiti_pass anonymous
DELEGATE_COOKIE=$(sign_in delegate@workways.example)
[[ "$DELEGATE_COOKIE" == *workways.auth=* ]] || { echo "Signing in as the demo delegate failed" >&2; exit 1; }
wapiti_pass delegate -H "Cookie: $DELEGATE_COOKIE"

# ---- sqlmap ------------------------------------------------------------------------------------
sqlmap_target() { # $1: name, then sqlmap arguments
    local name="$1"
    shift
    log "sqlmap: $name"
    timeout "$SQLMAP_TIME" sqlmap --batch --disable-coloring --flush-session --dbms=PostgreSQL \
        --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" --technique=BEUST --time-sec=2 --threads=2 \
        --output-dir="$REPORT/sqlmap/$name" "$@" >"$REPORT/sqlmap/$name.log" 2>&1 || true
}
MODERATOR_COOKIE=$(sign_in moderator@workways.example)
[[ "$MODERATOR_COOKIE" == *workways.auth=* ]] || { echo "Signing in as the demo moderator failed" >&2; exit 1; }
sqlmap_target directory -u "$BASE/Organizations?q=migracion&sector=civil-society&country=GT&subRegion=central-america&capability=legal-aid&page=1"
sqlmap_target gaps -u "$BASE/Gaps?q=training&country=GT&capability=vocational-training&status=open&priority=high&gcmObjective=18&page=1"
sqlmap_target initiatives -u "$BASE/Initiatives?q=visa&country=SV&capability=visa-processing&status=active&page=1"
sqlmap_target find-partners -u "$BASE/Partners/Find?seeks=legal-aid&countries=GT&sectors=government&text=training"
sqlmap_target api-organizations -u "$BASE/api/v1/organizations?q=asuncion&sector=civil-society&country=PY&capability=legal-aid&page=1&pageSize=10"
sqlmap_target api-organization-id -u "$BASE/api/v1/organizations/1*"
sqlmap_target api-gaps -u "$BASE/api/v1/gaps?q=training&country=GT&status=open&priority=high&gcmObjective=18&page=1"
sqlmap_target api-initiatives -u "$BASE/api/v1/initiatives?q=visa&country=SV&status=active&page=1"
sqlmap_target api-match-search -u "$BASE/api/v1/matches/search" \
    --data '{"seeks":["legal-aid"],"countries":["GT"],"sectors":["government"],"text":"training","top":5}' \
    --headers "Content-Type: application/json"
sqlmap_target moderation -u "$BASE/Moderation?kind=organizations&country=GT&sector=civil-society&page=1" --cookie "$MODERATOR_COOKIE"
sqlmap_target sign-in -u "$BASE/Account/Login" \
    --data "Input.Email=nobody%40example.org&Input.Password=not-a-password&__RequestVerificationToken=x" \
    --csrf-token="__RequestVerificationToken" --csrf-url="$BASE/Account/Login" --skip="__RequestVerificationToken" --threads=1

# ---- summary -----------------------------------------------------------------------------------
log "Writing $REPORT/summary.md"
python3 - "$REPORT" >"$REPORT/summary.md" <<'PY'
import json, pathlib, re, sys

report = pathlib.Path(sys.argv[1])
print("# Security scan summary\n")
for name in ("anonymous", "delegate"):
    path = report / "wapiti" / f"{name}.json"
    print(f"## wapiti, {name} pass\n")
    if not path.exists():
        print(f"No report (see wapiti/{name}.log).\n")
        continue
    data = json.loads(path.read_text())
    info = data.get("infos", {})
    log = (report / "wapiti" / f"{name}.log").read_text(errors="replace")
    found = re.search(r"Wapiti found (\d+) URLs and forms", log)
    modules = re.findall(r"Launching module (\w+)", log)
    print(f"{found.group(1) if found else '?'} URLs and forms crawled on {info.get('target')} (scope {info.get('scope')}); "
          f"modules run: {', '.join(modules) or 'none'}.\n")
    for section in ("vulnerabilities", "anomalies", "additionals"):
        findings = [(kind, f) for kind, items in data.get(section, {}).items() for f in items]
        print(f"### {section}: {len(findings)}\n")
        for kind, f in findings:
            info_text = " ".join(str(f.get("info", "")).split())[:220]
            print(f"- **{kind}** (level {f.get('level')}) {f.get('method')} {f.get('path')} "
                  f"parameter `{f.get('parameter') or '-'}`: {info_text}")
        print()
print("## sqlmap\n")
for log in sorted((report / "sqlmap").glob("*.log")):
    text = log.read_text(errors="replace")
    if re.search(r"(?i)parameter '.*' is vulnerable|sqlmap identified the following injection point", text):
        verdict = "INJECTABLE: see the log"
    elif "do not appear to be injectable" in text:
        verdict = "no injectable parameter"
    elif re.search(r"(?i)might be injectable|heuristic .* might be", text):
        verdict = "heuristic hint only (see the log), not confirmed"
    else:
        verdict = "inconclusive (timed out or stopped; see the log)"
    tested = sorted(set(re.findall(r"testing for SQL injection on (?:\S+ )?(?:GET|POST|URI|Cookie|User-Agent|Referer|Host) parameter '([^']+)'", text)))
    if re.search(r"got a 30\d redirect to '[^']*/Account/Login", text):
        verdict += " (WARNING: redirected to the sign-in page, the session was not used)"
    print(f"- **{log.stem}**: {verdict}; parameters tested: {', '.join(tested) or '?'}")
PY
cat "$REPORT/summary.md"
log "Reports in $REPORT (wapiti/*.json and *.log, sqlmap/*.log and sqlmap/*/)"
