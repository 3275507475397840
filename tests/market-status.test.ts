import { expect, html } from '@open-wc/testing';
import { eachRendering, fixtureFor, itClientRendered, type Fixture } from './fixture.js';
import { LitElement } from 'lit';
import '../packages/market-ticker/src/market-status/market-status.js';
import type { MarketStatus } from '../packages/market-ticker/src/market-status/market-status.js';
import { ClockController } from '../packages/market-ticker/src/controllers/clock-controller.js';
import { FakeScheduler } from './fake-scheduler.js';
import { followDocumentLanguage } from '../packages/market-ticker/src/localization.js';
import { GARBAGE, LOCALES, THEMES, deepText, partText, settled, themeStyle, useLocale } from './support.js';

type Locale = (typeof LOCALES)[number];

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');

async function banner(template: unknown): Promise<MarketStatus> {
  const el = await fixture<MarketStatus>(template as never);
  await settled(el);
  return el;
}

const pinned = (market: string, now: string) =>
  banner(html`<market-status market=${market} now=${now}></market-status>`);

const text = (el: MarketStatus) => partText(el, 'text');

/** [market, now (UTC), state, { locale: text }, what the row checks (exchange-local time)]. */
type Row = [string, string, string, Partial<Record<Locale, string>>, string];

const ROWS: Row[] = [
  [
    'XHKG',
    '2024-04-18T16:30:00Z',
    'closed',
    {
      en: 'Hong Kong market opens in 9 hours',
      'zh-Hant-HK': '香港股市 將在 9 小時 開市',
      'zh-Hans-CN': '香港股市 将在 9 小时 开市',
    },
    'the reference banner: Friday 00:30, continuous trading at 09:30',
  ],
  // Minutes under an hour.
  [
    'XHKG',
    '2024-04-19T01:05:00Z',
    'pre-open',
    {
      en: 'Hong Kong market opens in 25 minutes',
      'zh-Hant-HK': '香港股市 將在 25 分鐘 開市',
      'zh-Hans-CN': '香港股市 将在 25 分钟 开市',
    },
    '09:05 pre-opening session',
  ],
  [
    'XHKG',
    '2024-04-19T01:29:00Z',
    'pre-open',
    { en: 'Hong Kong market opens in 1 minute', 'zh-Hant-HK': '香港股市 將在 1 分鐘 開市' },
    '09:29, singular',
  ],
  [
    'XHKG',
    '2024-04-19T01:04:30Z',
    'pre-open',
    { en: 'Hong Kong market opens in 26 minutes' },
    '09:04:30, part minutes round up',
  ],
  [
    'XHKG',
    '2024-04-19T01:29:59Z',
    'pre-open',
    { en: 'Hong Kong market opens in 1 minute' },
    '09:29:59, never "0 minutes"',
  ],
  [
    'XHKG',
    '2024-04-19T00:59:00Z',
    'closed',
    { en: 'Hong Kong market opens in 31 minutes' },
    '08:59, measured to 09:30, not to the pre-opening',
  ],
  // Hours and minutes under 6 hours.
  [
    'XHKG',
    '2024-04-19T06:05:00Z',
    'open',
    {
      en: 'Hong Kong market closes in 2 hours 5 minutes',
      'zh-Hant-HK': '香港股市 將在 2 小時 5 分鐘 收市',
      'zh-Hans-CN': '香港股市 将在 2 小时 5 分钟 收市',
    },
    '14:05, the close at 16:10 after the closing auction',
  ],
  ['XHKG', '2024-04-19T07:09:00Z', 'open', { en: 'Hong Kong market closes in 1 hour 1 minute' }, '15:09'],
  ['XHKG', '2024-04-19T07:05:00Z', 'open', { en: 'Hong Kong market closes in 1 hour 5 minutes' }, '15:05'],
  ['XHKG', '2024-04-19T06:09:00Z', 'open', { en: 'Hong Kong market closes in 2 hours 1 minute' }, '14:09'],
  [
    'XHKG',
    '2024-04-19T07:10:00Z',
    'open',
    { en: 'Hong Kong market closes in 1 hour', 'zh-Hant-HK': '香港股市 將在 1 小時 收市' },
    '15:10',
  ],
  ['XHKG', '2024-04-19T05:10:00Z', 'open', { en: 'Hong Kong market closes in 3 hours' }, '13:10'],
  [
    'XHKG',
    '2024-04-18T19:31:00Z',
    'closed',
    { en: 'Hong Kong market opens in 5 hours 59 minutes' },
    '03:31, just under 6 hours',
  ],
  // Whole hours, rounded, from 6 hours.
  ['XHKG', '2024-04-18T19:30:00Z', 'closed', { en: 'Hong Kong market opens in 6 hours' }, '03:30, 6 hours'],
  [
    'XHKG',
    '2024-04-18T16:45:00Z',
    'closed',
    { en: 'Hong Kong market opens in 9 hours' },
    '00:45, 8 h 45 min rounds to 9',
  ],
  [
    'XHKG',
    '2024-04-18T17:00:00Z',
    'closed',
    { en: 'Hong Kong market opens in 9 hours' },
    '01:00, 8 h 30 min rounds half up',
  ],
  [
    'XHKG',
    '2024-04-18T17:01:00Z',
    'closed',
    { en: 'Hong Kong market opens in 8 hours' },
    '01:01, 8 h 29 min rounds down',
  ],
  [
    'XHKG',
    '2024-04-21T12:00:00Z',
    'closed',
    { en: 'Hong Kong market opens in 14 hours', 'zh-Hans-CN': '香港股市 将在 14 小时 开市' },
    'Sunday 20:00 to Monday 09:30 is under a day',
  ],
  // Days, across weekends and holidays.
  [
    'XHKG',
    '2024-04-19T08:11:00Z',
    'closed',
    {
      en: 'Hong Kong market opens in 3 days',
      'zh-Hant-HK': '香港股市 將在 3 日 開市',
      'zh-Hans-CN': '香港股市 将在 3 天 开市',
    },
    'Friday 16:11, over the weekend (65 h 19 min)',
  ],
  ['XHKG', '2024-04-20T04:00:00Z', 'closed', { en: 'Hong Kong market opens in 2 days' }, 'Saturday noon (45 h 30 min)'],
  [
    'XHKG',
    '2024-04-21T01:00:00Z',
    'closed',
    { en: 'Hong Kong market opens in 1 day', 'zh-Hant-HK': '香港股市 將在 1 日 開市' },
    'Sunday 09:00 (24 h 30 min), singular',
  ],
  [
    'XHKG',
    '2024-03-28T08:11:00Z',
    'closed',
    { en: 'Hong Kong market opens in 5 days', 'zh-Hant-HK': '香港股市 將在 5 日 開市' },
    'Easter: Good Friday to Easter Monday closed',
  ],
  [
    'XSHG',
    '2024-02-08T07:01:00Z',
    'closed',
    {
      en: 'Shanghai market opens in 11 days',
      'zh-Hant-HK': '上海股市 將在 11 日 開市',
      'zh-Hans-CN': '上海股市 将在 11 天 开市',
    },
    'Spring Festival 2024',
  ],
  ['XNYS', '2024-11-27T21:01:00Z', 'closed', { en: 'NYSE opens in 2 days' }, 'Thanksgiving'],
  [
    'XNYS',
    '2024-04-19T20:01:00Z',
    'closed',
    { en: 'NYSE opens in 3 days', 'zh-Hant-HK': '紐約證交所 將在 3 日 開市' },
    'Friday after hours, over the weekend',
  ],
  // The lunch break: going into it, in it, and the afternoon.
  [
    'XHKG',
    '2024-04-19T02:00:00Z',
    'open',
    {
      en: 'Hong Kong market breaks for lunch in 2 hours',
      'zh-Hant-HK': '香港股市 將在 2 小時 午休',
      'zh-Hans-CN': '香港股市 将在 2 小时 午休',
    },
    '10:00, the morning session',
  ],
  [
    'XHKG',
    '2024-04-19T04:20:00Z',
    'break',
    {
      en: 'Hong Kong market is on lunch break, reopens in 40 minutes',
      'zh-Hant-HK': '香港股市 午休，將在 40 分鐘 後恢復交易',
      'zh-Hans-CN': '香港股市 午休，将在 40 分钟 后恢复交易',
    },
    '12:20 lunch',
  ],
  [
    'XHKG',
    '2024-02-09T04:05:00Z',
    'open',
    {
      en: 'Hong Kong market closes early today, in 5 minutes',
      'zh-Hant-HK': '香港股市 今日提早收市，將在 5 分鐘 收市',
    },
    'Lunar New Year eve half day: no lunch, closes at 12:10 (issue 19: the half-day text)',
  ],
  [
    'XSHG',
    '2024-04-18T03:31:00Z',
    'break',
    {
      en: 'Shanghai market is on lunch break, reopens in 1 hour 29 minutes',
      'zh-Hans-CN': '上海股市 午休，将在 1 小时 29 分钟 后恢复交易',
    },
    '11:31 lunch',
  ],
  ['XSHE', '2024-04-18T01:31:00Z', 'open', { en: 'Shenzhen market breaks for lunch in 1 hour 59 minutes' }, '09:31'],
  [
    'XSHE',
    '2024-04-18T06:58:00Z',
    'open',
    {
      en: 'Shenzhen market closes in 2 minutes',
      'zh-Hant-HK': '深圳股市 將在 2 分鐘 收市',
      'zh-Hans-CN': '深圳股市 将在 2 分钟 收市',
    },
    '14:58 closing call auction',
  ],
  [
    'XSHG',
    '2024-04-18T01:15:00Z',
    'pre-open',
    { en: 'Shanghai market opens in 15 minutes', 'zh-Hans-CN': '上海股市 将在 15 分钟 开市' },
    '09:15 call auction',
  ],
  // New York and London.
  [
    'XNYS',
    '2024-04-19T13:31:00Z',
    'open',
    {
      en: 'NYSE closes in 6 hours',
      'zh-Hant-HK': '紐約證交所 將在 6 小時 收市',
      'zh-Hans-CN': '纽约证交所 将在 6 小时 收市',
    },
    '09:31 EDT, 6 h 29 min',
  ],
  [
    'XNAS',
    '2024-04-19T13:29:00Z',
    'pre-open',
    { en: 'Nasdaq opens in 1 minute', 'zh-Hant-HK': '納斯達克 將在 1 分鐘 開市' },
    '09:29 pre-market',
  ],
  ['XNAS', '2024-04-19T19:59:00Z', 'open', { en: 'Nasdaq closes in 1 minute' }, '15:59 EDT'],
  ['XNYS', '2024-01-10T14:29:00Z', 'pre-open', { en: 'NYSE opens in 1 minute' }, '09:29 EST'],
  [
    'XLON',
    '2024-04-19T06:51:00Z',
    'pre-open',
    { en: 'London market opens in 9 minutes', 'zh-Hant-HK': '倫敦股市 將在 9 分鐘 開市' },
    '07:51 BST opening auction',
  ],
  [
    'XLON',
    '2024-04-19T15:32:00Z',
    'open',
    {
      en: 'London market closes in 3 minutes',
      'zh-Hant-HK': '倫敦股市 將在 3 分鐘 收市',
      'zh-Hans-CN': '伦敦股市 将在 3 分钟 收市',
    },
    '16:32 closing auction',
  ],
  [
    'XLON',
    '2024-01-10T16:36:00Z',
    'closed',
    { en: 'London market opens in 15 hours' },
    '16:36 GMT, overnight (15 h 24 min)',
  ],
];

