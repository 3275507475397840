// npm run test:tooling: a WebKit test page whose navigation hangs is opened again in a new
// session, in the real WebKitWebDriver, so the run goes on (tests/engines/webkit-pages.js).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hangingServer } from './hanging-server.mjs';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from './engines.js';
import { reopenHungPages } from './webkit-pages.js';

let base;
let server;
let webkit;
let launcher;
const warnings = [];

before(async () => {
  server = await hangingServer();
  ({ base } = server);
  webkit = await startWebKitDriver();
  launcher = reopenHungPages(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkit.port,
      path: '/',
      logLevel: 'silent',
      capabilities: { ...WEBKIT_CAPABILITIES, pageLoadStrategy: 'eager' },
    }),
    { within: 3000, warn: (message) => warnings.push(message) },
  );
  await launcher.initialize({ concurrency: 1, coverage: false });
});

after(async () => {
  await launcher?.stop();
  webkit?.stop();
  server?.close();
});

test('a page that opens at once is opened in the same session', async () => {
  await launcher.startSession('a', `${base}/0/a`);
  const session = launcher.driver.sessionId;
  await launcher.startSession('b', `${base}/0/b`);
  assert.equal(await launcher.driver.getTitle(), 'opened /0/b');
  assert.equal(launcher.driver.sessionId, session);
  assert.deepEqual(warnings, []);
});

test('a page whose navigation hangs is opened in a new session, and later pages open too', async () => {
  const session = launcher.driver.sessionId;
  await launcher.startSession('c', `${base}/1/c`);
  assert.equal(await launcher.driver.getTitle(), 'opened /1/c');
  assert.notEqual(launcher.driver.sessionId, session);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /\/1\/c failed to open \(it did not open in 3 s\); opening it in a new session/);
  await launcher.startSession('d', `${base}/0/d`);
  assert.equal(await launcher.driver.getTitle(), 'opened /0/d');
});

test('a page that hangs twice fails to start, naming the page', async () => {
  warnings.length = 0;
  await assert.rejects(launcher.startSession('e', `${base}/2/e`), /\/2\/e failed to open twice/);
  assert.equal(warnings.length, 1);
});
