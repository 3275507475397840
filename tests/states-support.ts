/** For the pages that test the market states loading on demand: a strip, its cells and markers. */
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { REFERENCE_QUOTES } from './support.js';

/** The states' modules this page has requested. */
export const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/(instrument-state|sessions|holidays)\.|\/calendars\//.test(url));

export const marks = (strip: MarketTicker) => strip.shadowRoot!.querySelectorAll('[part~="cell-market-state"]');
export const cells = (strip: MarketTicker) => strip.shadowRoot!.querySelectorAll('[part~="cell"]');

export function addStrip(marketState: boolean): { strip: MarketTicker; drawings: Array<[number, number]> } {
  const strip = Object.assign(document.createElement('market-ticker'), { quotes: REFERENCE_QUOTES.slice(0, 3) });
  strip.setAttribute('mode', 'static');
  if (marketState) strip.setAttribute('market-state', '');
  document.body.append(strip);
  // For each change of the strip's shadow root: how many cells, and how many markers.
  const drawings: Array<[number, number]> = [];
  new MutationObserver(() => drawings.push([cells(strip).length, marks(strip).length])).observe(strip.shadowRoot!, {
    childList: true,
    subtree: true,
  });
  return { strip, drawings };
}
