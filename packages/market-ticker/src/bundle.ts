/**
 * The single file, `dist/market-ticker.bundle.js`: every element and public module, Lit inside.
 * It marks the page as having a copy, so that a CDN loader on the same page stands aside.
 */
import { claimPage } from './define.js';

export * from './index.js';

claimPage(import.meta.url);
