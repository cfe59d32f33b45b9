#!/usr/bin/env bash
# Demo PKI standing in for LuxTrust and the eID CA, for the run command and the tests. Never for
# production, whose keystores hold the server's real certificate and the real CAs.
#
#   config/demo-pki.sh server DIR
#       the demo CA, a server certificate for localhost and the trust store, in DIR (kept if present):
#       DIR/server.p12 (key store), DIR/truststore.p12 (the CAs accepted for client certificates),
#       DIR/demo-ca.crt (to import into a browser as a trusted authority)
#   config/demo-pki.sh demo DIR
#       "server", plus the certificates of the demo applicants of run mode (DIR/clients/anna.p12,
#       DIR/clients/marc.p12), each created only if missing
#   config/demo-pki.sh client DIR NAME "Full Name" SERIAL [--expired | --untrusted]
#       a person's certificate DIR/clients/NAME.p12, subject "CN=Full Name, serialNumber=SERIAL, C=LU",
#       issued by the demo CA (or expired in 2024, or issued by an untrusted CA)
#
# Every PKCS#12 file has the password "changeit" (demo only).
set -euo pipefail

PASSWORD=changeit
command=${1:?usage: see the head of $0}
dir=${2:?usage: see the head of $0}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

new_ca() { # name, common name
    [ -f "$dir/$1.crt" ] && return
    openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -keyout "$dir/$1.key" -out "$dir/$1.crt" \
        -subj "/C=LU/O=ALARMIS Connect demo/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

server_pki() {
    new_ca demo-ca "ALARMIS Connect Demo CA (stands in for LuxTrust and eID)"
    if [ ! -f "$dir/truststore.p12" ]; then
        keytool -importcert -noprompt -alias demo-ca -file "$dir/demo-ca.crt" \
            -keystore "$dir/truststore.p12" -storetype PKCS12 -storepass "$PASSWORD" >/dev/null
    fi
    if [ ! -f "$dir/server.p12" ]; then
        openssl req -newkey rsa:2048 -nodes -keyout "$work/server.key" -out "$work/server.csr" \
            -subj "/C=LU/O=ALARMIS Connect demo/CN=localhost" 2>/dev/null
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n' > "$work/server.ext"
        openssl x509 -req -in "$work/server.csr" -CA "$dir/demo-ca.crt" -CAkey "$dir/demo-ca.key" -set_serial "0x$(openssl rand -hex 8)" \
            -days 825 -sha256 -extfile "$work/server.ext" -out "$work/server.crt" 2>/dev/null
        openssl pkcs12 -export -name server -inkey "$work/server.key" -in "$work/server.crt" \
            -certfile "$dir/demo-ca.crt" -out "$dir/server.p12" -passout "pass:$PASSWORD"
    fi
}

case "$command" in
server)
    server_pki
    ;;
demo)
    server_pki
    # The serial numbers the demo applicants' accounts are linked to (DemoAccountsLoader).
    [ -f "$dir/clients/anna.p12" ] || "$0" client "$dir" anna "Anna Weber" PNOLU-DEMO-0001 >/dev/null
    [ -f "$dir/clients/marc.p12" ] || "$0" client "$dir" marc "Marc Schmit" PNOLU-DEMO-0002 >/dev/null
    ;;
client)
    name=${3:?NAME}; full_name=${4:?Full Name}; serial=${5:?SERIAL}; kind=${6:-}
    issuer=demo-ca
    [ "$kind" = "--untrusted" ] && issuer=untrusted-ca && new_ca untrusted-ca "Unknown CA"
    [ -f "$dir/$issuer.key" ] || { echo "no $issuer in $dir: run '$0 server $dir' first" >&2; exit 1; }
    mkdir -p "$dir/clients"
    openssl req -newkey rsa:2048 -nodes -keyout "$work/client.key" -out "$work/client.csr" \
        -subj "/C=LU/serialNumber=$serial/CN=$full_name" 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\n' > "$work/client.ext"
    if [ "$kind" = "--expired" ]; then
        # openssl x509 cannot date a certificate in the past; openssl ca can.
        mkdir -p "$work/db" && : > "$work/db/index.txt" && openssl rand -hex 8 > "$work/db/serial"
        cat > "$work/ca.cnf" <<CNF
[ca]
default_ca=demo
[demo]
database=$work/db/index.txt
serial=$work/db/serial
new_certs_dir=$work/db
default_md=sha256
policy=any
unique_subject=no
[any]
countryName=optional
serialNumber=optional
commonName=supplied
[client]
extendedKeyUsage=clientAuth
keyUsage=critical,digitalSignature
CNF
        openssl ca -batch -config "$work/ca.cnf" -cert "$dir/$issuer.crt" -keyfile "$dir/$issuer.key" \
            -in "$work/client.csr" -out "$work/client.crt" -startdate 20230101000000Z -enddate 20240101000000Z \
            -extensions client -notext -preserveDN 2>/dev/null
    else
        openssl x509 -req -in "$work/client.csr" -CA "$dir/$issuer.crt" -CAkey "$dir/$issuer.key" \
            -set_serial "0x$(openssl rand -hex 8)" -days 365 -sha256 -extfile "$work/client.ext" -out "$work/client.crt" 2>/dev/null
    fi
    openssl pkcs12 -export -name "$name" -inkey "$work/client.key" -in "$work/client.crt" \
        -certfile "$dir/$issuer.crt" -out "$dir/clients/$name.p12" -passout "pass:$PASSWORD"
    echo "$dir/clients/$name.p12"
    ;;
*)
    echo "unknown command $command" >&2
    exit 2
    ;;
esac
