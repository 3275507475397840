import { expect, html } from '@open-wc/testing';
import { eachRendering, fixtureFor, type Fixture } from './fixture.js';
import { click, deepActive, hover, leave, press } from './input.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import seed from './fixtures/seed-strip.json';
import { GARBAGE, LOCALES, deepText, frames, partText, settled, themeStyle, useLocale } from './support.js';

const reference: Quote[] = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');

async function ticker(template: unknown): Promise<MarketTicker> {
  const el = await fixture<MarketTicker>(template as never);
  await settled(el);
  await frames(2);
  await settled(el);
  return el;
}

const root = (el: MarketTicker) => el.shadowRoot!;
const track = (el: MarketTicker) => root(el).querySelector<HTMLElement>('[part="track"]')!;
const animation = (el: MarketTicker) => track(el).getAnimations()[0];
/** The strip draws its cells in its own shadow root: each has `part="cell"` and `data-symbol`. */
const realCells = (el: MarketTicker) => [...root(el).querySelectorAll<HTMLElement>('.real [part~="cell"]')];
const offsetX = (el: MarketTicker) => new DOMMatrix(getComputedStyle(track(el)).transform).m41;

eachRendering('<market-ticker>', (rendered) => {
  before(() => void (fixture = rendered));
  afterEach(async () => {
    await leave();
  });

  describe('content', () => {
    it('renders one cell per symbol, in order, with the reference figures', async () => {
      await useLocale('zh-Hant-HK');
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      const cells = realCells(el);
      expect(cells.map((c) => partText(c, 'label'))).to.deep.equal(seed.quotes.map((q) => q.name));
      expect(
        cells.map((c) => `${partText(c, 'value')} ${partText(c, 'delta')} ${partText(c, 'delta-percent')}`),
      ).to.deep.equal(seed.quotes.map((q) => q.text));
      await useLocale('en');
    });

    it('keyed updates: changing one quote changes only that cell', async () => {
      const el = await ticker(html`<market-ticker mode="static" .quotes=${reference}></market-ticker>`);
      const before = realCells(el);
      const valueNodes = before.map((c) => c.querySelector('[part="cell-value"]')!.firstChild);
      const observed: Node[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => observed.push(r.target)));
      observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
      // A whole new array of new objects, as a site would build it; only ^DJI moved.
      el.quotes = reference.map((q) => (q.symbol === '^DJI' ? { ...q, price: 38000.01, change: -460.91 } : { ...q }));
      await settled(el);
      const after = realCells(el);
      after.forEach((cell, i) => expect(cell).to.equal(before[i]));
      // Every change in the strip's shadow root lies inside the one cell whose quote changed.
      const cellOf = (node: Node) => (node instanceof Element ? node : node.parentElement)!.closest('[part~="cell"]');
      const changedCells = new Set(observed.map(cellOf));
      observer.disconnect();
      expect(observed.length).to.be.greaterThan(0);
      expect([...changedCells]).to.deep.equal([before[3]]);
      after.forEach((cell, i) => {
        const node = cell.querySelector('[part="cell-value"]')!.firstChild;
        if (i !== 3) expect(node).to.equal(valueNodes[i]);
      });
      expect(partText(after[3], 'value')).to.equal('38,000.01');
    });

    it('keeps one cell per symbol when symbols repeat, and drops entries without one', async () => {
      const el = await ticker(
        html`<market-ticker mode="static" .quotes=${
          [
            { symbol: '^HSI', price: 1 },
            { symbol: '^DJI', price: 2 },
            { symbol: '^HSI', price: 3 },
            { price: 4 },
            null,
            'junk',
          ] as never
        }></market-ticker>`,
      );
      const cells = realCells(el);
      expect(cells.map((c) => c.dataset.symbol)).to.deep.equal(['^HSI', '^DJI']);
      expect(partText(cells[0], 'value')).to.equal('3.00');
      expect(deepText(el)).to.not.match(GARBAGE);
    });

    it('shows a localized empty state, and a loading state', async () => {
      await useLocale('zh-Hant-HK');
      const el = await ticker(html`<market-ticker></market-ticker>`);
      expect(partText(el, 'message')).to.equal('暫無報價');
      el.loading = true;
      await settled(el);
      expect(partText(el, 'message')).to.equal('正在載入報價…');
      await useLocale('en');
      expect(partText(el, 'message')).to.equal('Loading quotes…');
    });

    it('shows a localized stale marker while keeping the figures', async () => {
      const el = await ticker(html`<market-ticker stale mode="static" .quotes=${reference}></market-ticker>`);
      expect(partText(el, 'stale-marker')).to.equal('Delayed');
      expect(realCells(el)).to.have.length(16);
      await useLocale('zh-Hans-CN');
      expect(partText(el, 'stale-marker')).to.equal('延迟');
      await useLocale('en');
    });

    it('links every cell through link-template, refusing unsafe URLs', async () => {
      const el = await ticker(
        html`<market-ticker mode="static" link-template="/quote/{symbol}" .quotes=${reference}></market-ticker>`,
      );
      expect(realCells(el)[0].localName).to.equal('a');
      expect(realCells(el)[0].getAttribute('href')).to.equal('/quote/%5EHSI');
      el.linkTemplate = 'javascript:alert("{symbol}")';
      await settled(el);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(realCells(el)).to.have.length(16);
    });

    it('keeps the last good quotes when quotes becomes null or a non-array; an empty array clears', async () => {
      const el = await ticker(html`<market-ticker mode="static" .quotes=${reference}></market-ticker>`);
      const first = realCells(el)[0];
      for (const bad of [null, undefined, 'not an array', { symbol: '^HSI', price: 1 }, 42]) {
        (el as unknown as { quotes: unknown }).quotes = bad;
        await settled(el);
        expect(realCells(el)).to.have.length(16);
        expect(realCells(el)[0]).to.equal(first);
        expect(deepText(first)).to.include('17,284.54');
      }
      el.quotes = [];
      await settled(el);
      expect(realCells(el)).to.have.length(0);
    });
  });

  describe('scrolling', () => {
    it('a real cell moves left over time, at the set speed', async () => {
      const el = await ticker(html`<market-ticker speed="120" .quotes=${reference}></market-ticker>`);
      const cell = realCells(el)[1];
      const start = { at: performance.now(), left: cell.getBoundingClientRect().left };
      await new Promise((r) => setTimeout(r, 500));
      await frames(1);
      const elapsed = (performance.now() - start.at) / 1000;
      const moved = start.left - cell.getBoundingClientRect().left;
      // Leftwards, and by about speed x time (a frame or two either way on a loaded machine).
      expect(moved).to.be.greaterThan(0.5 * 120 * elapsed);
      expect(moved).to.be.lessThan(120 * elapsed + 10);
    });

    it('runs one CSS animation of transform and no per-frame script', async () => {
      let rafCalls = 0;
      const original = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => {
        rafCalls++;
        return original.call(window, cb);
      };
      try {
        const el = await fixture<MarketTicker>(html`<market-ticker .quotes=${reference}></market-ticker>`);
        await settled(el);
        rafCalls = 0;
        await new Promise((r) => setTimeout(r, 400));
        expect(rafCalls).to.equal(0);
        const anim = animation(el);
        expect(anim).to.be.instanceOf(CSSAnimation);
        expect((anim as CSSAnimation).animationName).to.equal('market-ticker-loop');
        expect(anim.playState).to.equal('running');
        const keyframes = (anim.effect as KeyframeEffect).getKeyframes();
        expect(
          keyframes.map((k) =>
            Object.keys(k).filter((p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p)),
          ),
        ).to.deep.equal([['transform'], ['transform']]);
      } finally {
        window.requestAnimationFrame = original;
      }
    });

    it('moves one list width per loop at the given speed, with enough copies to fill the width', async () => {
      const el = await ticker(
        html`<market-ticker speed="100" style="width: 3000px" .quotes=${reference.slice(0, 3)}></market-ticker>`,
      );
      const list = root(el).querySelector('.real')!.getBoundingClientRect().width;
      const viewport = root(el).querySelector('.viewport')!.clientWidth;
      const copies = [...root(el).querySelectorAll('.copy')].reduce(
        (sum, copy) => sum + copy.getBoundingClientRect().width,
        0,
      );
      expect(copies).to.be.at.least(viewport);
      const timing = animation(el).effect!.getComputedTiming();
      expect(Number(timing.duration)).to.be.closeTo((list / 100) * 1000, 1);
    });

    it('a list wider than the strip is followed only by the items that fill the strip, and the loop has no seam', async () => {
      const el = await ticker(html`<market-ticker style="width: 500px" .quotes=${reference}></market-ticker>`);
      const viewport = root(el).querySelector('.viewport')!;
      const copies = [...root(el).querySelectorAll<HTMLElement>('.copy')];
      expect(copies).to.have.length(1);
      const copied = [...copies[0].querySelectorAll<HTMLElement>('[part~="cell"]')];
      expect(copied.length).to.be.within(1, reference.length - 1);
      expect(copied.map((cell) => cell.dataset.symbol)).to.deep.equal(
        reference.slice(0, copied.length).map((q) => q.symbol),
      );
      expect(copies[0].getBoundingClientRect().width).to.be.at.least(viewport.clientWidth);
      // One loop along, the copy stands exactly where the list stood.
      const anim = animation(el);
      anim.pause();
      anim.currentTime = Number(anim.effect!.getComputedTiming().duration) - 0.001;
      const list = root(el).querySelector('.real')!.getBoundingClientRect();
      expect(copies[0].getBoundingClientRect().left).to.be.closeTo(viewport.getBoundingClientRect().left, 1);
      expect(list.width).to.be.greaterThan(viewport.clientWidth);
    });

    it('the copies are hidden from assistive technology and cannot take focus', async () => {
      const el = await ticker(html`<market-ticker link-template="/q/{symbol}" .quotes=${reference}></market-ticker>`);
      const copies = [...root(el).querySelectorAll<HTMLElement>('.copy')];
      expect(copies.length).to.be.greaterThan(0);
      for (const copy of copies) {
        expect(copy.getAttribute('aria-hidden')).to.equal('true');
        expect(copy.inert).to.equal(true);
        const link = copy.querySelector('a')!;
        link.focus();
        expect(deepActive()).to.not.equal(link);
      }
      // Only the real list is in the accessibility tree's reading order.
      const lists = root(el).querySelectorAll('[role="list"]:not([aria-hidden="true"])');
      expect(lists).to.have.length(1);
    });

    it('pauses with a toggle button that keeps its name and says whether it is pressed', async () => {
      await useLocale('en');
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part="pause-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Pause quotes');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      await click(button);
      await leave(); // off the strip, so hover does not pause it
      await settled(el);
      expect(el.paused).to.equal(true);
      expect(el.hasAttribute('paused')).to.equal(true);
      expect(animation(el).playState).to.equal('paused');
      expect(button.getAttribute('aria-label')).to.equal('Pause quotes');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await click(button);
      await leave();
      await settled(el);
      await frames(2);
      expect(animation(el).playState).to.equal('running');
      await useLocale('zh-Hant-HK');
      expect(button.getAttribute('aria-label')).to.equal('暫停報價');
      await useLocale('en');
    });

    it('the pause button is at least 24 by 24 pixels at any font size', async () => {
      const el = await ticker(
        html`<market-ticker style="--market-ticker-font-size: 9px" .quotes=${reference}></market-ticker>`,
      );
      const box = root(el).querySelector('[part="pause-button"]')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('marks its interface text with the interface language', async () => {
      await useLocale('zh-HK');
      const el = await ticker(html`<market-ticker .quotes=${reference.slice(0, 2)}></market-ticker>`);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-Hant-HK');
      expect(realCells(el)[0].getAttribute('lang')).to.equal('zh-Hant-HK');
      await useLocale('en');
    });

    it('pauses when paused is set from outside', async () => {
      const el = await ticker(html`<market-ticker paused .quotes=${reference}></market-ticker>`);
      expect(animation(el).playState).to.equal('paused');
      const before = offsetX(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(offsetX(el)).to.equal(before);
      el.removeAttribute('paused');
      await settled(el);
      expect(animation(el).playState).to.equal('running');
    });

    it('pauses on hover', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      const box = root(el).querySelector('.viewport')!.getBoundingClientRect();
      await hover(root(el).querySelector('.viewport')!, { x: 40 / box.width });
      await frames(2);
      expect(animation(el).playState).to.equal('paused');
      await leave();
      await frames(2);
      expect(animation(el).playState).to.equal('running');
    });

    it('a price getting wider keeps the animation and its place: no restart, no jump', async () => {
      const quotes = [{ symbol: 'X', price: 9999.99, change: 1 }, ...reference.slice(0, 5)];
      const el = await ticker(html`<market-ticker speed="80" .quotes=${quotes}></market-ticker>`);
      await new Promise((r) => setTimeout(r, 600));
      const anim = animation(el);
      el.paused = true; // hold still, so the offset can be compared exactly
      await settled(el);
      await frames(3); // a CSS pause takes effect at the next frame
      const time = Number(anim.currentTime);
      const before = offsetX(el);
      const width = root(el).querySelector('.real')!.getBoundingClientRect().width;
      el.quotes = [{ symbol: 'X', price: 10000.0, change: 1 }, ...reference.slice(0, 5)];
      await settled(el);
      await frames(3);
      expect(root(el).querySelector('.real')!.getBoundingClientRect().width).to.be.greaterThan(width);
      expect(animation(el)).to.equal(anim);
      expect(Math.abs(offsetX(el) - before)).to.be.lessThan(1);
      // The same iteration: the time moves only by the change in loop length.
      expect(Math.abs(Number(anim.currentTime) - time)).to.be.lessThan(100);
      expect(Number(anim.currentTime)).to.be.greaterThan(400);
    });

    it('adding and removing quotes keeps the same animation', async () => {
      const el = await ticker(html`<market-ticker .quotes=${reference.slice(0, 8)}></market-ticker>`);
      const anim = animation(el);
      el.quotes = reference;
      await settled(el);
      await frames(2);
      expect(animation(el)).to.equal(anim);
      el.quotes = reference.slice(2, 6);
      await settled(el);
      await frames(2);
      expect(animation(el)).to.equal(anim);
      expect(anim.playState).to.equal('running');
    });

    it('resizing recomputes the copies', async () => {
      const el = await ticker(
        html`<market-ticker style="width: 400px" .quotes=${reference.slice(0, 2)}></market-ticker>`,
      );
      const few = root(el).querySelectorAll('.copy').length;
      el.style.width = '2400px';
      await frames(3);
      await settled(el);
      expect(root(el).querySelectorAll('.copy').length).to.be.greaterThan(few);
    });

    it('static mode wraps every quote into view with no animation', async () => {
      const el = await ticker(
        html`<market-ticker mode="static" style="width: 500px" .quotes=${reference}></market-ticker>`,
      );
      expect(track(el).getAnimations()).to.have.length(0);
      const base = root(el).querySelector('[part="base"]')!.getBoundingClientRect();
      for (const cell of realCells(el)) expect(cell.getBoundingClientRect().right).to.be.at.most(base.right + 1);
    });
  });

  describe('keyboard and selection', () => {
    it('Tab reaches the links and then the pause button', async () => {
      const el = await ticker(
        html`<market-ticker link-template="/q/{symbol}" .quotes=${reference.slice(0, 3)}></market-ticker>`,
      );
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await press('Tab');
        const active = deepActive() as HTMLElement;
        reached.push(active.getAttribute('part') ?? active.localName);
      }
      before.remove();
      expect(reached).to.deep.equal(['cell', 'cell', 'cell', 'pause-button']);
    });

    it('Enter and Space on a selectable cell fire quote-select from the strip', async () => {
      const el = await ticker(html`<market-ticker selectable .quotes=${reference.slice(0, 3)}></market-ticker>`);
      const selected: string[] = [];
      el.addEventListener('quote-select', (e) => selected.push(e.detail.symbol));
      const base = realCells(el)[1];
      base.focus();
      await press('Enter');
      await press('Space');
      await click(base);
      expect(selected).to.deep.equal(['^HSCE', '^HSCE', '^HSCE']);
    });
  });

  describe('announcements', () => {
    it('announces price changes of chosen symbols politely', async () => {
      await useLocale('en');
      const el = await ticker(html`<market-ticker announce="^HSI" mode="static" .quotes=${reference}></market-ticker>`);
      const live = root(el).querySelector('[aria-live="polite"]')!;
      el.quotes = reference.map((q) =>
        q.symbol === '^HSI'
          ? { ...q, price: 17300.01, change: 98.74, changePercent: 0.57 }
          : q.symbol === '^DJI'
            ? { ...q, price: 1 }
            : q,
      );
      await new Promise((r) => setTimeout(r, 50));
      await settled(el);
      expect(live.textContent).to.equal('Hang Seng Index 17,300.01, +98.74 (+0.57%)');
    });
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const mode of ['scroll', 'static']) {
        it(`axe finds no violation in ${mode} mode, ${locale}, light and dark`, async () => {
          await useLocale(locale);
          for (const theme of ['light', 'dark'] as const) {
            const wrapper = await fixture<HTMLElement>(html`<div style=${themeStyle(theme)}>
              <market-ticker mode=${mode} label="Hong Kong" link-template="/q/{symbol}" .quotes=${reference}></market-ticker>
              <market-ticker mode=${mode} label="World" stale selectable .quotes=${reference.slice(0, 4)}></market-ticker>
            </div>`);
            await Promise.all([...wrapper.querySelectorAll('market-ticker')].map(settled));
            await frames(2);
            await expect(wrapper).to.be.accessible();
          }
        });
      }
    }

    it('is a region labelled in the interface language, or by label', async () => {
      await useLocale('zh-Hant-HK');
      const el = await ticker(html`<market-ticker .quotes=${reference}></market-ticker>`);
      const region = root(el).querySelector('section')!;
      expect(region.getAttribute('aria-label')).to.equal('市場報價');
      el.label = 'Asia';
      await settled(el);
      expect(region.getAttribute('aria-label')).to.equal('Asia');
      await useLocale('en');
    });
  });
});
