# Shared by crash-test.sh and throughput.sh (sourced, not run): the bench server for the POST link;
# bench/legacy-import/ uses it too (it sets bench_target first, and needs no JMS client).
# A WildFly 39.0.1.Final from the Maven repository under bench/target/post-link/SCRIPT, configured by
# config/configure-offline.sh as the tests' server is, on a PostgreSQL database of its own, with
# the partner account from the environment, on port offset 400 (HTTP 8480, management 10390), so
# it runs beside the run command's, the tests' and the work-queue benchmark's servers. Adds a
# scratch queue BenchRaw (post-partner may send and consume) for the broker-only baseline.
#
# Settings (environment): POSTLINK_PORT_OFFSET (400), POSTLINK_HEAP (768m), POSTLINK_PG_HOST
# (127.0.0.1), POSTLINK_PG_PORT (5432), POSTLINK_PG_USER (postgres), POSTLINK_PG_PASSWORD (unused
# with trust authentication), POSTLINK_PG_ADMIN_DB (postgres: where CREATE DATABASE runs),
# POSTLINK_SKIP_BUILD=1 (use the EAR already built), POSTLINK_DATABASE (the database the script
# creates and drops; each script has its own default), POSTLINK_JAVA_OPTS (more options for the
# server's JVM, for an experiment), POSTLINK_EAR (the EAR to deploy instead of ear/target/alarmis.ear;
# implies POSTLINK_SKIP_BUILD).

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
target=${bench_target:-"$repo/bench/target/post-link/$(basename "$0" .sh)"}   # each script its own server and logs

port_offset=${POSTLINK_PORT_OFFSET:-400}
heap=${POSTLINK_HEAP:-768m}
pg_host=${POSTLINK_PG_HOST:-127.0.0.1}
pg_port=${POSTLINK_PG_PORT:-5432}
pg_user=${POSTLINK_PG_USER:-postgres}
pg_password=${POSTLINK_PG_PASSWORD:-unused-with-trust-auth}
pg_admin_db=${POSTLINK_PG_ADMIN_DB:-postgres}

wildfly_version=39.0.1.Final
wildfly_zip="$HOME/.m2/repository/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip"
jboss_home="$target/wildfly-$wildfly_version"
http_port=$((8080 + port_offset))
management_port=$((9990 + port_offset))
broker_url="tcp://localhost:$http_port?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true"

# The partner's account, given to the server through its environment (PartnerAccountBootstrap).
partner_user=alarmis-link@bench-post.lu
partner_password='Bench-Post-Link-2026!'
admin_email=bench.admin@police.etat.lu
admin_password='Bench-Post-Admin-2026!'

log() { printf '==> %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

for tool in mvn java javac unzip openssl curl psql; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
done

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_admin_db" "$@"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$database" "$@"; }
sql() { psql_db -Atc "$1"; }
cli() { "$jboss_home/bin/jboss-cli.sh" --connect --controller="localhost:$management_port" "$@"; }

