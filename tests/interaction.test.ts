/**
 * Every interaction, with the browser's own input: mouse, keyboard and touch, sent by the engine's
 * automation (tests/input.ts). A synthetic `.click()` skips hit testing, focus and pointer
 * handling, and passed while a real click on a strip cell was lost.
 */
import { expect, html } from '@open-wc/testing';
import { eachRendering, fixtureFor, type Fixture } from './fixture.js';
import '../packages/market-ticker/src/index.js';
import type { ArticleCard } from '../packages/market-ticker/src/article-card/article-card.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { DEMO_NOW, relatedQuotes } from '../stories/articles/alibaba.js';
import seed from './fixtures/seed-strip.json';
import { frames, settled } from './support.js';
import { click, deepActive, hover, leave, press, tap } from './input.js';

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');
const reference: Quote[] = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));

async function ticker(template: unknown): Promise<MarketTicker> {
  const el = await fixture<MarketTicker>(template as never);
  await settled(el);
  await frames(2);
  await settled(el);
  await frames(1);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const track = (el: MarketTicker) => root(el).querySelector<HTMLElement>('[part="track"]')!;
const animation = (el: MarketTicker) => track(el).getAnimations()[0];
const offsetX = (el: MarketTicker) => new DOMMatrix(getComputedStyle(track(el)).transform).m41;
const viewportBox = (el: MarketTicker) => root(el).querySelector('.viewport')!.getBoundingClientRect();
// The strip draws its cells in its own shadow root (`part="cell"`, `data-symbol`); a <quote-cell>
// draws its one in its own.
const realCells = (el: MarketTicker) => [...root(el).querySelectorAll<HTMLElement>('.real [part~="cell"]')];
const copyCells = (el: MarketTicker) => [...root(el).querySelectorAll<HTMLElement>('.copy [part~="cell"]')];
const base = (cell: HTMLElement) => cell.shadowRoot?.querySelector<HTMLElement>('[part="base"]') ?? cell;
const pauseButton = (el: MarketTicker) => root(el).querySelector<HTMLButtonElement>('[part="pause-button"]')!;

/** Cells whose whole box is inside the strip's viewport now. */
function wholeCells(el: MarketTicker, cells: HTMLElement[]): HTMLElement[] {
  const view = viewportBox(el);
  return cells.filter((cell) => {
    const box = cell.getBoundingClientRect();
    return box.left >= view.left && box.right <= view.right;
  });
}

/** Records `quote-select` events that reach the document. */
function recordSelections(): { symbols: string[]; stop(): void } {
  const symbols: string[] = [];
  const listener = (event: Event) => symbols.push((event as CustomEvent).detail.symbol);
  document.addEventListener('quote-select', listener);
  return { symbols, stop: () => document.removeEventListener('quote-select', listener) };
}

/** A button before `el` to start keyboard navigation from. */
function startBefore(el: Element): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  return before;
}

