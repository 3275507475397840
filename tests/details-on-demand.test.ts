/**
 * The details card's module loads on first use of `details`: a page whose cells and strips have
 * none never downloads it, and a cell drawn before it arrives gets its card, its description and
 * its tab stop once it is here. A page of its own, so that nothing has loaded the card before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { click, hover, press } from './input.js';
import { settled, waitFor } from './support.js';
import { cardOf, describedBy, requestedCards } from './details-support.js';

const day: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, open: 17201.27, high: 17301, low: 17150.2 };
const other: Quote = { symbol: '0700.HK', price: 320.2, change: -1.4, volume: 12_345_678 };

describe('the details card, loaded on demand', () => {
  // First, while nothing on this page has had `details`.
  it('cells and a strip without details load no card', async () => {
    const cell = await fixture<QuoteCell>(html`<quote-cell .quote=${day}></quote-cell>`);
    const strip = await fixture<MarketTicker>(
      html`<market-ticker mode="static" .quotes=${[day, other]}></market-ticker>`,
    );
    await settled(cell);
    await settled(strip);
    await hover(cell);
    expect(cardOf(cell), 'a card in the cell').to.equal(null);
    expect(cardOf(strip), 'a card in the strip').to.equal(null);
    expect(requestedCards(), 'requested').to.deep.equal([]);
  });

  it('a cell drawn before the card arrives gets it, as its description and one tab stop', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>before</button><quote-cell details .quote=${day}></quote-cell></div>`,
    );
    const cell = wrapper.querySelector('quote-cell')!;
    await settled(cell);
    expect(requestedCards(), 'requested').to.have.length(1);
    const base = cell.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(describedBy(base), 'the description').to.equal(cardOf(cell));
    expect(cardOf(cell)!.querySelectorAll('dt').length, 'rows').to.equal(3);
    await click(wrapper.querySelector('button')!);
    await press('Tab');
    expect(cell.shadowRoot!.activeElement, 'focused by Tab').to.equal(base);
    await waitFor(() => cardOf(cell)!.matches(':popover-open'), 'the card open on focus', 2000);
  });

  it('a strip given details later opens a cell’s card under the resting pointer', async () => {
    const strip = await fixture<MarketTicker>(
      html`<market-ticker mode="static" .quotes=${[day, other]}></market-ticker>`,
    );
    await settled(strip);
    strip.details = true;
    await settled(strip);
    const cell = strip.shadowRoot!.querySelector<HTMLElement>('.real [part~="cell"][data-symbol="0700.HK"]')!;
    await hover(cell, { x: 0.3 });
    await waitFor(() => cardOf(strip)?.matches(':popover-open') === true, 'the strip’s card', 2000);
    expect(cardOf(strip)!.textContent).to.contain('12.35');
  });
});
