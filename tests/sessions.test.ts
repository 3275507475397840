import { expect } from '@open-wc/testing';
import { isKnownMarket, knownMarkets, marketInfo, marketState } from '../packages/market-ticker/src/sessions.js';
import { checkRows, iso, type Row } from './session-rows.js';
import { addClosures, closureOn, closureYears, removeClosures } from '../packages/market-ticker/src/holidays.js';

/**
 * [market, instant (UTC), expected state, next transition kind, next transition (UTC),
 *  next start of continuous trading (UTC), what the row checks (exchange-local times)].
 * Hong Kong and Shanghai are UTC+8 all year. New York is UTC-5 / UTC-4 (2024: 10 Mar - 3 Nov),
 * London UTC+0 / UTC+1 (2024: 31 Mar - 27 Oct).
 */

const TABLE: Row[] = [
  // XHKG, Friday 19 April 2024 (the reference page's day) and around it.
  [
    'XHKG',
    '2024-04-18T16:30:00Z',
    'closed',
    'pre-open',
    '2024-04-19T01:00:00Z',
    '2024-04-19T01:30:00Z',
    'reference: Fri 00:30, opens in 9 h',
  ],
  ['XHKG', '2024-04-19T00:59:00Z', 'closed', 'pre-open', '2024-04-19T01:00:00Z', '2024-04-19T01:30:00Z', '08:59'],
  [
    'XHKG',
    '2024-04-19T01:00:00Z',
    'pre-open',
    'open',
    '2024-04-19T01:30:00Z',
    '2024-04-19T01:30:00Z',
    '09:00 pre-opening starts',
  ],
  ['XHKG', '2024-04-19T01:29:00Z', 'pre-open', 'open', '2024-04-19T01:30:00Z', '2024-04-19T01:30:00Z', '09:29'],
  ['XHKG', '2024-04-19T01:31:00Z', 'open', 'break', '2024-04-19T04:00:00Z', '2024-04-19T05:00:00Z', '09:31'],
  ['XHKG', '2024-04-19T03:59:00Z', 'open', 'break', '2024-04-19T04:00:00Z', '2024-04-19T05:00:00Z', '11:59'],
  ['XHKG', '2024-04-19T04:01:00Z', 'break', 'open', '2024-04-19T05:00:00Z', '2024-04-19T05:00:00Z', '12:01 lunch'],
  ['XHKG', '2024-04-19T04:59:00Z', 'break', 'open', '2024-04-19T05:00:00Z', '2024-04-19T05:00:00Z', '12:59 lunch'],
  ['XHKG', '2024-04-19T05:01:00Z', 'open', 'close', '2024-04-19T08:10:00Z', '2024-04-22T01:30:00Z', '13:01'],
  [
    'XHKG',
    '2024-04-19T08:05:00Z',
    'open',
    'close',
    '2024-04-19T08:10:00Z',
    '2024-04-22T01:30:00Z',
    '16:05 closing auction',
  ],
  ['XHKG', '2024-04-19T08:09:00Z', 'open', 'close', '2024-04-19T08:10:00Z', '2024-04-22T01:30:00Z', '16:09'],
  [
    'XHKG',
    '2024-04-19T08:11:00Z',
    'closed',
    'pre-open',
    '2024-04-22T01:00:00Z',
    '2024-04-22T01:30:00Z',
    'Fri 16:11, over the weekend',
  ],
  [
    'XHKG',
    '2024-04-20T04:00:00Z',
    'closed',
    'pre-open',
    '2024-04-22T01:00:00Z',
    '2024-04-22T01:30:00Z',
    'Saturday noon',
  ],
  [
    'XHKG',
    '2024-03-28T08:11:00Z',
    'closed',
    'pre-open',
    '2024-04-02T01:00:00Z',
    '2024-04-02T01:30:00Z',
    'Easter: Good Friday to Easter Monday',
  ],
  [
    'XHKG',
    '2024-02-09T03:59:00Z',
    'open',
    'close',
    '2024-02-09T04:10:00Z',
    '2024-02-14T01:30:00Z',
    'Lunar New Year eve half day, 11:59',
  ],
  [
    'XHKG',
    '2024-02-09T04:05:00Z',
    'open',
    'close',
    '2024-02-09T04:10:00Z',
    '2024-02-14T01:30:00Z',
    'half day closing auction 12:05',
  ],
  [
    'XHKG',
    '2024-02-09T04:11:00Z',
    'closed',
    'pre-open',
    '2024-02-14T01:00:00Z',
    '2024-02-14T01:30:00Z',
    'half day 12:11, Lunar New Year',
  ],
  [
    'XHKG',
    '2024-12-24T04:11:00Z',
    'closed',
    'pre-open',
    '2024-12-27T01:00:00Z',
    '2024-12-27T01:30:00Z',
    'Christmas Eve 12:11',
  ],
  [
    'XHKG',
    '2025-01-28T02:00:00Z',
    'open',
    'close',
    '2025-01-28T04:10:00Z',
    '2025-02-03T01:30:00Z',
    '2025 Lunar New Year eve 10:00',
  ],
  [
    'XHKG',
    '2026-02-16T04:11:00Z',
    'closed',
    'pre-open',
    '2026-02-20T01:00:00Z',
    '2026-02-20T01:30:00Z',
    '2026 Lunar New Year eve 12:11',
  ],
  [
    'XHKG',
    '2027-02-05T04:11:00Z',
    'closed',
    'pre-open',
    '2027-02-10T01:00:00Z',
    '2027-02-10T01:30:00Z',
    '2027 (provisional) Lunar New Year',
  ],

  // XSHG and XSHE, Thursday 18 April 2024.
  ['XSHG', '2024-04-18T01:14:00Z', 'closed', 'pre-open', '2024-04-18T01:15:00Z', '2024-04-18T01:30:00Z', '09:14'],
  [
    'XSHG',
    '2024-04-18T01:15:00Z',
    'pre-open',
    'open',
    '2024-04-18T01:30:00Z',
    '2024-04-18T01:30:00Z',
    '09:15 call auction',
  ],
  [
    'XSHG',
    '2024-04-18T01:26:00Z',
    'pre-open',
    'open',
    '2024-04-18T01:30:00Z',
    '2024-04-18T01:30:00Z',
    '09:26 orders, no matching',
  ],
  ['XSHE', '2024-04-18T01:29:00Z', 'pre-open', 'open', '2024-04-18T01:30:00Z', '2024-04-18T01:30:00Z', '09:29'],
  ['XSHE', '2024-04-18T01:31:00Z', 'open', 'break', '2024-04-18T03:30:00Z', '2024-04-18T05:00:00Z', '09:31'],
  ['XSHG', '2024-04-18T03:29:00Z', 'open', 'break', '2024-04-18T03:30:00Z', '2024-04-18T05:00:00Z', '11:29'],
  ['XSHG', '2024-04-18T03:31:00Z', 'break', 'open', '2024-04-18T05:00:00Z', '2024-04-18T05:00:00Z', '11:31 lunch'],
  ['XSHE', '2024-04-18T04:59:00Z', 'break', 'open', '2024-04-18T05:00:00Z', '2024-04-18T05:00:00Z', '12:59 lunch'],
  [
    'XSHE',
    '2024-04-18T06:58:00Z',
    'open',
    'close',
    '2024-04-18T07:00:00Z',
    '2024-04-19T01:30:00Z',
    '14:58 closing call auction',
  ],
  ['XSHG', '2024-04-18T07:01:00Z', 'closed', 'pre-open', '2024-04-19T01:15:00Z', '2024-04-19T01:30:00Z', '15:01'],
  [
    'XSHG',
    '2024-04-19T07:01:00Z',
    'closed',
    'pre-open',
    '2024-04-22T01:15:00Z',
    '2024-04-22T01:30:00Z',
    'Fri 15:01, over the weekend',
  ],
  [
    'XSHG',
    '2024-02-08T07:01:00Z',
    'closed',
    'pre-open',
    '2024-02-19T01:15:00Z',
    '2024-02-19T01:30:00Z',
    'Spring Festival 2024',
  ],
  [
    'XSHE',
    '2025-09-30T07:01:00Z',
    'closed',
    'pre-open',
    '2025-10-09T01:15:00Z',
    '2025-10-09T01:30:00Z',
    'National Day 2025',
  ],
  [
    'XSHG',
    '2025-10-11T02:00:00Z',
    'closed',
    'pre-open',
    '2025-10-13T01:15:00Z',
    '2025-10-13T01:30:00Z',
    'make-up working Saturday',
  ],
  [
    'XSHG',
    '2026-02-13T07:01:00Z',
    'closed',
    'pre-open',
    '2026-02-24T01:15:00Z',
    '2026-02-24T01:30:00Z',
    'Spring Festival 2026, 11 days',
  ],

  // XNYS and XNAS. Summer (EDT): opens 13:30Z = 21:30 in Hong Kong.
  ['XNYS', '2024-04-19T07:59:00Z', 'closed', 'pre-open', '2024-04-19T08:00:00Z', '2024-04-19T13:30:00Z', '03:59 EDT'],
  [
    'XNYS',
    '2024-04-19T08:01:00Z',
    'pre-open',
    'open',
    '2024-04-19T13:30:00Z',
    '2024-04-19T13:30:00Z',
    '04:01 pre-market',
  ],
  ['XNAS', '2024-04-19T13:29:00Z', 'pre-open', 'open', '2024-04-19T13:30:00Z', '2024-04-19T13:30:00Z', '09:29'],
  ['XNAS', '2024-04-19T13:31:00Z', 'open', 'close', '2024-04-19T20:00:00Z', '2024-04-22T13:30:00Z', '09:31'],
  ['XNYS', '2024-04-19T19:59:00Z', 'open', 'close', '2024-04-19T20:00:00Z', '2024-04-22T13:30:00Z', '15:59'],
  [
    'XNYS',
    '2024-04-19T20:01:00Z',
    'closed',
    'pre-open',
    '2024-04-22T08:00:00Z',
    '2024-04-22T13:30:00Z',
    'Fri 16:01, over the weekend',
  ],
  // Winter (EST): opens 14:30Z = 22:30 in Hong Kong.
  ['XNYS', '2024-01-10T14:29:00Z', 'pre-open', 'open', '2024-01-10T14:30:00Z', '2024-01-10T14:30:00Z', '09:29 EST'],
  ['XNYS', '2024-01-10T14:31:00Z', 'open', 'close', '2024-01-10T21:00:00Z', '2024-01-11T14:30:00Z', '09:31 EST'],
  // Daylight saving starts Sunday 10 March 2024.
  [
    'XNYS',
    '2024-03-08T21:01:00Z',
    'closed',
    'pre-open',
    '2024-03-11T08:00:00Z',
    '2024-03-11T13:30:00Z',
    'Fri 16:01 EST to Mon EDT',
  ],
  [
    'XNAS',
    '2024-03-10T07:30:00Z',
    'closed',
    'pre-open',
    '2024-03-11T08:00:00Z',
    '2024-03-11T13:30:00Z',
    'Sun 03:30 EDT, just after the gap',
  ],
  [
    'XNYS',
    '2024-03-11T13:29:00Z',
    'pre-open',
    'open',
    '2024-03-11T13:30:00Z',
    '2024-03-11T13:30:00Z',
    'first EDT Monday 09:29',
  ],
  // Daylight saving ends Sunday 3 November 2024.
  [
    'XNYS',
    '2024-11-01T19:59:00Z',
    'open',
    'close',
    '2024-11-01T20:00:00Z',
    '2024-11-04T14:30:00Z',
    'Fri 15:59 EDT to Mon EST',
  ],
  [
    'XNYS',
    '2024-11-01T20:01:00Z',
    'closed',
    'pre-open',
    '2024-11-04T09:00:00Z',
    '2024-11-04T14:30:00Z',
    'Fri 16:01 EDT',
  ],
  [
    'XNAS',
    '2024-11-03T05:30:00Z',
    'closed',
    'pre-open',
    '2024-11-04T09:00:00Z',
    '2024-11-04T14:30:00Z',
    'Sun 01:30 EDT (first)',
  ],
  [
    'XNAS',
    '2024-11-03T06:30:00Z',
    'closed',
    'pre-open',
    '2024-11-04T09:00:00Z',
    '2024-11-04T14:30:00Z',
    'Sun 01:30 EST (repeated)',
  ],
  // Holidays and early closes.
  [
    'XNYS',
    '2024-11-27T21:01:00Z',
    'closed',
    'pre-open',
    '2024-11-29T09:00:00Z',
    '2024-11-29T14:30:00Z',
    'Thanksgiving',
  ],
  [
    'XNYS',
    '2024-11-29T17:59:00Z',
    'open',
    'close',
    '2024-11-29T18:00:00Z',
    '2024-12-02T14:30:00Z',
    'day after Thanksgiving 12:59',
  ],
  [
    'XNAS',
    '2024-11-29T18:01:00Z',
    'closed',
    'pre-open',
    '2024-12-02T09:00:00Z',
    '2024-12-02T14:30:00Z',
    'day after Thanksgiving 13:01',
  ],
  [
    'XNYS',
    '2024-07-03T17:01:00Z',
    'closed',
    'pre-open',
    '2024-07-05T08:00:00Z',
    '2024-07-05T13:30:00Z',
    'July 3 early close, July 4',
  ],
  [
    'XNYS',
    '2025-01-08T21:01:00Z',
    'closed',
    'pre-open',
    '2025-01-10T09:00:00Z',
    '2025-01-10T14:30:00Z',
    'day of mourning 9 Jan 2025',
  ],
  [
    'XNAS',
    '2025-12-24T17:30:00Z',
    'open',
    'close',
    '2025-12-24T18:00:00Z',
    '2025-12-26T14:30:00Z',
    'Christmas Eve 12:30',
  ],
  [
    'XNYS',
    '2027-12-23T21:01:00Z',
    'closed',
    'pre-open',
    '2027-12-27T09:00:00Z',
    '2027-12-27T14:30:00Z',
    'Christmas observed Fri 24 Dec 2027',
  ],

  // XLON. Summer (BST).
  ['XLON', '2024-04-19T06:49:00Z', 'closed', 'pre-open', '2024-04-19T06:50:00Z', '2024-04-19T07:00:00Z', '07:49 BST'],
  [
    'XLON',
    '2024-04-19T06:51:00Z',
    'pre-open',
    'open',
    '2024-04-19T07:00:00Z',
    '2024-04-19T07:00:00Z',
    '07:51 opening auction',
  ],
  ['XLON', '2024-04-19T07:01:00Z', 'open', 'close', '2024-04-19T15:35:00Z', '2024-04-22T07:00:00Z', '08:01'],
  [
    'XLON',
    '2024-04-19T15:32:00Z',
    'open',
    'close',
    '2024-04-19T15:35:00Z',
    '2024-04-22T07:00:00Z',
    '16:32 closing auction',
  ],
  ['XLON', '2024-04-19T15:36:00Z', 'closed', 'pre-open', '2024-04-22T06:50:00Z', '2024-04-22T07:00:00Z', 'Fri 16:36'],
  // Winter (GMT).
  ['XLON', '2024-01-10T07:59:00Z', 'pre-open', 'open', '2024-01-10T08:00:00Z', '2024-01-10T08:00:00Z', '07:59 GMT'],
  ['XLON', '2024-01-10T16:34:00Z', 'open', 'close', '2024-01-10T16:35:00Z', '2024-01-11T08:00:00Z', '16:34 GMT'],
  // Daylight saving starts Sunday 31 March 2024, inside the Easter closure.
  [
    'XLON',
    '2024-03-28T16:36:00Z',
    'closed',
    'pre-open',
    '2024-04-02T06:50:00Z',
    '2024-04-02T07:00:00Z',
    'Easter and BST',
  ],
  // Daylight saving ends Sunday 27 October 2024.
  [
    'XLON',
    '2024-10-25T15:36:00Z',
    'closed',
    'pre-open',
    '2024-10-28T07:50:00Z',
    '2024-10-28T08:00:00Z',
    'Fri 16:36 BST to Mon GMT',
  ],
  // Half days: continuous to 12:30, closing auction to 12:35.
  [
    'XLON',
    '2024-12-24T12:29:00Z',
    'open',
    'close',
    '2024-12-24T12:35:00Z',
    '2024-12-27T08:00:00Z',
    'Christmas Eve 12:29',
  ],
  [
    'XLON',
    '2024-12-24T12:36:00Z',
    'closed',
    'pre-open',
    '2024-12-27T07:50:00Z',
    '2024-12-27T08:00:00Z',
    'Christmas Eve 12:36',
  ],
  [
    'XLON',
    '2025-12-31T12:34:00Z',
    'open',
    'close',
    '2025-12-31T12:35:00Z',
    '2026-01-02T08:00:00Z',
    "New Year's Eve 12:34",
  ],
  [
    'XLON',
    '2026-12-24T12:36:00Z',
    'closed',
    'pre-open',
    '2026-12-29T07:50:00Z',
    '2026-12-29T08:00:00Z',
    'Boxing Day substitute 2026',
  ],
];

