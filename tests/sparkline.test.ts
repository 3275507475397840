// `sparkline` and `logo` on <quote-cell> and on every cell of <market-ticker>: the line's exact
// geometry, its words in three locales, trend colours under both conventions, hostile values,
// redrawing only the line, server rendering with hydration, and logos that are refused or fail.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { sparklineOf } from '../packages/market-ticker/src/quote-cell/sparkline.js';
import { followDocumentLanguage } from '../packages/market-ticker/src/localization.js';
import { eachRendering, hydrated, serverRendered } from './fixture.js';
import { HOSTILE_URLS, resolvesToWeb } from './hostile-urls.js';
import { GARBAGE, LOCALES, deepText, frames, settled, sleep, useLocale, waitFor } from './support.js';
import { hover, leave, mouseDown, mouseMove, mouseUp, pointIn, wheel } from './input.js';

const HISTORY = [17201.27, 17150.2, 17230.5, 17301, 17284.54];
const HSI = {
  symbol: '^HSI',
  price: 17284.54,
  change: 83.27,
  changePercent: 0.48,
  previousClose: 17201.27,
  history: HISTORY,
};

/** Points of an `M…L…` path, as numbers. */
const points = (d: string | null) =>
  (d ?? '')
    .replace(/Z$/, '')
    .split(/[ML]/)
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number) as [number, number]);

const chart = (el: Element) => el.shadowRoot!.querySelector('[part~="chart"], [part~="cell-chart"]');
const lineOf = (el: Element) => chart(el)?.querySelector('.line')?.getAttribute('d') ?? null;
const spoken = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();

describe('sparklineOf: geometry', () => {
  it('maps the lowest point to the box’s bottom and the highest to its top, evenly spaced', () => {
    const view = sparklineOf([10, 20, 15], undefined, 2, 'en', 'en')!;
    expect(view.line).to.equal('M0,20L30,0L60,10');
    expect(view.area).to.equal('M0,20L30,0L60,10L60,20L0,20Z');
    expect(view.baseline).to.equal(undefined);
  });

  it('maps any history’s min and max to bottom and top', () => {
    const view = sparklineOf(HISTORY, undefined, 2, 'en', 'en')!;
    const ys = points(view.line).map(([, y]) => y);
    expect(Math.max(...ys)).to.equal(20);
    expect(Math.min(...ys)).to.equal(0);
    expect(ys[1]).to.equal(20); // 17,150.20 is the lowest
    expect(ys[3]).to.equal(0); // 17,301.00 the highest
    expect(points(view.line).map(([x]) => x)).to.deep.equal([0, 15, 30, 45, 60]);
  });

  it('2 points draw a line, 1 point or none draw nothing, a flat history a level line', () => {
    expect(sparklineOf([5, 7], undefined, 2, 'en', 'en')!.line).to.equal('M0,20L60,0');
    expect(sparklineOf([5], undefined, 2, 'en', 'en')).to.equal(undefined);
    expect(sparklineOf([], undefined, 2, 'en', 'en')).to.equal(undefined);
    expect(sparklineOf(undefined, undefined, 2, 'en', 'en')).to.equal(undefined);
    expect(sparklineOf([3, 3, 3], 3, 2, 'en', 'en')!.line).to.equal('M0,10L30,10L60,10');
  });

  it('draws the previous close as a baseline when it lies within the range', () => {
    expect(sparklineOf([10, 20], 15, 2, 'en', 'en')!.baseline).to.equal('M0,10H60');
    expect(sparklineOf([10, 20], 10, 2, 'en', 'en')!.baseline).to.equal('M0,20H60');
    expect(sparklineOf([10, 20], 25, 2, 'en', 'en')!.baseline).to.equal(undefined);
  });
});

