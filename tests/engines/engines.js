// The three browser engines the suites run in, all from Debian's packages (nothing downloads a
// browser on this machine kind): Chromium through Playwright, Firefox ESR through puppeteer-core
// over WebDriver BiDi, and WebKitGTK (Safari's engine family) through its own WebDriver under Xvfb.
// `MT_ENGINES=chromium,firefox` picks some; the default is all three.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Without the background-networking flags Chromium keeps calling hosts that this network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The engines chosen for this run. */
export function chosenEngines() {
  const list = (process.env.MT_ENGINES ?? ENGINES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of list)
    if (!ENGINES.includes(name)) throw new Error(`MT_ENGINES: unknown engine ${name} (known: ${ENGINES.join(', ')})`);
  return list;
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
function stopChildren() {
  for (const child of children) child.kill('SIGTERM');
  children.clear();
}
process.once('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stopChildren(), process.exit(130)));

/** Starts a helper process that never keeps this one alive: it is stopped when this one exits. */
function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-2000)));
  child.unref();
  child.stderr.unref();
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.errors = () => errors;
  return child;
}

/** Starts an X display of our own (MiniBrowser has no headless mode) unless one is given. */
async function startDisplay() {
  if (process.env.MT_DISPLAY) return { display: process.env.MT_DISPLAY };
  for (let n = 90 + Math.floor(Math.random() * 400); ; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const xvfb = start('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {});
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
      if (xvfb.exitCode !== null) break;
      await sleep(100);
    }
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, process: xvfb };
    xvfb.kill();
    if (n > 900) throw new Error(`Xvfb did not start: ${xvfb.errors()}`);
  }
}

/**
 * GTK settings under which WebKitGTK reports `prefers-reduced-motion: reduce` (it follows
 * `gtk-enable-animations`); WebDriver has no media emulation.
 */
async function reducedMotionGtkConfig() {
  const home = await mkdtemp(join(tmpdir(), 'market-ticker-gtk-'));
  await mkdir(join(home, 'gtk-3.0'));
  await writeFile(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  return home;
}

/**
 * Starts WebKitWebDriver on a free port, on its own display; `stop()` ends both, and so does
 * this process's exit. With `reducedMotion`, the browsers it opens prefer reduced motion.
 */
export async function startWebKitDriver({ reducedMotion = false } = {}) {
  const { display, process: xvfb } = await startDisplay();
  const port = await freePort();
  const env = { DISPLAY: display };
  if (reducedMotion) env.XDG_CONFIG_HOME = await reducedMotionGtkConfig();
  const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], env);
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driver.errors()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) {
        const stop = () => {
          driver.kill('SIGTERM');
          xvfb?.kill('SIGTERM');
        };
        return { port, display, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** WebDriver capabilities that open WebKitGTK's MiniBrowser under automation. */
export const WEBKIT_CAPABILITIES = {
  // webdriverio would ask for WebDriver BiDi, which WebKitWebDriver does not offer.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};
