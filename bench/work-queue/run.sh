#!/usr/bin/env bash
# The staff work-queue benchmark (docs/benchmarks.md). For each size: a fresh PostgreSQL database
# loaded with that many connection requests, one WildFly serving the real EAR and a bare servlet
# over the same HTTPS listener, and wrk on loopback against four pages: the bare servlet, the
# queue's first page, the queue filtered by locality and alarm type, and by one state.
#
#   bench/work-queue/run.sh [SIZE...]          default: 10000 1000000
#
# Needs: JDK 17, Maven, openssl, unzip, curl, psql, wrk (Debian: apt-get install -y wrk), and a
# PostgreSQL 15 on this machine (its CPU time is measured too) where BENCH_PG_USER may create
# databases without a password prompt (trust, or ~/.pgpass).
#
# Writes under bench/target/ (never committed): the server and its logs (server-SIZE.log), the
# raw results (results-SIZE.txt: data distribution, wrk output, CPU use, query plans) and the
# summary tables (summary-SIZE.md). The databases are named alarmis_bench_SIZE; the server listens
# with a port offset (default 300: HTTPS 8743, management 10290), so it runs beside the run
# command's and the tests' servers. The server is stopped and the database dropped at the end,
# also when a step fails or the script is interrupted.
#
# Before each measured run it waits while other processes take the CPUs (another build on the
# machine); a run they still disturbed is marked in the summary. A run with a bad response or a
# socket error is marked INVALID and makes the script fail at the end. About 10 to 15 minutes per size.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
target="$repo/bench/target"

# ---- settings (environment overrides) -------------------------------------------------------
port_offset=${BENCH_PORT_OFFSET:-300}
connections=${BENCH_CONNECTIONS:-20}       # concurrent connections, each with its own signed-in session
threads=${BENCH_THREADS:-2}
server_warmup=${BENCH_SERVER_WARMUP:-30s}  # per page and pass (two passes), so that the JIT has compiled the pages
settle_passes=${BENCH_SETTLE_PASSES:-6}    # at most this many more passes of 15 s per queue page, until the JIT is quiet
warmup=${BENCH_WARMUP:-10s}                # per page, right before its measured runs
duration=${BENCH_DURATION:-30s}            # per page, measured at $connections connections
single_duration=${BENCH_SINGLE_DURATION:-15s}  # per page, measured again at 1 connection ("0s": skip)
heap=${BENCH_HEAP:-1g}
quiet_wait=${BENCH_QUIET_WAIT:-1800}       # seconds to wait for other processes to leave the CPUs
extra_sql=${BENCH_EXTRA_SQL:-}             # SQL run after loading, e.g. an index to try (experiments only)
extra_java_opts=${BENCH_JAVA_OPTS:-}        # added to the server's JVM options, "{size}" replaced by the size, e.g. a
                                           # JFR recording: -XX:StartFlightRecording=filename=bench/target/queue-{size}.jfr,settings=profile
                                           # (experiments only: a recording costs CPU, its figures are not the ones to keep)
label=${BENCH_LABEL:-}                     # names the result files of such a run: results-SIZE-LABEL.txt
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
pg_password=${BENCH_PG_PASSWORD:-x}        # handed to the datasource; unused with trust authentication
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 1000000)

wildfly_version=39.0.1.Final
wildfly_zip="$HOME/.m2/repository/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip"
ee_api="$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
jboss_home="$target/wildfly-$wildfly_version"
tls_dir="$jboss_home/standalone/configuration/alarmis-tls"
https_port=$((8443 + port_offset))
management_port=$((9990 + port_offset))
base_url="https://localhost:$https_port"

# Who signs in: the first administrator, to whom load-data.sql adds the role cin-operator.
staff_email=bench.operator@police.etat.lu
staff_password='Bench-Queue-Operator-2026!'