describe('marketState: session table', () => {
  it('has at least 60 rows across the first six markets (the others: sessions-world.test.ts)', () => {
    expect(TABLE.length).to.be.at.least(60);
    expect(new Set(TABLE.map(([mic]) => mic))).to.have.keys(['XHKG', 'XSHG', 'XSHE', 'XNYS', 'XNAS', 'XLON']);
  });

  checkRows(TABLE, { nextState: true });
});

describe('marketState', () => {
  const HOUR = 3_600_000;

  it('reference banner: 00:30 in Hong Kong, pre-opening in 8.5 h, continuous trading in 9 h', () => {
    const at = new Date('2024-04-18T16:30:00Z');
    const snapshot = marketState('XHKG', at);
    expect(snapshot).to.include({ market: 'XHKG', state: 'closed', timeZone: 'Asia/Hong_Kong' });
    expect(snapshot.next!.at.getTime() - at.getTime()).to.equal(8.5 * HOUR);
    expect(snapshot.nextOpen!.getTime() - at.getTime()).to.equal(9 * HOUR);
  });

  it('the Hong Kong to New York gap changes by an hour with US daylight saving', () => {
    const hongKongTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Hong_Kong',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const summer = marketState('XNYS', new Date('2024-04-19T08:00:00Z')).nextOpen!;
    const winter = marketState('XNYS', new Date('2024-01-10T09:00:00Z')).nextOpen!;
    expect(hongKongTime.format(summer)).to.equal('21:30');
    expect(hongKongTime.format(winter)).to.equal('22:30');
  });

  it('changes state exactly at the transition instant', () => {
    expect(marketState('XHKG', Date.parse('2024-04-19T01:29:59.999Z')).state).to.equal('pre-open');
    expect(marketState('XHKG', Date.parse('2024-04-19T01:30:00.000Z')).state).to.equal('open');
    expect(marketState('XHKG', Date.parse('2024-04-19T08:10:00.000Z')).state).to.equal('closed');
  });

  it('accepts a number, defaults to now, and is case-insensitive', () => {
    const at = Date.parse('2024-04-19T02:00:00Z');
    expect(marketState('xhkg', at)).to.deep.equal(marketState('XHKG', new Date(at)));
    expect(['pre-open', 'open', 'break', 'closed']).to.include(marketState('XLON').state);
  });

  it('an unknown market is closed with no next transition', () => {
    expect(isKnownMarket('XXXX')).to.equal(false);
    expect(marketState('XXXX', new Date('2024-04-19T02:00:00Z'))).to.deep.equal({
      market: 'XXXX',
      state: 'closed',
      timeZone: 'UTC',
    });
  });

  it('an invalid instant is closed with no next transition', () => {
    const snapshot = marketState('XHKG', new Date('not a date'));
    expect(snapshot.state).to.equal('closed');
    expect(snapshot.next).to.equal(undefined);
  });
});

