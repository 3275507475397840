// Mocha's names for the hooks, and a page address for the URL rules, in Node.
import { afterAll, beforeAll } from 'vitest';

Object.assign(globalThis, { before: beforeAll, after: afterAll });
(globalThis as { location?: unknown }).location ??= new URL('http://127.0.0.1:8000/tests/page.html');
