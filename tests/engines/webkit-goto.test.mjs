// npm run test:tooling: in the page checks' WebKit (scripts/browsers.mjs, which npm run
// test:package and the consumer checks use), a page whose navigation hangs is opened again in a
// new session, in the real WebKitWebDriver; one that hangs twice fails, naming the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hangingServer } from './hanging-server.mjs';
import { launchBrowser } from '../../scripts/browsers.mjs';

let base;
let server;
let browser;
let context;
const warnings = [];
const warn = console.warn;

before(async () => {
  server = await hangingServer();
  ({ base } = server);
  console.warn = (message) => warnings.push(message);
  browser = await launchBrowser('webkit');
  context = await browser.newContext();
});

after(async () => {
  console.warn = warn;
  await context?.close();
  await browser?.close();
  server?.close();
});

test('a page that opens at once opens in its session', async () => {
  const page = await context.newPage();
  const session = page.session;
  await page.goto(`${base}/0/a`, { within: 3000 });
  assert.equal(await page.evaluate(() => document.title), 'opened /0/a');
  assert.equal(page.session, session);
  assert.deepEqual(warnings, []);
  // WebKit's driver runs one session at a time.
  await page.close();
});

test('a page whose navigation hangs once opens in a new session', async () => {
  const page = await context.newPage();
  const session = page.session;
  await page.goto(`${base}/1/b`, { within: 3000 });
  assert.equal(await page.evaluate(() => document.title), 'opened /1/b');
  assert.notEqual(page.session, session);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /\/1\/b failed to open \(it did not open in 3 s\); opening it in a new session/);
  await page.close();
});

test('a page that hangs twice fails, naming the page', async () => {
  warnings.length = 0;
  const page = await context.newPage();
  await assert.rejects(page.goto(`${base}/2/c`, { within: 3000 }), /\/2\/c failed to open twice/);
  assert.equal(warnings.length, 1);
  await page.close();
});