describe('knownMarkets, isKnownMarket and marketInfo', () => {
  it('lists every market of the catalogue', () => {
    expect(knownMarkets()).to.have.members([
      ...['XHKG', 'XSHG', 'XSHE', 'XNYS', 'XNAS', 'XLON', 'XTKS', 'XKRX', 'XTAI', 'XASX', 'XSES'],
      ...['XBOM', 'XNSE', 'XETR', 'XPAR', 'XTSE', 'XNYM', 'XCEC', 'XCBF', '24/7', '24/5'],
    ]);
    expect(knownMarkets().every(isKnownMarket)).to.equal(true);
  });

  it('gives the time zone and banner names', () => {
    expect(marketInfo('XHKG')).to.deep.equal({
      mic: 'XHKG',
      timeZone: 'Asia/Hong_Kong',
      names: { en: 'Hong Kong market', 'zh-Hant-HK': '香港股市', 'zh-Hans-CN': '香港股市' },
    });
    expect(marketInfo('XNAS')!.names['zh-Hans-CN']).to.equal('纳斯达克');
    expect(marketInfo('xlon')!.timeZone).to.equal('Europe/London');
    expect(marketInfo('XTKS')!.names['zh-Hant-HK']).to.equal('東京股市');
    expect(marketInfo('XXXX')).to.equal(undefined);
  });

  it('returns a copy that callers cannot use to change the library', () => {
    marketInfo('XHKG')!.names.en = 'changed';
    expect(marketInfo('XHKG')!.names.en).to.equal('Hong Kong market');
  });
});