eachRendering('real input', (rendered) => {
  before(() => void (fixture = rendered));
  let selections: ReturnType<typeof recordSelections>;
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    selections = recordSelections();
  });
  afterEach(async () => {
    selections.stop();
    await leave();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('<market-ticker> cells', () => {
    it('a mouse click on a link cell of a scrolling strip follows the link, with one quote-select, and the strip does not move', async () => {
      const el = await ticker(
        html`<market-ticker link-template="#quote-{symbol}" .quotes=${reference}></market-ticker>`,
      );
      expect(animation(el).playState).to.equal('running');
      // The first cell, which the strip has just begun to move out of view.
      const [target] = realCells(el);
      await hover(target);
      await frames(3); // hover pauses the strip at the next frame
      expect(animation(el).playState).to.equal('paused');
      const before = offsetX(el);
      const symbol = target.dataset.symbol;
      await click(target);
      await frames(2);
      // Firefox restyles a just-paused animation from its held time only at the next style change,
      // which moves it by under a pixel; a press that moves the strip moves it by a cell or more.
      expect(offsetX(el), 'the press did not move the strip').to.be.closeTo(before, 2);
      expect(selections.symbols).to.deep.equal([symbol]);
      expect(decodeURIComponent(location.hash)).to.equal(`#quote-${symbol}`);
    });

    it('a mouse click on a selectable cell fires quote-select once', async () => {
      const el = await ticker(html`<market-ticker paused selectable .quotes=${reference}></market-ticker>`);
      const [target] = wholeCells(el, realCells(el));
      await click(target);
      expect(selections.symbols).to.deep.equal([target.dataset.symbol]);
    });

    it('a mouse click on a copy of the loop acts on the quote it shows, once', async () => {
      const el = await ticker(
        html`<market-ticker paused link-template="#quote-{symbol}" .quotes=${[reference[6]]}></market-ticker>`,
      );
      const [copy] = wholeCells(el, copyCells(el));
      expect(copy, 'a copy in view').to.exist;
      await click(copy);
      expect(selections.symbols).to.deep.equal(['^VIX']);
      expect(decodeURIComponent(location.hash)).to.equal('#quote-^VIX');
    });

    it('a touch tap on a cell fires quote-select once', async () => {
      const el = await ticker(html`<market-ticker paused selectable .quotes=${reference}></market-ticker>`);
      const [target] = wholeCells(el, realCells(el));
      await tap(target);
      await frames(2);
      expect(selections.symbols).to.deep.equal([target.dataset.symbol]);
    });

    it('a cell that is neither a link nor selectable is plain text: a click fires nothing', async () => {
      const el = await ticker(html`<market-ticker paused .quotes=${reference}></market-ticker>`);
      const [target] = wholeCells(el, realCells(el));
      await click(target);
      const [copy] = wholeCells(el, copyCells(el));
      if (copy) await click(copy);
      expect(selections.symbols).to.deep.equal([]);
    });

    it('a mouse press on a cell cut off by the edge does not move the strip, and the click is not lost', async () => {
      const el = await ticker(
        html`<market-ticker paused style="width: 640px" selectable .quotes=${reference}></market-ticker>`,
      );
      const view = viewportBox(el);
      const cut = realCells(el).find((cell) => {
        const box = cell.getBoundingClientRect();
        return box.left < view.right - 10 && box.right > view.right;
      });
      expect(cut, 'a cell cut off at the right edge').to.exist;
      const before = offsetX(el);
      const box = cut!.getBoundingClientRect();
      await click(cut!, { x: (view.right - 5 - box.left) / box.width });
      await frames(2);
      expect(offsetX(el)).to.equal(before);
      expect(selections.symbols).to.deep.equal([cut!.dataset.symbol]);
    });

    it('keyboard focus moves the strip only for a cell cut off by the edge, by the least distance', async () => {
      const el = await ticker(
        html`<market-ticker paused style="width: 640px" link-template="#quote-{symbol}" .quotes=${reference}></market-ticker>`,
      );
      const view = viewportBox(el);
      const before = startBefore(el);
      try {
        await press('Tab');
        await frames(2);
        expect(deepActive()).to.equal(base(realCells(el)[0]));
        expect(offsetX(el), 'a cell already in view does not move the strip').to.equal(0);
        // Tab on to the first cell that the right edge cuts off.
        const cells = realCells(el);
        const cutIndex = cells.findIndex((cell) => cell.getBoundingClientRect().right > view.right);
        expect(cutIndex).to.be.greaterThan(0);
        for (let i = 1; i <= cutIndex; i++) await press('Tab');
        await frames(2);
        expect(deepActive()).to.equal(base(cells[cutIndex]));
        const box = cells[cutIndex].getBoundingClientRect();
        expect(box.right).to.be.at.most(view.right + 0.5);
        expect(box.left).to.be.at.least(view.left);
        // The least distance: the cell's right edge now stands by the viewport's, with a little room.
        expect(view.right - box.right).to.be.within(0, 9);
        await press('Enter');
        expect(decodeURIComponent(location.hash)).to.equal(`#quote-${cells[cutIndex].dataset.symbol}`);
      } finally {
        before.remove();
      }
    });
  });

  describe('<market-ticker> pausing', () => {
    it('the pause button works with a mouse click', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      await click(pauseButton(el));
      await settled(el);
      expect(el.paused).to.equal(true);
      expect(pauseButton(el).getAttribute('aria-pressed')).to.equal('true');
      await leave();
      await frames(2);
      expect(animation(el).playState).to.equal('paused');
      await click(pauseButton(el));
      await settled(el);
      expect(el.paused).to.equal(false);
    });

    it('the pause button works from the keyboard: Tab to it, then Enter and Space', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference.slice(0, 3)}></market-ticker>`);
      const before = startBefore(el);
      try {
        // No links or buttons in the cells: the pause button is the strip's one stop.
        await press('Tab');
        expect(deepActive()).to.equal(pauseButton(el));
        await press('Enter');
        await settled(el);
        expect(el.paused).to.equal(true);
        await press('Space');
        await settled(el);
        expect(el.paused).to.equal(false);
      } finally {
        before.remove();
      }
    });

    it('the pause button works with a touch tap', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      await tap(pauseButton(el));
      await settled(el);
      expect(el.paused).to.equal(true);
      await tap(pauseButton(el));
      await settled(el);
      expect(el.paused).to.equal(false);
    });

    it('pauses while the mouse is over the strip, and goes on when it leaves', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      await hover(root(el).querySelector('.viewport')!, { x: 0.1 });
      await frames(3);
      expect(animation(el).playState).to.equal('paused');
      const held = offsetX(el);
      await new Promise((r) => setTimeout(r, 200));
      expect(offsetX(el)).to.equal(held);
      await leave();
      await frames(3);
      expect(animation(el).playState).to.equal('running');
    });

    it('pauses while keyboard focus is inside, and goes on when it leaves', async () => {
      const el = await ticker(
        html`<market-ticker link-template="#quote-{symbol}" .quotes=${reference.slice(0, 2)}></market-ticker>`,
      );
      const before = startBefore(el);
      const after = document.createElement('button');
      after.textContent = 'after';
      el.after(after);
      try {
        await press('Tab');
        await frames(3);
        expect(animation(el).playState).to.equal('paused');
        // On past the second cell and the pause button, out of the strip.
        for (let i = 0; i < 3; i++) await press('Tab');
        await frames(3);
        expect(deepActive()).to.equal(after);
        expect(animation(el).playState).to.equal('running');
      } finally {
        before.remove();
        after.remove();
      }
    });

    it("a feed's pause button in a static strip holds the updates until pressed again", async () => {
      const el = await ticker(html`<market-ticker mode="static" feed="simulated" interval="0.05"></market-ticker>`);
      for (let i = 0; i < 50 && el.quotes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await settled(el);
      await click(pauseButton(el));
      await settled(el);
      const held = JSON.stringify(el.quotes);
      await new Promise((r) => setTimeout(r, 300));
      expect(JSON.stringify(el.quotes)).to.equal(held);
      await click(pauseButton(el));
      await settled(el);
      for (let i = 0; i < 50 && JSON.stringify(el.quotes) === held; i++) await new Promise((r) => setTimeout(r, 20));
      expect(JSON.stringify(el.quotes)).to.not.equal(held);
    });
  });

  describe('<quote-cell>', () => {
    it('a link cell: a mouse click fires a cancelable quote-select; cancelling keeps the page', async () => {
      const el = await fixture<QuoteCell>(html`<quote-cell symbol="^HSI" price="1" href="#quote-hsi"></quote-cell>`);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('quote-select', cancel);
      await click(el);
      el.removeEventListener('quote-select', cancel);
      expect(selections.symbols).to.deep.equal(['^HSI']);
      expect(location.hash).to.equal('');
      await click(el);
      expect(location.hash).to.equal('#quote-hsi');
    });

    it('a selectable cell: a mouse click, a tap, Enter and Space each fire quote-select once', async () => {
      const el = await fixture<QuoteCell>(
        html`<quote-cell selectable symbol="^HSI" price="17284.54" change="83.27"></quote-cell>`,
      );
      await click(el);
      await tap(el);
      await frames(2);
      expect(deepActive()).to.equal(base(el));
      await press('Enter');
      await press('Space');
      expect(selections.symbols).to.deep.equal(['^HSI', '^HSI', '^HSI', '^HSI']);
    });

    it('a plain cell: a click fires nothing and focuses nothing', async () => {
      const el = await fixture<QuoteCell>(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
      await click(el);
      expect(selections.symbols).to.deep.equal([]);
      expect(deepActive()).to.not.equal(base(el));
    });
  });

  describe('<article-card>', () => {
    const related = (el: ArticleCard) => [...root(el).querySelectorAll<QuoteCell>('[part~="related-cell"]')];

    it('a mouse click and a tap on a related quote fire quote-select once each, and do not follow the card link', async () => {
      const el = await fixture<ArticleCard>(
        html`<article-card headline="H" href="#article" symbols="9988.HK,^HSI" .quotes=${relatedQuotes} now=${DEMO_NOW}></article-card>`,
      );
      await settled(el);
      const [first, second] = related(el);
      await click(first);
      await tap(second);
      await frames(2);
      expect(selections.symbols).to.deep.equal(['9988.HK', '^HSI']);
      expect(location.hash, 'the card link was not followed').to.equal('');
    });

    it('the headline link follows on a mouse click; Tab reaches it, then each related quote, and Enter selects', async () => {
      const el = await fixture<ArticleCard>(
        html`<article-card headline="H" href="#article" symbols="9988.HK,^HSI" .quotes=${relatedQuotes} now=${DEMO_NOW}></article-card>`,
      );
      await settled(el);
      const before = startBefore(el);
      try {
        await press('Tab');
        expect(deepActive()).to.equal(root(el).querySelector('[part~="heading-link"]'));
        await press('Tab');
        expect(deepActive()).to.equal(base(related(el)[0]));
        await press('Enter');
        expect(selections.symbols).to.deep.equal(['9988.HK']);
        await click(root(el).querySelector('[part~="heading-link"]')!);
        expect(location.hash).to.equal('#article');
      } finally {
        before.remove();
      }
    });
  });
});
