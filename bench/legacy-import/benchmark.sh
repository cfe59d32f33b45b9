#!/usr/bin/env bash
# The legacy register import's benchmark (docs/benchmarks.md, "Legacy register import").
#
#   bench/legacy-import/benchmark.sh [LINES...]      default: 25000 100000
#
# On a fresh PostgreSQL database (IMPORT_BENCH_DATABASE, default alarmis_import_bench, dropped at
# the end) and a WildFly of its own (bench/post-link/server.sh, port offset POSTLINK_PORT_OFFSET,
# default 400), for each size in turn, on a register emptied before:
#   1. writes a legacy register file of that many lines, all good (psql's \copy takes nothing else;
#      the import checks every value of every line all the same);
#   2. psql's \copy of the same file into a bare table of 21 text columns: the database's own rate
#      for these bytes, without a check, a lookup or an index;
#   3. the import as an admin starts it on the page (curl, gzip-compressed upload), the tables it
#      fills analysed every 10 s meanwhile, as autovacuum's analyses would (this machine's
#      PostgreSQL runs without autovacuum: without them, the foreign-key checks keep the plans
#      made while the tables were empty, a sequential scan of all clients for each connection); lines per
#      second from the moment the import was recorded (the file kept and counted) to its end, and
#      the server's heap during it (jstat: the old generation after each collection, sampled every
#      second), which must not grow with the file.
# Prints one line per size; logs and samples under bench/target/legacy-import/benchmark/.
set -euo pipefail
repo_dir=$(cd "$(dirname "$0")/../.." && pwd)
bench_target="$repo_dir/bench/target/legacy-import/benchmark"
source "$repo_dir/bench/post-link/server.sh"
source "$repo_dir/bench/legacy-import/admin-page.sh"

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25000 100000)
command -v jstat >/dev/null || fail "jstat (JDK) is missing"

import_field() { sql "SELECT $1 FROM legacy_import ORDER BY id DESC LIMIT 1"; }
empty_register() {
    psql_db -c "DELETE FROM legacy_import_problem; DELETE FROM legacy_import_line; DELETE FROM legacy_import;
        DELETE FROM connection_event; DELETE FROM client_connection WHERE origin = 'LEGACY';
        DELETE FROM client WHERE origin = 'LEGACY'; TRUNCATE bare_legacy" >/dev/null
    psql_db -c "VACUUM ANALYZE" >/dev/null
}

build without-client
create_database "${IMPORT_BENCH_DATABASE:-alarmis_import_bench}"
provision
rm -f "$target/server.log"
start_server
deploy
wait_deployed
psql_db -c "CREATE TABLE bare_legacy ($(seq -f 'c%g text' -s ', ' 1 21))" >/dev/null
jvm=$(server_jvm)

printf '%-8s %-14s %-16s %-22s %-10s %s\n' lines "copy lines/s" "import lines/s" "import / copy" "upload s" \
    "old gen MB: before / max during / after (young GC only)"
for size in "${sizes[@]}"; do
    empty_register
    file="$target/register-$size.csv"
    java "$repo/bench/legacy-import/LegacyRegisterFile.java" "$size" "$file"
    gzip -c "$file" >"$file.gz"

    copy_started=$(date +%s.%N)
    psql_db -c "\\copy bare_legacy FROM '$file' WITH (FORMAT csv, DELIMITER ';', HEADER true)" >/dev/null
    copy_seconds=$(echo "$(date +%s.%N) - $copy_started" | bc -l)

    # The old generation (KB) every second: what survives collections, the memory the import holds.
    jstat -gc "$jvm" 1000 >"$target/jstat-$size.txt" &
    jstat_pid=$!
    sleep 2
    # What autovacuum would do while the tables grow (its threshold: 50 rows and 10 % of the table).
    (while sleep 10; do psql_db -c "ANALYZE client, client_connection, connection_event, legacy_import_line" >/dev/null 2>&1 || true; done) &
    analyze_pid=$!
    sign_in
    upload_started=$(date +%s.%N)
    upload "$file.gz"
    upload_seconds=$(echo "$(date +%s.%N) - $upload_started" | bc -l)
    for _ in $(seq 3600); do
        [ "$(import_field status)" = RUNNING ] || break
        sleep 0.5
    done
    sleep 2
    kill "$jstat_pid" "$analyze_pid" 2>/dev/null || true
    [ "$(import_field status)" = COMPLETED ] || fail "the import of $size lines ended $(import_field status)"
    [ "$(import_field lines_done)" = "$size" ] || fail "the import did $(import_field lines_done) of $size lines"
    import_seconds=$(sql "SELECT EXTRACT(EPOCH FROM finished_at - uploaded_at) FROM legacy_import ORDER BY id DESC LIMIT 1")
    copy_rate=$(echo "$size / $copy_seconds" | bc)
    import_rate=$(echo "$size / $import_seconds" | bc)
    old_gen=$(awk 'NR > 1 && $8 ~ /^[0-9.]+$/ { ou = $8 / 1024; if (NR == 2) first = ou; if (ou > max) max = ou; last = ou }
        END { printf "%.0f / %.0f / %.0f", first, max, last }' "$target/jstat-$size.txt")
    printf '%-8s %-14s %-16s %-22s %-10.1f %s\n' "$size" "$copy_rate" "$import_rate" \
        "1/$(echo "$copy_rate / $import_rate" | bc -l | xargs printf '%.1f')" "$upload_seconds" "$old_gen"
done
log "server log: $target/server.log"