# The pages: name | path | a text every good response contains. The bare servlet comes last: its
# tens of thousands of requests per second must not leave the JVM recompiling (or collecting)
# while a queue page is measured. BENCH_PAGES=register measures the client register's search
# instead of the work queue (the connections are the approved requests: about 76 % of SIZE).
queue=/alarmis/staff/requests/index.xhtml
register=/alarmis/staff/clients/index.xhtml
compliance=/alarmis/staff/compliance/index.xhtml
case "${BENCH_PAGES:-queue}" in
    queue) pages=(
        "queue, first page|$queue|id=\"queue:requests\""
        "queue, locality + alarm type|$queue?locality=Esch-sur-Alzette&alarmType=PASSIVE|id=\"queue:requests\""
        "queue, state IN_REVIEW|$queue?state=IN_REVIEW|id=\"queue:requests\""
        "bare servlet|/bare/bare|bare") ;;
    register) pages=(
        "register, first page|$register|id=\"search:connections\""
        "register, name|$register?name=Bijouterie|id=\"search:connections\""
        "register, locality + state|$register?locality=Esch&state=SUSPENDED|id=\"search:connections\""
        "bare servlet|/bare/bare|bare") ;;
    # BENCH_PAGES=compliance: the compliance dashboard (figures, chart and one list), and before the
    # pages the daily run of the yearly obligations over the same connections (measure_daily_run).
    compliance) pages=(
        "compliance, overdue|$compliance|id=\"list:connections\""
        "compliance, compliant|$compliance?state=COMPLIANT|id=\"list:connections\""
        "compliance, due soon + locality|$compliance?state=DUE_SOON&locality=Esch|id=\"list:connections\""
        "bare servlet|/bare/bare|bare")
        # the daily run wakes every 5 s instead of every ten minutes, so that its runs are measured at once
        extra_java_opts="$extra_java_opts -Dalarmis.daily-run.interval-seconds=5" ;;
    *) printf 'BENCH_PAGES is queue, register or compliance\n' >&2; exit 2 ;;
esac