describe('holidays', () => {
  afterEach(() => {
    for (const mic of knownMarkets()) removeClosures(mic);
  });

  it('shares one list between XSHG and XSHE, and between XNYS and XNAS', () => {
    expect(closureOn('XSHE', '2025-01-28')).to.deep.equal(closureOn('XSHG', '2025-01-28'));
    expect(closureOn('XSHE', '2025-01-28')?.kind).to.equal('closed');
    expect(closureOn('XNAS', '2024-11-29')).to.deep.equal({ kind: 'half-day', note: 'Day after Thanksgiving' });
    expect(closureOn('XHKG', '2024-04-19')).to.equal(undefined);
  });

  it('covers 2024-2027 for every market, with the unpublished years marked provisional', () => {
    const provisional: Record<string, number[]> = {
      XHKG: [2027],
      XSHG: [2027],
      XSHE: [2027],
      XNYS: [],
      XNAS: [],
      XLON: [2027],
      XTKS: [2027],
      XKRX: [2027],
      XTAI: [2027],
      XASX: [2027],
      XSES: [2027],
      XBOM: [2027],
      XNSE: [2027],
      XETR: [2027],
      XPAR: [2027],
      XTSE: [2027],
      XNYM: [2027],
      XCEC: [2027],
      XCBF: [2027],
    };
    // Crypto and currencies trade through holidays: no calendar.
    expect(closureYears('24/7')).to.deep.equal([]);
    expect(closureYears('24/5')).to.deep.equal([]);
    for (const mic of knownMarkets().filter((code) => !code.startsWith('24/'))) {
      const years = closureYears(mic);
      expect(
        years.map(({ year }) => year),
        mic,
      ).to.deep.equal([2024, 2025, 2026, 2027]);
      expect(
        years.filter((y) => y.provisional).map(({ year }) => year),
        mic,
      ).to.deep.equal(provisional[mic]);
    }
    expect(closureOn('XSHG', '2027-02-08')).to.include({ kind: 'closed', provisional: true });
  });

  it('lists only real weekdays (a weekend entry would be a data error, except a special session)', () => {
    for (const mic of knownMarkets()) {
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        const weekday = new Date(day).getUTCDay();
        const closure = closureOn(mic, date);
        if (closure && closure.kind !== 'special') expect(weekday, `${mic} ${date}`).to.be.within(1, 5);
      }
    }
  });

  it('addClosures: a typhoon day becomes closed and the next open skips it', () => {
    const fridayAfterClose = new Date('2024-04-19T08:11:00Z');
    addClosures('XHKG', [{ date: '2024-04-22', kind: 'closed', note: 'Typhoon signal No. 8' }]);
    expect(closureOn('XHKG', '2024-04-22')).to.deep.equal({ kind: 'closed', note: 'Typhoon signal No. 8' });
    const snapshot = marketState('XHKG', fridayAfterClose);
    expect(iso(snapshot.next?.at)).to.equal('2024-04-23T01:00:00Z');
    expect(iso(snapshot.nextOpen)).to.equal('2024-04-23T01:30:00Z');
    expect(marketState('XHKG', new Date('2024-04-22T02:00:00Z')).state).to.equal('closed');

    removeClosures('XHKG', ['2024-04-22']);
    expect(iso(marketState('XHKG', fridayAfterClose).nextOpen)).to.equal('2024-04-22T01:30:00Z');
  });

  it('addClosures: a half day ends trading at the half-day close', () => {
    addClosures('XHKG', [{ date: '2024-04-22', kind: 'half-day' }]);
    const lunchtime = marketState('XHKG', new Date('2024-04-22T04:30:00Z'));
    expect(lunchtime.state).to.equal('closed');
    expect(iso(lunchtime.next?.at)).to.equal('2024-04-23T01:00:00Z');
  });

  it('addClosures applies to the named market only', () => {
    addClosures('XSHG', [{ date: '2024-04-22', kind: 'closed' }]);
    expect(marketState('XSHG', new Date('2024-04-22T02:00:00Z')).state).to.equal('closed');
    expect(marketState('XSHE', new Date('2024-04-22T02:00:00Z')).state).to.equal('open');
  });

  it("kind 'regular' overrides a bundled closure, and removing it restores the data", () => {
    addClosures('XSHG', [{ date: '2027-02-12', kind: 'regular' }]);
    expect(closureOn('XSHG', '2027-02-12')).to.equal(undefined);
    expect(marketState('XSHG', new Date('2027-02-12T02:00:00Z')).state).to.equal('open');
    removeClosures('XSHG');
    expect(closureOn('XSHG', '2027-02-12')?.kind).to.equal('closed');
  });

  it('rejects dates that are not real YYYY-MM-DD days', () => {
    expect(() => addClosures('XHKG', [{ date: '2024-4-22', kind: 'closed' }])).to.throw(RangeError);
    expect(() => addClosures('XHKG', [{ date: '2025-02-29', kind: 'closed' }])).to.throw(RangeError);
    expect(closureOn('XHKG', '2025-02-28')).to.equal(undefined);
  });
});
