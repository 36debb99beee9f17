#!/bin/sh
# Installs one of Debian's packages, as root or with sudo: the step ensure-chromium.sh and
# ensure-nginx.sh take when their program is missing.
#   sh scripts/apt-install.sh PACKAGE OVERRIDE   (OVERRIDE: the variable that names another binary)
set -e
PACKAGE="$1"
OVERRIDE="$2"
echo "$PACKAGE not found; installing Debian's $PACKAGE package…"
if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install $PACKAGE: not root and no sudo. Install it (apt-get install $PACKAGE) or set $OVERRIDE." >&2
  exit 1
fi
$SUDO apt-get update -qq
# RUNLEVEL=1: a package must not start its system service (nginx on port 80) while it installs.
$SUDO env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PACKAGE" >/dev/null
