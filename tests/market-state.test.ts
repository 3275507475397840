// The cells' market-state marker: the state of each instrument's market at fixed instants under
// a fake clock, its words in three locales, the change on the minute, and one timer for the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { ClockController } from '../packages/market-ticker/src/controllers/clock-controller.js';
import { calendarsFor, instrumentState } from '../packages/market-ticker/src/instrument-state.js';
import { followDocumentLanguage } from '../packages/market-ticker/src/localization.js';
import { FakeScheduler } from './fake-scheduler.js';
import { settled, useLocale } from './support.js';

const HSI = { symbol: '^HSI', price: 17284.54, change: 83.27 };
const BTC = { symbol: 'BTC-USD', price: 95520.7, change: -1250.5 };
/** Wednesday 3 December 2025, Hong Kong time (UTC+8). */
const hkt = (time: string, date = '2025-12-03') => Date.parse(`${date}T${time}+08:00`);

describe('market-state', () => {
  const real = ClockController.defaultScheduler;
  let clock: FakeScheduler;
  const at = (ms: number) => {
    clock = new FakeScheduler(ms);
    ClockController.defaultScheduler = clock;
  };
  afterEach(async () => {
    ClockController.defaultScheduler = real;
    await followDocumentLanguage();
  });

  const mark = (root: ParentNode) =>
    root.querySelector<HTMLElement>('[part~="market-state"], [part~="cell-market-state"]');
  const spoken = (root: ParentNode) => root.querySelector('.visually-hidden')!.textContent!.trim();
  async function cell(quote: object, attributes = true): Promise<QuoteCell> {
    const el = await fixture<QuoteCell>(
      attributes
        ? html`<quote-cell market-state .quote=${quote}></quote-cell>`
        : html`<quote-cell .quote=${quote}></quote-cell>`,
    );
    await settled(el);
    return el;
  }

  describe('the state of an instrument’s market (DOM-free)', () => {
    const rows: Array<[string, object, number, string | undefined]> = [
      ['^HSI at 10:00 on a trading day', HSI, hkt('10:00:00'), 'open'],
      ['^HSI at 09:20, the pre-opening auction', HSI, hkt('09:20:00'), 'pre-open'],
      ['^HSI at 12:30, lunch', HSI, hkt('12:30:00'), 'break'],
      ['^HSI at 17:00', HSI, hkt('17:00:00'), 'closed'],
      ['^HSI on Christmas Day', HSI, hkt('11:00:00', '2025-12-25'), 'holiday'],
      ['^HSI on a Saturday', HSI, hkt('11:00:00', '2025-12-06'), 'closed'],
      ['BTC-USD at any time', BTC, hkt('03:00:00', '2025-12-25'), 'around-the-clock'],
      [
        'a quote’s own exchange wins: XTKS at 10:00 HKT (11:00 JST)',
        { symbol: '^HSI', exchange: 'XTKS' },
        hkt('10:00:00'),
        'open',
      ],
      ['an unknown symbol', { symbol: 'NOPE' }, hkt('10:00:00'), undefined],
      ['an exchange that is not a MIC', { symbol: 'NOPE', exchange: '<b>' }, hkt('10:00:00'), undefined],
    ];
    // Their markets' holidays load on demand: an element waits for them, these calls do not.
    before(() => calendarsFor(rows.map(([, quote]) => quote as never)));
    for (const [name, quote, instant, expected] of rows) {
      it(`${name}: ${expected ?? 'no state'}`, () => {
        expect(instrumentState(quote as never, instant)).to.equal(expected);
      });
    }
  });

  it('a cell shows the marker before the name, with a title and the words after the figures', async () => {
    await useLocale('en');
    at(hkt('10:00:00'));
    const el = await cell(HSI);
    const marker = mark(el.shadowRoot!)!;
    expect(marker.classList.contains('state-open')).to.equal(true);
    expect(marker.getAttribute('title')).to.equal('market open');
    expect(marker.getAttribute('aria-hidden')).to.equal('true');
    expect(marker.nextElementSibling?.getAttribute('part')).to.equal('label');
    expect(spoken(el.shadowRoot!)).to.equal('Hang Seng Index 17,284.54, up 83.27, up 0.48 percent, market open');
  });

  it('no marker without the attribute, and none for an unknown market', async () => {
    at(hkt('10:00:00'));
    expect(mark((await cell(HSI, false)).shadowRoot!)).to.equal(null);
    expect(mark((await cell({ symbol: 'NOPE', price: 1 })).shadowRoot!)).to.equal(null);
  });

  const words: Record<string, Record<string, string>> = {
    en: { break: 'trading break', holiday: 'closed for a holiday', 'around-the-clock': 'trades around the clock' },
    'zh-Hant-HK': { break: '暫停交易', holiday: '假期休市', 'around-the-clock': '全天候交易' },
    'zh-Hans-CN': { break: '暂停交易', holiday: '节假日休市', 'around-the-clock': '全天候交易' },
  };
  for (const [locale, expected] of Object.entries(words)) {
    it(`the words in ${locale}: lunch, a holiday, around the clock`, async () => {
      await useLocale(locale);
      at(hkt('12:30:00'));
      expect(mark((await cell(HSI)).shadowRoot!)!.title).to.equal(expected.break);
      at(hkt('11:00:00', '2025-12-25'));
      const holiday = mark((await cell(HSI)).shadowRoot!)!;
      expect(holiday.title).to.equal(expected.holiday);
      expect(holiday.classList.contains('state-holiday')).to.equal(true);
      expect(mark((await cell(BTC)).shadowRoot!)!.title).to.equal(expected['around-the-clock']);
    });
  }

  it('now pins the instant: no timer, and the state at that instant', async () => {
    await useLocale('en');
    at(hkt('10:00:00'));
    const el = await fixture<QuoteCell>(
      html`<quote-cell market-state now="2025-12-25T03:00:00Z" .quote=${HSI}></quote-cell>`,
    );
    await settled(el);
    expect(mark(el.shadowRoot!)!.title).to.equal('closed for a holiday');
    expect(clock.pending).to.equal(0);
    el.now = undefined;
    await settled(el);
    expect(mark(el.shadowRoot!)!.title, 'back on the live clock').to.equal('market open');
    expect(clock.pending).to.equal(1);
    el.remove();
  });

  it('changes at the minute the market does, on one timer for the page', async () => {
    await useLocale('en');
    at(hkt('11:59:30'));
    const strip = await fixture<MarketTicker>(
      html`<market-ticker market-state mode="static" .quotes=${[HSI, BTC]}></market-ticker>`,
    );
    const cells = [await cell(HSI), await cell(BTC)];
    await settled(strip);
    expect(clock.pending, 'one minute timer for the strip and both cells').to.equal(1);
    const stripMark = () => mark(strip.shadowRoot!.querySelector('[data-symbol="^HSI"]')!)!;
    expect(stripMark().title).to.equal('market open');
    clock.advance(29_000);
    await settled(strip);
    expect(stripMark().title, 'still open at 11:59:59').to.equal('market open');
    clock.advance(1_000);
    await Promise.all([settled(strip), ...cells.map(settled)]);
    expect(stripMark().title, 'lunch at 12:00').to.equal('trading break');
    expect(mark(cells[0]!.shadowRoot!)!.title).to.equal('trading break');
    expect(mark(strip.shadowRoot!.querySelector('[data-symbol="BTC-USD"]')!)!.title).to.equal(
      'trades around the clock',
    );
    strip.remove();
    cells.forEach((el) => el.remove());
    expect(clock.pending, 'no timer once nothing shows states').to.equal(0);
  });
});
