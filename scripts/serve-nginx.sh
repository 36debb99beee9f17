#!/bin/sh
# The nginx e2e suite's server (playwright.nginx.config.ts): the image's own steps outside a
# container. docker/build.sh makes the BASE_PATH build, docker/entrypoint.sh writes API_URL into
# it, renders the shipped template and runs Debian's nginx in the foreground (not as a daemon,
# so Playwright stops it), with every path under dist-nginx/.
#   PORT, API_URL, API_UPSTREAM come from the Playwright config.
set -eu
cd "$(dirname "$0")/.."
BASE_PATH="${BASE_PATH:-/assistant-analytics/}"
OUT="$PWD/dist-nginx"
APP_DIR="$OUT/html$BASE_PATH"
BASE_PATH="$BASE_PATH" sh docker/build.sh "$APP_DIR"
# A config.json whose apiUrl must lose to the meta tag the entrypoint writes from API_URL.
printf '{ "apiUrl": "https://config-json.invalid", "homeportUrl": "" }\n' >"$APP_DIR/config.json"
export BASE_PATH
export HTML_DIR="$OUT/html"
export NGINX_RUN_DIR="$OUT/run"
export NGINX_TEMPLATE="$PWD/docker/nginx.conf.template"
export NGINX_WORKERS=1
export NGINX_ACCESS_LOG=off
if [ -z "${NGINX_BIN:-}" ]; then
  NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
  export NGINX_BIN
fi
exec sh docker/entrypoint.sh
