/**
 * The CDN loader, built to `dist/cdn/loader.js`: one script tag that defines each element the
 * first time its tag appears in the document (in the markup or inserted later), by importing the
 * element's chunk from beside this file (`import.meta.url`), so the loader works from any folder
 * and any origin that serves it with CORS.
 *
 * Ideas from Shoelace's and Web Awesome's autoloaders (a MutationObserver on the document, a
 * `discover(root)` for shadow roots the observer cannot see), with three differences: the chunks
 * are found from the loader's own URL, not a configured base path; the observer stops once every
 * element is defined; and each chunk's dependencies are preloaded at once (`modulepreload`), from
 * a list the build writes into this file, so loading an element is one round trip, not one per
 * level of imports.
 *
 * This module imports nothing statically: anything it shared with the chunks would land in this
 * unhashed file, and a hashed chunk that imports from a mutable file cannot be cached forever.
 */
type Tag = 'quote-cell' | 'market-ticker' | 'market-status' | 'article-card';

const ELEMENTS: Readonly<Record<Tag, () => Promise<unknown>>> = {
  'quote-cell': () => import('./quote-cell/quote-cell.js'),
  'market-ticker': () => import('./market-ticker/market-ticker.js'),
  'market-status': () => import('./market-status/market-status.js'),
  'article-card': () => import('./article-card/article-card.js'),
};
const TAGS = Object.keys(ELEMENTS) as Tag[];

/**
 * Written by the build (rollup.config.js): for each tag, and for each locale as `locale:<code>`,
 * the chunk files it needs, relative to this file.
 */
declare const __MARKET_TICKER_FILES__: Readonly<Record<string, readonly string[]>>;
const FILES = __MARKET_TICKER_FILES__;

/** Shared by every copy of the library on the page (this loader, another one, the single file). */
const COPY = Symbol.for('market-ticker.copy');
const WARNED = Symbol.for('market-ticker.warned');
type Registry = { [COPY]?: string; [WARNED]?: boolean };
const registry = globalThis as Registry;

const requested = new Set<Tag>();
const preloaded = new Set<string>();
let localePreloaded = false;

function preload(key: string): void {
  for (const file of FILES[key] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * The locale `<html lang>` asks for, as the library resolves it (src/locales.ts), to fetch its
 * messages alongside the first element. A hint only: the library decides, and loads what it needs.
 */
function documentLocale(): string {
  const lang = document.documentElement.lang.toLowerCase();
  if (!/^zh(-|_|$)/.test(lang)) return 'en';
  if (/hant/.test(lang)) return 'zh-Hant-HK';
  if (/hans/.test(lang)) return 'zh-Hans-CN';
  return /[-_](hk|tw|mo)([-_]|$)/.test(lang) ? 'zh-Hant-HK' : 'zh-Hans-CN';
}

function load(tag: Tag): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  preload(tag);
  if (!localePreloaded) {
    localePreloaded = true;
    preload(`locale:${documentLocale()}`);
  }
  ELEMENTS[tag]().catch((error: unknown) => {
    // One error per element; the other elements and the rest of the page carry on.
    console.error(
      `market-ticker: <${tag}> could not be loaded from ${new URL('.', import.meta.url).href} ` +
        `(${error instanceof Error ? error.message : String(error)}); it stays undefined.`,
    );
  });
}

function matchesOrHas(root: ParentNode, selector: string): boolean {
  return (root instanceof Element && root.matches(selector)) || !!root.querySelector(selector);
}

/**
 * Defines the library's elements found in `root` or below it. The loader runs it on the document
 * and on every insertion; call it for a shadow root of your own, which the observer cannot see.
 */
export function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in ELEMENTS) load(root.localName as Tag);
  // A strip with `market` shows a banner in its own shadow root, which the strip's chunk would
  // ask for only once it has run: loaded alongside, it is one round trip, not two.
  if (!requested.has('market-status') && matchesOrHas(root, 'market-ticker[market]')) load('market-status');
  if (!root.firstElementChild) return;
  for (const tag of TAGS) if (!requested.has(tag) && root.querySelector(tag)) load(tag);
}

function start(): void {
  const observer = new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) {
      for (const node of addedNodes) if (node instanceof Element) discover(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
  // Defined by this loader or by anyone else: nothing is left to watch for.
  void Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => observer.disconnect());
}

if (registry[COPY]) {
  // A second loader (or the single file before this loader) defines the elements already; two
  // copies racing would define some tags from one and some from the other.
  if (!registry[WARNED]) {
    registry[WARNED] = true;
    console.warn(
      `market-ticker: ${import.meta.url} is a second copy of the library on this page (the first is ` +
        `${registry[COPY]}); the first defines the elements and this one does nothing.`,
    );
  }
} else {
  registry[COPY] = import.meta.url;
  start();
}
