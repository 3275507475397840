/**
 * Locale control for every element of the library, on top of @lit/localize in runtime mode.
 *
 * With no explicit call the library follows `<html lang>` and keeps following it when it
 * changes; `setLocale()` pins a locale (aliases accepted) until `followDocumentLanguage()`.
 *
 * @lit/localize keeps one global runtime per page and `configureLocalization` throws when called
 * twice. So that a host page that uses @lit/localize too can configure it first, the library
 * configures lazily, in a microtask after its modules have evaluated (or at the first
 * `setLocale` call). If the host got there first, the library becomes its guest: the host's
 * `loadLocale` must merge `marketTickerTemplates(locale)` into its own templates, and the host's
 * locale changes drive the elements. If the library got there first, the host adds its own
 * messages with `addTranslations()` and switches locale with this module's `setLocale()`.
 *
 * A locale's messages and the catalogue's names in it load when the locale is first used (a
 * dynamic import of `locale-data/<locale>.js`, one chunk per locale in the CDN build); English, the
 * source locale, needs none. A
 * locale switch waits for them, then renders once.
 *
 * On the server (@lit-labs/ssr) there is no page-wide locale: `setServerLocale()` takes a code or
 * a function (e.g. reading the request's locale from AsyncLocalStorage), and messages resolve
 * synchronously through @lit/localize's re-entrant mode, so the HTML is served in the reader's
 * language and hydrates without a change. The server starts loading every locale when this module
 * is imported; `await localeReady()` once before the first render.
 */
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { isServer } from 'lit';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { addBuiltInNames } from './catalogue.js';
import { resolveLocale, SUPPORTED_LOCALES, type Locale } from './locales.js';
import { installMessages, loadMessageIds, type Templates } from './message-lookup.js';
import { serverWork } from './server-work.js';

export { resolveLocale, SUPPORTED_LOCALES, type Locale };

interface LocaleData {
  templates: Templates;
  /** The catalogue's names in this locale, one per row (src/names/). */
  names: readonly string[];
}

const LOCALE_MODULES: Readonly<Record<string, () => Promise<LocaleData>>> = {
  'zh-Hant-HK': () => import('./locale-data/zh-Hant-HK.js'),
  'zh-Hans-CN': () => import('./locale-data/zh-Hans-CN.js'),
};
/** The library's messages of each locale loaded so far. */
const builtIn: Record<string, Templates> = {};
const loading = new Map<string, Promise<Templates>>();