log() { printf '\n==> %s\n' "$*" >&2; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

for tool in mvn java javac jar unzip openssl curl psql; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
done
command -v wrk >/dev/null || fail "wrk is missing (Debian: apt-get install -y wrk)"
for size in "${sizes[@]}"; do
    [[ "$size" =~ ^[0-9]+$ ]] || fail "not a size: $size"
done

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres "$@"; }
psql_bench() { psql -X -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" "$@"; }
cli() { "$jboss_home/bin/jboss-cli.sh" --connect --controller="localhost:$management_port" "$@"; }

# ---- cleanup: whatever happens, no server keeps running and no database stays ------------------
server_pid=
database=
stop_server() {
    [ -n "$server_pid" ] || return 0
    log "stopping the server"
    cli --command=:shutdown >/dev/null 2>&1 || true
    for _ in $(seq 30); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 1
    done
    # Still there: it was started in a process group of its own (setsid), so end that group.
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -- "-$server_pid" 2>/dev/null || true
    fi
    server_pid=
}
drop_database() {
    [ -n "$database" ] || return 0
    psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
    database=
}
trap 'stop_server; drop_database' EXIT
# Interrupted: end this script's own children too (a wrk run in a command substitution), then exit.
trap 'pkill -TERM -P $$ 2>/dev/null; exit 130' INT
trap 'pkill -TERM -P $$ 2>/dev/null; exit 143' TERM

# ---- build: the EAR, the configuration's modules, the bare servlet ----------------------------
build() {
    log "building the EAR (mvn package)"
    (cd "$repo" && mvn -q -ntp -DskipTests package)
    log "building bare.war"
    rm -rf "$target/bare" && mkdir -p "$target/bare/WEB-INF/classes"
    javac -nowarn --release 17 -cp "$ee_api" -d "$target/bare/WEB-INF/classes" "$repo/bench/bare-servlet/BareServlet.java"
    jar --create --file "$target/bare.war" -C "$target/bare" .
}

# ---- provision: a fresh WildFly, configured as ear/pom.xml configures the tests' server --------
provision() {
    log "provisioning WildFly $wildfly_version under $target"
    [ -f "$wildfly_zip" ] || fail "missing $wildfly_zip: run 'mvn -Prun package' once, or 'mvn dependency:get -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip'"
    rm -rf "$jboss_home"
    unzip -q "$wildfly_zip" -d "$target"
    "$repo/config/demo-pki.sh" server "$tls_dir"
    # The script picks the datasource's driver from ALARMIS_DB_URL; the URL itself stays an
    # expression, read when the server starts, so one configured server serves every size.
    ALARMIS_DB_URL="jdbc:postgresql://$pg_host:$pg_port/alarmis_bench" "$repo/config/configure-offline.sh" "$jboss_home" >/dev/null
    cp "$jboss_home/standalone/configuration/standalone-full.xml" "$target/standalone-full.configured.xml"
}

# ---- one server per size ----------------------------------------------------------------------
start_server() { # size
    log "starting WildFly (port offset $port_offset, heap $heap) on database $database"
    # Every size starts from the configured server, without the deployments and data of another.
    cp "$target/standalone-full.configured.xml" "$jboss_home/standalone/configuration/standalone-full.xml"
    rm -rf "$jboss_home/standalone/data" "$jboss_home/standalone/tmp" "$jboss_home/standalone/log"
    export ALARMIS_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$database"
    export ALARMIS_DB_USER="$pg_user" ALARMIS_DB_PASSWORD="$pg_password"
    export ALARMIS_PUBLIC_URL="$base_url"
    export ALARMIS_BOOTSTRAP_ADMIN_EMAIL="$staff_email" ALARMIS_BOOTSTRAP_ADMIN_PASSWORD="$staff_password"
    # The server's own JVM options, not exported: the CLI calls that follow would take them too
    # (a 1 GB heap each, and a recording of theirs that overwrites the server's).
    JAVA_OPTS="-Xms$heap -Xmx$heap -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${extra_java_opts//\{size\}/$1}" \
        setsid "$jboss_home/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$port_offset" \
        >"$target/server-$1.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 120); do
        if cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"result" => "running"'; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || fail "the server stopped while starting: see $target/server-$1.log"
        sleep 1
    done
    fail "the server did not start within 120 s: see $target/server-$1.log"
}

deploy() {
    log "deploying alarmis.ear and bare.war (Flyway migrates the database)"
    cli --commands="deploy $repo/ear/target/alarmis.ear --force,deploy $target/bare.war --force" \
        || fail "deployment failed: see the server log"
    [ "$(psql_bench -Atc "SELECT count(*) FROM account WHERE email = '$staff_email'")" = 1 ] \
        || fail "the first administrator $staff_email was not created: see the server log"
}

load_data() { # size
    log "loading $1 connection requests"
    psql_bench -v requests="$1" -v admin_email="$staff_email" -f "$here/load-data.sql"
    if [ -n "$extra_sql" ]; then
        log "experiment: running $extra_sql"
        echo "experiment: $extra_sql"
        cat "$extra_sql"
        psql_bench -f "$extra_sql"
    fi
}

# Signs in through the real login page as a browser would (cookies, the form's view state and
# PrimeFaces' CSP nonce), checks that the session opens the work queue, prints its cookie.
sign_in() {
    local jar page view_state nonce status cookie
    jar=$(mktemp)
    page=$(curl -sS --fail --cacert "$tls_dir/demo-ca.crt" -c "$jar" -b "$jar" "$base_url/alarmis/login.xhtml")
    view_state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
    view_state=${view_state//&#58;/:}
    nonce=$(sed -n "s/.*PrimeFaces\.csp\.init('\([^']*\)').*/\1/p" <<<"$page" | head -1)
    [ -n "$view_state" ] || fail "no view state on the login page"
    status=$(curl -sS -o /dev/null -w '%{http_code}' --cacert "$tls_dir/demo-ca.crt" -c "$jar" -b "$jar" \
        --data-urlencode login=login --data-urlencode login:next= \
        --data-urlencode "login:email=$staff_email" --data-urlencode "login:password=$staff_password" \
        --data-urlencode login:oneTimeCode= --data-urlencode login:signIn= \
        --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
        "$base_url/alarmis/login.xhtml")
    [ "$status" = 302 ] || fail "sign-in answered $status instead of a redirect (see the server log)"
    cookie=$(awk -F'\t' '$6 == "JSESSIONID" { print $6 "=" $7 }' "$jar")
    rm -f "$jar"
    [ -n "$cookie" ] || fail "no session cookie after sign-in"
    page=$(curl -sS --cacert "$tls_dir/demo-ca.crt" -H "Cookie: $cookie" -w '\n%{http_code}' "$base_url$queue")
    [ "${page##*$'\n'}" = 200 ] && grep -q 'id="queue:requests"' <<<"$page" \
        || fail "the signed-in session does not get the work queue"
    echo "$cookie"
}

# Checks that a page answers 200 with its expected text and, for the queue, at least one row.
check_page() { # path expected cookie
    local page
    page=$(curl -sS --cacert "$tls_dir/demo-ca.crt" -H "Cookie: $3" -w '\n%{http_code}' "$base_url$1")
    [ "${page##*$'\n'}" = 200 ] && grep -qF "$2" <<<"$page" || fail "$1 does not answer as expected"
    if [[ "$1" == "$queue"* ]]; then
        grep -q 'data-ri="0"' <<<"$page" || fail "$1 shows no request: the data or the filter is wrong"
        echo "$1: $(grep -o 'data-ri="[0-9]*"' <<<"$page" | wc -l) rows on the page"
    fi
}

# ---- CPU accounting: who used the two cores during a run ----------------------------------------
# Busy and total jiffies of the whole machine. Busy leaves out interrupts (the loopback network's
# softirq work), which no process is charged with.
machine_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
# CPU time (ms) used so far by these processes (utime + stime).
cpu_ms() {
    local ticks=0 pid
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        ticks=$((ticks + $(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
    done
    echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
server_jvm() { pgrep -P "$server_pid" java; }
# CPU time (ms) used so far by the JIT compiler threads (C1, C2) of this JVM: part of its CPU time.
jit_ms() { # jvm-pid
    local ticks=0 task
    for task in /proc/"$1"/task/*; do
        [[ "$(cat "$task/comm" 2>/dev/null)" == C[12]\ CompilerThre* ]] || continue
        ticks=$((ticks + $(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || echo 0)))
    done
    echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
database_backends() { psql_admin -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$database'"; }

# The shares (%) of the CPUs that other processes, and the server with its database backends
# ("own"), took during the last few seconds: sets $others_pct and $own_pct.
sample_cpu() { # seconds
    local m0 m1 own0 own1 shares
    m0=$(machine_jiffies); own0=$(cpu_ms $(server_jvm) $(database_backends))
    sleep "$1"
    m1=$(machine_jiffies); own1=$(cpu_ms $(server_jvm) $(database_backends))
    shares=$(awk -v a="$m0" -v b="$m1" -v own="$((own1 - own0))" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        split(a, x, " "); split(b, y, " "); all = (y[2] - x[2]) * 1000 / hz
        other = 100 * ((y[1] - x[1]) * 1000 / hz - own) / all
        printf "%d %d", other < 0 ? 0 : other, 100 * own / all }')
    read -r others_pct own_pct <<<"$shares"
}

# Waits until the server has finished what an earlier run left (a slow page's requests go on
# after wrk stopped) and no other process keeps the CPUs busy (another build, another server),
# so that the figures are the application's. Gives up after $quiet_wait s and says so.
wait_for_quiet_machine() {
    local waited=0
    while :; do
        sample_cpu 3
        [ "$others_pct" -lt 10 ] && [ "$own_pct" -lt 15 ] && return 0
        if [ "$waited" -ge "$quiet_wait" ]; then
            echo "WARNING: before this run, other processes took $others_pct % of the CPUs, the server $own_pct %; the busiest:" >>"$results"
            top -b -n 2 -d 1 -w 150 | awk '/^top -/ { block++ } block == 2 && $1 ~ /^[0-9]+$/' | head -3 >>"$results"
            return 0
        fi
        if [ "$others_pct" -ge 10 ]; then
            log "other processes take $others_pct % of the CPUs: waiting"
        else
            log "the server is still busy ($own_pct % of the CPUs): waiting"
        fi
        sleep 7; waited=$((waited + 10))
    done
}

# CPU time (ms) of this shell's finished children (wrk), into $children_ms. `times` must run in
# this shell, not in a command substitution, which would count its own children only.
children_cpu() {
    times >"$target/times"
    children_ms=$(awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); ms += t[1] * 60000 + t[2] * 1000 } printf "%d", ms }' "$target/times")
}

# One wrk run; appends its output to the results and prints its RESULT line, extended with the
# CPU milliseconds per request of the server JVM and of PostgreSQL, and the share of the CPUs
# that other processes took meanwhile (above 10 %, the run is marked as disturbed).
run_wrk() { # title connections duration url expected cookie...
    local title=$1 conns=$2 length=$3 url=$4 output jvm backends m0 m1 j0 j1 c0 c1 p0 p1 w0 w1 requests cpu
    shift 4
    wait_for_quiet_machine
    jvm=$(server_jvm); backends=$(database_backends)
    m0=$(machine_jiffies); j0=$(cpu_ms $jvm); c0=$(jit_ms $jvm); p0=$(cpu_ms $backends); children_cpu; w0=$children_ms
    # A run with errors (a response that is not the page, a socket error or a response slower
    # than the 60 s timeout) is recorded as invalid; the others go on, and the script fails at the end.
    if ! output=$(wrk -t"$((conns < threads ? conns : threads))" -c"$conns" -d"$length" --timeout 60s --latency \
        -s "$here/report.lua" "$url" -- "$@"); then
        log "$title: INVALID run (errors)"
        echo "$title" >>"$target/invalid-runs"
        output="$output invalid=yes"
    fi
    m1=$(machine_jiffies); j1=$(cpu_ms $jvm); c1=$(jit_ms $jvm); p1=$(cpu_ms $backends); children_cpu; w1=$children_ms
    requests=$(field requests "$output")
    cpu=$(awk -v a="$m0" -v b="$m1" -v hz="$(getconf CLK_TCK)" -v j="$((j1 - j0))" -v p="$((p1 - p0))" \
        -v w="$((w1 - w0))" -v c="$((c1 - c0))" -v n="$requests" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        if (n < 1) n = 1
        busy = (y[1] - x[1]) * 1000 / hz; all = (y[2] - x[2]) * 1000 / hz
        other = 100 * (busy - j - p - w) / all
        printf "jvm_cpu_ms_per_request=%.2f jit_cpu_ms_per_request=%.2f postgres_cpu_ms_per_request=%.2f wrk_cpu_ms_per_request=%.2f machine_busy=%d%% other_cpu=%d%%",
            j / n, (c < 0 ? 0 : c) / n, p / n, w / n, 100 * busy / all, other < 0 ? 0 : other }')
    output="$output $cpu"
    printf '\n### %s\n%s\n' "$title" "$output" >>"$results"
    if [ "$(field other_cpu "$output" | tr -d %)" -gt 10 ]; then
        echo "WARNING: other processes took $(field other_cpu "$output") of the CPUs during this run" >>"$results"
    fi
    grep '^RESULT' <<<"$output"
}

# A page: warm-up, then measured at $connections connections and at 1. Prints both RESULT lines.
measure() { # name path expected cookie...
    local name=$1 url="$base_url$2" expected=$3
    shift 3
    log "$name: warm-up $warmup, measured $duration at $connections connections and $single_duration at 1"
    wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 60s -s "$here/report.lua" "$url" -- "$expected" "$@" \
        >/dev/null 2>&1 || log "$name: the warm-up run had errors"
    run_wrk "$name, $connections connections" "$connections" "$duration" "$url" "$expected" "$@"
    if [ "$single_duration" != 0s ]; then
        run_wrk "$name, 1 connection" 1 "$single_duration" "$url" "$expected" "$1"
    fi
}

field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1; }

# The daily run of the yearly obligations (BENCH_PAGES=compliance) over the loaded connections, woken
# every 5 s: first the run that gives every connection its obligations (the first day after a
# migration or a large import), then an ordinary day's run (the day's reminders deleted, so that it
# sends them again: about as many as a new day's). For each: its duration (the run's own record),
# what it did, and the CPU the server and PostgreSQL spent; then the one SQL query that counts what
# is due, for comparison.
measure_daily_run() {
    local pass before after
    printf '\n### daily run of the yearly obligations\n' >>"$results"
    for pass in first ordinary; do
        if [ "$pass" = first ]; then
            # (the job's row locked first: a wake that runs meanwhile finishes before, or starts after)
            psql_bench -qc "SELECT 1 FROM daily_job FOR UPDATE; DELETE FROM daily_run; UPDATE daily_job SET last_run_on = NULL; DELETE FROM connection_compliance; DELETE FROM compliance_reminder"
        else
            psql_bench -qc "SELECT 1 FROM daily_job FOR UPDATE; DELETE FROM daily_run WHERE run_on = CURRENT_DATE; UPDATE daily_job SET last_run_on = CURRENT_DATE - 1; DELETE FROM compliance_reminder WHERE sent_on = CURRENT_DATE"
        fi
        before=$(cpu_ms $(server_jvm) $(database_backends))
        local postgres_before; postgres_before=$(cpu_ms $(database_backends))
        for _ in $(seq 600); do
            [ "$(psql_bench -Atc "SELECT count(*) FROM daily_run WHERE run_on = CURRENT_DATE")" = 1 ] && break
            sleep 1
        done
        after=$(cpu_ms $(server_jvm) $(database_backends))
        {
            echo "$pass run: $(psql_bench -Atc "SELECT 'duration ' || round(EXTRACT(EPOCH FROM finished_at - started_at) * 1000) || ' ms; ' || summary FROM daily_run WHERE run_on = CURRENT_DATE")"
            echo "$pass run: CPU of the server and PostgreSQL $((after - before)) ms, of which PostgreSQL $(( $(cpu_ms $(database_backends)) - postgres_before )) ms (sampled around the wait)"
        } | tee -a "$results"
    done
    psql_bench -Atc "SELECT state || ' ' || count(*) FROM connection_compliance GROUP BY state ORDER BY state" | tee -a "$results"
    echo "the one SQL query that counts what is due within 60 days or passed within 31 (EXPLAIN ANALYZE):" >>"$results"
    psql_bench -c "EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM connection_compliance WHERE connection_state = 'ACTIVE' AND (servicing_due_on BETWEEN CURRENT_DATE - 31 AND CURRENT_DATE + 60 OR test_due_on BETWEEN CURRENT_DATE - 31 AND CURRENT_DATE + 60)" \
        | tee -a "$results" | grep -E "Execution Time"
}

run_size() { # size
    local size=$1 cookies=() cookie lines many one bare_rps name path expected rps pass row
    database="alarmis_bench_$size"
    results="$target/results-$size${label:+-$label}.txt"
    summary="$target/summary-$size${label:+-$label}.md"
    psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
    {
        echo "# work-queue benchmark, $size requests, $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem/ { print $2 }') GB;" \
            "wrk, WildFly and PostgreSQL on this same machine"
        echo "$(java -version 2>&1 | head -1); WildFly $wildfly_version, heap $heap; $(psql_admin -Atc 'SELECT version()' | cut -d' ' -f1-2); wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
        echo "wrk: $threads threads, $connections connections (one signed-in session each); server warm-up: two passes of $server_warmup per page; then per page: warm-up $warmup, measured $duration, then 1 connection, $single_duration"
    } >"$results"

    start_server "$size"
    deploy
    load_data "$size" 2>&1 | tee -a "$results"
    [ "${BENCH_PAGES:-queue}" != compliance ] || measure_daily_run

    log "signing in $connections sessions"
    for _ in $(seq "$connections"); do
        cookie=$(sign_in)
        cookies+=("$cookie")
    done
    for page in "${pages[@]}"; do
        IFS='|' read -r name path expected <<<"$page"
        check_page "$path" "$expected" "${cookies[0]}" | tee -a "$results"
    done

    # On two cores the JIT compiles the Faces pages for minutes (about 50 s of CPU): warm the server
    # up on every page, twice, so that no page is measured while the compiler takes CPU from it.
    # The bare servlet (last in $pages) goes first here, so that a queue page ends the warm-up.
    for pass in 1 2; do
        for page in "${pages[-1]}" "${pages[@]::${#pages[@]}-1}"; do
            IFS='|' read -r name path expected <<<"$page"
            log "server warm-up, pass $pass: $name, $server_warmup"
            wrk -t"$threads" -c"$connections" -d"$server_warmup" --timeout 60s -s "$here/report.lua" "$base_url$path" \
                -- "$expected" "${cookies[@]}" >/dev/null 2>&1 || log "$name: the warm-up run had errors"
        done
    done

    # Two passes are not always enough: C2 may still compile for minutes, and the JVM CPU it takes
    # would be charged to whichever page is measured first. More passes over the queue pages,
    # until the JIT takes less than 3 % of the JVM's CPU during one.
    local settle jvm j0 c0 jit_share
    jvm=$(server_jvm)
    for settle in $(seq "$settle_passes"); do
        j0=$(cpu_ms "$jvm"); c0=$(jit_ms "$jvm")
        for page in "${pages[@]::${#pages[@]}-1}"; do
            IFS='|' read -r name path expected <<<"$page"
            wrk -t"$threads" -c"$connections" -d15s --timeout 60s -s "$here/report.lua" "$base_url$path" \
                -- "$expected" "${cookies[@]}" >/dev/null 2>&1 || log "$name: the warm-up run had errors"
        done
        jit_share=$(( 100 * ($(jit_ms "$jvm") - c0) / ($(cpu_ms "$jvm") - j0 + 1) ))
        log "server warm-up, settling pass $settle: the JIT took $jit_share % of the JVM's CPU"
        echo "server warm-up, settling pass $settle: the JIT took $jit_share % of the JVM's CPU" >>"$results"
        [ "$jit_share" -ge 3 ] || break
    done

    local rows=()
    for page in "${pages[@]}"; do
        IFS='|' read -r name path expected <<<"$page"
        lines=$(measure "$name" "$path" "$expected" "${cookies[@]}")
        rows+=("$name|$lines")
    done

    # The summary, with each page's throughput as a ratio to the bare servlet's.
    bare_rps=$(field rps "$(sed -n 1p <<<"${rows[-1]#*|}")")
    {
        echo "| page | requests/s | ratio to bare servlet | p50 (ms) | p95 (ms) | p99 (ms) | JVM CPU ms/request (of which JIT) | PostgreSQL CPU ms/request | 1 connection: p50 / p95 (ms) |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        for row in "${rows[@]}"; do
            name=${row%%|*}
            many=$(sed -n 1p <<<"${row#*|}"); one=$(sed -n 2p <<<"${row#*|}")
            rps=$(field rps "$many")
            [ "$(field other_cpu "$many" | tr -d %)" -le 10 ] || name="$name (disturbed: other processes took $(field other_cpu "$many") of the CPUs)"
            [ -z "$(field invalid "$many")" ] || name="$name (INVALID: $(field bad "$many") bad responses, $(field socket_errors "$many") socket errors)"
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" \
                "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", a / b }')" \
                "$(field p50_ms "$many")" "$(field p95_ms "$many")" "$(field p99_ms "$many")" \
                "$(field jvm_cpu_ms_per_request "$many") ($(field jit_cpu_ms_per_request "$many"))" \
                "$(field postgres_cpu_ms_per_request "$many")" \
                "${one:+$(field p50_ms "$one") / $(field p95_ms "$one")}"
        done
    } >"$summary"

    log "query plans (EXPLAIN ANALYZE of the queries behind each page)"
    printf '\n### query plans\n' >>"$results"
    psql_bench -f "$here/explain.sql" >>"$results" 2>&1

    stop_server
    drop_database
    printf '\n%s requests%s:\n' "$size" "${label:+ ($label)}" | tee -a "$results"
    tee -a "$results" <"$summary"
}

mkdir -p "$target"
rm -f "$target/invalid-runs"
build
provision
for size in "${sizes[@]}"; do
    run_size "$size"
done
log "done: raw results in $target/results-*.txt"
for size in "${sizes[@]}"; do
    printf '\n%s requests%s:\n' "$size" "${label:+ ($label)}"
    cat "$target/summary-$size${label:+-$label}.md"
done
[ ! -s "$target/invalid-runs" ] || fail "invalid runs (errors; see the results): $(paste -sd, "$target/invalid-runs")"
