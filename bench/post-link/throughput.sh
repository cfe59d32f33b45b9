#!/usr/bin/env bash
# The POST link's throughput (docs/benchmarks.md, "POST link: crash test and throughput").
#
#   bench/post-link/throughput.sh            exit 0: measured (and the ratio printed); 1: a step broke
#
# On the bench server of the crash test (server.sh: port offset 400, its own PostgreSQL database
# POSTLINK_DATABASE, default alarmis_throughput, dropped at the end), with POST's client programs (PostLinkClient.java, the
# partner's credentials, over the remote broker URL):
#   - raw: the broker alone. The sender puts THROUGHPUT_MESSAGES (5000) persistent text messages on
#     the scratch queue BenchRaw (added on this server only) while a receiver consumes them;
#   - processed: the same sender puts as many TRANSMISSION_TEST_REPORTED on PostInbound, each
#     applied by the application (receiver, database, outbox, relay), while the receiver consumes the
#     answers on PostOutbound;
#   - raw once more, so that the processed run sits between two baselines.
# Each rate is messages / (the last message received - the first sent). Both sides use broker
# transactions of THROUGHPUT_BATCH (10) messages. Warm-up runs first (THROUGHPUT_WARMUP, 15000 messages each way: after 5000 the JIT still took a quarter of the server's CPU),
# and again right before each measured run, of its kind (THROUGHPUT_REWARM, 5000): the JIT threw
# away much of what the other kind of run left unused for 20 s and compiled it again during the
# measurement (-XX:+PrintCompilation: 1,774 compilations and deoptimisations in a processed run of 10 s).
# After the warm-up, processed rounds of THROUGHPUT_REWARM messages go on until the JIT's compiler
# threads take less than THROUGHPUT_JIT_SETTLED % (10) of the server's CPU in a round, at most
# THROUGHPUT_JIT_ROUNDS (20) rounds: on a slower machine the C2 compiler, one thread sharing two
# saturated cores, was still compiling the processing path 3 minutes and 20,000 messages into the
# warm-up, and took a third of the server's CPU in the measured run.
# THROUGHPUT_SENDERS=N (1) sends from N connections side by side, each with its share of the messages.
# THROUGHPUT_JFR=1 records the processed run with Flight Recorder (settings=profile) in
# throughput-processed.jfr: it costs a few per cent, so the figures of such a run are not the ones to write down.
# Before each run it waits while other processes take more than 15 % of the CPUs (at most
# THROUGHPUT_QUIET_WAIT s, 900), and records the load average and who used the CPUs during the run.
# Results under bench/target/post-link/throughput-*.
set -euo pipefail
source "$(dirname "$0")/server.sh"

messages=${THROUGHPUT_MESSAGES:-5000}
warmup=${THROUGHPUT_WARMUP:-15000}
rewarm=${THROUGHPUT_REWARM:-5000}
jit_settled=${THROUGHPUT_JIT_SETTLED:-10}
jit_rounds=${THROUGHPUT_JIT_ROUNDS:-20}
batch=${THROUGHPUT_BATCH:-10}
senders=${THROUGHPUT_SENDERS:-1}  # POST's sending sessions (connections) side by side, each with its share
quiet_wait=${THROUGHPUT_QUIET_WAIT:-900}
results="$target/throughput-results.txt"

