/**
 * Input that comes while the details card's module is still on its way (its request held, as on a
 * slow network): when it arrives, a focused strip cell's card opens at once and a hovered cell's
 * after the usual rest, as if the module had been there. In a browser of its own (the runner's
 * `first-load` group), so that nothing has loaded the card before and its request can be held.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../../packages/market-ticker/src/quote.js';
import { click, hover, press } from '../input.js';
import { holdRequests, releaseRequests, sleep, waitFor } from '../support.js';
import { cardOf, describedBy } from '../details-support.js';

const day: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, open: 17201.27, high: 17301, low: 17150.2 };
const other: Quote = { symbol: '0700.HK', price: 320.2, change: -1.4, volume: 12_345_678 };
const CARD = '/details-card.';

describe('input before the details card arrives', () => {
  afterEach(async () => {
    await releaseRequests(CARD);
    fixtureCleanup();
  });

  it('a focused strip cell and a hovered cell get their cards when the module arrives', async () => {
    await holdRequests(CARD);
    // Not open-wc's fixture, nor `settled`: an element's updateComplete waits for the card's module.
    const page = document.body.appendChild(document.createElement('div'));
    render(
      // The cell well above the strip, where the strip's card (below its cell) cannot cover it.
      html`<div>
        <p><quote-cell details .quote=${other}></quote-cell></p>
        <button style="margin-top: 12em">before</button>
        <market-ticker mode="static" details .quotes=${[day, other]}></market-ticker>
      </div>`,
      page,
    );
    const strip = page.querySelector<MarketTicker>('market-ticker')!;
    const cell = page.querySelector<QuoteCell>('quote-cell')!;
    const cellOf = (symbol: string) =>
      strip.shadowRoot?.querySelector<HTMLElement>(`.real [part~="cell"][data-symbol="${symbol}"]`) ?? null;
    await waitFor(() => cellOf('^HSI') !== null && cell.shadowRoot?.querySelector('[part~="base"]') != null, 'drawn');
    const first = cellOf('^HSI')!;
    // The reader tabs to the strip's first cell, and rests the mouse on the other cell.
    await click(page.querySelector('button')!);
    await press('Tab');
    expect(strip.shadowRoot!.activeElement, 'focused by Tab').to.equal(first);
    await hover(cell);
    await sleep(400);
    expect(cardOf(strip), 'no card in the strip yet').to.equal(null);
    expect(cardOf(cell), 'no card in the cell yet').to.equal(null);

    await releaseRequests(CARD);
    await waitFor(() => cardOf(strip)?.matches(':popover-open') === true, 'the focused cell’s card', 3000);
    expect(describedBy(first), 'the focused cell’s description').to.equal(cardOf(strip));
    expect(cardOf(strip)!.textContent, 'the focused cell’s figures').to.contain('17,301');
    await waitFor(() => cardOf(cell)?.matches(':popover-open') === true, 'the hovered cell’s card', 3000);
    expect(cardOf(cell)!.textContent, 'the hovered cell’s figures').to.contain('12.35');
    page.remove();
  });
});
