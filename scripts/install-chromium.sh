#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (idempotent). Needs root or sudo.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Chromium is missing and this user cannot install packages: run 'apt-get install chromium' as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends chromium || {
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends chromium
}
