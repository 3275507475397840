/**
 * An engine without `CSS.registerProperty` (older Safari and Firefox): the loop's length is then
 * an ordinary, inherited custom property. Slower restyles, the same motion. This file removes the
 * API before the library loads (each test file runs in a page of its own).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import seed from './fixtures/seed-strip.json';
import { frames, settled } from './support.js';

describe('<market-ticker> without CSS.registerProperty', () => {
  before(async () => {
    delete (CSS as { registerProperty?: unknown }).registerProperty;
    expect('registerProperty' in CSS).to.equal(false);
    await import('../packages/market-ticker/src/market-ticker/market-ticker.js');
  });

  it('still scrolls: a real cell moves left over time', async () => {
    const quotes = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
      symbol,
      price,
      change,
      changePercent,
      precision,
    }));
    const el = await fixture<MarketTicker>(html`<market-ticker speed="120" .quotes=${quotes}></market-ticker>`);
    await settled(el);
    await frames(3);
    const root = el.shadowRoot!;
    const cell = root.querySelectorAll<HTMLElement>('.real [part~="cell"]')[1]!;
    // Unregistered, the property is inherited: the cells see the track's value.
    expect(getComputedStyle(cell).getPropertyValue('--_market-ticker-loop-distance').trim()).to.match(
      /^\d+(\.\d+)?px$/,
    );
    const before = cell.getBoundingClientRect().left;
    await new Promise((r) => setTimeout(r, 400));
    await frames(1);
    expect(before - cell.getBoundingClientRect().left).to.be.greaterThan(10);
  });
});
