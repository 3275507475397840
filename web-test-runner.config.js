// @web/test-runner in three engines from Debian's packages (no browser download on this machine):
// Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (its own
// WebDriver under Xvfb). MT_ENGINES=chromium,firefox picks some; tests/engines/engines.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { touchPlugin } from './tests/engines/touch-plugin.js';
import { feedServerPlugin } from './tests/servers/feed-server-plugin.js';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, WEBKIT_CAPABILITIES, chosenEngines, startWebKitDriver } from './tests/engines/engines.js';

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

const launchers = {
  chromium: async () => named(playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }), 'Chromium'),
  firefox: async () => named(chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }), 'Firefox'),
  webkit: async () => {
    const { port } = await startWebKitDriver();
    return named(webdriverLauncher({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities: WEBKIT_CAPABILITIES }), 'WebKit');
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), feedServerPlugin(), touchPlugin()],
  // One page at a time per engine: with two, a page can be left in the background, where
  // animation frames stop and a run hung intermittently.
  concurrency: 1,
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
  browsers: await Promise.all(engines.map((name) => launchers[name]())),
};
