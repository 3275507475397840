/**
 * Shared by the hardening tests (tests/hardening-*.test.ts): the list of elements under test,
 * the loader for elements that may not exist yet, and traps for errors and for markup that
 * would have become live.
 */

/** Where the library's sources are, relative to this module (served by @web/test-runner). */
const SRC = new URL('../packages/market-ticker/src/', import.meta.url);

/**
 * Elements that are checked only once their module exists: adding an element to every hardening
 * check is one entry here (and one in the test that needs its attributes).
 */
export const OPTIONAL_ELEMENTS = [{ tag: 'article-card', module: 'article-card/article-card.ts' }] as const;

export type OptionalTag = (typeof OPTIONAL_ELEMENTS)[number]['tag'];

/**
 * Loads an optional element: `false` when its source file does not exist yet; throws when it
 * exists but does not load (a broken element must fail the checks, not skip them).
 */
export async function loadOptional(tag: OptionalTag): Promise<boolean> {
  const entry = OPTIONAL_ELEMENTS.find((e) => e.tag === tag)!;
  const url = new URL(entry.module, SRC).href;
  const head = await fetch(url, { method: 'HEAD' });
  if (head.status === 404) return false;
  await import(/* @vite-ignore */ url);
  return customElements.get(tag) !== undefined;
}

/**
 * Every element the library's templates create, in any shadow root. Anything else found in a
 * shadow root came from data: markup that became an element.
 */
export const LIBRARY_TAGS = new Set([
  // <quote-cell>
  'a',
  'span',
  // <market-ticker>
  'section',
  'div',
  'ul',
  'li',
  'p',
  'button',
  'svg',
  'path',
  'quote-cell',
  'market-status',
  // <market-status>
  'time',
  // <article-card>
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'figure',
  'figcaption',
  'footer',
  'slot',
  'article-card',
]);

/** Elements in `root`'s shadow roots (recursively) whose tag the library never creates. */
export function foreignElements(root: Element): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (node instanceof ShadowRoot && !LIBRARY_TAGS.has(el.localName)) found.push(el.localName);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
  return found;
}

/** Set by hostile payloads (`onerror=window.__pwned=…`) if any ever ran. */
export const PWNED = '__pwned';
export const pwned = (): unknown => (window as unknown as Record<string, unknown>)[PWNED];

/** Markup and script payloads that would set the flag if they ever became live. */
export const MARKUP_PAYLOADS = [
  `<img src=x onerror="window.${PWNED}='img'">`,
  `<script>window.${PWNED}='script'</script>`,
  `<svg onload="window.${PWNED}='svg'"></svg>`,
  `"><img src=x onerror=window.${PWNED}='attr'>`,
  `</span><iframe srcdoc="<script>parent.${PWNED}='iframe'</script>"></iframe>`,
  `<a href="javascript:window.${PWNED}='a'">x</a>`,
  `<style>*{display:none}</style>`,
  `<!-- ${PWNED} -->`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  '${window.__pwned=1}',
  '<?lit$1234$>',
  '&lt;b&gt;entity&lt;/b&gt;',
] as const;

/** Bidirectional and invisible formatting characters. */
export const BIDI = [
  '\u202E',
  '\u202D',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\uFEFF',
];

/** Records uncaught errors and unhandled rejections from `start()` until `stop()`. */
export function errorTrap() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  return {
    errors,
    start() {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export { control, feedTestServer, frame, newChannel, sleep, waitFor, type FeedServer } from './support.js';
