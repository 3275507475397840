/**
 * Run in browsers launched with the reader's setting `prefers-reduced-motion: reduce`
 * (web-test-runner.config.js, group reduced-motion): the same setting in every engine, from the
 * first paint, as a reader who asked for less motion has it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/market-ticker/src/index.js';
import type { MarketTicker } from '../../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { Quote } from '../../packages/market-ticker/src/quote.js';
import seed from '../fixtures/seed-strip.json';
import { frames, settled } from '../support.js';

const reference: Quote[] = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));

describe('prefers-reduced-motion: reduce', () => {
  it('the browser says so', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('the strip does not move: no animation, no copies, no pause button, and no cell is clipped', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker style="width: 500px" .quotes=${reference}></market-ticker>`,
    );
    await settled(el);
    await frames(3);
    const root = el.shadowRoot!;
    const track = root.querySelector<HTMLElement>('[part="track"]')!;
    expect(track.getAnimations()).to.have.length(0);
    expect(new DOMMatrix(getComputedStyle(track).transform).m41).to.equal(0);
    expect(root.querySelectorAll('.copy')).to.have.length(0);
    expect(root.querySelector('[part="pause-button"]')).to.equal(null);
    const viewport = root.querySelector('.viewport')!.getBoundingClientRect();
    const cells = [...root.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
    expect(cells).to.have.length(reference.length);
    for (const cell of cells) {
      const box = cell.getBoundingClientRect();
      expect(box.left).to.be.at.least(viewport.left - 1);
      expect(box.right).to.be.at.most(viewport.right + 1);
    }
  });

  it('a strip with a feed keeps its pause button, which holds the updates', async () => {
    const el = await fixture<MarketTicker>(html`<market-ticker feed="simulated" interval="0.05"></market-ticker>`);
    for (let i = 0; i < 50 && el.quotes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="pause-button"]')).to.not.equal(null);
  });

  it('a changed price gets no highlight', async () => {
    const el = await fixture<QuoteCell>(
      html`<quote-cell style="--market-ticker-flash-up-background: rgb(0, 128, 0)" symbol="^HSI" price="100"></quote-cell>`,
    );
    await settled(el);
    el.price = 101;
    await settled(el);
    await frames(2);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(el.shadowRoot!.querySelectorAll('.flash-up, .flash-down')).to.have.length(0);
  });
});
