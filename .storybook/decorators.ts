/**
 * The toolbar globals (locale, trend colours, theme, motion) and the decorators that apply them.
 * A story pins its own value of any of them with a parameter of the same name
 * (`parameters: { locale: 'en' }`, `{ theme: 'dark' }`, `{ motion: 'reduced' }`,
 * `{ trendColors: 'red-up' }`).
 */
import type { Decorator } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import type { GlobalTypes } from 'storybook/internal/types';
import { localeReady, setLocale } from '../packages/market-ticker/src/localization.js';
import { elementDeclarations } from '../stories/docs/manifest.js';
import { simulateReducedMotion } from './simulated-motion.js';

import { THEME_COLOURS, type Theme } from './theme-colours.js';

export { THEME_COLOURS, type Theme };
export type TrendSetting = 'auto' | 'green-up' | 'red-up';

export const globalTypes: GlobalTypes = {
  locale: {
    description: 'Interface locale (switches the page live through setLocale)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English', right: 'en' },
        { value: 'zh-Hant-HK', title: '繁體中文（香港）', right: 'zh-Hant-HK' },
        { value: 'zh-Hans-CN', title: '简体中文', right: 'zh-Hans-CN' },
      ],
      dynamicTitle: true,
    },
  },
  trendColors: {
    description: 'Which colour means up (auto: the locale default)',
    toolbar: {
      title: 'Trend colours',
      icon: 'arrowupalt',
      items: [
        { value: 'auto', title: 'Trend colours: locale default' },
        { value: 'green-up', title: 'Green means up' },
        { value: 'red-up', title: 'Red means up' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Colour theme (color-scheme, followed by every token through light-dark())',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  motion: {
    description: 'Simulated prefers-reduced-motion (the OS setting)',
    toolbar: {
      title: 'Motion',
      icon: 'lightning',
      items: [
        { value: 'normal', title: 'Motion: as the OS says', icon: 'lightning' },
        { value: 'reduced', title: 'Motion: reduced (simulated)', icon: 'lightningoff' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { locale: 'zh-Hant-HK', trendColors: 'auto', theme: 'light', motion: 'normal' };

type Context = Parameters<Decorator>[1];

/**
 * A story's own parameter wins over the toolbar, except on docs pages: a docs page shows many
 * stories at once in one page-wide locale, so there the toolbar decides for all of them.
 */
function setting<T extends string>(context: Context, name: string): T {
  const pinned = context.parameters[name] as T | undefined;
  return (context.viewMode === 'docs' ? undefined : pinned) ?? (context.globals[name] as T);
}

/**
 * Everything Storybook needs to wait for before a story is done: the locale loaded and every
 * element of the library settled. The story checks (scripts/check-stories.mjs) call it too.
 */
async function storySettled(root: ParentNode = document): Promise<void> {
  await localeReady();
  for (let round = 0; round < 3; round += 1) {
    const pending = [...deepElements(root)]
      .map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise instanceof Promise);
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

declare global {
  interface Window {
    /** For checks and screenshots: resolves when the story's locale and elements have settled. */
    __marketTickerStorySettled?: (root?: ParentNode) => Promise<void>;
  }
}
window.__marketTickerStorySettled = storySettled;

/** Locale: the library's `setLocale` switches every element on the page, live, without reload. */
export const withLocale: Decorator = (story, context) => {
  const locale = setting<string>(context, 'locale');
  void setLocale(locale);
  // Story pages are the locale's own page; docs pages stay English prose (the surface says `lang`).
  if (context.viewMode !== 'docs') document.documentElement.lang = locale;
  return story();
};

/** Motion: set before the story renders, so elements connect already seeing the setting. */
export const withMotion: Decorator = (story, context) => {
  simulateReducedMotion(setting<string>(context, 'motion') === 'reduced');
  return story();
};

/**
 * Theme: `color-scheme` and background on the story's surface (every token follows color-scheme
 * through light-dark()); CSS custom property controls (`--market-ticker-*` args) go on the same
 * surface, from where they inherit into the elements. The surface carries the interface locale's
 * `lang`, which matters on docs pages, where the prose around it is English.
 */
export const withTheme: Decorator = (story, context) => {
  const theme: Theme = setting<string>(context, 'theme') === 'dark' ? 'dark' : 'light';
  const locale = setting<string>(context, 'locale');
  const colours = THEME_COLOURS[theme];
  if (context.viewMode !== 'docs') {
    document.documentElement.style.colorScheme = theme;
    document.body.style.background = colours.background;
    document.body.style.color = colours.text;
  }
  const tokens = Object.fromEntries(
    Object.entries(context.args).filter(
      ([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '',
    ),
  ) as Record<string, string>;
  return html`<div
    class="story-surface"
    lang=${locale}
    style=${styleMap({
      colorScheme: theme,
      background: colours.background,
      color: colours.text,
      // A story embedded in a narrow column (the design review page) asks for less.
      padding: (context.parameters.surfacePadding as string | undefined) ?? '1rem',
      minHeight: '4rem',
      ...tokens,
    })}
  >
    ${story()}
  </div>`;
};

const TREND_ELEMENTS = 'market-ticker, quote-cell, article-card';
type TrendHost = Element & { trendColors?: string };
let trendSetting: TrendSetting = 'auto';
/** The value this decorator set on each element; an element whose value differs was set by its story. */
const ownTrend = new WeakMap<Element, string | undefined>();

function applyTrendColors(root: ParentNode): void {
  const wanted = trendSetting === 'auto' ? undefined : trendSetting;
  for (const element of root.querySelectorAll<TrendHost>(TREND_ELEMENTS)) {
    if (ownTrend.has(element)) {
      if (element.trendColors !== ownTrend.get(element)) {
        ownTrend.delete(element);
        continue;
      }
    } else if (element.hasAttribute('trend-colors') || element.trendColors !== undefined) {
      continue;
    }
    element.trendColors = wanted;
    ownTrend.set(element, wanted);
  }
}

let trendObserver: MutationObserver | undefined;

/**
 * Trend colours: after the story renders, sets `trendColors` on every market-ticker, quote-cell
 * and article-card in the page's light DOM, unless its story set its own (attribute or property).
 * Elements a story adds later (a live feed, a re-render) are caught by a MutationObserver.
 */
export const withTrendColors: Decorator = (story, context) => {
  trendSetting = setting<TrendSetting>(context, 'trendColors') ?? 'auto';
  if (!trendObserver) {
    trendObserver = new MutationObserver(() => applyTrendColors(document));
    trendObserver.observe(document.body, { childList: true, subtree: true });
  }
  queueMicrotask(() => applyTrendColors(document));
  requestAnimationFrame(() => applyTrendColors(document));
  return story();
};

const EVENT_NAMES = [...new Set(elementDeclarations().flatMap((d) => (d.events ?? []).map((e) => e.name)))];
const listening = new WeakSet<Element>();

/** Events: every event the manifest declares is logged in the Actions panel with its detail. */
export const withEventActions: Decorator = (story, context) => {
  const canvas = context.canvasElement as Element | undefined;
  if (canvas && !listening.has(canvas)) {
    listening.add(canvas);
    for (const name of EVENT_NAMES) {
      const log = action(name);
      canvas.addEventListener(name, (event) => log((event as CustomEvent).detail));
    }
  }
  return story();
};