# ---- CPU accounting (as bench/work-queue/run.sh) ------------------------------------------------
machine_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
cpu_ms() {
    local ticks=0 pid
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        ticks=$((ticks + $(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
    done
    echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
database_backends() { psql_admin -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$database'"; }
# Share (%) of the CPUs that others took over a few seconds (not the server nor its database).
others_share() {
    local m0 m1 own0 own1
    m0=$(machine_jiffies); own0=$(cpu_ms $(server_jvm) $(database_backends))
    sleep "$1"
    m1=$(machine_jiffies); own1=$(cpu_ms $(server_jvm) $(database_backends))
    awk -v a="$m0" -v b="$m1" -v own="$((own1 - own0))" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(a, x, " "); split(b, y, " "); all = (y[2] - x[2]) * 1000 / hz
        other = 100 * ((y[1] - x[1]) * 1000 / hz - own) / all; printf "%d", other < 0 ? 0 : other }'
}
wait_for_quiet_machine() {
    local waited=0 share
    while :; do
        share=$(others_share 5)
        [ "$share" -lt 15 ] && return 0
        if [ "$waited" -ge "$quiet_wait" ]; then
            echo "WARNING: other processes still took $share % of the CPUs when this run started" | tee -a "$results"
            return 0
        fi
        log "other processes take $share % of the CPUs: waiting (load: $(cut -d' ' -f1-3 /proc/loadavg))"
        sleep 10; waited=$((waited + 15))
    done
}

# One run: a receiver on the queue where the results arrive (first, so that it is ready), then
# the sender; prints the rate.   run NAME TO_QUEUE FROM_QUEUE KIND KEY COUNT PREFIX
run() {
    local name=$1 queue=$2 from=$3 kind=$4 key=$5 count=$6 prefix=$7 sender_log="$target/throughput-$1.sender" \
        answers="$target/throughput-$1.tsv" m0 m1 j0 j1 p0 p1 jvm backends start end rate
    rm -f "$sender_log" "$answers"
    client receive queue="$from" key="$key" expect="$count" settle=2 idle=120 timeout=900 batch="$batch" log="$answers" \
        2>"$target/throughput-$name.receiver" &
    local receiver=$!
    client_pids+=("$receiver")
    sleep 4   # the receiver's JVM starts and connects before the first message is sent
    jvm=$(server_jvm); backends=$(database_backends)
    m0=$(machine_jiffies); j0=$(cpu_ms $jvm); p0=$(cpu_ms $backends)
    [ "$name" != processed ] || thread_ticks "$jvm" >"$target/throughput-threads-before.tsv"
    [ "$name" != processed ] || sample_stacks "$jvm" &
    local sampler=$!
    [ "$name" != processed ] || [ -z "${THROUGHPUT_JFR:-}" ] \
        || jcmd "$jvm" JFR.start name=processed settings=profile filename="$target/throughput-processed.jfr" >/dev/null
    if [ "$senders" -eq 1 ]; then
        (client send kind="$kind" queue="$queue" count="$count" prefix="$prefix" batch="$batch" \
            clients="$target/throughput-clients.txt" log="$sender_log" 2>"$target/throughput-$name.sender.err") \
            || fail "$name: the sender failed (see $target/throughput-$name.sender.err)"
    else # each sender its own connection, share of the messages, clients and ids; the rate counts from the first start
        local k pids=()
        for k in $(seq "$senders"); do
            awk -v n="$senders" -v k="$k" '(NR - 1) % n == k - 1' "$target/throughput-clients.txt" >"$target/throughput-clients-$k.txt"
            client send kind="$kind" queue="$queue" count="$((count / senders))" prefix="$prefix-s$k" batch="$batch" \
                clients="$target/throughput-clients-$k.txt" log="$sender_log.$k" 2>"$target/throughput-$name.sender-$k.err" &
            pids+=($!)
        done
        for k in "${pids[@]}"; do wait "$k" || fail "$name: a sender failed (see $target/throughput-$name.sender-*.err)"; done
        sed -n 's/^start //p' "$sender_log".* | sort -n | head -1 | sed 's/^/start /' >"$sender_log"
    fi
    kill "$sampler" 2>/dev/null || true   # sampling ends with the sending
    wait "$sampler" 2>/dev/null || true
    wait "$receiver" || fail "$name: not every message arrived (see $target/throughput-$name.receiver)"
    [ "$name" != processed ] || [ -z "${THROUGHPUT_JFR:-}" ] || jcmd "$jvm" JFR.stop name=processed >/dev/null
    m1=$(machine_jiffies); j1=$(cpu_ms $jvm); p1=$(cpu_ms $backends)
    [ "$name" != processed ] || thread_ticks "$jvm" >"$target/throughput-threads-after.tsv"
    [ "$name" != processed ] || java_thread_names "$jvm" >"$target/throughput-threads-names.tsv"
    [ "$name" != processed ] || jcmd "$jvm" Compiler.codecache >"$target/throughput-codecache.txt" 2>&1 || true
    start=$(sed -n 's/^start //p' "$sender_log")
    end=$(cut -f1 "$answers" | sort -n | tail -1)
    awk -v n="$count" -v s="$start" -v e="$end" -v a="$m0" -v b="$m1" -v hz="$(getconf CLK_TCK)" \
        -v j="$((j1 - j0))" -v p="$((p1 - p0))" -v name="$name" -v loadavg="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        busy = (y[1] - x[1]) * 1000 / hz; all = (y[2] - x[2]) * 1000 / hz
        printf "%s: %d messages in %.1f s = %.1f messages/s; server JVM %.2f ms CPU/message, PostgreSQL %.2f; machine busy %d %%, others (clients included) %d %%; load average %s\n",
            name, n, (e - s) / 1000, n * 1000 / (e - s), j / n, p / n, 100 * busy / all, 100 * (busy - j - p) / all, loadavg }' \
        | tee -a "$results"
}
# Where the processing threads spend their time: with THROUGHPUT_STACKS=N (0 by default), a jstack of the
# server every 2 s (at most N) while the sender runs. Each jstack costs the machine about half a second of
# CPU and the server a pause, so a run with them is slower, and not the one to write down; the summary counts, per thread kind (the PostInbound readers, the
# outbox relay), the innermost frame that tells what it waits for or does.
sample_stacks() { # jvm
    local i
    for i in $(seq "${THROUGHPUT_STACKS:-0}"); do
        sleep 2
        jstack "$1" 2>/dev/null || true
    done >"$target/throughput-stacks.txt"
}
summarise_stacks() {
    awk '
        /^"/ { flush(); kind = ""; frame = ""; n = 0; next }
        /^\tat / {
            n++
            f = $2; sub(/\(.*/, "", f); sub(/^.*\//, "", f)   # java.base@17/java.lang.Object.wait(Native -> java.lang.Object.wait
            if (frame == "" && f !~ /^(java\.lang\.Object\.wait|jdk\.internal\.misc\.Unsafe\.park|java\.util\.concurrent\.|java\.lang\.Thread\.|sun\.nio\.ch\.|java\.io\.|java\.net\.|java\.lang\.invoke|jdk\.internal)/) frame = f
            if ($2 ~ /PostInboundReceiver\$Reader\./) kind = "PostInbound reader"
            if ($2 ~ /PostOutboxRelay\./ && kind == "") kind = "outbox relay"
        }
        function flush() { if (kind != "") { sub(/\(.*/, "", frame); count[kind " | " frame]++; total[kind]++ } }
        END { flush(); for (k in count) { split(k, p, " \\| "); printf "%5d  %s (%d%% of its samples)\n", count[k], k, 100 * count[k] / total[p[1]] } }
    ' "$target/throughput-stacks.txt" | sort -rn | head -25
}
# CPU ticks of each thread of the server JVM (thread id, ticks, name), to see which kinds of thread
# the processed run's CPU went to: the PostInbound readers, the broker, the garbage collector, the JIT.
thread_ticks() { # jvm
    local task
    for task in /proc/"$1"/task/*; do
        [ -r "$task/stat" ] || continue
        printf '%s\t%s\t%s\n' "${task##*/}" "$(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "$task/stat")" "$(cat "$task/comm")"
    done
}
# The Java names of the server's threads, by kernel thread id (one jstack, after the run): the kernel
# cuts names to 15 characters, which left the sessions of an MDB ("Thread-N (activemq-client-global-threads)")
# and the broker's ("Thread-N (activemq-default-threads)") looking alike.
java_thread_names() { # jvm
    local name nid
    jstack "$1" 2>/dev/null | sed -n 's/^"\([^"]*\)".* nid=\(0x[0-9a-f]*\|[0-9]*\) .*/\1\t\2/p' \
        | while IFS=$'\t' read -r name nid; do printf '%d\t%s\n' "$((nid))" "$name"; done
}
summarise_threads() { # before after names
    awk -F'\t' -v hz="$(getconf CLK_TCK)" -v n="$messages" '
        FILENAME == ARGV[1] { before[$1] = $2; next }
        FILENAME == ARGV[3] { java[$1] = $2; next }
        { used[$1] = $2 - before[$1]; comm[$1] = $3 }
        END {
            for (t in used) {
                kind = t in java ? java[t] : comm[t]
                gsub(/@[0-9a-f]+/, "", kind); gsub(/[0-9]+/, "N", kind)
                sum[kind] += used[t]; total += used[t]
            }
            for (k in sum) if (sum[k] > 0) printf "%7.2f ms/message  %3d %%  %s\n", sum[k] * 1000 / hz / n, 100 * sum[k] / total, k
        }
    ' "$1" "$2" "$3" | sort -rn | head -15
}
# CPU milliseconds of the server JVM's JIT compiler threads (C1 and C2); cpu_ms gives the whole JVM's.
jit_ms() { thread_ticks "$1" | awk -F'\t' -v hz="$(getconf CLK_TCK)" '$3 ~ /^C[12] Compiler/ { t += $2 } END { print int(t * 1000 / hz) }'; }
rate_of() { sed -n "s/^$1: .* = \([0-9.]*\) messages\/s.*/\1/p" "$results"; }

build
create_database "${POSTLINK_DATABASE:-alarmis_throughput}"
provision
rm -f "$target/server.log" "$target"/throughput-*
log "starting WildFly (port offset $port_offset, heap $heap) on database $database"
start_server
deploy
wait_deployed
load_requests $(( 2 * (messages + warmup) > 20000 ? 2 * (messages + warmup) : 20000 )) $((messages + warmup)) "$target/throughput-clients-all.txt"
{
    echo "# POST link throughput, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)); clients, WildFly and PostgreSQL on this same machine"
    echo "$(java -version 2>&1 | head -1); WildFly $wildfly_version, heap $heap; $(psql_admin -Atc 'SELECT version()' | cut -d' ' -f1-2)"
    echo "$messages messages per run, broker transactions of $batch messages on both sides; warm-up $warmup, and $rewarm of the same kind right before each run"
} >"$results"

# The warm-up's clients (transmission tests for them are applied again, under new message ids) and the measured run's.
head -n "$warmup" "$target/throughput-clients-all.txt" >"$target/throughput-clients-warm.txt"
tail -n "$messages" "$target/throughput-clients-all.txt" >"$target/throughput-clients-measured.txt"
# One warm-up run: NAME KIND COUNT, on the warm-up's clients.
warm() {
    cp "$target/throughput-clients-warm.txt" "$target/throughput-clients.txt"
    case $2 in
        raw) run "$1" BenchRaw BenchRaw raw messageId "$3" "$1" >/dev/null ;;
        processed) run "$1" PostInbound PostOutbound tests correlation "$3" "$1" >/dev/null ;;
    esac
    cp "$target/throughput-clients-measured.txt" "$target/throughput-clients.txt"
}

log "warm-up"
warm warmup-raw raw "$warmup"
warm warmup-processed processed "$warmup"
# What autovacuum does in production, once: this machine's PostgreSQL runs without it (its CI configuration).
# Without statistics, nothing invalidates the plans that the pool's connections prepared while the tables
# were empty: the look-up of a message by its id went on scanning the whole partner_message table, and
# PostgreSQL took 9 ms of CPU per message (docs/benchmarks.md, "A receiver that acknowledges in batches").
log "VACUUM ANALYZE, as autovacuum would"
psql_db -c "VACUUM ANALYZE"
log "warm-up: processed rounds of $rewarm until the JIT takes less than $jit_settled % of the server's CPU (at most $jit_rounds)"
for round in $(seq "$jit_rounds"); do
    jvm=$(server_jvm); jit0=$(jit_ms "$jvm"); all0=$(cpu_ms "$jvm")
    warm "warmup-jit-$round" processed "$rewarm"
    jit1=$(jit_ms "$jvm"); all1=$(cpu_ms "$jvm")
    share=$((100 * (jit1 - jit0) / (all1 - all0 + 1)))
    echo "warm-up round $round: the JIT compilers took $share % of the server's CPU" | tee -a "$results"
    [ "$share" -ge "$jit_settled" ] || break
done

for name in raw-1 processed raw-2; do
    wait_for_quiet_machine
    # Right before each measured run, a short one of the same kind: the JIT recompiles what the run
    # before it (of the other kind) left cold, here and not during the measurement.
    log "run $name (after $rewarm messages of warm-up of its kind)"
    case $name in
        raw-*) warm "rewarm-$name" raw "$rewarm"; run "$name" BenchRaw BenchRaw raw messageId "$messages" "$name" ;;
        processed) warm rewarm-processed processed "$rewarm"; run processed PostInbound PostOutbound tests correlation "$messages" bench ;;
    esac
done
applied=$(sql "SELECT count(*) FROM partner_message WHERE direction = 'INBOUND' AND status = 'APPLIED' AND message_id LIKE 'bench-%'")
[ "$applied" = "$messages" ] || fail "$applied of $messages measured messages were applied"
# The same run counted where the application's work ends: the last message applied (recorded with its
# answer in the outbox), not the last answer received by POST's client.
applied_end=$(sql "SELECT floor(extract(epoch FROM max(recorded_at)) * 1000) FROM partner_message WHERE direction = 'INBOUND' AND message_id LIKE 'bench-%'")
awk -v n="$messages" -v s="$(sed -n 's/^start //p' "$target/throughput-processed.sender")" -v e="$applied_end" 'BEGIN {
    printf "processed, counted when applied: %d messages in %.1f s = %.1f messages/s\n", n, (e - s) / 1000, n * 1000 / (e - s) }' \
    | tee -a "$results"
