/**
 * The sparkline's module (and, for a strip, what watches its cells near view) loads on first use
 * of `sparkline`: a page whose cells and strips draw no line never downloads it, and a cell drawn
 * before it arrives keeps the line's box, so that nothing moves when the line comes. A page of its
 * own, so that nothing has loaded the sparkline before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { frames, settled } from './support.js';

const history = [17150.2, 17220, 17301, 17284.54];
const hsi: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, history };
const tencent: Quote = { symbol: '0700.HK', price: 320.2, change: -1.4, history: [318, 321.5, 320.2] };

/** The modules this page requested, by file name (`sparkline`, `near-view-controller`). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/(sparkline|near-view-controller)\.[^/]*$/.exec(entry.name)?.[1])
    .filter(Boolean);

describe('the sparkline, loaded on demand', () => {
  // First, while nothing on this page has had `sparkline`.
  it('cells and a strip without sparkline load no line', async () => {
    const cell = await fixture<QuoteCell>(html`<quote-cell .quote=${hsi}></quote-cell>`);
    const strip = await fixture<MarketTicker>(
      html`<market-ticker mode="static" .quotes=${[hsi, tencent]}></market-ticker>`,
    );
    await settled(cell);
    await settled(strip);
    expect(cell.shadowRoot!.querySelector('svg'), 'a line in the cell').to.equal(null);
    expect(strip.shadowRoot!.querySelector('svg'), 'a line in the strip').to.equal(null);
    expect(requested(), 'requested').to.deep.equal([]);
  });

  it('a cell drawn before the line arrives keeps its box, then draws the line and says its range', async () => {
    const cell = document.createElement('quote-cell') as QuoteCell;
    cell.quote = hsi;
    cell.sparkline = true;
    cell.style.display = 'inline-block';
    document.body.append(cell);
    // Each render as it lands (a mutation record is delivered before the next task): with a line
    // drawn or not, and the cell's width then.
    const renders: { line: boolean; reserved: boolean; width: number }[] = [];
    const watch = new MutationObserver(() => {
      const base = cell.shadowRoot!.querySelector('[part~="base"]');
      if (!base) return;
      const line = cell.shadowRoot!.querySelector('svg') !== null;
      renders.push({
        line,
        reserved: base.classList.contains('chart-later'),
        width: cell.getBoundingClientRect().width,
      });
    });
    watch.observe(cell.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
    try {
      await settled(cell);
      await frames(2);
      expect(requested(), 'requested').to.deep.equal(['sparkline']);
      const line = cell.shadowRoot!.querySelector('[part="chart"] path.line');
      expect(line?.getAttribute('d'), 'the line').to.match(/^M0,20L/);
      expect(cell.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain(
        'range 17,150.20 to 17,301.00',
      );
      const [first] = renders;
      expect(first, 'the first render, before the module').to.include({ line: false, reserved: true });
      expect(renders.at(-1)!.line, 'the last render draws the line').to.equal(true);
      const widths = renders.map((render) => render.width);
      expect(new Set(widths).size, `the cell's widths: ${widths.join(', ')}`).to.equal(1);
    } finally {
      watch.disconnect();
      cell.remove();
    }
  });

  it('a strip given sparkline later loads the line and its near-view watcher, and draws the lines', async () => {
    const strip = await fixture<MarketTicker>(
      html`<market-ticker mode="static" .quotes=${[hsi, tencent]}></market-ticker>`,
    );
    await settled(strip);
    const cell = strip.shadowRoot!.querySelector('.real [part~="cell"][data-symbol="0700.HK"]')!;
    const before = cell.getBoundingClientRect().width;
    strip.sparkline = true;
    await settled(strip);
    await frames(2);
    expect(requested().sort(), 'requested').to.deep.equal(['near-view-controller', 'sparkline']);
    const lines = strip.shadowRoot!.querySelectorAll('.real [part~="cell-chart"] path.line');
    expect(lines.length, 'lines drawn').to.equal(2);
    expect(cell.textContent).to.contain('range 318.00 to 321.50');
    // Turned on, the box is new: the cell widens once, by the box.
    const after = cell.getBoundingClientRect().width;
    expect(after, 'the cell with its box').to.be.greaterThan(before);
  });
});
