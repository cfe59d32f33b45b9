#!/usr/bin/env bash
# The POST link's crash test (docs/benchmarks.md, "POST link: crash test and throughput").
#
#   bench/post-link/crash-test.sh            exit 0: every check passed; 1: a check failed or a step broke
#
# On a fresh PostgreSQL database (POSTLINK_DATABASE, default alarmis_crash, dropped at the end) and a WildFly of its own (port
# offset 400, see server.sh): POST's side, a remote JMS client with the partner's credentials,
# sends CRASH_MESSAGES (5000) TRANSMISSION_TEST_REPORTED messages for existing client numbers
# (each is APPLIED and answered) and CRASH_POISON (3) poisoned ones (a messageId of 101+
# characters, which the application dead-letters), while the server is killed with kill -9
# CRASH_KILLS (6) times, at evenly spread points of the processing, and restarted each time (the
# sender sends at most CRASH_RATE (30) messages a second, so that every kill falls while it sends). The
# sender resends whatever it is unsure of (a batch whose commit got no answer), with the same
# message ids; a receiver with the partner's credentials consumes PostOutbound across the kills.
# Then it checks, and prints PASS or FAIL for each:
#   - exactly CRASH_MESSAGES distinct inbound messages recorded, all APPLIED, each applied once
#     (one event in the connection's history per message id);
#   - each answered exactly once: on PostOutbound (one distinct answer messageId per correlation
#     id, none missing, all MESSAGE_ACCEPTED/APPLIED) and in the database (one OUTBOUND row per
#     correlation id);
#   - no outbox row left PENDING; PostInbound and PostOutbound empty;
#   - nothing left in the transaction log once periodic recovery has run (log-store probe, and no
#     prepared transaction left in the broker);
#   - PostDeadLetter holds the poisoned messages and nothing else.
# Runs in about 6-10 minutes on 2 cores. Results and logs under bench/target/post-link/crash-test/.
set -euo pipefail
source "$(dirname "$0")/server.sh"

messages=${CRASH_MESSAGES:-5000}
poison=${CRASH_POISON:-3}
kills=${CRASH_KILLS:-6}
rate=${CRASH_RATE:-30}                      # messages a second the sender sends at most: the kills fall while it sends
recovery_wait=${CRASH_RECOVERY_WAIT:-300}   # seconds to wait for the transaction log to empty

started=$(date +%s)
build
create_database "${POSTLINK_DATABASE:-alarmis_crash}"
provision
rm -f "$target/server.log" "$target"/crash-*.log "$target"/crash-*.tsv
log "starting WildFly (port offset $port_offset, heap $heap) on database $database"
start_server
deploy
wait_deployed
load_requests 8000 "$messages" "$target/crash-clients.txt"

inbound_count() { sql "SELECT count(*) FROM partner_message WHERE direction = 'INBOUND'" 2>/dev/null || echo 0; }
answers_count() { grep -cv uncommitted "$target/crash-answers.tsv" 2>/dev/null || true; }

log "receiver on PostOutbound, sender of $messages messages (+ $poison poisoned) to PostInbound"
client receive queue=PostOutbound expect="$messages" settle=20 idle=400 timeout=1800 batch=20 \
    log="$target/crash-answers.tsv" 2>"$target/crash-receiver.log" &
receiver_pid=$!
client_pids+=("$receiver_pid")
client send kind=tests queue=PostInbound count="$messages" poison="$poison" prefix=crash batch=10 rate="$rate" \
    clients="$target/crash-clients.txt" log="$target/crash-sender.log" 2>"$target/crash-sender.err" &
sender_pid=$!
client_pids+=("$sender_pid")

