import { expect } from '@open-wc/testing';
import { addClosures, closureOn, marketState, removeClosures } from '../packages/market-ticker/src/sessions.js';
import { checkRows, iso, type Row } from './session-rows.js';

/**
 * The calendar data as corrected when each market-year was checked against a published calendar
 * (docs/holiday-sources.md). One row per changed date: [market, instant (UTC), state, next
 * transition kind, next transition (UTC), next start of continuous trading (UTC), what the row
 * checks (local times)].
 */
const TABLE: Row[] = [
  // XNSE / XBOM 2026: closed on 15 January for the Maharashtra municipal elections (NSE circular of
  // 12 January 2026, revising the settlement-only holiday). India is UTC+5:30.
  [
    'XNSE',
    '2026-01-14T10:01:00Z',
    'closed',
    'pre-open',
    '2026-01-16T03:30:00Z',
    '2026-01-16T03:45:00Z',
    'Wed 14 Jan 2026 15:31: Thursday closed',
  ],
  [
    'XBOM',
    '2026-01-15T05:00:00Z',
    'closed',
    'pre-open',
    '2026-01-16T03:30:00Z',
    '2026-01-16T03:45:00Z',
    '15 Jan 2026 10:30, election holiday',
  ],
  // XETR: the last trading day of the year is shortened, closing auction to 14:05 CET (Deutsche
  // Börse's year-end notices); 31 December and New Year's Day closed.
  [
    'XETR',
    '2024-12-30T13:04:00Z',
    'open',
    'close',
    '2024-12-30T13:05:00Z',
    '2025-01-02T08:00:00Z',
    'Mon 30 Dec 2024 14:04',
  ],
  [
    'XETR',
    '2025-12-30T13:05:00Z',
    'closed',
    'pre-open',
    '2026-01-02T07:50:00Z',
    '2026-01-02T08:00:00Z',
    'Tue 30 Dec 2025 14:05',
  ],
  [
    'XETR',
    '2026-12-30T12:00:00Z',
    'open',
    'close',
    '2026-12-30T13:05:00Z',
    '2027-01-04T08:00:00Z',
    'Wed 30 Dec 2026 13:00',
  ],
  [
    'XETR',
    '2027-12-30T13:04:00Z',
    'open',
    'close',
    '2027-12-30T13:05:00Z',
    '2028-01-03T08:00:00Z',
    'Thu 30 Dec 2027 (provisional)',
  ],

  // XHKG 2024: all sessions of Friday 6 September cancelled under typhoon signal No. 8 (Yagi),
  // HKEX announcement of that day. Hong Kong is UTC+8.
  [
    'XHKG',
    '2024-09-05T08:11:00Z',
    'closed',
    'pre-open',
    '2024-09-09T01:00:00Z',
    '2024-09-09T01:30:00Z',
    'Thu 5 Sep 2024 16:11',
  ],
  // XTAI 2027 (provisional): Labour Day (Saturday 1 May) observed on Friday 30 April, and New
  // Year's Day 2028 (a Saturday) on Friday 31 December, by the rule that moves a Saturday holiday
  // to the Friday before. Taipei is UTC+8.
  [
    'XTAI',
    '2027-04-29T05:31:00Z',
    'closed',
    'pre-open',
    '2027-05-03T00:30:00Z',
    '2027-05-03T01:00:00Z',
    'Thu 29 Apr 2027 13:31',
  ],
  [
    'XTAI',
    '2027-12-30T05:31:00Z',
    'closed',
    'pre-open',
    '2028-01-03T00:30:00Z',
    '2028-01-03T01:00:00Z',
    'Thu 30 Dec 2027 13:31',
  ],
  // Special sessions. KRX (UTC+9): the first trading day opens at 10:00 (auction from 09:30) and
  // closes at 15:30; on the college entrance exam day (CSAT) the day moves an hour, 10:00-16:30.
  [
    'XKRX',
    '2025-01-02T00:00:00Z',
    'closed',
    'pre-open',
    '2025-01-02T00:30:00Z',
    '2025-01-02T01:00:00Z',
    '2 Jan 2025 09:00, first trading day',
  ],
  [
    'XKRX',
    '2025-01-02T00:59:00Z',
    'pre-open',
    'open',
    '2025-01-02T01:00:00Z',
    '2025-01-02T01:00:00Z',
    '2 Jan 2025 09:59',
  ],
  ['XKRX', '2025-01-02T06:29:00Z', 'open', 'close', '2025-01-02T06:30:00Z', '2025-01-03T00:00:00Z', '2 Jan 2025 15:29'],
  [
    'XKRX',
    '2024-01-01T12:00:00Z',
    'closed',
    'pre-open',
    '2024-01-02T00:30:00Z',
    '2024-01-02T01:00:00Z',
    'New Year 2024: late open next',
  ],
  [
    'XKRX',
    '2026-01-01T12:00:00Z',
    'closed',
    'pre-open',
    '2026-01-02T00:30:00Z',
    '2026-01-02T01:00:00Z',
    'New Year 2026: late open next',
  ],
  [
    'XKRX',
    '2027-01-01T12:00:00Z',
    'closed',
    'pre-open',
    '2027-01-04T00:30:00Z',
    '2027-01-04T01:00:00Z',
    'New Year 2027 (provisional)',
  ],
  [
    'XKRX',
    '2024-11-14T00:10:00Z',
    'closed',
    'pre-open',
    '2024-11-14T00:30:00Z',
    '2024-11-14T01:00:00Z',
    'CSAT 2024, 09:10',
  ],
  [
    'XKRX',
    '2024-11-14T06:45:00Z',
    'open',
    'close',
    '2024-11-14T07:30:00Z',
    '2024-11-15T00:00:00Z',
    'CSAT 2024, 15:45 still open',
  ],
  ['XKRX', '2025-11-13T07:29:00Z', 'open', 'close', '2025-11-13T07:30:00Z', '2025-11-14T00:00:00Z', 'CSAT 2025, 16:29'],
  [
    'XKRX',
    '2026-11-19T00:00:00Z',
    'closed',
    'pre-open',
    '2026-11-19T00:30:00Z',
    '2026-11-19T01:00:00Z',
    'CSAT 2026, 09:00',
  ],
  [
    'XKRX',
    '2026-11-19T07:30:00Z',
    'closed',
    'pre-open',
    '2026-11-19T23:30:00Z',
    '2026-11-20T00:00:00Z',
    'CSAT 2026, 16:30 closed',
  ],

  [
    'XKRX',
    '2027-11-18T07:29:00Z',
    'open',
    'close',
    '2027-11-18T07:30:00Z',
    '2027-11-19T00:00:00Z',
    'CSAT 2027 (provisional), 16:29',
  ],

  // India (UTC+5:30): Muhurat trading on Diwali, an otherwise closed day. 2024: pre-open 17:45,
  // session 18:00-19:00; 2025: pre-open 13:30, session 13:45-14:45 (NSE and BSE circulars).
  [
    'XNSE',
    '2024-11-01T06:00:00Z',
    'closed',
    'pre-open',
    '2024-11-01T12:15:00Z',
    '2024-11-01T12:30:00Z',
    '1 Nov 2024 11:30',
  ],
  [
    'XBOM',
    '2024-11-01T12:29:00Z',
    'pre-open',
    'open',
    '2024-11-01T12:30:00Z',
    '2024-11-01T12:30:00Z',
    'Muhurat 2024, 17:59',
  ],
  [
    'XNSE',
    '2024-11-01T13:29:00Z',
    'open',
    'close',
    '2024-11-01T13:30:00Z',
    '2024-11-04T03:45:00Z',
    'Muhurat 2024, 18:59',
  ],
  [
    'XNSE',
    '2025-10-20T10:01:00Z',
    'closed',
    'pre-open',
    '2025-10-21T08:00:00Z',
    '2025-10-21T08:15:00Z',
    'Mon 20 Oct 2025 15:31',
  ],
  [
    'XBOM',
    '2025-10-21T08:15:00Z',
    'open',
    'close',
    '2025-10-21T09:15:00Z',
    '2025-10-23T03:45:00Z',
    'Muhurat 2025, 13:45',
  ],
  [
    'XNSE',
    '2025-10-21T09:15:00Z',
    'closed',
    'pre-open',
    '2025-10-23T03:30:00Z',
    '2025-10-23T03:45:00Z',
    'Muhurat 2025 over, 14:45',
  ],
  // XCBF (Cboe Futures, VX) has its own holiday times: on US holidays the session halts at 10:30 CT
  // (CFE's rule filing CFE-2014-010 and its holiday circulars), the day after Thanksgiving and
  // Christmas Eve close at 12:15 CT. CME Globex (XNYM) keeps 12:00 and 12:45 CT.
  [
    'XCBF',
    '2025-01-20T16:29:00Z',
    'open',
    'close',
    '2025-01-20T16:30:00Z',
    '2025-01-20T23:00:00Z',
    'MLK Day 2025, 10:29 CST',
  ],
  [
    'XNYM',
    '2025-01-20T16:30:00Z',
    'open',
    'close',
    '2025-01-20T18:00:00Z',
    '2025-01-20T23:00:00Z',
    'MLK Day 2025, 10:30 CST',
  ],
  [
    'XCBF',
    '2025-11-28T18:14:00Z',
    'open',
    'close',
    '2025-11-28T18:15:00Z',
    '2025-11-30T23:00:00Z',
    'Fri 28 Nov 2025 12:14 CST',
  ],
  [
    'XCBF',
    '2026-12-24T18:15:00Z',
    'closed',
    'open',
    '2026-12-27T23:00:00Z',
    '2026-12-27T23:00:00Z',
    'Christmas Eve 2026 12:15 CST',
  ],
  [
    'XCEC',
    '2026-12-24T18:15:00Z',
    'open',
    'close',
    '2026-12-24T18:45:00Z',
    '2026-12-27T23:00:00Z',
    'Christmas Eve 2026 12:15 CST',
  ],
  [
    'XCBF',
    '2027-07-05T15:29:00Z',
    'open',
    'close',
    '2027-07-05T15:30:00Z',
    '2027-07-05T22:00:00Z',
    'Independence Day (observed) 2027, 10:29 CDT',
  ],
];

