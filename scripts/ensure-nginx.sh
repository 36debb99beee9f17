#!/bin/sh
# Installs Debian's nginx for the nginx e2e suite (the shipped template and entrypoint in a real
# nginx, `npm run test:nginx`) when it is missing, as ensure-chromium.sh does for Chromium.
set -e
if [ -n "${NGINX_BIN:-}" ] && [ -x "$NGINX_BIN" ]; then exit 0; fi
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
sh "$(dirname "$0")/apt-install.sh" nginx NGINX_BIN
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || {
  echo "nginx install finished but no nginx binary was found" >&2
  exit 1
}
