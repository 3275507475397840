// The DOM-free core's tests, run in Node for mutation testing (npm run test:mutation). The same
// files run in the browsers too; here `@open-wc/testing` is only chai, which is all they use.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('../..'),
  resolve: { alias: { '@open-wc/testing': here('./chai.ts') } },
  test: {
    include: [
      'tests/format.test.ts',
      'tests/sessions.test.ts',
      'tests/instruments.test.ts',
      'tests/feeds.test.ts',
      'tests/quote.test.ts',
      'tests/sessions-world.test.ts',
      'tests/feeds-rest.test.ts',
      'tests/feeds-poll.test.ts',
      'tests/sessions-calendars.test.ts',
      'tests/adapters.test.ts',
      'tests/feeds-messages.test.ts',
      'tests/feeds-streams.test.ts',
    ],
    // The transports' suites need the browser's EventSource and the runner's test server.
    testNamePattern: /^(?!polling |Server-Sent Events |WebSocket )/,
    setupFiles: [here('./setup.ts')],
    globals: true,
    environment: 'node',
  },
});
