import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/market-status/market-status.js';
import type { MarketStatus } from '../packages/market-ticker/src/market-status/market-status.js';
import { knownMarkets, marketInfo } from '../packages/market-ticker/src/sessions.js';
import { partText, settled, useLocale } from './support.js';

type Locale = 'en' | 'zh-Hant-HK' | 'zh-Hans-CN';

async function pinned(market: string, now: string): Promise<MarketStatus> {
  const el = await fixture<MarketStatus>(html`<market-status market=${market} now=${now}></market-status>`);
  await settled(el);
  return el;
}

/** [market, now (UTC), state, { locale: text }, what the row checks (exchange-local time)]. */
type Row = [string, string, string, Record<Locale, string>, string];

const ROWS: Row[] = [
  [
    'XTKS',
    '2025-04-13T15:30:00Z',
    'closed',
    {
      en: 'Tokyo market opens in 9 hours',
      'zh-Hant-HK': '東京股市 將在 9 小時 開市',
      'zh-Hans-CN': '东京股市 将在 9 小时 开市',
    },
    'Monday 00:30, continuous trading at 09:00 (8.5 h rounds to 9)',
  ],
  [
    'XTKS',
    '2025-04-14T02:50:00Z',
    'break',
    {
      en: 'Tokyo market is on lunch break, reopens in 40 minutes',
      'zh-Hant-HK': '東京股市 午休，將在 40 分鐘 後恢復交易',
      'zh-Hans-CN': '东京股市 午休，将在 40 分钟 后恢复交易',
    },
    '11:50, lunch to 12:30',
  ],
  [
    'XPAR',
    '2025-12-24T11:00:00Z',
    'open',
    {
      en: 'Paris market closes early today, in 2 hours 5 minutes',
      'zh-Hant-HK': '巴黎股市 今日提早收市，將在 2 小時 5 分鐘 收市',
      'zh-Hans-CN': '巴黎股市 今日提前收市，将在 2 小时 5 分钟 收市',
    },
    'Christmas Eve 12:00, closing auction at 14:05',
  ],
  [
    'XNYM',
    '2025-04-16T20:20:00Z',
    'open',
    {
      en: 'NYMEX pauses for its daily break in 40 minutes',
      'zh-Hant-HK': '紐約商品交易所 將在 40 分鐘 進入每日休市時段',
      'zh-Hans-CN': '纽约商品交易所 将在 40 分钟 进入每日休市时段',
    },
    'Wednesday 15:20 Chicago, the daily break at 16:00',
  ],
  [
    'XNYM',
    '2025-04-16T21:20:00Z',
    'break',
    {
      en: 'NYMEX is on its daily break, resumes in 40 minutes',
      'zh-Hant-HK': '紐約商品交易所 每日休市時段，將在 40 分鐘 後恢復交易',
      'zh-Hans-CN': '纽约商品交易所 每日休市时段，将在 40 分钟 后恢复交易',
    },
    'Wednesday 16:20 Chicago, trading resumes at 17:00',
  ],
  [
    '24/7',
    '2025-04-19T16:00:00Z',
    'open',
    {
      en: 'Crypto market trades around the clock',
      'zh-Hant-HK': '加密貨幣市場 全天候交易',
      'zh-Hans-CN': '加密货币市场 全天候交易',
    },
    'a Saturday',
  ],
  [
    '24/5',
    '2025-04-19T16:00:00Z',
    'closed',
    {
      en: 'Currency market opens in 1 day',
      'zh-Hant-HK': '外匯市場 將在 1 日 開市',
      'zh-Hans-CN': '外汇市场 将在 1 天 开市',
    },
    'Saturday 12:00 New York, opens Sunday 17:00 (29 h)',
  ],
  [
    'XSES',
    '2025-04-16T04:30:00Z',
    'open',
    {
      en: 'Singapore market closes in 4 hours 36 minutes',
      'zh-Hant-HK': '新加坡股市 將在 4 小時 36 分鐘 收市',
      'zh-Hans-CN': '新加坡股市 将在 4 小时 36 分钟 收市',
    },
    '12:30, no lunch break, closing routine to 17:06',
  ],
];

describe('market-status: every market', () => {
  afterEach(() => useLocale('en'));

  for (const [market, now, state, texts, label] of ROWS) {
    for (const [locale, expected] of Object.entries(texts)) {
      it(`${market} ${now} (${label}) reads "${expected}" in ${locale}`, async () => {
        await useLocale(locale);
        const el = await pinned(market, now);
        expect(partText(el, 'text')).to.equal(expected);
        expect(el.getAttribute('state')).to.equal(state);
      });
    }
  }

  it('shows every known market with its local name in each locale', async () => {
    for (const locale of ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const) {
      await useLocale(locale);
      for (const market of knownMarkets()) {
        const el = await pinned(market, '2025-04-16T03:00:00Z');
        const name = marketInfo(market)!.names[locale];
        expect(partText(el, 'text'), `${market} ${locale}`).to.match(new RegExp(`^${name.replace(/[()]/g, '\\$&')}`));
        expect(['pre-open', 'open', 'break', 'closed'], market).to.include(el.getAttribute('state'));
      }
    }
  });

  it('an unknown market code has no state and logs nothing', async () => {
    const logged: unknown[] = [];
    const { warn, error, log } = console;
    console.warn = console.error = console.log = (...args: unknown[]) => logged.push(args);
    try {
      const el = await pinned('XZZZ', '2025-04-16T03:00:00Z');
      expect(el.hasAttribute('state')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="indicator"]')).to.equal(null);
    } finally {
      Object.assign(console, { warn, error, log });
    }
    expect(logged).to.deep.equal([]);
  });
});
