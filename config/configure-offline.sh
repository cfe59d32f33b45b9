#!/usr/bin/env bash
# Applies configure-server.cli to a WildFly that is not running, inside an embedded server:
# how the run command and the test build configure the servers they provision.
#   config/configure-offline.sh JBOSS_HOME [SERVER_CONFIG]
set -euo pipefail

jboss_home=${1:?usage: $0 JBOSS_HOME [SERVER_CONFIG]}
server_config=${2:-standalone-full.xml}
config_dir=$(cd "$(dirname "$0")" && pwd)
jdbc_jar="$config_dir/target/jdbc/postgresql.jar"
[ -f "$jdbc_jar" ] || { echo "missing $jdbc_jar: run 'mvn package' first" >&2; exit 1; }

wrapped=$(mktemp --suffix=.cli)
trap 'rm -f "$wrapped"' EXIT
{
    echo "embed-server --server-config=$server_config --std-out=discard"
    cat "$config_dir/configure-server.cli"
    echo
    echo "stop-embedded-server"
} > "$wrapped"

tls_provider="$config_dir/target/alarmis-tls-provider.jar"
[ -f "$tls_provider" ] || { echo "missing $tls_provider: run 'mvn package' first" >&2; exit 1; }

"$jboss_home/bin/jboss-cli.sh" -Dalarmis.jdbc.jar="$jdbc_jar" -Dalarmis.tls.provider.jar="$tls_provider" --file="$wrapped"