# The kills: each once the database holds another 1/(kills+1) of the messages, so that they fall
# while messages are being sent, processed and answered.
kill_log="$target/crash-kills.log"
: >"$kill_log"
for k in $(seq "$kills"); do
    threshold=$((messages * k / (kills + 1)))
    waited=0
    while [ "$(inbound_count)" -lt "$threshold" ]; do
        sleep 0.5
        waited=$((waited + 1))
        [ "$waited" -lt 1200 ] || fail "processing stalled below $threshold messages before kill $k"
    done
    state="inbound recorded $(inbound_count), sender: $(tail -1 "$target/crash-sender.log"), answers received $(answers_count)"
    kill_server
    down=$(date +%s.%N)
    log "kill -9 #$k ($state)"
    start_server
    wait_deployed
    up=$(awk -v a="$down" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    log "restarted and deployed in $up s"
    printf 'kill %d: %s; back up after %s s\n' "$k" "$state" "$up" >>"$kill_log"
done

log "waiting for the sender"
wait "$sender_pid" || fail "the sender failed: see $target/crash-sender.err"
sent_at=$(date +%s)
log "sender done: $(tail -1 "$target/crash-sender.log"); waiting for the last answers"
receiver_status=0
wait "$receiver_pid" || receiver_status=$?
log "receiver done (status $receiver_status): $(tail -1 "$target/crash-receiver.log")"
answered_at=$(date +%s)

# ---- checks ----------------------------------------------------------------------------------
results="$target/crash-results.txt"
: >"$results"
failures=0
check() { # name ok(0/1) detail
    local verdict=PASS
    [ "$2" = 0 ] || { verdict=FAIL; failures=$((failures + 1)); }
    printf '%s  %s: %s\n' "$verdict" "$1" "$3" | tee -a "$results"
}

# Inbound: recorded once and applied once.
read -r rows distinct applied <<<"$(sql "SELECT count(*), count(DISTINCT message_id), count(*) FILTER (WHERE status = 'APPLIED')
    FROM partner_message WHERE direction = 'INBOUND'" | tr '|' ' ')"
check "inbound messages applied (DB)" "$([ "$rows" = "$messages" ] && [ "$distinct" = "$messages" ] && [ "$applied" = "$messages" ]; echo $?)" \
    "$rows rows, $distinct distinct message ids, $applied APPLIED (expected $messages each)"
read -r events event_ids <<<"$(sql "SELECT count(*), count(DISTINCT substring(note FROM '\(message (crash-[0-9]+)\)'))
    FROM connection_event WHERE kind = 'TRANSMISSION_TEST'" | tr '|' ' ')"
check "each applied once (connection history events)" "$([ "$events" = "$messages" ] && [ "$event_ids" = "$messages" ]; echo $?)" \
    "$events TRANSMISSION_TEST events for $event_ids distinct message ids (expected $messages)"

# Answers as POST received them (lines of messages received but not committed come again: left out).
awk -F'\t' -v n="$messages" '
    $7 == "uncommitted" { uncommitted++; next }
    { received++; if (seen[$3]++) again++; else { answers[$2]++; kind[$4 "/" $5]++ } }
    END {
        for (c in answers) { correlations++; if (answers[c] > 1) twice++; if (c !~ /^crash-[0-9]+$/) foreign++ }
        for (i = 1; i <= n; i++) if (!(sprintf("crash-%06d", i) in answers)) { missing++; if (missing <= 5) first = first " " sprintf("crash-%06d", i) }
        for (k in kind) kinds = kinds " " k "=" kind[k]
        printf "%d %d %d %d %d %d %d |%s|%s\n", received, correlations, twice, missing, foreign, again, uncommitted, kinds, first
    }' "$target/crash-answers.tsv" >"$target/crash-answers.summary"
IFS='|' read -r counts kinds first_missing <"$target/crash-answers.summary"
read -r received correlations twice missing foreign again uncommitted <<<"$counts"
check "each answered exactly once (PostOutbound, as received)" \
    "$([ "$correlations" = "$messages" ] && [ "$twice" = 0 ] && [ "$missing" = 0 ] && [ "$foreign" = 0 ] && [ "$kinds" = " MESSAGE_ACCEPTED/APPLIED=$messages" ]; echo $?)" \
    "$received messages received, $correlations correlation ids, $twice with more than one answer, $missing missing${first_missing:+ (first:$first_missing)}, types:$kinds; the same answer received again after a crash: $again"
read -r outbound out_distinct out_twice <<<"$(sql "SELECT count(*), count(DISTINCT correlation_id),
    (SELECT count(*) FROM (SELECT correlation_id FROM partner_message WHERE direction = 'OUTBOUND' GROUP BY correlation_id HAVING count(*) > 1) d)
    FROM partner_message WHERE direction = 'OUTBOUND'" | tr '|' ' ')"
check "each answered exactly once (DB outbox)" "$([ "$outbound" = "$messages" ] && [ "$out_distinct" = "$messages" ] && [ "$out_twice" = 0 ]; echo $?)" \
    "$outbound OUTBOUND rows, $out_distinct distinct correlation ids, $out_twice correlation ids with more than one row"
pending=$(sql "SELECT count(*) FROM partner_message WHERE status = 'PENDING'")
check "no outbox row left PENDING" "$([ "$pending" = 0 ]; echo $?)" "$pending PENDING"

# The transaction log once recovery has run: Narayana's periodic recovery (every 2 min by
# default) resolves what the kills left in doubt (POST's messages are consumed without XA since
# fc1cc49, so normally nothing). Probe until it is empty, at most $recovery_wait s.
# Each prints the list's entries, or ERROR when the answer has no list.
list_result() { tr -d '\n' | { grep -o '"result" => \[[^]]*\]' || echo ERROR; } | tail -1 | sed 's/"result" => \[\(.*\)\]/\1/' | tr -d ' "'; }
tx_log() {
    cli --commands="/subsystem=transactions/log-store=log-store:probe(),/subsystem=transactions/log-store=log-store:read-children-names(child-type=transactions)" 2>&1 | list_result
}
prepared() { cli --command="/subsystem=messaging-activemq/server=default:list-prepared-transactions()" 2>&1 | list_result; }
waited=0
while :; do
    left=$(tx_log); broker_prepared=$(prepared)
    [ -z "$left" ] && [ -z "$broker_prepared" ] && break
    [ "$waited" -lt "$recovery_wait" ] || break
    log "transaction log: [${left}], broker prepared: [${broker_prepared}]: waiting for periodic recovery"
    sleep 10; waited=$((waited + 10))
done
# The object store on disk: transaction records (under StateManager) must be gone; a record of
# zero bytes is one the kill cut while it was being written (no decision was logged: presumed abort).
records=$(find "$jboss_home/standalone/data/tx-object-store" -path '*StateManager*' -type f -size +0 2>/dev/null | wc -l)
torn=$(find "$jboss_home/standalone/data/tx-object-store" -path '*StateManager*' -type f -size 0 2>/dev/null | wc -l)
check "transaction log empty after recovery" "$([ -z "$left" ] && [ -z "$broker_prepared" ] && [ "$records" = 0 ]; echo $?)" \
    "log-store transactions: [${left}], prepared in the broker: [${broker_prepared}], transaction records in tx-object-store: $records (and $torn empty ones cut by a kill) after $waited s of waiting"

queue_count() { cli --command="/subsystem=messaging-activemq/server=default/jms-queue=$1:count-messages()" 2>/dev/null \
    | sed -n 's/.*"result" => \([0-9]*\)L*.*/\1/p'; }
in_left=$(queue_count PostInbound); out_left=$(queue_count PostOutbound)
check "PostInbound and PostOutbound empty" "$([ "$in_left" = 0 ] && [ "$out_left" = 0 ]; echo $?)" \
    "PostInbound $in_left, PostOutbound $out_left messages"

# Dead letters: the poisoned messages reach PostDeadLetter after 5 attempts (1+2+4+8 s of delays,
# started again by a restart): wait for them a while.
dead_letter_ids() { cli --command="/subsystem=messaging-activemq/server=default/jms-queue=PostDeadLetter:list-messages()" 2>/dev/null \
    | sed -n 's/.*"messageId" => "\([^"]*\)".*/\1/p'; }
for _ in $(seq 60); do
    [ "$(dead_letter_ids | sort -u | wc -l)" -ge "$poison" ] && break
    sleep 2
done
dead_letter_ids >"$target/crash-dead-letters.txt"
dead=$(wc -l <"$target/crash-dead-letters.txt")
dead_distinct=$(sort -u "$target/crash-dead-letters.txt" | wc -l)
dead_poison=$(sort -u "$target/crash-dead-letters.txt" | grep -c '^poison-crash-[0-9]*-x\{101\}$' || true)
dead_count=$(queue_count PostDeadLetter)
check "PostDeadLetter holds the poisoned messages only" \
    "$([ "$dead_count" = "$dead" ] && [ "$dead_distinct" = "$poison" ] && [ "$dead_poison" = "$poison" ]; echo $?)" \
    "$dead_count messages ($dead listed), $dead_distinct distinct message ids, of which $dead_poison are the $poison poisoned ones"

failed_attempts=$(sql "SELECT count(*) FILTER (WHERE message_id LIKE 'poison-%') || ' for the poisoned messages, '
    || count(*) FILTER (WHERE message_id NOT LIKE 'poison-%' OR message_id IS NULL) || ' for others' FROM partner_delivery_failure")
resends=$(grep -c '^resent' "$target/crash-sender.log" || true)
resent=$(sed -n 's/.* resent \([0-9]*\)$/\1/p' "$target/crash-sender.log" | tail -1)
{
    echo
    echo "kills: $(wc -l <"$kill_log") (kill -9 of the server JVM, each followed by a restart)"
    cat "$kill_log"
    echo "sender: $messages messages + $poison poisoned, $resends batches sent again ($resent messages) after a failed or unanswered commit"
    echo "recorded failed processing attempts (partner_delivery_failure): $failed_attempts"
    echo "sending ended $((sent_at - started)) s after the start, the last answer $((answered_at - started - 20)) s; total $(($(date +%s) - started)) s"
    echo "result: $failures check(s) failed"
} | tee -a "$results"
stop_server
[ "$failures" = 0 ] || exit 1
