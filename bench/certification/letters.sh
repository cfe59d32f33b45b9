#!/usr/bin/env bash
# The certification letters' benchmark (docs/benchmarks.md, "Certification letters").
#
#   bench/certification/letters.sh [LETTERS]          default: 1000 (a batch holds at most 1,000 letters)
#
# On a fresh PostgreSQL database (LETTERS_BENCH_DATABASE, default alarmis_letters_bench, dropped at
# the end) and a WildFly of its own (bench/post-link/server.sh, port offset POSTLINK_PORT_OFFSET,
# default 400):
#   1. the register gets LETTERS clients (the legacy import of a file of that many lines, uploaded
#      by the admin on the import page);
#   2. each gets an approved certification request of a bench eSpace, with a token issued as the
#      application issues it (only its hash, its copy sealed with the server's letter key, made
#      before the server starts) and its letter waiting in the print queue (SQL);
#   3. a supervisor prints them as one batch on the print queue page, then downloads the batch's
#      PDF (curl, as the browser would): the seconds and pages per second, and the server's heap
#      during the download (jstat every 200 ms: the heap in use, young and old generations, and the
#      old generation alone), which must grow by less than 64 MB whatever the batch's size;
#   4. the PDF is read back (PDFBox): one page per letter, each with its token.
# Logs, samples and the PDF under bench/target/certification/letters/.
set -euo pipefail
repo_dir=$(cd "$(dirname "$0")/../.." && pwd)
bench_target="$repo_dir/bench/target/certification/letters"
source "$repo_dir/bench/post-link/server.sh"
source "$repo_dir/bench/legacy-import/admin-page.sh"

letters=${1:-1000}
command -v jstat >/dev/null || fail "jstat (JDK) is missing"
supervisor=bench.supervisor@police.etat.lu
pdfbox_cp=$(find "$HOME/.m2/repository/org/apache/pdfbox" "$HOME/.m2/repository/commons-logging" -name '*.jar' \
    ! -name '*sources*' | tr '\n' ':')

build without-client
create_database "${LETTERS_BENCH_DATABASE:-alarmis_letters_bench}"
provision
key="$jboss_home/standalone/data/alarmis/letter-seal.key"
mkdir -p "$(dirname "$key")"
head -c 32 /dev/urandom >"$key"
chmod 600 "$key"
rm -f "$target/server.log"
start_server
deploy
wait_deployed
jvm=$(server_jvm)

log "the register: $letters clients through the legacy import"
java "$repo/bench/legacy-import/LegacyRegisterFile.java" "$letters" "$target/register.csv"
sign_in
upload "$target/register.csv"
for _ in $(seq 600); do
    [ "$(sql "SELECT status FROM legacy_import ORDER BY id DESC LIMIT 1")" = RUNNING ] || break
    sleep 0.5
done
[ "$(sql "SELECT count(*) FROM client_connection")" -ge "$letters" ] || fail "the import made too few connections"

log "$letters approved certification requests, their tokens sealed with the server's key, their letters waiting"
java "$repo/bench/certification/SealedTokens.java" "$key" "$letters" "$target/tokens.sql"
psql_db -v letters="$letters" -v supervisor="$supervisor" -v admin="$admin_email" -f - >/dev/null <<'SQL'
INSERT INTO account (id, email, display_name, password_hash, enabled, failed_login_count, created_at, version)
SELECT nextval('account_seq'), :'supervisor', 'Bench Supervisor', password_hash, true, 0, now(), 0
FROM account WHERE email = :'admin';
INSERT INTO account_role (account_id, role_name) SELECT id, 'cin-supervisor' FROM account WHERE email = :'supervisor';
INSERT INTO business_espace (id, organisation_name, legal_form, trade_register_number, street, house_number, postcode,
                             locality, created_at, created_by, version)
SELECT nextval('business_espace_seq'), 'Bench eSpace', 'SA', 'B999998', 'Grand-Rue', '1', 'L-1660', 'Luxembourg', now(), id, 0
FROM account WHERE email = :'admin';
SQL
psql_db -v letters="$letters" -f - >/dev/null <<SQL
\i $target/tokens.sql
CREATE TEMP TABLE picked AS
SELECT c.id AS connection_id, c.client_id, c.client_number, row_number() OVER (ORDER BY c.id) AS rn
FROM client_connection c ORDER BY c.id LIMIT :letters;
INSERT INTO certification_request (id, version, espace_id, requested_by, client_number, trade_register_number, state,
                                   connection_id, client_id, proposal, proposed_by, proposed_at, decided_by, decided_at,
                                   created_at)