eachRendering('<quote-cell sparkline>', (render) => {
  afterEach(() => followDocumentLanguage());

  it('draws the history in the reserved box, with the previous close as baseline, and says the range', async () => {
    const el = await render<QuoteCell>(html`<quote-cell sparkline .quote=${HSI}></quote-cell>`);
    await settled(el);
    const box = chart(el)!;
    expect(box.getAttribute('viewBox')).to.equal('0 0 60 20');
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(points(lineOf(el))).to.have.length(5);
    expect(box.querySelector('.baseline')!.getAttribute('d')).to.match(/^M0,[\d.]+H60$/);
    expect(spoken(el)).to.equal('Hang Seng Index 17,284.54, up 83.27, up 0.48 percent, range 17,150.20 to 17,301.00');
    const rect = box.getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(20);
    expect(rect.height).to.be.greaterThan(8);
  });

  it('keeps the box, empty, with fewer than 2 points; draws no box without the attribute', async () => {
    const one = await render<QuoteCell>(html`<quote-cell sparkline .quote=${{ ...HSI, history: [1] }}></quote-cell>`);
    await settled(one);
    expect(chart(one)).to.not.equal(null);
    expect(lineOf(one)).to.equal(null);
    expect(spoken(one)).to.not.contain('range');
    const off = await render<QuoteCell>(html`<quote-cell .quote=${HSI}></quote-cell>`);
    await settled(off);
    expect(chart(off)).to.equal(null);
  });

  it('hostile histories: no throw, no NaN on screen or in the path', async () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => 100 + Math.sin(i));
    const histories: unknown[] = [
      huge,
      Array.from({ length: 10_000 }, () => NaN),
      [NaN, 1, Infinity, 2, -Infinity],
      ['1', '2', '3'],
      '1,2,3',
      { length: 3 },
      null,
    ];
    for (const history of histories) {
      const el = await render<QuoteCell>(
        html`<quote-cell sparkline .quote=${{ ...HSI, history, previousClose: 'x', open: 'y', volume: NaN }}></quote-cell>`,
      );
      await settled(el);
      const label = Array.isArray(history) ? `array of ${history.length}` : String(history);
      expect(deepText(el), label).to.not.match(GARBAGE);
      expect(el.shadowRoot!.innerHTML, label).to.not.match(/NaN|Infinity|undefined/);
      const d = lineOf(el);
      if (d) for (const [x, y] of points(d)) expect(Number.isFinite(x) && Number.isFinite(y), label).to.equal(true);
    }
    const el = await render<QuoteCell>(html`<quote-cell sparkline .quote=${{ ...HSI, history: huge }}></quote-cell>`);
    await settled(el);
    expect(points(lineOf(el)), 'the newest 500 points').to.have.length(500);
  });
});

describe('<quote-cell sparkline>: updates, locales and colours', () => {
  afterEach(() => followDocumentLanguage());

  it('a new history redraws the line, not the cell', async () => {
    const [el] = await mount<QuoteCell>(html`<quote-cell sparkline .quote=${HSI}></quote-cell>`);
    const box = chart(el)!;
    const label = el.shadowRoot!.querySelector('[part~="label"]')!;
    const value = el.shadowRoot!.querySelector('[part~="value"]')!.firstChild;
    const before = lineOf(el);
    el.quote = { ...HSI, history: [...HISTORY, 17400] };
    await settled(el);
    expect(lineOf(el)).to.not.equal(before);
    expect(points(lineOf(el))).to.have.length(6);
    expect(chart(el)).to.equal(box);
    expect(el.shadowRoot!.querySelector('[part~="label"]')).to.equal(label);
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.firstChild).to.equal(value);
  });

  it('a new price with the same history array keeps the line; the array changed in place is read again', async () => {
    const history = [...HISTORY];
    const [el] = await mount<QuoteCell>(html`<quote-cell sparkline .quote=${{ ...HSI, history }}></quote-cell>`);
    const line = chart(el)!.querySelector('.line')!;
    const drawn = lineOf(el);
    el.quote = { ...HSI, history, price: 17290, change: 88.73 };
    await settled(el);
    expect(chart(el)!.querySelector('.line')).to.equal(line);
    expect(lineOf(el)).to.equal(drawn);
    // A point in the middle changed in place (same array, same length, same last point).
    history[1] = 17100;
    el.quote = { ...HSI, history };
    await settled(el);
    expect(lineOf(el)).to.not.equal(drawn);
    expect(spoken(el)).to.match(/range 17,100\.00 to 17,301\.00$/);
    // The same array with a new previous close: a new baseline.
    const baseline = chart(el)!.querySelector('.baseline')!.getAttribute('d');
    el.quote = { ...HSI, history, previousClose: 17290 };
    await settled(el);
    expect(chart(el)!.querySelector('.baseline')!.getAttribute('d')).to.not.equal(baseline);
    // A point turned non-finite in place is dropped, and reported, again.
    history[2] = Number.NaN;
    el.quote = { ...HSI, history };
    await settled(el);
    expect(points(lineOf(el))).to.have.length(4);
    expect(lineOf(el)).to.not.contain('NaN');
  });

  it('says the range in each locale', async () => {
    const expected: Record<(typeof LOCALES)[number], string> = {
      en: 'range 17,150.20 to 17,301.00',
      'zh-Hant-HK': '範圍 17,150.20 至 17,301.00',
      'zh-Hans-CN': '范围 17,150.20 至 17,301.00',
    };
    const [el] = await mount<QuoteCell>(html`<quote-cell sparkline .quote=${HSI}></quote-cell>`);
    for (const locale of LOCALES) {
      await useLocale(locale);
      await settled(el);
      expect(spoken(el), locale).to.match(new RegExp(`, ${expected[locale]}$`));
    }
  });

  it('is coloured by trend, under both colour conventions', async () => {
    for (const convention of ['green-up', 'red-up'] as const) {
      for (const change of [83.27, -83.27, 0]) {
        const [el] = await mount<QuoteCell>(
          html`<quote-cell sparkline trend-colors=${convention} .quote=${{ ...HSI, change, changePercent: undefined }}></quote-cell>`,
        );
        const line = chart(el)!.querySelector('.line')!;
        const movement = el.shadowRoot!.querySelector('[part~="movement"]')!;
        const stroke = getComputedStyle(line).stroke;
        expect(stroke, `${convention} ${change}`).to.equal(getComputedStyle(movement).color);
        expect(getComputedStyle(line).fill).to.equal('none');
      }
    }
    const [up] = await mount<QuoteCell>(
      html`<quote-cell sparkline trend-colors="green-up" .quote=${HSI}></quote-cell>`,
    );
    const [red] = await mount<QuoteCell>(html`<quote-cell sparkline trend-colors="red-up" .quote=${HSI}></quote-cell>`);
    expect(getComputedStyle(chart(up)!.querySelector('.line')!).stroke).to.not.equal(
      getComputedStyle(chart(red)!.querySelector('.line')!).stroke,
    );
  });
});

