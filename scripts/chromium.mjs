// Launches Debian's Chromium through playwright-core with the flags this machine needs
// (tests/engines/engines.js, shared with the test runner).
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/engines/engines.js';

export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
}