SELECT nextval('certification_request_seq'), 2, e.id, e.created_by, p.client_number, k.trade_register_number,
       'APPROVED', p.connection_id, p.client_id, 'APPROVAL', 'bench.operator@police.etat.lu', now(),
       'bench.supervisor@police.etat.lu', now(), now()
FROM picked p JOIN client k ON k.id = p.client_id CROSS JOIN business_espace e WHERE e.trade_register_number = 'B999998'
ORDER BY p.rn;
INSERT INTO certification_token (id, version, request_id, token_hash, sealed, state, issued_at, issued_by, expires_at,
                                 wrong_entries)
SELECT nextval('certification_token_seq'), 0, r.id, s.token_hash, s.sealed, 'ISSUED', now(), 'bench.supervisor@police.etat.lu',
       now() + interval '90 days', 0
FROM certification_request r JOIN picked p ON p.connection_id = r.connection_id JOIN seeded s ON s.rn = p.rn;
INSERT INTO certification_letter (id, version, request_id, token_id, recipient, street, house_number, postcode, locality,
                                  language, state, created_at)
SELECT nextval('certification_letter_seq'), 0, r.id, t.id, k.name, coalesce(k.postal_street, c.site_street),
       coalesce(k.postal_house_number, c.site_house_number), coalesce(k.postal_postcode, c.site_postcode),
       coalesce(k.postal_locality, c.site_locality), k.correspondence_language, 'WAITING', now()
FROM certification_token t JOIN certification_request r ON r.id = t.request_id JOIN client k ON k.id = r.client_id
JOIN client_connection c ON c.id = r.connection_id;
ANALYZE;
SQL
[ "$(sql "SELECT count(*) FROM certification_letter WHERE state = 'WAITING'")" = "$letters" ] || fail "not $letters letters waiting"

log "the supervisor prints the batch on the print queue's page"
admin_email=$supervisor
sign_in
page=$(get /staff/certification/letters.xhtml)
status=$(post /staff/certification/letters.xhtml --data-urlencode print=print --data-urlencode "print:printBatch=" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" --data-urlencode "primefaces.nonce=$(nonce "$page")")
[ "$status" = 302 ] || fail "printing answered $status: see $target/last-answer.html"
batch=$(sql "SELECT max(id) FROM print_batch")
[ "$(sql "SELECT count(*) FROM certification_letter WHERE batch_id = $batch")" = "$letters" ] || fail "the batch lacks letters"

log "downloading the batch's PDF, the heap sampled meanwhile"
jstat -gc "$jvm" 200 >"$target/jstat.txt" &
jstat_pid=$!
sleep 1
timing=$(curl -sS --fail --cacert "$ca" -b "$cookie_jar" -o "$target/batch.pdf" -w '%{time_total} %{size_download}' \
    "$base_url/alarmis/staff/certification/batch?id=$batch")
sleep 1
kill "$jstat_pid" 2>/dev/null || true
read -r seconds bytes <<<"$timing"
read -r pages with_token <<<"$(java -cp "$pdfbox_cp" "$repo/bench/certification/PdfPages.java" "$target/batch.pdf" 2>/dev/null)"
[ "$pages" = "$letters" ] || fail "the PDF has $pages pages for $letters letters"
[ "$with_token" = "$letters" ] || fail "only $with_token of $letters letters carry a token"
# jstat -gc: S0U S1U EU OU are columns 3 4 6 8 (KB); the heap in use is their sum.
heap=$(awk 'NR > 1 && $8 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024;
        if (NR == 2) { first = used; firstOld = old } if (used > max) max = used; if (old > maxOld) maxOld = old }
    END { printf "%.0f %.0f %.0f %.0f", first, max, firstOld, maxOld }' "$target/jstat.txt")
read -r heap_before heap_max old_before old_max <<<"$heap"
printf '%-8s %-10s %-12s %-10s %-34s %s\n' letters seconds "pages/s" "PDF MB" "heap in use MB: before / max (+)" \
    "old gen MB: before / max (+)"
printf '%-8s %-10.2f %-12.0f %-10.1f %-34s %s\n' "$letters" "$seconds" "$(echo "$letters / $seconds" | bc -l)" \
    "$(echo "$bytes / 1048576" | bc -l)" "$heap_before / $heap_max (+$((heap_max - heap_before)))" \
    "$old_before / $old_max (+$((old_max - old_before)))"
log "server log: $target/server.log; the PDF: $target/batch.pdf"