# How the outbox relay put the answers of the measured run on PostOutbound: a batch is marked sent at one instant.
sql "SELECT 'outbox relay in the processed run: ' || count(*) || ' answers in ' || count(DISTINCT sent_at) || ' batches'
    FROM partner_message WHERE direction = 'OUTBOUND' AND correlation_id LIKE 'bench-%'" | tee -a "$results"
# How the PostInbound readers applied them: the rows one database transaction wrote share its id (xmin).
sql "SELECT 'PostInbound readers in the processed run: ' || count(*) || ' messages in ' || count(DISTINCT xmin::text)
    || ' database transactions' FROM partner_message WHERE direction = 'INBOUND' AND message_id LIKE 'bench-%'" \
    | tee -a "$results"
awk -v p="$(rate_of processed)" -v a="$(sed -n 's/^processed, counted when applied: .* = \([0-9.]*\) messages\/s/\1/p' "$results")" \
    -v r1="$(rate_of raw-1)" -v r2="$(rate_of raw-2)" 'BEGIN {
    printf "processed / raw: %.1f / %.1f messages/s (mean of %.1f and %.1f) = %.0f %%; counted when applied: %.0f %%\n",
        p, (r1 + r2) / 2, r1, r2, 200 * p / (r1 + r2), 200 * a / (r1 + r2) }' \
    | tee -a "$results"
{
    echo
    echo "the server JVM's CPU in the processed run, by kind of thread (Java names, digits as N):"
    summarise_threads "$target/throughput-threads-before.tsv" "$target/throughput-threads-after.tsv" "$target/throughput-threads-names.tsv"
    [ "${THROUGHPUT_STACKS:-0}" -gt 0 ] || exit 0
    echo
    echo "where the threads of the processed run were (busy threads of $(grep -c '^Full thread dump' "$target/throughput-stacks.txt") jstack samples; the innermost frame outside the JDK):"
    summarise_stacks
} | tee -a "$results"
stop_server
