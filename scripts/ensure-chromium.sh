#!/bin/sh
# Installs Debian's Chromium for the Playwright tests when it is missing.
# Playwright cannot download its own browser on these machines.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
sh "$(dirname "$0")/apt-install.sh" chromium CHROMIUM_PATH
[ -x "$CHROMIUM" ] || { echo "chromium install finished but $CHROMIUM is missing" >&2; exit 1; }