describe('<market-ticker sparkline>', () => {
  it('every cell draws its line; server-rendered and hydrated with no node re-created and no layout shift', async () => {
    const quotes = [HSI, { symbol: '^DJI', price: 38000, change: -12, history: [38100, 38050, 38000] }];
    const template = html`<market-ticker mode="static" sparkline .quotes=${quotes}></market-ticker>`;
    const container = await serverRendered(template);
    const root = container.querySelector('market-ticker')!.shadowRoot!;
    const before = [...root.querySelectorAll('*')];
    const lines = [...root.querySelectorAll('[part~="cell-chart"] .line')].map((path) => path.getAttribute('d'));
    expect(lines, 'the server drew the lines').to.have.length(2);
    expect(lines.every((d) => d && points(d).length >= 3)).to.equal(true);
    const boxes = () =>
      [...root.querySelectorAll('[part~="cell"], [part~="cell-chart"]')].map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return [x, y, width, height].map((n) => Math.round(n * 2) / 2);
      });
    const laidOut = boxes();
    const el = await hydrated<MarketTicker>(container, template);
    await settled(el);
    expect(el.shadowRoot).to.equal(root);
    expect(boxes(), 'no layout shift: every cell and line where the server put it').to.deep.equal(laidOut);
    const after = [...root.querySelectorAll('*')];
    expect(after.length).to.equal(before.length);
    expect(
      after.every((node, i) => node === before[i]),
      'no node re-created',
    ).to.equal(true);
    expect([...root.querySelectorAll('[part~="cell-chart"] .line')].map((p) => p.getAttribute('d'))).to.deep.equal(
      lines,
    );
    expect(root.querySelector('.items [style]'), 'no style attribute in a cell').to.equal(null);
  });

  it('a history update redraws only that line', async () => {
    const [el] = await mount<MarketTicker>(
      html`<market-ticker mode="static" sparkline .quotes=${[HSI, { symbol: '^DJI', price: 1, history: [1, 2] }]}></market-ticker>`,
    );
    const lines = () => [...el.shadowRoot!.querySelectorAll('.real [part~="cell-chart"] .line')];
    const [hsi, dji] = lines();
    const djiLine = dji!.getAttribute('d');
    el.quotes = [
      { ...HSI, history: [1, 5, 3] },
      { symbol: '^DJI', price: 1, history: [1, 2] },
    ];
    await settled(el);
    expect(lines()[0]).to.equal(hsi);
    expect(hsi!.getAttribute('d')).to.equal('M0,20L30,0L60,10');
    expect(lines()[1]!.getAttribute('d')).to.equal(djiLine);
  });
});

