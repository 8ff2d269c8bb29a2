#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver when they are missing, so the browser tests run on a
# machine that starts with only a JDK. Uses sudo when not root. Set BROWSER_INSTALL=skip to only check.
set -euo pipefail

CHROMIUM=${CHROMIUM_BINARY:-/usr/bin/chromium}
DRIVER=${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
    exit 0
fi
if [[ "${BROWSER_INSTALL:-}" == "skip" ]]; then
    echo "ensure-chromium: $CHROMIUM or $DRIVER is missing and BROWSER_INSTALL=skip" >&2
    exit 1
fi

as_root=()
if [[ "$(id -u)" != "0" ]]; then
    as_root=(sudo)
fi
echo "ensure-chromium: installing chromium and chromium-driver"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