describe('marketState: calendars as checked against the exchanges', () => {
  checkRows(TABLE);
});

describe('addClosures and removeClosures at run time', () => {
  afterEach(() => removeClosures('XNSE'));

  it('keeps what earlier calls added, and reads back with no note when none was given', () => {
    addClosures('XNSE', [{ date: '2026-11-06', kind: 'closed' }]);
    addClosures('XNSE', [{ date: '2026-11-09', kind: 'half-day', close: '12:00', note: 'Test' }]);
    expect(closureOn('XNSE', '2026-11-06')).to.deep.equal({ kind: 'closed' });
    expect(closureOn('XNSE', '2026-11-09')).to.deep.equal({ kind: 'half-day', close: '12:00', note: 'Test' });
  });

  it('removes the dates named and no others; on a market with nothing added, it does nothing', () => {
    addClosures('XNSE', [
      { date: '2026-11-06', kind: 'closed' },
      { date: '2026-11-09', kind: 'closed' },
    ]);
    removeClosures('XNSE', ['2026-11-06']);
    expect(closureOn('XNSE', '2026-11-06')).to.equal(undefined);
    expect(closureOn('XNSE', '2026-11-09')).to.deep.equal({ kind: 'closed' });
    expect(() => removeClosures('XTSE', ['2026-11-06'])).to.not.throw();
  });
});