# ---- cleanup: no server keeps running, no client, no database ----------------------------------
server_pid=      # the standalone.sh started with setsid: it leads the server's process group
database=
client_pids=()
server_jvm() { [ -n "$server_pid" ] && pgrep -P "$server_pid" java; }
stop_server() {
    [ -n "$server_pid" ] || return 0
    log "stopping the server"
    cli --command=:shutdown >/dev/null 2>&1 || true
    for _ in $(seq 30); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -- "-$server_pid" 2>/dev/null || true
    fi
    server_pid=
}
cleanup() {
    local pid
    for pid in "${client_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    stop_server
    if [ -n "$database" ] && [ -z "${POSTLINK_KEEP_DATABASE:-}" ]; then
        psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- build: the EAR and the partner's client ----------------------------------------------------
build() {
    mkdir -p "$target"
    if [ -n "${POSTLINK_EAR:-}" ]; then
        [ -f "$POSTLINK_EAR" ] || fail "no EAR at $POSTLINK_EAR"
    elif [ -z "${POSTLINK_SKIP_BUILD:-}" ] || [ ! -f "$repo/ear/target/alarmis.ear" ]; then
        log "building the EAR (mvn package)"
        (cd "$repo" && mvn -q -ntp -DskipTests package) || fail "the build failed"
    fi
    cp "${POSTLINK_EAR:-$repo/ear/target/alarmis.ear}" "$target/alarmis.ear"   # a build running meanwhile cannot touch this one
    [ "${1:-}" != without-client ] || return 0
    log "building the partner's JMS client"
    (cd "$here" && mvn -q -ntp dependency:build-classpath -Dmdep.outputFile="$target/client.classpath") \
        || fail "cannot resolve the JMS client's classpath (bench/post-link/pom.xml)"
    rm -rf "$target/client" && mkdir -p "$target/client"
    javac -nowarn --release 17 -cp "$(cat "$target/client.classpath")" -d "$target/client" "$here/PostLinkClient.java"
    client_cp="$target/client:$(cat "$target/client.classpath")"
}

# The partner's program: client send|receive KEY=VALUE... (url, user and password added). It
# replaces the calling (sub)shell: run it in the background (then $! is the JVM) or in ( ).
client() {
    local mode=$1
    shift
    exec java -Xmx256m -cp "$client_cp" PostLinkClient "$mode" url="$broker_url" user="$partner_user" \
        password="$partner_password" "$@"
}

# ---- provision: a fresh, configured WildFly ------------------------------------------------------
provision() {
    log "provisioning WildFly $wildfly_version under $target"
    [ -f "$wildfly_zip" ] || fail "missing $wildfly_zip: run 'mvn -Prun package' once, or 'mvn dependency:get -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip'"
    rm -rf "$jboss_home"
    unzip -q "$wildfly_zip" -d "$target"
    "$repo/config/demo-pki.sh" server "$jboss_home/standalone/configuration/alarmis-tls" >/dev/null
    ALARMIS_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$database?reWriteBatchedInserts=true" "$repo/config/configure-offline.sh" "$jboss_home" >/dev/null \
        || fail "configure-offline.sh failed"
    # The broker-only baseline's scratch queue: on this bench server only, never in config/.
    "$jboss_home/bin/jboss-cli.sh" --file=<(cat <<'EOF'
embed-server --server-config=standalone-full.xml --std-out=discard
/subsystem=messaging-activemq/server=default/jms-queue=BenchRaw:add(entries=["java:/jms/queue/BenchRaw"])
/subsystem=messaging-activemq/server=default/security-setting=jms.queue.BenchRaw:add
/subsystem=messaging-activemq/server=default/security-setting=jms.queue.BenchRaw/role=post-partner:add(send=true, consume=true)
stop-embedded-server
EOF
    ) >/dev/null || fail "cannot add the queue BenchRaw"
}

create_database() { # name
    database=$1
    psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
}

# Starts standalone.sh in the background (its own process group) and waits for the management
# interface; the server log goes to $target/server.log (appended over restarts).
start_server() {
    ALARMIS_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$database?reWriteBatchedInserts=true" \
    ALARMIS_DB_USER="$pg_user" ALARMIS_DB_PASSWORD="$pg_password" \
    ALARMIS_PUBLIC_URL="https://localhost:$((8443 + port_offset))" \
    ALARMIS_BOOTSTRAP_ADMIN_EMAIL="$admin_email" ALARMIS_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    ALARMIS_POST_USER="$partner_user" ALARMIS_POST_PASSWORD="$partner_password" \
    JAVA_OPTS="-Xms$heap -Xmx$heap -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${POSTLINK_JAVA_OPTS:-}" \
        setsid "$jboss_home/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$port_offset" \
        >>"$target/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 180); do
        if cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"result" => "running"'; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || fail "the server stopped while starting: see $target/server.log"
        sleep 1
    done
    fail "the server did not start within 180 s: see $target/server.log"
}

deploy() {
    log "deploying alarmis.ear (Flyway migrates the database)"
    cli --command="deploy $target/alarmis.ear --force" >/dev/null || fail "deployment failed: see $target/server.log"
}

# Waits until the deployed application answers over HTTP (after a restart the server redeploys
# the EAR it holds): the landing page redirects to HTTPS once the web module is up.
wait_deployed() {
    local code
    for _ in $(seq 240); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$http_port/alarmis/" || true)
        case "$code" in 200|301|302|303|307) return 0 ;; esac
        kill -0 "$server_pid" 2>/dev/null || fail "the server died while deploying: see $target/server.log"
        sleep 0.5
    done
    fail "the application was not up within 120 s: see $target/server.log"
}

# kill -9 of the server's JVM; standalone.sh then ends too.
kill_server() {
    local jvm
    jvm=$(server_jvm) || true
    [ -n "$jvm" ] || fail "no server JVM to kill"
    kill -9 $jvm
    for _ in $(seq 30); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -9 "$server_pid" 2>/dev/null || true
    server_pid=
}

# Loads $1 connection requests (76 % approved, with valid client numbers) as the work-queue
# benchmark does, and writes the client numbers of $2 distinct approved requests to $3.
load_requests() { # requests clients file
    log "loading $1 connection requests"
    psql_db -v requests="$1" -v admin_email="$admin_email" -f "$repo/bench/work-queue/load-data.sql" >/dev/null
    sql "SELECT c.client_number FROM connection_request r JOIN client_connection c ON c.id = r.connection_id WHERE r.state = 'APPROVED' ORDER BY r.id LIMIT $2" >"$3"
    [ "$(wc -l <"$3")" -eq "$2" ] || fail "fewer than $2 approved requests were loaded"
}