describe('<market-ticker sparkline>: a long strip', () => {
  // 120 quotes: more than the first cells drawn at once, so the last ones wait for the strip to
  // bring them near; with the loop, a wheel or a drag backwards shows them first.
  const quotes = Array.from({ length: 120 }, (_, i) => ({
    symbol: `Q${i}`,
    price: 100 + i,
    change: i % 3 ? 1 : -1,
    history: [100, 101 + (i % 7), 100 + i / 10, 100 + i],
  }));
  const shown = (el: MarketTicker) => {
    const view = el.shadowRoot!.querySelector('[part="viewport"]')!.getBoundingClientRect();
    return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-symbol]')].filter((cell) => {
      const box = cell.getBoundingClientRect();
      return box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
    });
  };
  const drawn = (cell: Element) => cell.querySelector('[part~="cell-chart"] .line') !== null;
  const sizeOf = (cell: Element) => {
    const { width, height } = cell.getBoundingClientRect();
    return [Math.round(width * 10) / 10, Math.round(height * 10) / 10];
  };

  afterEach(async () => {
    await leave();
  });

  it('draws the lines near view, keeps the box of the rest, and draws them as a wheel and a drag bring them', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 100px 150px"><market-ticker sparkline style="width: 600px" .quotes=${quotes}></market-ticker></div>`,
    );
    const el = wrapper.querySelector<MarketTicker>('market-ticker')!;
    await settled(el);
    await frames(2);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-symbol]')];
    expect(cells.length, 'the list and the loop’s copy').to.be.above(120);
    expect(shown(el).every(drawn), 'every cell on screen has its line').to.equal(true);
    const last = cells.filter((cell) => cell.dataset.symbol === 'Q119');
    expect(last.some(drawn), 'the last quote waits, far from view').to.equal(false);
    const waiting = sizeOf(last[0]!);
    // The loop's copy starts a strip's width away: it waits too, even for a quote drawn in the list.
    const copyOfFirst = el.shadowRoot!.querySelector('.copy [data-symbol="Q0"]');
    expect(copyOfFirst, 'the loop has a copy').to.not.equal(null);
    expect(drawn(copyOfFirst!), 'the copy of the first quote waits').to.equal(false);
    expect(cells.filter(drawn).length, 'a few dozen drawn, not every one').to.be.below(60);
    // The reader's words do not wait for the line.
    expect(last[0]!.textContent).to.match(/Q119/);

    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part="viewport"]')!;
    await hover(viewport, { x: 0.5 });
    await wheel(viewport, -400, 0, { x: 0.5 });
    await waitFor(() => shown(el).some((cell) => cell.dataset.symbol === 'Q119'), 'the wheel brings the list’s end');
    await waitFor(() => shown(el).every(drawn), 'the cells the wheel brought draw their lines');
    expect(sizeOf(last[0]!), 'the waiting cell kept the box its line takes: it does not move').to.deep.equal(waiting);

    const [x, y] = pointIn(viewport, { x: 0.2 });
    await mouseDown([x, y]);
    await mouseMove([x + 100, y]);
    await mouseMove([x + 350, y]);
    await mouseUp();
    await frames(2);
    await waitFor(() => shown(el).every(drawn), 'the cells the drag brought draw their lines');
    expect(el.shadowRoot!.querySelector('.items [style]'), 'no style attribute in a cell').to.equal(null);
  });

  it('a list narrower than the strip draws the copies on screen at once, before any frame shows them', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker sparkline style="width: 900px" .quotes=${quotes.slice(0, 2)}></market-ticker>`,
    );
    const copies = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.copy [data-symbol]')];
    // Each copy on screen as the update that made it leaves it: before any frame is painted, and
    // before the observer of the cells near view could answer.
    const atFirstSight = new Map<Element, boolean>();
    const mutations = new MutationObserver(async () => {
      await el.updateComplete;
      for (const cell of shown(el)) {
        if (cell.closest('.copy') && !atFirstSight.has(cell)) atFirstSight.set(cell, drawn(cell));
      }
    });
    mutations.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el);
    await waitFor(() => copies().length > 1, 'copies fill the strip');
    mutations.disconnect();
    expect(atFirstSight.size, 'a copy seen on screen as it appeared').to.be.above(0);
    expect([...atFirstSight.values()].every(Boolean), 'every copy on screen drawn as it appears').to.equal(true);
  });

  for (const [layout, dir, direction] of [
    ['right to left', 'rtl', 'left'],
    ['upwards', 'ltr', 'up'],
    ['downwards', 'ltr', 'down'],
  ] as const) {
    it(`a long list scrolling ${layout} draws the cells on screen at mount, and only those near`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir=${dir}></div>`);
      const el = document.createElement('market-ticker') as MarketTicker;
      el.sparkline = true;
      el.direction = direction;
      el.style.width = '600px';
      el.quotes = quotes;
      wrapper.append(el);
      await el.updateComplete;
      const onScreen = shown(el);
      const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-symbol]')];
      expect(onScreen.length, 'cells on screen').to.be.above(1);
      expect(onScreen.every(drawn), 'every cell on screen drawn when the first update completes').to.equal(true);
      expect(all.filter(drawn).length, 'lines drawn, of 240 cells').to.be.below(40);
    });
  }

  it('a long list draws only the cells near view at mount, each before its first frame', async () => {
    const drawnAtMount: boolean[] = [];
    const el = document.createElement('market-ticker') as MarketTicker;
    el.sparkline = true;
    el.style.width = '600px';
    el.quotes = quotes;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    // The first frame after the element's first update: what it paints.
    drawnAtMount.push(...shown(el).map(drawn));
    const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-symbol]')];
    expect(drawnAtMount.length, 'cells on screen').to.be.above(1);
    expect(drawnAtMount.every(Boolean), 'every cell on screen drawn when the first update completes').to.equal(true);
    expect(all.filter(drawn).length, 'a 600 px strip draws a handful of lines, not 48').to.be.below(12);
  });
});

