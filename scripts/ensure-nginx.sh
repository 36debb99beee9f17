#!/bin/sh
# Installs Debian's nginx for the nginx e2e suite (the shipped template and entrypoint in a real
# nginx, `npm run test:nginx`) when it is missing, as ensure-chromium.sh does for Chromium.
set -e
if [ -n "${NGINX_BIN:-}" ] && [ -x "$NGINX_BIN" ]; then exit 0; fi
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
echo "nginx not found; installing Debian's nginx package…"
if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install nginx: not root and no sudo. Install it (apt-get install nginx) or set NGINX_BIN." >&2
  exit 1
fi
$SUDO apt-get update -qq
# RUNLEVEL=1: the package must not start a system nginx on port 80 while it installs.
$SUDO env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || {
  echo "nginx install finished but no nginx binary was found" >&2
  exit 1
}