describe('special sessions', () => {
  afterEach(() => {
    removeClosures('XNSE');
    removeClosures('XKRX');
  });

  it('reads back with its own open and close, and is neither closed nor a half day', () => {
    expect(closureOn('XKRX', '2025-11-13')).to.deep.equal({
      kind: 'special',
      note: 'College entrance exam (late open)',
      open: '10:00',
      close: '16:30',
    });
    expect(closureOn('XNSE', '2024-11-01')).to.include({ kind: 'special', open: '18:00', close: '19:00' });
    expect(marketState('XKRX', new Date('2025-11-13T02:00:00Z')).halfDay).to.equal(undefined);
  });

  it('a site adds one at run time, even on a weekend (Muhurat 2026 fell on Sunday 8 November)', () => {
    addClosures('XNSE', [{ date: '2026-11-08', kind: 'special', open: '18:00', close: '19:00', note: 'Muhurat' }]);
    const before = marketState('XNSE', new Date('2026-11-07T06:00:00Z'));
    expect(before.state).to.equal('closed');
    expect(iso(before.next?.at)).to.equal('2026-11-08T12:15:00Z');
    expect(iso(before.nextOpen)).to.equal('2026-11-08T12:30:00Z');
    const during = marketState('XNSE', new Date('2026-11-08T13:00:00Z'));
    expect(during.state).to.equal('open');
    expect(iso(during.next?.at)).to.equal('2026-11-08T13:30:00Z');
    // Monday 9 November is a trading day; Tuesday 10 November (Balipratipada) is closed.
    expect(iso(during.nextOpen)).to.equal('2026-11-09T03:45:00Z');
  });

  it("kind 'regular' cancels a bundled special session", () => {
    addClosures('XKRX', [{ date: '2025-01-02', kind: 'regular' }]);
    expect(iso(marketState('XKRX', new Date('2025-01-01T12:00:00Z')).nextOpen)).to.equal('2025-01-02T00:00:00Z');
  });

  const refused: Array<[string, unknown, RegExp]> = [
    [
      'a special session with no open time',
      { date: '2026-11-08', kind: 'special', close: '19:00' },
      /XNSE "2026-11-08" \(special\): open must be a time of day from 00:00 to 23:59, got undefined/,
    ],
    [
      'a special session with no close time',
      { date: '2026-11-08', kind: 'special', open: '18:00' },
      /close must be a time of day from 00:00 to 23:59, got undefined/,
    ],
    [
      'a special session that closes before it opens',
      { date: '2026-11-08', kind: 'special', open: '19:00', close: '18:00' },
      /open must be before close, got 19:00-18:00/,
    ],
    [
      'an open time on a half day',
      { date: '2026-11-09', kind: 'half-day', open: '10:00' },
      /only a special session has an open time/,
    ],
    [
      'a special session that closes when it opens',
      { date: '2026-11-08', kind: 'special', open: '18:00', close: '18:00' },
      /open must be before close, got 18:00-18:00/,
    ],
    [
      'a half day whose close is not a time of day',
      { date: '2026-11-09', kind: 'half-day', close: '24:00' },
      /XNSE "2026-11-09" \(half-day\): close must be a time of day from 00:00 to 23:59, got "24:00"/,
    ],
    [
      'a time that only prints as one',
      { date: '2026-11-09', kind: 'half-day', close: { toString: () => '12:00' } },
      /close must be a time of day/,
    ],
    [
      'an entry that is not an object',
      '2026-11-09',
      /^addClosures: XNSE "2026-11-09": expected an exchange-local date/,
    ],
    ['a missing entry', null, /^addClosures: XNSE null: expected an exchange-local date/],
  ];
  for (const [what, entry, message] of refused) {
    it(`refuses ${what}, naming the entry, and adds nothing`, () => {
      const good = { date: '2026-11-06', kind: 'closed' as const };
      expect(() => addClosures('XNSE', [good, entry as never])).to.throw(RangeError, message);
      expect(closureOn('XNSE', '2026-11-06')).to.equal(undefined);
    });
  }
});