describe('logo', () => {
  it('shows a lazy, decorative image in a reserved box before the name', async () => {
    const logo = new URL('/tests/csp/picture.svg', location.href).href;
    const [el] = await mount<QuoteCell>(html`<quote-cell .quote=${{ ...HSI, logo }}></quote-cell>`);
    const box = el.shadowRoot!.querySelector('[part~="logo"]')!;
    const img = box.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('src')).to.equal(logo);
    expect(box.nextElementSibling!.getAttribute('part')).to.equal('label');
    const rect = box.getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(8);
    expect(rect.width).to.equal(rect.height);
    await waitFor(() => img.complete, 'the logo loads');
    expect(img.classList.contains('failed')).to.equal(false);
  });

  it('a logo that fails keeps the neutral placeholder and hides the image', async () => {
    const [el] = await mount<QuoteCell>(
      html`<quote-cell .quote=${{ ...HSI, logo: '/no-such-logo.png' }}></quote-cell>`,
    );
    const box = el.shadowRoot!.querySelector('[part~="logo"]')!;
    const img = box.querySelector('img')!;
    await waitFor(() => img.classList.contains('failed'), 'the failure is seen');
    expect(getComputedStyle(img).visibility).to.equal('hidden');
    expect(getComputedStyle(box).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(box.getBoundingClientRect().width).to.be.greaterThan(8);
  });

  it('never requests a refused logo, in a cell or a strip', async () => {
    const cells: Element[] = [];
    for (const [why, logo] of HOSTILE_URLS) {
      const [cell] = await mount<QuoteCell>(html`<quote-cell .quote=${{ ...HSI, logo }}></quote-cell>`);
      const img = cell.shadowRoot!.querySelector('img');
      if (!resolvesToWeb(logo)) expect(img, why).to.equal(null);
      else expect(resolvesToWeb(img!.src), why).to.equal(true);
      cells.push(cell);
    }
    const quotes = HOSTILE_URLS.map(([, logo], i) => ({ symbol: `S${i}`, price: 1, logo }));
    const [strip] = await mount<MarketTicker>(html`<market-ticker mode="static" .quotes=${quotes}></market-ticker>`);
    for (const img of strip.shadowRoot!.querySelectorAll('img')) expect(resolvesToWeb(img.src)).to.equal(true);
    await sleep(100);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => !/^https?:/.test(url))).to.deep.equal([]);
    expect((window as unknown as { __pwned?: string }).__pwned).to.equal(undefined);
    expect(deepText(strip)).to.not.match(GARBAGE);
  });
});

/** A client-rendered element, settled. */
async function mount<T extends Element>(template: TemplateResult): Promise<[T]> {
  const el = await fixture<T>(template);
  await settled(el);
  return [el];
}
