#!/bin/sh
# Installs Debian's Chromium for the Playwright tests when it is missing.
# Playwright cannot download its own browser on these machines.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…"
if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install chromium: not root and no sudo. Install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "chromium install finished but $CHROMIUM is missing" >&2; exit 1; }
