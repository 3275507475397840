/**
 * The one test-support module: waiting, reading what a user meets through shadow roots, locales
 * and themes. Lit's dev-mode warnings are failed by
 * tests/lit-warnings.ts, which the runner adds to every test file.
 */
import { THEME_COLOURS } from '../.storybook/theme-colours.js';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../packages/market-ticker/src/localization.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import seed from './fixtures/seed-strip.json';

/** Waits for Lit to finish rendering `el` and everything inside its shadow root. */
export async function settled(el: Element): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const visit = (node: Element) => {
    const update = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (update) pending.push(update);
    node.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(el);
  await Promise.all(pending);
}

/** Switches the interface locale and waits for every element on the page to re-render. */
export async function useLocale(code: string): Promise<void> {
  await setLocale(code);
  await new Promise((r) => requestAnimationFrame(r));
  await Promise.all([...document.querySelectorAll('*')].map((el) => settled(el)));
}

/**
 * The text of a part inside `el`'s shadow root, with white space collapsed. Given one of a
 * strip's cells (drawn in the strip's shadow root, no shadow root of their own), the cell's
 * piece of that name: `value` is its `cell-value` part.
 */
export function partText(el: Element, part: string): string {
  const node = el.shadowRoot
    ? el.shadowRoot.querySelector(`[part~="${part}"]`)
    : el.querySelector(`[part~="cell-${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { deepText } from './deep-text.js';

/** Words that must never reach a reader. */
export const GARBAGE = /NaN|undefined|Infinity|null|\[object/;

export const LOCALES = ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const;
export const THEMES = ['light', 'dark'] as const;

/** Inline style for a page-like wrapper in a theme: `color-scheme` drives the light-dark() tokens. */
export function themeStyle(theme: (typeof THEMES)[number]): string {
  const { background, text } = THEME_COLOURS[theme];
  return `color-scheme: ${theme}; background: ${background}; color: ${text}; padding: 8px`;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits for `count` animation frames. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await frame();
}

/** Polls `check` every 10 ms until it holds; fails naming `what` after `timeout` ms. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeout = 4000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** The scriptable feed server started by the test runner (tests/servers/feed-server-plugin.js). */
export interface FeedServer {
  http: string;
  ws: string;
}

let feedServer: Promise<FeedServer> | undefined;
export function feedTestServer(): Promise<FeedServer> {
  feedServer ??= fetch('/__feed-test-server').then((r) => r.json() as Promise<FeedServer>);
  return feedServer;
}

let channels = 0;
/** A fresh server channel (names are [\w-]+), so that no test sees another's state. */
export const newChannel = (label: string): string =>
  `${label.replace(/[^\w-]+/g, '-')}-${Date.now().toString(36)}-${++channels}`;

/** POSTs a control request to the feed server (text/plain: no CORS preflight). */
export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const { http } = await feedTestServer();
  const init: RequestInit =
    body === undefined ? {} : { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) };
  return (await (await fetch(`${http}${path}`, init)).json()) as T;
}

/** The reference page's sixteen quotes (tests/fixtures/seed-strip.json) as quote objects. */
export const REFERENCE_QUOTES: readonly Quote[] = seed.quotes.map(
  ({ symbol, price, change, changePercent, precision }) => ({ symbol, price, change, changePercent, precision }),
);

/**
 * Holds every request whose path contains `pattern` (tests/engines/hold-plugin.js) until
 * {@link releaseRequests}: a module loaded on demand stays on its way, as on a slow network.
 */
export async function holdRequests(pattern: string): Promise<void> {
  await executeServerCommand('hold-requests', { pattern });
}

/** Answers every request whose path contains `pattern` with 503, as a network that lost it, until released. */
export async function failRequests(pattern: string): Promise<void> {
  await executeServerCommand('fail-requests', { pattern });
}

/** Lets the requests held or failed for `pattern` through, and the next ones. */
export async function releaseRequests(pattern: string): Promise<void> {
  await executeServerCommand('release-requests', { pattern });
}

/** The `lit-localize-status` events the page gets while `run` runs. */
export async function statusEvents(run: () => Promise<unknown>): Promise<LocaleStatusEventDetail[]> {
  const seen: LocaleStatusEventDetail[] = [];
  const listen = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]) => seen.push(event.detail);
  window.addEventListener(LOCALE_STATUS_EVENT, listen);
  try {
    await run();
  } finally {
    window.removeEventListener(LOCALE_STATUS_EVENT, listen);
  }
  return seen;
}
