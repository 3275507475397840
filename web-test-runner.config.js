// @web/test-runner in Debian's headless Chromium (no browser download on this machine).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { feedServerPlugin } from './tests/servers/feed-server-plugin.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), feedServerPlugin()],
  // One page at a time: with two, a page can be left in the background, where animation frames
  // stop and a run hung intermittently.
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
  testsFinishTimeout: 600000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
