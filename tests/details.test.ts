/**
 * `details`: the card of the day's figures beside a cell, on `<quote-cell>` and on every cell of
 * `<market-ticker>`. Opened and closed with the browser's own mouse and keyboard (tests/input.ts):
 * a rest of the pointer, Tab, Escape, the pointer moving into the card. What is checked is what a
 * reader meets: the card drawn or not, where it is, and the cell's accessible description.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { detailsOf } from '../packages/market-ticker/src/quote-cell/details-card.js';
import { formatCompact } from '../packages/market-ticker/src/format.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { fixtureFor } from './fixture.js';
import { cardOf, describedBy as description } from './details-support.js';
import { deepActive, hover, leave, mouseMove, pointIn, press } from './input.js';
import {
  GARBAGE,
  LOCALES,
  REFERENCE_QUOTES,
  THEMES,
  frames,
  settled,
  sleep,
  themeStyle,
  useLocale,
  waitFor,
} from './support.js';

const day: Quote = {
  symbol: '^HSI',
  price: 17284.54,
  change: 83.27,
  changePercent: 0.48,
  open: 17201.27,
  high: 17301,
  low: 17150.2,
  previousClose: 17201.27,
  volume: 1_234_567_890,
  marketCap: 3_456_000_000_000,
  currency: 'HKD',
  time: '2024-04-19T08:08:00Z',
  delay: 15,
};

/** The strip's quotes, each with a day's figures. */
const strip: Quote[] = REFERENCE_QUOTES.map((quote, i) => ({
  ...quote,
  // Short names: several cells fit the strip's width (the English names are long).
  name: `Q${i + 1}`,
  open: quote.price - 10,
  high: quote.price + 20,
  low: quote.price - 30,
  volume: 1_000_000 * (i + 1),
}));

const VOLUME = { en: '1.23B', 'zh-Hant-HK': '12.35億', 'zh-Hans-CN': '12.35亿' } as const;

