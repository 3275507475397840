/** Shared test helpers: how a user meets the elements, read through their shadow roots. */
import { setLocale } from '../packages/market-ticker/src/localization.js';

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

/** The text of a part inside `el`'s shadow root, with white space collapsed. */
export function partText(el: Element, part: string): string {
  const node = el.shadowRoot!.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every text a user could see or hear in `el`, through nested shadow roots. */
export function deepText(el: Element | ShadowRoot): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element) {
      for (const attr of ['aria-label', 'title', 'alt']) {
        const value = node.getAttribute(attr);
        if (value) text += ` ${value} `;
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return text;
}

/** Words that must never reach a reader. */
export const GARBAGE = /NaN|undefined|Infinity|null|\[object/;

export const LOCALES = ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const;
export const THEMES = ['light', 'dark'] as const;

/** Inline style for a page-like wrapper in a theme: `color-scheme` drives the light-dark() tokens. */
export function themeStyle(theme: (typeof THEMES)[number]): string {
  return theme === 'dark'
    ? 'color-scheme: dark; background: #15181c; color: #eceff3; padding: 8px'
    : 'color-scheme: light; background: #ffffff; color: #16191d; padding: 8px';
}

/** Waits for `count` animation frames. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
}