eachRendering('<market-status>', (rendered, rendering) => {
  before(() => void (fixture = rendered));
  const itClient = itClientRendered(rendering);
  let fake: FakeScheduler | undefined;
  const realScheduler = ClockController.defaultScheduler;

  /** Clocks created from now on read and schedule through a fake at `iso`. */
  function fakeClock(iso: string): FakeScheduler {
    fake = new FakeScheduler(Date.parse(iso));
    ClockController.defaultScheduler = fake;
    return fake;
  }

  afterEach(async () => {
    ClockController.defaultScheduler = realScheduler;
    fake = undefined;
    await followDocumentLanguage();
    document.documentElement.lang = '';
  });

  describe('texts, with the clock pinned by `now`', () => {
    for (const [market, now, state, texts, label] of ROWS) {
      for (const [locale, expected] of Object.entries(texts)) {
        it(`${market} ${now} (${label}) reads "${expected}" in ${locale}`, async () => {
          await useLocale(locale);
          const el = await pinned(market, now);
          expect(text(el)).to.equal(expected);
          expect(el.state).to.equal(state);
          expect(el.getAttribute('state')).to.equal(state);
        });
      }
    }

    it('follows locale changes without being recreated', async () => {
      await useLocale('zh-Hant-HK');
      const el = await pinned('XHKG', '2024-04-18T16:30:00Z');
      expect(text(el)).to.equal('香港股市 將在 9 小時 開市');
      await useLocale('zh-Hans-CN');
      expect(text(el)).to.equal('香港股市 将在 9 小时 开市');
      await useLocale('en');
      expect(text(el)).to.equal('Hong Kong market opens in 9 hours');
    });

    it('updates when `now` and `market` change', async () => {
      await useLocale('en');
      const el = await pinned('XHKG', '2024-04-18T16:30:00Z');
      el.now = '2024-04-19T04:20:00Z';
      await settled(el);
      expect(el.getAttribute('state')).to.equal('break');
      el.market = 'xlon';
      await settled(el);
      expect(text(el)).to.equal('London market opens in 2 hours 40 minutes');
      expect(el.getAttribute('state')).to.equal('closed');
    });

    it('takes the market code case-insensitively', async () => {
      await useLocale('en');
      const el = await pinned(' xhkg ', '2024-04-18T16:30:00Z');
      expect(text(el)).to.equal('Hong Kong market opens in 9 hours');
    });

    it('overrides a `state` set from outside, which is read-only', async () => {
      const el = await banner(
        html`<market-status market="XHKG" now="2024-04-18T16:30:00Z" state="open"></market-status>`,
      );
      expect(el.getAttribute('state')).to.equal('closed');
    });
  });

  describe('the countdown in a <time>', () => {
    it('gives the instant of the change and, as a tooltip, the exchange time with its offset', async () => {
      await useLocale('zh-Hant-HK');
      const el = await pinned('XHKG', '2024-04-18T16:30:00Z');
      const time = el.shadowRoot!.querySelector('[part="text"] time')!;
      expect(time.getAttribute('part')).to.equal('countdown');
      expect(time.textContent).to.equal('9 小時');
      expect(new Date(time.getAttribute('datetime')!).toISOString()).to.equal('2024-04-19T01:30:00.000Z');
      expect(time.getAttribute('title')).to.match(/2024.*4.*19.*9:30.*GMT\+8/);
    });

    it('gives the close in New York time for the NYSE', async () => {
      await useLocale('en');
      const el = await pinned('XNYS', '2024-04-19T13:31:00Z');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-04-19T20:00:00.000Z');
      expect(time.getAttribute('title')).to.match(/Apr 19, 2024.*4:00.*PM.*GMT-4/);
    });

    it('measures a closed market to continuous trading, not to the pre-opening session', async () => {
      const el = await pinned('XSHG', '2024-04-18T07:01:00Z');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-04-19T01:30:00.000Z');
    });
  });

  describe('accessible text', () => {
    it('is plain text, not a live region that would announce every minute', async () => {
      const el = await pinned('XHKG', '2024-04-19T06:05:00Z');
      expect(el.shadowRoot!.querySelector('[role], [aria-live]')).to.equal(null);
      expect(el.getAttribute('role')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="indicator"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says "pre-opening" in words, since "opens in" alone reads the same as closed', async () => {
      for (const locale of LOCALES) {
        await useLocale(locale);
        const preOpen = await pinned('XHKG', '2024-04-19T01:05:00Z');
        const closed = await pinned('XHKG', '2024-04-19T00:55:00Z');
        const hidden = (el: MarketStatus) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent ?? '';
        expect(hidden(preOpen), locale).to.match(
          { en: /Pre-opening/, 'zh-Hant-HK': /開市前/, 'zh-Hans-CN': /开市前/ }[locale],
        );
        expect(hidden(closed), locale).to.equal('');
      }
    });

    it('shows each state by shape as well as colour', async () => {
      const shapes = new Map<string, string>();
      for (const [now, state] of [
        ['2024-04-18T16:30:00Z', 'closed'],
        ['2024-04-19T01:05:00Z', 'pre-open'],
        ['2024-04-19T02:00:00Z', 'open'],
        ['2024-04-19T04:20:00Z', 'break'],
      ]) {
        const el = await pinned('XHKG', now);
        const indicator = el.shadowRoot!.querySelector('[part="indicator"]')!;
        expect(indicator.querySelector('svg'), state).to.not.equal(null);
        shapes.set(state, indicator.innerHTML.replace(/<!--.*?-->/g, ''));
      }
      expect(new Set(shapes.values()).size).to.equal(4);
    });

    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`axe finds no violation in ${locale}, ${theme} theme`, async () => {
          await useLocale(locale);
          const el = await fixture<HTMLElement>(
            html`<div style=${themeStyle(theme)}>
              <market-status market="XHKG" now="2024-04-18T16:30:00Z"></market-status>
              <market-status market="XHKG" now="2024-04-19T01:05:00Z"></market-status>
              <market-status market="XHKG" now="2024-04-19T06:05:00Z"></market-status>
              <market-status market="XHKG" now="2024-04-19T04:20:00Z"></market-status>
              <market-status market="XSHG" now="2024-02-08T07:01:00Z"></market-status>
              <market-status market="XNYS" now="2024-04-19T13:31:00Z"></market-status>
              <market-status market="XLON"></market-status>
              <market-status market="NOPE"></market-status>
            </div>`,
          );
          await Promise.all([...el.querySelectorAll('market-status')].map(settled));
          await expect(el).to.be.accessible();
        });
      }
    }

    it('state colours meet AA contrast on the light and dark page backgrounds', async () => {
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      for (const [theme, background] of [
        ['light', 'rgb(255, 255, 255)'],
        ['dark', 'rgb(21, 24, 28)'],
      ] as const) {
        const wrapper = await fixture<HTMLElement>(html`<div style=${themeStyle(theme)}>
          <market-status market="XHKG" now="2024-04-18T16:30:00Z"></market-status>
          <market-status market="XHKG" now="2024-04-19T01:05:00Z"></market-status>
          <market-status market="XHKG" now="2024-04-19T02:00:00Z"></market-status>
          <market-status market="XHKG" now="2024-04-19T04:20:00Z"></market-status>
          <market-status market="NOPE"></market-status>
        </div>`);
        for (const el of wrapper.querySelectorAll('market-status')) {
          await settled(el);
          const base = el.shadowRoot!.querySelector('[part="base"]')!;
          expect(contrast(getComputedStyle(base).color, background), `${theme} ${el.state} text`).to.be.at.least(4.5);
          const indicator = el.shadowRoot!.querySelector('[part="indicator"]');
          if (!indicator) continue;
          const colour = getComputedStyle(indicator).color;
          expect(contrast(colour, background), `${theme} ${el.state} indicator`).to.be.at.least(4.5);
        }
      }
    });
  });

  describe('bad input', () => {
    for (const market of ['NOPE', '', '   ', 'undefined', '<img src=x onerror="window.__pwned=1">']) {
      it(`an unknown market ${JSON.stringify(market)} reads "Market status unavailable", with no state`, async () => {
        await useLocale('en');
        const el = await banner(html`<market-status market=${market} now="2024-04-18T16:30:00Z"></market-status>`);
        expect(text(el)).to.equal('Market status unavailable');
        expect(el.hasAttribute('state')).to.equal(false);
        expect(el.shadowRoot!.querySelector('img, [part="indicator"]')).to.equal(null);
        expect(deepText(el)).to.not.match(GARBAGE);
      });
    }

    it('no market reads "Market status unavailable" in each locale', async () => {
      const expected = { en: 'Market status unavailable', 'zh-Hant-HK': '暫無市場狀態', 'zh-Hans-CN': '暂无市场状态' };
      const el = await banner(html`<market-status></market-status>`);
      for (const locale of LOCALES) {
        await useLocale(locale);
        expect(text(el)).to.equal(expected[locale]);
        expect(deepText(el)).to.not.match(GARBAGE);
      }
    });

    const badNows: unknown[] = [
      '',
      'not a date',
      'NaN',
      'Infinity',
      'undefined',
      'null',
      '2024-13-45T99:99:00Z',
      '1713457800000',
      null,
      undefined,
    ];
    for (const now of badNows) {
      it(`now=${JSON.stringify(now)} falls back to the live clock`, async () => {
        const clock = fakeClock('2024-04-19T06:05:00Z');
        const el = await banner(html`<market-status market="XHKG" .now=${now as string}></market-status>`);
        expect(text(el)).to.equal('Hong Kong market closes in 2 hours 5 minutes');
        expect(deepText(el)).to.not.match(GARBAGE);
        expect(clock.pending).to.equal(1);
      });
    }

    it('a bad `now` attribute never shows NaN in any locale or market', async () => {
      for (const locale of LOCALES) {
        await useLocale(locale);
        for (const market of ['XHKG', 'XSHG', 'XSHE', 'XNYS', 'XNAS', 'XLON', 'ZZZZ']) {
          const el = await banner(html`<market-status market=${market} now="garbage"></market-status>`);
          expect(deepText(el), `${locale} ${market}`).to.not.match(GARBAGE);
          expect(text(el)).to.not.equal('');
        }
      }
    });

    itClient('a market closed beyond the calendar reads "closed" with no countdown', async () => {
      const { addClosures, removeClosures } = await import('../packages/market-ticker/src/sessions.js');
      const days = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2030, 0, 7 + i)).toISOString().slice(0, 10));
      addClosures(
        'XHKG',
        days.map((date) => ({ date, kind: 'closed' as const })),
      );
      try {
        await useLocale('zh-Hant-HK');
        const el = await pinned('XHKG', '2030-01-08T04:00:00Z');
        expect(text(el)).to.equal('香港股市 休市');
        expect(el.shadowRoot!.querySelector('time')).to.equal(null);
        expect(el.getAttribute('state')).to.equal('closed');
      } finally {
        removeClosures('XHKG', days);
      }
    });
  });

  describe('the clock', () => {
    it('re-renders on the minute, with a timer set to the next minute boundary', async () => {
      await useLocale('en');
      const clock = fakeClock('2024-04-19T00:59:30Z');
      const el = await banner(html`<market-status market="XHKG"></market-status>`);
      expect(text(el)).to.equal('Hong Kong market opens in 31 minutes');
      expect(el.state).to.equal('closed');
      expect(clock.pending).to.equal(1);
      expect(clock.due).to.equal(Date.parse('2024-04-19T01:00:00Z'));

      clock.advance(29_999);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market opens in 31 minutes');

      clock.advance(1);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market opens in 30 minutes');
      expect(el.state).to.equal('pre-open');
      expect(clock.due).to.equal(Date.parse('2024-04-19T01:01:00Z'));

      clock.advance(60_000 * 29);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market opens in 1 minute');

      clock.advance(60_000);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market breaks for lunch in 2 hours 30 minutes');
      expect(el.state).to.equal('open');
      expect(clock.pending).to.equal(1);
    });

    it('a timer that fires early re-aligns on the boundary', async () => {
      await useLocale('en');
      const clock = fakeClock('2024-04-19T01:05:10Z');
      const el = await banner(html`<market-status market="XHKG"></market-status>`);
      const [[id, timer]] = [...clock.timers.entries()];
      clock.timers.delete(id);
      clock.time = timer.at - 2;
      timer.callback();
      expect(clock.due).to.equal(timer.at);
      clock.advance(2);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market opens in 24 minutes');
    });

    it('leaves no timer behind when disconnected, and starts again when reconnected', async () => {
      const clock = fakeClock('2024-04-19T01:05:10Z');
      const el = await banner(html`<market-status market="XHKG"></market-status>`);
      expect(clock.pending).to.equal(1);
      const parent = el.parentNode!;
      el.remove();
      expect(clock.pending).to.equal(0);
      clock.advance(5 * 60_000);
      expect(clock.pending).to.equal(0);
      parent.appendChild(el);
      expect(clock.pending).to.equal(1);
      el.remove();
      expect(clock.pending).to.equal(0);
    });

    it('mounting and unmounting many banners leaves no timer', async () => {
      const clock = fakeClock('2024-04-19T01:05:10Z');
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('market-status');
        el.market = 'XHKG';
        wrapper.append(el);
        await el.updateComplete;
        el.remove();
      }
      expect(clock.pending).to.equal(0);
    });

    it('has no timer while `now` pins it, and goes live when `now` is removed', async () => {
      await useLocale('en');
      const clock = fakeClock('2024-04-19T06:05:00Z');
      const el = await pinned('XHKG', '2024-04-18T16:30:00Z');
      expect(clock.pending).to.equal(0);
      clock.advance(10 * 60_000);
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market opens in 9 hours');
      el.removeAttribute('now');
      await settled(el);
      expect(text(el)).to.equal('Hong Kong market closes in 1 hour 55 minutes');
      expect(clock.pending).to.equal(1);
      el.now = '2024-04-18T16:30:00Z';
      await settled(el);
      expect(clock.pending).to.equal(0);
    });

    describe('after sleep', () => {
      afterEach(() => {
        Reflect.deleteProperty(document, 'visibilityState');
      });
      const setVisibility = (visibility: DocumentVisibilityState) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
        document.dispatchEvent(new Event('visibilitychange'));
      };

      it('stops while the page is hidden, and re-renders and re-aligns when it is shown', async () => {
        await useLocale('en');
        const clock = fakeClock('2024-04-19T01:05:10Z');
        const el = await banner(html`<market-status market="XHKG"></market-status>`);
        setVisibility('hidden');
        expect(clock.pending).to.equal(0);
        // The computer sleeps for three hours and twenty seconds.
        clock.time += 3 * 3_600_000 + 20_000;
        setVisibility('visible');
        await settled(el);
        expect(text(el)).to.equal('Hong Kong market is on lunch break, reopens in 55 minutes');
        expect(clock.pending).to.equal(1);
        expect(clock.due).to.equal(Date.parse('2024-04-19T04:06:00Z'));
      });
    });

    itClient('is one timer for the page: five banners and any host tick together, on the minute', async () => {
      const clock = fakeClock('2024-04-19T01:05:10.250Z');
      class TickingHost extends LitElement {
        readonly clock = new ClockController(this);
        renders = 0;
        override render() {
          this.renders++;
          return this.clock.now().toISOString();
        }
      }
      customElements.define('ticking-host', TickingHost);
      const wrapper = await fixture<HTMLElement>(html`<div>
        ${[1, 2, 3, 4, 5].map(() => html`<market-status market="XHKG"></market-status>`)}
        <ticking-host></ticking-host>
      </div>`);
      const banners = [...wrapper.querySelectorAll('market-status')];
      await Promise.all(banners.map((el) => settled(el)));
      const el = wrapper.querySelector('ticking-host') as TickingHost;
      await el.updateComplete;
      expect(clock.pending, 'one timer for six hosts').to.equal(1);
      expect(clock.due).to.equal(Date.parse('2024-04-19T01:06:00Z'));
      const before = el.renders;
      clock.advance(49_750);
      await el.updateComplete;
      await Promise.all(banners.map((b) => settled(b)));
      expect(el.renders).to.equal(before + 1);
      expect(el.shadowRoot!.textContent).to.equal('2024-04-19T01:06:00.000Z');
      for (const b of banners) expect(text(b)).to.equal('Hong Kong market opens in 24 minutes');
      expect(clock.pending).to.equal(1);
      el.clock.pin(new Date('2020-01-01T00:00:00Z'));
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('2020-01-01T00:00:00.000Z');
      expect(clock.pending, 'the banners still tick').to.equal(1);
      for (const b of banners) b.remove();
      expect(clock.pending, 'a pinned host sets no timer').to.equal(0);
      wrapper.remove();
    });

    it('runs on the real clock when nothing is faked', async () => {
      const el = await banner(html`<market-status market="XHKG"></market-status>`);
      expect(['pre-open', 'open', 'break', 'closed']).to.include(el.getAttribute('state'));
      expect(text(el)).to.not.equal('');
      expect(deepText(el)).to.not.match(GARBAGE);
      el.remove();
    });
  });
});
