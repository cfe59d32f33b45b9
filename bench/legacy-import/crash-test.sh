#!/usr/bin/env bash
# The legacy register import's crash test (docs/benchmarks.md, "Legacy register import").
#
#   bench/legacy-import/crash-test.sh        exit 0: every check passed; 1: a check failed or a step broke
#
# On a fresh PostgreSQL database (IMPORT_CRASH_DATABASE, default alarmis_import_crash, dropped at
# the end) and a WildFly of its own (bench/post-link/server.sh; port offset POSTLINK_PORT_OFFSET,
# default 400): an admin signs in through the login page and uploads, on the import page, a file
# of IMPORT_CRASH_LINES (40,000) lines of the legacy register (one in 37 bad, of every kind);
# while it is imported the server is killed with kill -9 IMPORT_CRASH_KILLS (3) times, each once
# the ledger holds another share of the lines, restarted, and the import resumed with the page's
# Resume button. Then it checks, and prints PASS or FAIL for each:
#   - the import completed after one execution per kill and one more;
#   - every line of the file is in the ledger once, and the counts add up to the file: each good
#     line created one connection, each bad line was rejected (and is in the report);
#   - no line was imported twice: one connection per good line, each with exactly one IMPORTED
#     line in its history.
# Runs in about 3-5 minutes on 2 cores. Logs under bench/target/legacy-import/crash-test/.
set -euo pipefail
repo_dir=$(cd "$(dirname "$0")/../.." && pwd)
bench_target="$repo_dir/bench/target/legacy-import/crash-test"
source "$repo_dir/bench/post-link/server.sh"
source "$repo_dir/bench/legacy-import/admin-page.sh"

lines=${IMPORT_CRASH_LINES:-40000}
kills=${IMPORT_CRASH_KILLS:-3}

ledger_lines() { sql "SELECT count(*) FROM legacy_import_line" 2>/dev/null || echo 0; }
import_field() { sql "SELECT $1 FROM legacy_import ORDER BY id DESC LIMIT 1"; }

started=$(date +%s)
build without-client
create_database "${IMPORT_CRASH_DATABASE:-alarmis_import_crash}"
provision
rm -f "$target/server.log"
log "writing a legacy register of $lines lines"
java "$repo/bench/legacy-import/LegacyRegisterFile.java" "$lines" "$target/register.csv" --bad-lines
gzip -c "$target/register.csv" >"$target/register.csv.gz"
bad=$((lines / 37))
log "starting WildFly (port offset $port_offset, heap $heap) on database $database"
start_server
deploy
wait_deployed
sign_in
upload "$target/register.csv.gz"
log "import started: $(import_field status), $(import_field line_count) lines"

for kill in $(seq "$kills"); do
    threshold=$((lines * kill / (kills + 1)))
    for _ in $(seq 600); do
        [ "$(ledger_lines)" -ge "$threshold" ] && break
        [ "$(import_field status)" = RUNNING ] || fail "the import stopped before kill $kill: $(import_field status)"
        sleep 0.2
    done
    done_before=$(ledger_lines)
    log "kill $kill of $kills (kill -9) with $done_before lines in the ledger"
    kill_server
    start_server
    wait_deployed
    status=$(import_field status)
    [ "$status" = INTERRUPTED ] || fail "after the restart the import is $status, not INTERRUPTED"
    [ "$(ledger_lines)" -ge "$done_before" ] || fail "the ledger lost lines in the crash"
    sign_in
    resume
    log "resumed after line $(sql "SELECT max(line_number) FROM legacy_import_line")"
done

log "waiting for the import to complete"
for _ in $(seq 900); do
    [ "$(import_field status)" = RUNNING ] || break
    sleep 0.5
done

failures=0
check() { # description, then the test
    local what=$1
    shift
    if "$@"; then
        printf 'PASS  %s\n' "$what"
    else
        printf 'FAIL  %s\n' "$what"
        failures=$((failures + 1))
    fi
}
equals() { [ "$1" = "$2" ] || { printf '      expected %s, found %s\n' "$2" "$1"; return 1; }; }

status=$(import_field status)
executions=$(import_field executions)
created=$(import_field created_count)
rejected=$(import_field rejected_count)
lines_done=$(import_field lines_done)
check "the import completed" equals "$status" COMPLETED
check "one execution per kill and one more ($((kills + 1)))" equals "$executions" "$((kills + 1))"
check "every line of the file in the ledger once ($lines)" equals "$(sql "SELECT count(DISTINCT line_number) FROM legacy_import_line")" "$lines"
check "the ledger has no line twice" equals "$(ledger_lines)" "$lines"
check "the import's count of lines done is the file's" equals "$lines_done" "$lines"
check "each bad line rejected ($bad)" equals "$rejected" "$bad"
check "each good line created a connection ($((lines - bad)))" equals "$created" "$((lines - bad))"
check "the report names each rejected line" equals \
    "$(sql "SELECT count(DISTINCT line_number) FROM legacy_import_problem WHERE reason <> 'MISSING_FROM_FILE'")" "$bad"
check "one connection per good line in the register" equals \
    "$(sql "SELECT count(*) FROM client_connection WHERE origin = 'LEGACY'")" "$((lines - bad))"
check "each connection imported exactly once (one IMPORTED line in its history)" equals \
    "$(sql "SELECT count(*) FROM (SELECT connection_id FROM connection_event WHERE kind = 'IMPORTED' GROUP BY connection_id HAVING count(*) <> 1) twice")" 0
check "as many IMPORTED lines as connections" equals \
    "$(sql "SELECT count(*) FROM connection_event WHERE kind = 'IMPORTED'")" "$((lines - bad))"

log "done in $(( $(date +%s) - started )) s; server log: $target/server.log"
if [ "$failures" -gt 0 ]; then
    printf '%s check(s) failed\n' "$failures"
    exit 1
fi
printf 'all checks passed\n'