type Host = QuoteCell | MarketTicker;
const card = cardOf;
const cellOf = (el: QuoteCell) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const realCells = (el: MarketTicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
const copyCells = (el: MarketTicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.copy [part~="cell"]')];
const track = (el: MarketTicker) => el.shadowRoot!.querySelector<HTMLElement>('[part="track"]')!;
const playState = (el: MarketTicker) => track(el).getAnimations()[0]?.playState;
const offset = (el: MarketTicker) => new DOMMatrix(getComputedStyle(track(el)).transform).m41;

/** The card is drawn: displayed, with a box, in the top layer where the engine has popovers. */
function shown(el: Host): boolean {
  const node = card(el);
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return getComputedStyle(node).display !== 'none' && box.width > 0 && box.height > 0;
}

/** The card's figures as label: value pairs. */
function rows(el: Host): Record<string, string> {
  const node = card(el)!;
  const labels = [...node.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
  const values = [...node.querySelectorAll('dd')].map((dd) => dd.textContent!.trim());
  return Object.fromEntries(labels.map((label, i) => [label, values[i]]));
}

/** The two boxes share no pixel. */
function apart(a: DOMRect, b: DOMRect): boolean {
  return a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
}

/** The card sits beside the cell: just below or just above it, and never over it. */
function expectBeside(cardNode: HTMLElement, cell: HTMLElement) {
  const a = cardNode.getBoundingClientRect();
  const b = cell.getBoundingClientRect();
  expect(apart(a, b), `card ${JSON.stringify(a)} over cell ${JSON.stringify(b)}`).to.be.true;
  const gap = Math.min(Math.abs(a.top - b.bottom), Math.abs(b.top - a.bottom));
  expect(gap, 'the card is next to the cell').to.be.below(12);
}

async function quoteCell(quote: Quote = day, attrs = ''): Promise<QuoteCell> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding: 40px 20px">
      <button id="before">before</button>
      <quote-cell details .quote=${quote} ?selectable=${attrs === 'selectable'}></quote-cell>
      <button id="after">after</button>
    </div>`,
  );
  const el = wrapper.querySelector('quote-cell')!;
  await settled(el);
  return el;
}

async function ticker(template: unknown): Promise<MarketTicker> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding: 10px 20px 200px"><button id="before">before</button>${template}</div>`,
  );
  const el = wrapper.querySelector('market-ticker')!;
  await settled(el);
  await frames(2);
  await settled(el);
  return el;
}

/** Focus starts on the button before the element, as if a reader were there; then real Tabs. */
async function tabFromBefore(count = 1) {
  document.querySelector<HTMLElement>('#before')!.focus();
  for (let i = 0; i < count; i++) await press('Tab');
}

afterEach(async () => {
  await leave();
  (document.activeElement as HTMLElement | null)?.blur();
  await useLocale('en');
});

describe('details', () => {
  describe('the figures', () => {
    for (const locale of LOCALES) {
      it(`a volume of 1,234,567,890 reads ${VOLUME[locale]} in the card (${locale})`, async () => {
        await useLocale(locale);
        expect(formatCompact(1_234_567_890, locale)).to.equal(VOLUME[locale]);
        const el = await quoteCell();
        await tabFromBefore();
        await waitFor(() => shown(el), 'the card');
        expect(card(el)!.querySelectorAll('dd')[4].textContent).to.equal(VOLUME[locale]);
        expect(card(el)!.textContent).to.not.match(GARBAGE);
      });
    }

    it('shows open, high, low, previous close, volume, market value, currency, the time and the delay (en)', async () => {
      const view = detailsOf(day, 2, 'en')!;
      expect(view.rows).to.deep.equal([
        { label: 'Open', value: '17,201.27' },
        { label: 'High', value: '17,301.00' },
        { label: 'Low', value: '17,150.20' },
        { label: 'Previous close', value: '17,201.27' },
        { label: 'Volume', value: '1.23B' },
        { label: 'Market value', value: '3.46T' },
        { label: 'Currency', value: 'HKD' },
      ]);
      const when = new Intl.DateTimeFormat('en', {
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(day.time!));
      expect(view.time).to.deep.equal({ text: `As of ${when}`, datetime: '2024-04-19T08:08:00.000Z' });
      expect(view.delay).to.equal('Delayed 15 min');
    });

    it('in Chinese: 萬億/万亿, 延遲/延迟 and the labels', async () => {
      await useLocale('zh-Hant-HK');
      const hk = detailsOf(day, 2, 'zh-Hant-HK')!;
      expect(hk.rows.map((r) => r.label)).to.deep.equal(['開市', '最高', '最低', '前收市', '成交量', '市值', '貨幣']);
      expect(hk.rows[5].value).to.equal('3.46萬億');
      expect(hk.delay).to.equal('延遲 15 分鐘');
      expect(hk.time!.text).to.match(/^截至 /);
      await useLocale('zh-Hans-CN');
      const cn = detailsOf(day, 2, 'zh-Hans-CN')!;
      expect(cn.rows.map((r) => r.label)).to.deep.equal(['今开', '最高', '最低', '昨收', '成交量', '市值', '货币']);
      expect(cn.rows[5].value).to.equal('3.46万亿');
      expect(cn.delay).to.equal('延迟 15 分钟');
    });

    it('leaves missing and invalid fields out, never NaN or undefined; no delay note for real time', () => {
      const view = detailsOf(
        { symbol: 'A', price: 1, high: NaN, low: 'x', volume: -1, open: 2, currency: '<b>', time: 'never', delay: 0 },
        2,
        'en',
      )!;
      expect(view).to.deep.equal({ rows: [{ label: 'Open', value: '2.00' }] });
    });

    it('a quote with none of the day figures has no card, and a plain cell stays out of the tab order', async () => {
      expect(detailsOf({ symbol: 'A', price: 1, currency: 'HKD', time: day.time, delay: 15 }, 2, 'en')).to.equal(
        undefined,
      );
      const el = await quoteCell({ symbol: '^HSI', price: 1, currency: 'HKD', time: day.time });
      expect(card(el)).to.equal(null);
      expect(cellOf(el).hasAttribute('tabindex')).to.be.false;
      expect(cellOf(el).hasAttribute('aria-describedby')).to.be.false;
      await tabFromBefore();
      expect(deepActive()?.id).to.equal('after');
    });
  });

  describe('<quote-cell details> by real input', () => {
    it('opens after the pointer rests on the cell, beside it, not over it', async () => {
      const el = await quoteCell();
      expect(shown(el)).to.be.false;
      await hover(cellOf(el));
      await sleep(120);
      expect(shown(el), 'not at once on hover').to.be.false;
      await waitFor(() => shown(el), 'the card after the hover delay', 2000);
      expectBeside(card(el)!, cellOf(el));
      expect(rows(el).Volume).to.equal('1.23B');
      expect(card(el)!.matches(':popover-open')).to.be.true;
    });

    it('closes a moment after the pointer leaves; stays while the pointer moves into the card', async () => {
      const el = await quoteCell();
      await hover(cellOf(el));
      await waitFor(() => shown(el), 'the card');
      // Into the card, through the gap between them.
      await mouseMove(pointIn(card(el)!, { x: 0.5, y: 0.5 }));
      await sleep(500);
      expect(shown(el), 'kept open while the pointer is in the card').to.be.true;
      await leave();
      await waitFor(() => !shown(el), 'the card to close after the pointer left the card', 2000);
      // And from the cell alone.
      await hover(cellOf(el));
      await waitFor(() => shown(el), 'the card again');
      const left = performance.now();
      await mouseMove([0, 0]);
      const stillOpen = shown(el);
      // The grace is 200 ms: checked when the move itself took well under that (a busy machine's
      // automation can take longer).
      if (performance.now() - left < 120) expect(stillOpen, 'a grace moment to reach the card').to.be.true;
      await waitFor(() => !shown(el), 'the card to close after the pointer left the cell', 2000);
    });

    it('opens at once on keyboard focus, as the cell’s description; Escape closes; one tab stop', async () => {
      const el = await quoteCell();
      await tabFromBefore();
      const base = cellOf(el);
      expect(deepActive()).to.equal(base);
      expect(base.getAttribute('tabindex')).to.equal('0');
      await frames(1);
      expect(shown(el), 'open at once on focus').to.be.true;
      expect(description(base)).to.equal(card(el));
      expect(card(el)!.getAttribute('role')).to.equal('tooltip');
      expectBeside(card(el)!, base);
      await press('Escape');
      await waitFor(() => !shown(el), 'Escape to close the card', 1000);
      expect(deepActive(), 'focus stays on the cell').to.equal(base);
      // The card is never a tab stop: the next Tab leaves the cell for the next control.
      await press('Tab');
      expect(deepActive()?.id).to.equal('after');
      expect(shown(el)).to.be.false;
      await tabFromBefore();
      expect(deepActive()).to.equal(base);
      await frames(1);
      expect(shown(el), 'open again when focus comes back').to.be.true;
    });

    it('Escape closes a card opened by hover, and it does not reopen while the pointer stays', async () => {
      const el = await quoteCell();
      await hover(cellOf(el));
      await waitFor(() => shown(el), 'the card');
      await press('Escape');
      await waitFor(() => !shown(el), 'Escape to close', 1000);
      await hover(cellOf(el), { x: 0.3 });
      await sleep(500);
      expect(shown(el)).to.be.false;
    });

    it('a selectable cell keeps its button and gets the description, no second tab stop', async () => {
      const el = await quoteCell(day, 'selectable');
      await tabFromBefore();
      const base = cellOf(el);
      expect(deepActive()).to.equal(base);
      expect(base.getAttribute('role')).to.equal('button');
      await frames(1);
      expect(shown(el)).to.be.true;
      expect(description(base)).to.equal(card(el));
      await press('Tab');
      expect(deepActive()?.id).to.equal('after');
    });

    it('opens above the cell when there is no room below', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="position: fixed; bottom: 4px; left: 20px">
          <quote-cell details .quote=${day}></quote-cell>
        </div>`,
      );
      const el = wrapper.querySelector('quote-cell')!;
      await settled(el);
      await hover(cellOf(el));
      await waitFor(() => shown(el), 'the card');
      expectBeside(card(el)!, cellOf(el));
      expect(card(el)!.getBoundingClientRect().bottom).to.be.at.most(cellOf(el).getBoundingClientRect().top);
    });
  });

  describe('server-rendered', () => {
    it('a server-rendered cell has its card as its description before any script, and hydrates unchanged', async () => {
      await useLocale('zh-Hant-HK');
      const template = html`<quote-cell details .quote=${day}></quote-cell>`;
      const el = await fixtureFor('server-rendered and hydrated')<QuoteCell>(template);
      await settled(el);
      expect(description(cellOf(el))).to.equal(card(el));
      expect(card(el)!.querySelectorAll('dd')[4].textContent).to.equal('12.35億');
      expect(shown(el)).to.be.false;
      cellOf(el).scrollIntoView();
      await hover(cellOf(el));
      await waitFor(() => shown(el), 'the card of a hydrated cell', 2000);
      expectBeside(card(el)!, cellOf(el));
    });
  });

  describe('<market-ticker details>', () => {
    it('a rest of the pointer on a cell opens its card beside it and holds the strip still, card included', async () => {
      const el = await ticker(
        html`<market-ticker details speed="120" style="width: 600px" .quotes=${strip}></market-ticker>`,
      );
      expect(playState(el)).to.equal('running');
      const cell = realCells(el)[1];
      await hover(cell, { x: 0.3 });
      await waitFor(() => shown(el), 'the strip’s card', 2000);
      expect(card(el)!.textContent).to.contain('Low');
      expectBeside(card(el)!, cell);
      expect(cell.getAttribute('aria-describedby')).to.equal('details-card');
      expect(playState(el)).to.equal('paused');
      await mouseMove(pointIn(card(el)!));
      await sleep(400);
      const at = offset(el);
      await sleep(300);
      expect(shown(el), 'kept open in the card').to.be.true;
      expect(playState(el), 'still paused with the pointer in the card').to.equal('paused');
      expect(offset(el)).to.equal(at);
      await leave();
      await waitFor(() => !shown(el), 'the card to close', 2000);
      await waitFor(() => playState(el) === 'running', 'the strip to move again');
      expect(cell.hasAttribute('aria-describedby')).to.be.false;
    });

    it('keyboard focus opens the card at once and pauses; Escape closes; the cells are one tab stop each', async () => {
      const el = await ticker(html`<market-ticker details mode="static" .quotes=${strip.slice(0, 3)}></market-ticker>`);
      await tabFromBefore();
      const cells = realCells(el);
      expect(deepActive()).to.equal(cells[0]);
      await frames(1);
      expect(shown(el)).to.be.true;
      expect(description(cells[0])).to.equal(card(el));
      expect(rows(el).Volume).to.equal('1M');
      expectBeside(card(el)!, cells[0]);
      await press('Tab');
      expect(deepActive()).to.equal(cells[1]);
      await frames(1);
      expect(rows(el).Volume).to.equal('2M');
      expect(description(cells[1])).to.equal(card(el));
      expect(cells[0].hasAttribute('aria-describedby')).to.be.false;
      await press('Escape');
      await waitFor(() => !shown(el), 'Escape to close', 1000);
      await press('Tab');
      expect(deepActive()).to.equal(cells[2]);
    });

    it('a card opened by focus pauses a scrolling strip', async () => {
      const el = await ticker(
        html`<market-ticker details speed="120" style="width: 600px" .quotes=${strip}></market-ticker>`,
      );
      await tabFromBefore();
      await frames(2);
      expect(shown(el)).to.be.true;
      expect(playState(el)).to.equal('paused');
      expectBeside(card(el)!, realCells(el)[0]);
    });

    it('a hover-speed strip slows under the pointer and stops while a card is open', async () => {
      const el = await ticker(
        html`<market-ticker details hover-speed="20" speed="120" style="width: 600px" .quotes=${strip}></market-ticker>`,
      );
      const cell = realCells(el)[0];
      await hover(cell, { x: 0.5 });
      await waitFor(() => shown(el), 'the card', 2000);
      expect(playState(el)).to.equal('paused');
      await frames(2);
      const at = offset(el);
      await sleep(300);
      expect(offset(el)).to.equal(at);
    });

    it('the loop copies never open a card', async () => {
      const el = await ticker(
        html`<market-ticker details speed="1" style="width: 900px" .quotes=${strip.slice(0, 2)}></market-ticker>`,
      );
      const view = el.shadowRoot!.querySelector('[part="viewport"]')!.getBoundingClientRect();
      const copy = copyCells(el).find((cell) => {
        const box = cell.getBoundingClientRect();
        return box.left > view.left && box.right < view.right;
      });
      expect(
        copy,
        `a copy on screen: ${copyCells(el)
          .map((c) => c.getBoundingClientRect().left)
          .join()}`,
      ).to.exist;
      await hover(copy!);
      await sleep(600);
      expect(shown(el)).to.be.false;
    });

    it('a cell without figures opens no card and does not hold the strip; a card whose quote goes closes', async () => {
      const plain = REFERENCE_QUOTES.map((quote, i) => ({ ...quote, name: `P${i + 1}` }));
      const el = await ticker(
        html`<market-ticker details speed="120" style="width: 600px" .quotes=${[strip[0], ...plain.slice(1)]}></market-ticker>`,
      );
      expect(realCells(el)[1].hasAttribute('tabindex'), 'no tab stop without a card').to.be.false;
      await hover(realCells(el)[1], { x: 0.3 });
      await sleep(500);
      expect(shown(el)).to.be.false;
      expect(el.shadowRoot!.querySelector('.details-open')).to.equal(null);
      await hover(realCells(el)[0], { x: 0.3 });
      await waitFor(() => shown(el), 'the first cell’s card', 2000);
      el.quotes = plain;
      await settled(el);
      await waitFor(() => !shown(el), 'the card to close with its quote', 1000);
      expect(el.shadowRoot!.querySelector('.details-open')).to.equal(null);
    });

    it('a strip without details has no card and no extra tab stops', async () => {
      const el = await ticker(html`<market-ticker mode="static" .quotes=${strip.slice(0, 2)}></market-ticker>`);
      expect(card(el)).to.equal(null);
      expect(realCells(el).some((cell) => cell.hasAttribute('tabindex'))).to.be.false;
      await hover(realCells(el)[0]);
      await sleep(500);
      expect(card(el)).to.equal(null);
    });
  });

  describe('accessibility with the card open', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`axe finds no violation, ${locale}, ${theme} theme`, async () => {
          await useLocale(locale);
          const wrapper = await fixture<HTMLElement>(
            html`<div style="${themeStyle(theme)}; padding-bottom: 240px">
              <!-- WebKit draws a native button in the dark scheme grey on grey: the test's own control. -->
              <button id="before" style="color: inherit; background: transparent; border: 1px solid">before</button>
              <quote-cell details .quote=${day}></quote-cell>
              <market-ticker details label="Strip" mode="static" .quotes=${strip.slice(0, 4)}></market-ticker>
            </div>`,
          );
          const el = wrapper.querySelector('quote-cell')!;
          const bar = wrapper.querySelector('market-ticker')!;
          await settled(el);
          await settled(bar);
          await tabFromBefore();
          await frames(1);
          expect(shown(el)).to.be.true;
          await hover(realCells(bar)[1]);
          await waitFor(() => shown(bar), 'the strip’s card', 2000);
          expect(card(bar)!.textContent).to.not.match(GARBAGE);
          await expect(wrapper).to.be.accessible();
        });
      }
    }
  });
});
