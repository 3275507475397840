#!/usr/bin/env bash
# Installs what the tests drive when it is missing, from Debian's packages: Chromium, Firefox ESR,
# WebKitGTK's WebDriver (Safari's engine family) with Xvfb for its window, and the Noto CJK fonts.
# No npm package may download a browser on this machine kind; the test runner drives these.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "browsers: $(chromium --version 2>/dev/null || echo 'chromium missing'); $(firefox-esr --version 2>/dev/null || echo 'firefox-esr missing'); WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo missing)"
