#!/bin/sh
# Container start (docs/deployment.md): writes API_URL into index.html's <meta name="api-url">
# and, with CSP_CONNECT_SRC, into the Content-Security-Policy's connect-src (the built meta tag
# and the header nginx sends), renders docker/nginx.conf.template and runs nginx in the
# foreground. Every path is an environment variable, so the nginx e2e suite runs this same
# script outside a container (scripts/serve-nginx.sh).
set -eu

HTML_DIR="${HTML_DIR:-/usr/share/nginx/html}"
BASE_PATH="${BASE_PATH:-/}"
API_URL="${API_URL:-}"
CSP_CONNECT_SRC="${CSP_CONNECT_SRC:-}"
API_UPSTREAM="${API_UPSTREAM:-}"
PORT="${PORT:-8080}"
NGINX_TEMPLATE="${NGINX_TEMPLATE:-/etc/nginx/assistant-analytics.conf.template}"
NGINX_RUN_DIR="${NGINX_RUN_DIR:-/tmp/nginx}"
NGINX_MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"
NGINX_BIN="${NGINX_BIN:-nginx}"
NGINX_WORKERS="${NGINX_WORKERS:-auto}"
NGINX_ACCESS_LOG="${NGINX_ACCESS_LOG:-/dev/stdout}"

fail() {
  echo "entrypoint: $*" >&2
  exit 1
}

# Every value lands in nginx's configuration or in HTML: only plain ones get through.
matches() { printf '%s' "$1" | grep -Eq "$2"; }
ORIGIN='^https?://[A-Za-z0-9.-]+(:[0-9]+)?$'
FILE_PATH='^/[A-Za-z0-9._/-]*$'
matches "$BASE_PATH" '^/([A-Za-z0-9._~-]+/)*$' || fail "BASE_PATH must look like /assistant-analytics/ (got '$BASE_PATH')"
[ -z "$API_URL" ] || matches "$API_URL" '^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$' ||
  fail "API_URL must be an http(s) URL such as https://waldur.example.org/ (got '$API_URL')"
for origin in $CSP_CONNECT_SRC; do
  matches "$origin" "$ORIGIN" || fail "CSP_CONNECT_SRC: not an origin: '$origin'"
done
[ -z "$API_UPSTREAM" ] || matches "$API_UPSTREAM" '^https?://[A-Za-z0-9.-]+(:[0-9]+)?/?$' ||
  fail "API_UPSTREAM must be a server without a path, such as http://waldur-mastermind-api:8080 (got '$API_UPSTREAM')"
matches "$PORT" '^[0-9]+$' || fail "PORT must be a number (got '$PORT')"
matches "$NGINX_WORKERS" '^(auto|[0-9]+)$' || fail "NGINX_WORKERS must be auto or a number"
for path in "$HTML_DIR" "$NGINX_RUN_DIR" "$NGINX_MIME_TYPES"; do
  matches "$path" "$FILE_PATH" || fail "not a plain absolute path: '$path'"
done
[ "$NGINX_ACCESS_LOG" = off ] || matches "$NGINX_ACCESS_LOG" "$FILE_PATH" || fail "NGINX_ACCESS_LOG: a path or off"

APP_DIR="${HTML_DIR}${BASE_PATH}"
[ -f "$APP_DIR/index.html" ] || fail "no index.html in $APP_DIR (built with another BASE_PATH?)"
# The page as built, kept on the first start, so that every start writes from the same source.
[ -f "$APP_DIR/index.orig.html" ] || cp "$APP_DIR/index.html" "$APP_DIR/index.orig.html"

CONNECT="'self'"
[ -z "$API_URL" ] || CONNECT="$CONNECT $(printf '%s' "$API_URL" | sed -E 's#^(https?://[^/]+).*#\1#')"
for origin in $CSP_CONNECT_SRC; do CONNECT="$CONNECT $origin"; done

# The API URL replaces the build's placeholder (left alone without API_URL: "not configured",
# config.json or the page's origin decide); the built meta CSP's `connect-src 'self'`
# (vite.config.ts) names the same origins as the header, or it would block them.
API_META='s|^||'
[ -z "$API_URL" ] || API_META="s|content=\"__API_URL__\"|content=\"$API_URL\"|"
sed -e "$API_META" -e "s|connect-src 'self'|connect-src $CONNECT|" "$APP_DIR/index.orig.html" >"$APP_DIR/index.html"

META_CSP=$(sed -n 's|.*<meta http-equiv="Content-Security-Policy" content="\([^"]*\)".*|\1|p' "$APP_DIR/index.html")
[ -n "$META_CSP" ] || fail "index.html has no Content-Security-Policy meta tag: not a production build"
# As a header the policy also covers frame-ancestors, which a meta tag cannot.
CSP="$META_CSP; frame-ancestors 'none'"

# Sections of the template that this start does not need are cut out.
CUT=''
[ "$BASE_PATH" != / ] || CUT="$CUT -e /BEGIN-outside-base/,/END-outside-base/d"
[ -n "$API_UPSTREAM" ] || CUT="$CUT -e /BEGIN-api-proxy/,/END-api-proxy/d"

mkdir -p "$NGINX_RUN_DIR"
# shellcheck disable=SC2086 # CUT is a list of sed arguments
sed $CUT \
  -e "s|\${PORT}|$PORT|g" \
  -e "s|\${BASE_PATH}|$BASE_PATH|g" \
  -e "s|\${BASE_PATH_NO_SLASH}|${BASE_PATH%/}|g" \
  -e "s|\${HTML_DIR}|$HTML_DIR|g" \
  -e "s|\${CSP}|$CSP|g" \
  -e "s|\${API_UPSTREAM}|${API_UPSTREAM%/}|g" \
  -e "s|\${NGINX_RUN_DIR}|$NGINX_RUN_DIR|g" \
  -e "s|\${NGINX_MIME_TYPES}|$NGINX_MIME_TYPES|g" \
  -e "s|\${NGINX_WORKERS}|$NGINX_WORKERS|g" \
  -e "s|\${NGINX_ACCESS_LOG}|$NGINX_ACCESS_LOG|g" \
  "$NGINX_TEMPLATE" >"$NGINX_RUN_DIR/nginx.conf"

exec "$NGINX_BIN" -e stderr -c "$NGINX_RUN_DIR/nginx.conf" -g 'daemon off;'
