// @web/test-runner in three engines from Debian's packages (no browser download on this machine):
// Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (its own
// WebDriver under Xvfb). MT_ENGINES=chromium,firefox picks some; tests/engines/engines.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { touchPlugin } from './tests/engines/touch-plugin.js';
import { holdMiddleware, holdPlugin } from './tests/engines/hold-plugin.js';
import { litWarningsPlugin } from './tests/engines/lit-warnings-plugin.js';
import { ssrPlugin } from './tests/engines/ssr-plugin.js';
import { feedServerPlugin } from './tests/servers/feed-server-plugin.js';
import { reopenHungPages } from './tests/engines/webkit-pages.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  FIREFOX,
  WEBKIT_CAPABILITIES,
  chosenEngines,
  startWebKitDriver,
} from './tests/engines/engines.js';

const engines = chosenEngines();

/** The runner prints each launcher's name beside its counts: say which engine it is. */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
}

/** A launcher per engine; with `reducedMotion`, its pages prefer reduced motion from the start. */
const launchers = {
  chromium: async ({ reducedMotion }) =>
    named(
      playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
        createBrowserContext: ({ browser }) => browser.newContext(reducedMotion ? { reducedMotion: 'reduce' } : {}),
      }),
      'Chromium',
    ),
  firefox: async ({ reducedMotion }) =>
    named(
      chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          extraPrefsFirefox: reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {},
        },
      }),
      'Firefox',
    ),
  webkit: async ({ reducedMotion }) => {
    const { port } = await startWebKitDriver({ reducedMotion });
    return named(
      reopenHungPages(
        webdriverLauncher({
          hostname: '127.0.0.1',
          port,
          path: '/',
          logLevel: 'error',
          // The runner hears from the page's tests over its own socket; waiting for the load
          // event too let one slow subresource hold the navigation until WebDriver gave up.
          capabilities: { ...WEBKIT_CAPABILITIES, pageLoadStrategy: 'eager' },
        }),
      ),
      'WebKit',
    );
  },
};
/**
 * What a test may hold on its way or fail (tests/engines/hold-plugin.js): the details card's
 * module, a locale's data.
 */
const HOLDABLE = ['/details-card.', '/locale-data/zh-Hans-CN.'];
const browsers = (options) => Promise.all(engines.map((name) => launchers[name](options)));

export default {
  files: ['tests/**/*.test.ts', '!tests/reduced-motion/**', '!tests/first-load/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: [holdMiddleware(HOLDABLE)],
  plugins: [
    holdPlugin(HOLDABLE),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // The library's templates minified as every build ships them: the server renders with dist/,
    // and hydration needs the same template strings on both sides.
    fromRollup(minifyHTML)({
      include: ['**/packages/market-ticker/src/**'],
      exclude: ['**/packages/market-ticker/src/article-card/heading.ts'],
    }),
    feedServerPlugin(),
    touchPlugin(),
    litWarningsPlugin(),
    // Server rendering for tests/fixture.ts.
    ssrPlugin(),
  ],
  // One page at a time per engine: with two, a page can be left in the background, where
  // animation frames stop and a run hung intermittently. And one engine at a time: two on this
  // 2-core machine take about as long in all, and starve the timing of the feed tests.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Dev mode is on on purpose (Lit's extra checks); its banner is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
  testFramework: { config: { timeout: 10000 } },
  // tests/setup.ts first: a failed assertion on a DOM node must fail the test, not hang the run.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
    <html>
      <body>
        <script type="module" src="/tests/setup.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  // The property-based and leak suites run thousands of cases; a busy 2-core machine needs room.
  testsFinishTimeout: 1200000,
  browserStartTimeout: 60000,
  browsers: await browsers({ reducedMotion: false }),
  groups: [
    // A test that holds a module's first request needs a browser that has loaded nothing yet:
    // Firefox and WebKit reuse a module an earlier page loaded without asking the server again.
    {
      name: 'first-load',
      files: 'tests/first-load/*.test.ts',
      browsers: await browsers({ reducedMotion: false }),
    },
    // Reduced motion is a reader's setting, given to each engine at launch: Firefox and WebKit
    // have no media emulation over WebDriver.
    {
      name: 'reduced-motion',
      files: 'tests/reduced-motion/*.test.ts',
      browsers: await browsers({ reducedMotion: true }),
    },
  ],
};
