// npm run test:tooling: a WebKit test page whose navigation hangs is opened again in a new
// session, in the real WebKitWebDriver, so the run goes on (tests/engines/webkit-pages.js).
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from './engines.js';
import { reopenHungPages } from './webkit-pages.js';

// Each path hangs as many times as its number says, then answers.
const hangs = new Map();
const server = http.createServer((request, response) => {
  const left = hangs.get(request.url) ?? Number(request.url.split('/')[1]);
  hangs.set(request.url, left - 1);
  if (left <= 0) response.end(`<!doctype html><title>opened ${request.url}</title>`);
});
let base;
let webkit;
let launcher;
const warnings = [];

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
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
  server.closeAllConnections();
  server.close();
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