function loadBuiltIn(locale: string): Promise<Templates> {
  const load = LOCALE_MODULES[locale];
  if (!load) return Promise.resolve({});
  let pending = loading.get(locale);
  if (!pending) {
    // The names go in before the runtime switches, so the render it asks for has words and names.
    pending = load().then(({ templates, names }) => {
      addBuiltInNames(locale as Locale, names);
      merged.delete(locale);
      return (builtIn[locale] = templates);
    });
    // A failed load (a chunk the network lost) is forgotten, so the next switch asks the browser
    // again. Chromium and Firefox keep a failed import for the page and fail it at once (whatwg/html
    // #10327 changed that rule); WebKit fetches it again.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
const extra = new Map<Locale, Templates>();
/** Each locale's library and host messages in one object, made once: the server reads it per msg(). */
const merged = new Map<string, Templates>();

/** Who owns the page's @lit/localize runtime. */
type Mode = 'unconfigured' | 'owner' | 'guest';
let mode: Mode = 'unconfigured';
let explicit = false;
let current: Locale = 'en';
/** As the owner: the locale whose messages msg() draws now, those messages, and a switch under way. */
let drawn = sourceLocale as Locale;
let drawnTemplates: Templates | undefined;
let switching: Locale | undefined;
let switches = 0;
let ready: Promise<void> = Promise.resolve();
/** No locale switch is loading: what the elements would draw now is in the locale asked for. */
let settled = true;
let observer: MutationObserver | undefined;
let serverLocale: () => Locale = () => 'en';

function templatesFor(locale: string): Templates | undefined {
  if (locale === sourceLocale) return undefined;
  let templates = merged.get(locale);
  if (!templates) merged.set(locale, (templates = { ...builtIn[locale], ...extra.get(locale as Locale) }));
  return templates;
}

/**
 * The library's translations for `locale` loaded so far, for a host page's own `loadLocale` to
 * merge; `loadMarketTickerTemplates` waits for them. A guest of a host's runtime starts loading
 * every locale as soon as it finds the host, so that this synchronous form keeps working.
 */
export function marketTickerTemplates(locale: string): Templates {
  return builtIn[resolveLocale(locale)] ?? {};
}

/** The library's translations for `locale`, loaded on first use, for a host page's `loadLocale`. */
export function loadMarketTickerTemplates(locale: string): Promise<Templates> {
  return loadBuiltIn(resolveLocale(locale));
}

/**
 * Adds messages (a lit-localize `templates` object) for one of the library's locales, so that a
 * host page can use @lit/localize through the library's runtime. Takes effect at the next locale
 * load.
 */
export function addTranslations(locale: string, templates: Templates): void {
  const code = resolveLocale(locale);
  extra.set(code, { ...extra.get(code), ...templates });
  merged.delete(code);
  // A host's msg() calls may name no id, and its templates be keyed by lit-localize's hashes.
  void loadMessageIds();
}

/** The interface locale in effect now. */
export function getLocale(): Locale {
  return isServer ? serverLocale() : current;
}

/**
 * @internal For the elements' caches of text: the interface locale and whether its messages have
 * arrived. A locale's messages load on demand, so figures and names switch at once and the words
 * when their module has loaded; a cache keyed by this is rebuilt at both moments.
 */
export function textKey(): string {
  return isServer ? serverLocale() : `${current}:${mode === 'owner' ? drawn : current}`;
}

/**
 * Server rendering: the locale to render in, as a code (aliases accepted) or a function called
 * for every message, for a locale per request. The first call configures @lit/localize on the
 * server; if the server code configured it already, the library is its guest as in the browser.
 */
export function setServerLocale(locale: string | (() => string)): void {
  const pick = typeof locale === 'function' ? locale : () => locale;
  serverLocale = () => resolveLocale(pick());
  if (mode !== 'unconfigured') return;
  mode = installMessages(() => templatesFor(serverLocale())) ? 'owner' : 'guest';
}

/**
 * Resolves when the locale last asked for has loaded (immediately when nothing is loading). On the
 * server: when every locale's messages have loaded, and whatever else the elements imported so far
 * load on demand (the market states), which the first render must wait for.
 */
export function localeReady(): Promise<void> {
  if (isServer) {
    return Promise.all([serverReady, serverWork(), extra.size && loadMessageIds()]).then(() => undefined);
  }
  configure();
  return ready;
}

/**
 * @internal An element's first render: at once when the locale's data is in, else when it has
 * arrived (or failed to), so that an element never draws in English first and redraws. A strip
 * drawn first with English names would keep the loop position measured from their widths.
 */
export function firstRender(update: () => void): void | Promise<void> {
  if (isServer) return update();
  configure();
  return settled ? update() : ready.then(update);
}

/**
 * Sets the interface locale for every element, accepting aliases (`zh-HK`, `zh-CN`, `en-GB`…),
 * and stops following `<html lang>`. Resolves when the new locale is rendered-ready.
 */
export function setLocale(code: string): Promise<void> {
  if (isServer) {
    setServerLocale(code);
    return Promise.resolve();
  }
  explicit = true;
  return apply(resolveLocale(code));
}

/** Goes back to following `<html lang>` after `setLocale()`. */
export function followDocumentLanguage(): Promise<void> {
  explicit = false;
  return apply(documentLocale());
}

function documentLocale(): Locale {
  return isServer ? 'en' : resolveLocale(document.documentElement.lang);
}

function apply(locale: Locale): Promise<void> {
  configure();
  // A guest cannot switch the host's runtime; the host's own setLocale drives the elements.
  if (mode !== 'owner') return ready;
  current = locale;
  if (locale === (switching ?? drawn)) return ready;
  settled = false;
  const switched = (ready = switchTo(locale));
  void switched.then(() => (settled ||= ready === switched));
  return ready;
}

function announce(detail: LocaleStatusEventDetail): void {
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}

/**
 * As @lit/localize's runtime switches: a `lit-localize-status` event `loading`, then `ready` once the
 * locale's messages are in (or `error`), and the last switch asked for wins. A switch that failed may
 * be asked for again (what a browser then does: see loadBuiltIn).
 */
async function switchTo(locale: Locale): Promise<void> {
  const id = ++switches;
  switching = locale;
  announce({ status: 'loading', loadingLocale: locale });
  try {
    if (locale !== sourceLocale) await Promise.all([loadBuiltIn(locale), extra.size && loadMessageIds()]);
  } catch (error) {
    if (id !== switches) return ready;
    switching = undefined;
    return announce({ status: 'error', errorLocale: locale, errorMessage: String(error) });
  }
  // A later switch is under way: this one ends with it.
  if (id !== switches) return ready;
  [drawn, drawnTemplates, switching] = [locale, templatesFor(locale), undefined];
  announce({ status: 'ready', readyLocale: locale });
}

function configure(): void {
  if (mode !== 'unconfigured' || isServer) return;
  mode = installMessages(() => drawnTemplates) ? 'owner' : 'guest';
  if (mode === 'guest') {
    for (const locale of targetLocales) void loadBuiltIn(locale).catch(() => undefined);
  }
  // Either way, track what the runtime actually shows, so numbers and names match the words.
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') current = resolveLocale(event.detail.readyLocale);
  });
  if (mode === 'owner') {
    observer = new MutationObserver(() => {
      if (!explicit) void apply(documentLocale());
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (!explicit) void apply(documentLocale());
  } else {
    current = documentLocale();
  }
}

// The server renders synchronously: every locale must be there before the first request.
const serverReady: Promise<void> = isServer
  ? Promise.all(targetLocales.map(loadBuiltIn)).then(() => undefined)
  : Promise.resolve();

// Configure after the importing module graph has evaluated, so a host page's own top-level
// configureLocalization call wins; elements render their English source until then.
if (!isServer) queueMicrotask(configure);
