// The scaled-out feed server on loopback (Redis, edges, nginx as child processes): npm run
// test:deploy (faults) and npm run test:scale. One file at a time: they share the machine's cores.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/deploy/*.test.js'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
