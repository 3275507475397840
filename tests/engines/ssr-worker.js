// The Node side of tests/fixture.ts: renders templates sent by the browser with the built
// elements (dist/, as an SSR site imports them), each in the locale of the page that asked.
import { parentPort } from 'node:worker_threads';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { localeReady, setServerLocale } from '../../packages/market-ticker/dist/localization.js';
import '../../packages/market-ticker/dist/index.js';

let locale = 'en';
setServerLocale(() => locale);

/**
 * A template crossed the wire as JSON, which drops the `raw` of its strings arrays, and Lit
 * refuses strings without it: give it back, in nested templates too. Other values stay as sent
 * (functions, such as event listeners, arrive as null; the server ignores listeners anyway).
 */
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object' && '_$litType$' in value) {
    const strings = value.strings;
    strings.raw = strings;
    return { ...value, strings, values: value.values.map(revive) };
  }
  return value;
}

parentPort.on('message', async ({ id, template, locale: wanted }) => {
  try {
    // The locales' messages load when the library is imported; the first render waits for them.
    await localeReady();
    locale = wanted;
    // deferHydration: the test hydrates the top-level elements itself, after the template.
    const html = await collectResult(render(revive(template), { deferHydration: true }));
    parentPort.postMessage({ id, html });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
