/**
 * A server-rendered cell and strip with `details` or `sparkline` hydrate before the page has the
 * card's or the line's module: their first client render waits for it, so the card and the lines
 * the server drew are kept, not re-created or dropped. A page of its own, so that nothing has
 * loaded either module before.
 */
import { expect, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { hydrated, serverRendered } from './fixture.js';
import { hover } from './input.js';
import { settled, waitFor } from './support.js';
import { cardOf, describedBy, requestedCards } from './details-support.js';

const day: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, open: 17201.27, high: 17301, low: 17150.2 };

describe('hydrating before the on-demand modules are here', () => {
  it('a cell and a strip keep the cards the server drew; the cell’s is its description and opens under the pointer', async () => {
    expect(requestedCards(), 'requested before hydration').to.deep.equal([]);
    const template = html`<div>
      <quote-cell details .quote=${day}></quote-cell>
      <market-ticker details mode="static" .quotes=${[day]}></market-ticker>
    </div>`;
    const container = await serverRendered(template);
    const serverCell = container.querySelector('quote-cell')!;
    const serverStrip = container.querySelector('market-ticker')!;
    const drawn = [cardOf(serverCell), cardOf(serverStrip)];
    expect(drawn.includes(null), 'the server’s cards').to.equal(false);
    await hydrated<HTMLElement>(container, template);
    const cell = container.querySelector<QuoteCell>('quote-cell')!;
    const strip = container.querySelector<MarketTicker>('market-ticker')!;
    await settled(cell);
    await settled(strip);
    expect(requestedCards(), 'requested').to.have.length(1);
    expect(cardOf(cell), 'the cell’s card node').to.equal(drawn[0]);
    expect(cardOf(strip), 'the strip’s card node').to.equal(drawn[1]);
    const base = cell.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(describedBy(base)).to.equal(drawn[0]);
    await hover(base);
    await waitFor(() => cardOf(cell)!.matches(':popover-open'), 'the card open under the pointer', 2000);
  });

  it('a cell and a strip keep the lines the server drew, and their words', async () => {
    const lineFiles = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(sparkline|near-view-controller)\./.test(entry.name));
    expect(lineFiles(), 'requested before hydration').to.deep.equal([]);
    const quote = { ...day, history: [17150.2, 17301, 17284.54] };
    const template = html`<div>
      <quote-cell sparkline .quote=${quote}></quote-cell>
      <market-ticker sparkline mode="static" .quotes=${[quote]}></market-ticker>
    </div>`;
    const container = await serverRendered(template);
    const roots = [...container.querySelectorAll('quote-cell, market-ticker')].map((el) => el.shadowRoot!);
    const nodes = () => roots.map((root) => [...root.querySelectorAll('*')]);
    const before = nodes();
    const lines = () => roots.map((root) => root.querySelector('svg .line')?.getAttribute('d'));
    const drawn = lines();
    expect(drawn.every(Boolean), `the server's lines: ${drawn.join(', ')}`).to.equal(true);
    await hydrated<HTMLElement>(container, template);
    for (const el of container.querySelectorAll('quote-cell, market-ticker')) await settled(el);
    expect(lineFiles().length, 'requested').to.be.greaterThan(0);
    expect(lines(), 'the lines').to.deep.equal(drawn);
    const after = nodes();
    expect(
      after.every((list, i) => list.length === before[i].length && list.every((node, j) => node === before[i][j])),
      'no node re-created',
    ).to.equal(true);
    for (const root of roots) expect(root.textContent).to.contain('range 17,150.20 to 17,301.00');
  });
});
