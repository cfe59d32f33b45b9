# Shared by crash-test.sh and benchmark.sh (sourced, after bench/post-link/server.sh): the admin's
# browser on the import page, played by curl as a browser would (cookies, the form's view state,
# PrimeFaces' CSP nonce), signed in as the bench server's first administrator.

base_url="https://localhost:$((8443 + port_offset))"
ca="$jboss_home/standalone/configuration/alarmis-tls/demo-ca.crt"
cookie_jar="$target/cookies.txt"

view_state() { sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$1" | head -1 | sed 's/&#58;/:/g'; }
nonce() { sed -n "s/.*PrimeFaces\.csp\.init('\([^']*\)').*/\1/p" <<<"$1" | head -1; }
get() { curl -sS --fail --cacert "$ca" -c "$cookie_jar" -b "$cookie_jar" "$base_url/alarmis$1"; }
post() { # path, then curl's form arguments; prints the HTTP status
    local path=$1
    shift
    curl -sS -o "$target/last-answer.html" -w '%{http_code}' --cacert "$ca" -c "$cookie_jar" -b "$cookie_jar" "$@" \
        "$base_url/alarmis$path"
}

sign_in() {
    local page status
    rm -f "$cookie_jar"
    page=$(get /login.xhtml)
    status=$(post /login.xhtml --data-urlencode login=login --data-urlencode login:next= \
        --data-urlencode "login:email=$admin_email" --data-urlencode "login:password=$admin_password" \
        --data-urlencode login:oneTimeCode= --data-urlencode login:signIn= \
        --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" --data-urlencode "primefaces.nonce=$(nonce "$page")")
    [ "$status" = 302 ] || fail "sign-in answered $status instead of a redirect (see $target/server.log)"
}

upload() { # file
    local page status
    page=$(get /staff/admin/legacy-import.xhtml)
    grep -q 'id="upload:file"' <<<"$page" || fail "the admin does not get the import page"
    status=$(post /staff/admin/legacy-import.xhtml -F upload=upload -F "upload:file=@$1;type=application/gzip" \
        -F "upload:start=" -F "jakarta.faces.ViewState=$(view_state "$page")" -F "primefaces.nonce=$(nonce "$page")")
    [ "$status" = 302 ] || fail "the upload answered $status instead of a redirect: see $target/last-answer.html"
}

resume() {
    local page status
    page=$(get /staff/admin/legacy-import.xhtml)
    grep -q 'id="imports:history:0:resume"' <<<"$page" || fail "the import page offers no Resume after the restart"
    status=$(post /staff/admin/legacy-import.xhtml --data-urlencode imports=imports \
        --data-urlencode "imports:history:0:resume=" \
        --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" --data-urlencode "primefaces.nonce=$(nonce "$page")")
    [ "$status" = 302 ] || fail "Resume answered $status instead of a redirect: see $target/last-answer.html"
}

