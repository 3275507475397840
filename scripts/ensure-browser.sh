#!/usr/bin/env bash
# Installs what the tests drive when it is missing, from Debian's packages: Chromium, Firefox ESR,
# WebKitGTK's WebDriver (Safari's engine family) with Xvfb for its window, and the Noto CJK fonts.
# No npm package may download a browser on this machine kind; the test runner drives these.
# Also Redis and nginx for the scaled-out feed server's tests: they start their own instances on
# loopback, so the packages' own services are kept from starting at install (policy-rc.d).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Another install may hold dpkg's lock: wait for it rather than fail.
  APT=(apt-get -o DPkg::Lock::Timeout=600)
  $SUDO "${APT[@]}" update -qq
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod +x "$policy"
    trap '$SUDO rm -f "$policy"' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "browsers: $(chromium --version 2>/dev/null || echo 'chromium missing'); $(firefox-esr --version 2>/dev/null || echo 'firefox-esr missing'); WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo missing)"
echo "servers: $(redis-server --version 2>/dev/null | cut -d' ' -f1-3 || echo 'redis-server missing'); $( (nginx -v || /usr/sbin/nginx -v) 2>&1 | head -1 || echo 'nginx missing')"
