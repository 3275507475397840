import { expect } from '@open-wc/testing';
import { knownMarkets, marketState } from '../packages/market-ticker/src/sessions.js';
import { checkRows, iso, type Row } from './session-rows.js';
import { addClosures, closureOn, removeClosures } from '../packages/market-ticker/src/holidays.js';

/**
 * The markets added in issue 19. [market, instant (UTC), state, next transition kind, next
 * transition (UTC), next start of continuous trading (UTC), what the row checks (local times)].
 * Tokyo and Seoul are UTC+9, Taipei and Singapore UTC+8, India UTC+5:30, all year. Sydney is
 * UTC+11 / UTC+10 (AEST from the first Sunday of April to the first Sunday of October). Frankfurt
 * and Paris UTC+1 / UTC+2 (2025: 30 Mar - 26 Oct; 2026: 29 Mar - 25 Oct). Toronto, Chicago and
 * New York change on 9 Mar / 2 Nov 2025 and 8 Mar / 1 Nov 2026.
 */

const TABLE: Row[] = [
  // XTKS: lunch 11:30-12:30, close 15:30 (15:00 before 5 November 2024).
  ['XTKS', '2025-04-16T02:29:00Z', 'open', 'break', '2025-04-16T02:30:00Z', '2025-04-16T03:30:00Z', '11:29'],
  ['XTKS', '2025-04-16T02:30:00Z', 'break', 'open', '2025-04-16T03:30:00Z', '2025-04-16T03:30:00Z', '11:30 lunch'],
  ['XTKS', '2025-04-16T06:29:00Z', 'open', 'close', '2025-04-16T06:30:00Z', '2025-04-17T00:00:00Z', '15:29'],
  ['XTKS', '2025-04-15T23:59:00Z', 'pre-open', 'open', '2025-04-16T00:00:00Z', '2025-04-16T00:00:00Z', '08:59'],
  [
    'XTKS',
    '2024-04-19T05:59:00Z',
    'open',
    'close',
    '2024-04-19T06:00:00Z',
    '2024-04-22T00:00:00Z',
    '2024, before arrowhead 4.0: 14:59',
  ],
  [
    'XTKS',
    '2024-12-30T06:31:00Z',
    'closed',
    'pre-open',
    '2025-01-05T23:00:00Z',
    '2025-01-06T00:00:00Z',
    'year-end 2024',
  ],
  [
    'XTKS',
    '2025-05-02T06:31:00Z',
    'closed',
    'pre-open',
    '2025-05-06T23:00:00Z',
    '2025-05-07T00:00:00Z',
    'Golden Week 2025',
  ],
  [
    'XTKS',
    '2026-09-18T06:31:00Z',
    'closed',
    'pre-open',
    '2026-09-23T23:00:00Z',
    '2026-09-24T00:00:00Z',
    'Silver Week 2026',
  ],
  [
    'XTKS',
    '2027-03-19T06:31:00Z',
    'closed',
    'pre-open',
    '2027-03-22T23:00:00Z',
    '2027-03-23T00:00:00Z',
    '2027 (provisional) equinox',
  ],

  // XKRX: 08:30 auction, 09:00-15:30.
  ['XKRX', '2025-04-15T23:29:00Z', 'closed', 'pre-open', '2025-04-15T23:30:00Z', '2025-04-16T00:00:00Z', '08:29'],
  ['XKRX', '2025-04-16T06:29:00Z', 'open', 'close', '2025-04-16T06:30:00Z', '2025-04-17T00:00:00Z', '15:29'],
  [
    'XKRX',
    '2024-02-08T06:31:00Z',
    'closed',
    'pre-open',
    '2024-02-12T23:30:00Z',
    '2024-02-13T00:00:00Z',
    'Seollal 2024',
  ],
  [
    'XKRX',
    '2025-10-02T06:31:00Z',
    'closed',
    'pre-open',
    '2025-10-09T23:30:00Z',
    '2025-10-10T00:00:00Z',
    'Chuseok 2025',
  ],
  [
    'XKRX',
    '2026-02-13T06:31:00Z',
    'closed',
    'pre-open',
    '2026-02-18T23:30:00Z',
    '2026-02-19T00:00:00Z',
    'Seollal 2026',
  ],
  [
    'XKRX',
    '2027-02-05T06:31:00Z',
    'closed',
    'pre-open',
    '2027-02-09T23:30:00Z',
    '2027-02-10T00:00:00Z',
    'Seollal 2027',
  ],

  // XTAI: 08:30 orders, 09:00-13:30.
  ['XTAI', '2025-04-16T05:29:00Z', 'open', 'close', '2025-04-16T05:30:00Z', '2025-04-17T01:00:00Z', '13:29'],
  [
    'XTAI',
    '2024-10-01T05:31:00Z',
    'closed',
    'pre-open',
    '2024-10-04T00:30:00Z',
    '2024-10-04T01:00:00Z',
    'Typhoon Krathon 2024',
  ],
  [
    'XTAI',
    '2025-01-22T05:31:00Z',
    'closed',
    'pre-open',
    '2025-02-03T00:30:00Z',
    '2025-02-03T01:00:00Z',
    'Lunar New Year 2025',
  ],
  [
    'XTAI',
    '2026-02-26T05:31:00Z',
    'closed',
    'pre-open',
    '2026-03-02T00:30:00Z',
    '2026-03-02T01:00:00Z',
    'Peace Memorial Day 2026',
  ],
  [
    'XTAI',
    '2027-09-14T05:31:00Z',
    'closed',
    'pre-open',
    '2027-09-16T00:30:00Z',
    '2027-09-16T01:00:00Z',
    'Mid-Autumn 2027',
  ],

  // XASX: 07:00 pre-open, 10:00-16:10 (14:10 on the year-end half days).
  ['XASX', '2025-04-04T05:09:00Z', 'open', 'close', '2025-04-04T05:10:00Z', '2025-04-07T00:00:00Z', 'Fri 16:09 AEDT'],
  [
    'XASX',
    '2025-04-04T05:11:00Z',
    'closed',
    'pre-open',
    '2025-04-06T21:00:00Z',
    '2025-04-07T00:00:00Z',
    'AEDT ends 6 Apr 2025',
  ],
  [
    'XASX',
    '2025-10-03T06:11:00Z',
    'closed',
    'pre-open',
    '2025-10-05T20:00:00Z',
    '2025-10-05T23:00:00Z',
    'AEDT starts 5 Oct 2025',
  ],
  [
    'XASX',
    '2026-04-02T05:11:00Z',
    'closed',
    'pre-open',
    '2026-04-06T21:00:00Z',
    '2026-04-07T00:00:00Z',
    'Easter and AEST 2026',
  ],
  [
    'XASX',
    '2026-10-02T06:11:00Z',
    'closed',
    'pre-open',
    '2026-10-04T20:00:00Z',
    '2026-10-04T23:00:00Z',
    'AEDT starts 4 Oct 2026',
  ],
  ['XASX', '2025-12-24T03:09:00Z', 'open', 'close', '2025-12-24T03:10:00Z', '2025-12-28T23:00:00Z', 'half day 14:09'],
  [
    'XASX',
    '2024-04-24T06:11:00Z',
    'closed',
    'pre-open',
    '2024-04-25T21:00:00Z',
    '2024-04-26T00:00:00Z',
    'ANZAC Day 2024',
  ],
  ['XASX', '2027-03-25T05:11:00Z', 'closed', 'pre-open', '2027-03-29T20:00:00Z', '2027-03-29T23:00:00Z', 'Easter 2027'],

  // XSES: 08:30 pre-open, 09:00-17:06 without a lunch break; half days to 12:06.
  [
    'XSES',
    '2025-04-16T04:30:00Z',
    'open',
    'close',
    '2025-04-16T09:06:00Z',
    '2025-04-17T01:00:00Z',
    '12:30: trades through lunch',
  ],
  [
    'XSES',
    '2025-04-16T09:05:00Z',
    'open',
    'close',
    '2025-04-16T09:06:00Z',
    '2025-04-17T01:00:00Z',
    '17:05 closing routine',
  ],
  [
    'XSES',
    '2025-01-28T04:05:00Z',
    'open',
    'close',
    '2025-01-28T04:06:00Z',
    '2025-01-31T01:00:00Z',
    'Chinese New Year eve half day',
  ],
  [
    'XSES',
    '2024-08-08T09:07:00Z',
    'closed',
    'pre-open',
    '2024-08-12T00:30:00Z',
    '2024-08-12T01:00:00Z',
    'National Day 2024',
  ],
  [
    'XSES',
    '2026-05-26T09:07:00Z',
    'closed',
    'pre-open',
    '2026-05-28T00:30:00Z',
    '2026-05-28T01:00:00Z',
    'Hari Raya Haji 2026',
  ],
  [
    'XSES',
    '2027-08-06T09:07:00Z',
    'closed',
    'pre-open',
    '2027-08-10T00:30:00Z',
    '2027-08-10T01:00:00Z',
    'National Day 2027',
  ],

  // XBOM and XNSE: 09:00 pre-open, 09:15-15:30 IST.
  ['XNSE', '2025-04-16T09:59:00Z', 'open', 'close', '2025-04-16T10:00:00Z', '2025-04-17T03:45:00Z', '15:29'],
  ['XBOM', '2025-04-16T03:44:00Z', 'pre-open', 'open', '2025-04-16T03:45:00Z', '2025-04-16T03:45:00Z', '09:14'],
  ['XBOM', '2024-01-19T10:01:00Z', 'closed', 'pre-open', '2024-01-23T03:30:00Z', '2024-01-23T03:45:00Z', '22 Jan 2024'],
  [
    'XNSE',
    '2025-04-17T10:01:00Z',
    'closed',
    'pre-open',
    '2025-04-21T03:30:00Z',
    '2025-04-21T03:45:00Z',
    'Good Friday 2025',
  ],
  ['XNSE', '2026-03-02T10:01:00Z', 'closed', 'pre-open', '2026-03-04T03:30:00Z', '2026-03-04T03:45:00Z', 'Holi 2026'],
  ['XBOM', '2027-10-28T10:01:00Z', 'closed', 'pre-open', '2027-11-01T03:30:00Z', '2027-11-01T03:45:00Z', 'Diwali 2027'],

  // XETR: 08:50 auction, 09:00-17:35.
  ['XETR', '2025-03-28T16:34:00Z', 'open', 'close', '2025-03-28T16:35:00Z', '2025-03-31T07:00:00Z', 'Fri 17:34 CET'],
  [
    'XETR',
    '2025-03-28T16:36:00Z',
    'closed',
    'pre-open',
    '2025-03-31T06:50:00Z',
    '2025-03-31T07:00:00Z',
    'CEST starts 30 Mar 2025',
  ],
  [
    'XETR',
    '2025-10-24T15:36:00Z',
    'closed',
    'pre-open',
    '2025-10-27T07:50:00Z',
    '2025-10-27T08:00:00Z',
    'CET from 26 Oct 2025',
  ],
  [
    'XETR',
    '2026-03-27T16:36:00Z',
    'closed',
    'pre-open',
    '2026-03-30T06:50:00Z',
    '2026-03-30T07:00:00Z',
    'CEST starts 29 Mar 2026',
  ],
  [
    'XETR',
    '2026-10-23T15:36:00Z',
    'closed',
    'pre-open',
    '2026-10-26T07:50:00Z',
    '2026-10-26T08:00:00Z',
    'CET from 25 Oct 2026',
  ],
  [
    'XETR',
    '2024-12-23T16:36:00Z',
    'closed',
    'pre-open',
    '2024-12-27T07:50:00Z',
    '2024-12-27T08:00:00Z',
    'Christmas 2024',
  ],
  ['XETR', '2025-04-30T15:36:00Z', 'closed', 'pre-open', '2025-05-02T06:50:00Z', '2025-05-02T07:00:00Z', '1 May 2025'],
  [
    'XETR',
    '2026-12-23T16:36:00Z',
    'closed',
    'pre-open',
    '2026-12-28T07:50:00Z',
    '2026-12-28T08:00:00Z',
    'Christmas 2026',
  ],
  [
    'XETR',
    '2027-03-25T16:36:00Z',
    'closed',
    'pre-open',
    '2027-03-30T06:50:00Z',
    '2027-03-30T07:00:00Z',
    'Easter and CEST 2027',
  ],

  // XPAR: 07:15 pre-open, 09:00-17:35; 14:05 on 24 and 31 December.
  [
    'XPAR',
    '2025-03-28T16:36:00Z',
    'closed',
    'pre-open',
    '2025-03-31T05:15:00Z',
    '2025-03-31T07:00:00Z',
    'CEST starts 30 Mar 2025',
  ],
  [
    'XPAR',
    '2025-10-24T15:36:00Z',
    'closed',
    'pre-open',
    '2025-10-27T06:15:00Z',
    '2025-10-27T08:00:00Z',
    'CET from 26 Oct 2025',
  ],
  [
    'XPAR',
    '2026-03-27T16:36:00Z',
    'closed',
    'pre-open',
    '2026-03-30T05:15:00Z',
    '2026-03-30T07:00:00Z',
    'CEST starts 29 Mar 2026',
  ],
  [
    'XPAR',
    '2026-10-23T15:36:00Z',
    'closed',
    'pre-open',
    '2026-10-26T06:15:00Z',
    '2026-10-26T08:00:00Z',
    'CET from 25 Oct 2026',
  ],
  [
    'XPAR',
    '2025-12-31T13:04:00Z',
    'open',
    'close',
    '2025-12-31T13:05:00Z',
    '2026-01-02T08:00:00Z',
    "New Year's Eve half day 14:04",
  ],
  [
    'XPAR',
    '2024-12-24T13:06:00Z',
    'closed',
    'pre-open',
    '2024-12-27T06:15:00Z',
    '2024-12-27T08:00:00Z',
    'Christmas 2024',
  ],
  ['XPAR', '2025-04-17T15:36:00Z', 'closed', 'pre-open', '2025-04-22T05:15:00Z', '2025-04-22T07:00:00Z', 'Easter 2025'],
  ['XPAR', '2027-03-25T16:36:00Z', 'closed', 'pre-open', '2027-03-30T05:15:00Z', '2027-03-30T07:00:00Z', 'Easter 2027'],

  // XTSE: 07:00 pre-open, 09:30-16:00; 13:00 on Christmas Eve.
  [
    'XTSE',
    '2025-03-07T21:01:00Z',
    'closed',
    'pre-open',
    '2025-03-10T11:00:00Z',
    '2025-03-10T13:30:00Z',
    'EDT starts 9 Mar 2025',
  ],
  [
    'XTSE',
    '2025-10-31T20:01:00Z',
    'closed',
    'pre-open',
    '2025-11-03T12:00:00Z',
    '2025-11-03T14:30:00Z',
    'EST from 2 Nov 2025',
  ],
  [
    'XTSE',
    '2026-03-06T21:01:00Z',
    'closed',
    'pre-open',
    '2026-03-09T11:00:00Z',
    '2026-03-09T13:30:00Z',
    'EDT starts 8 Mar 2026',
  ],
  [
    'XTSE',
    '2026-10-30T20:01:00Z',
    'closed',
    'pre-open',
    '2026-11-02T12:00:00Z',
    '2026-11-02T14:30:00Z',
    'EST from 1 Nov 2026',
  ],
  [
    'XTSE',
    '2025-12-24T17:59:00Z',
    'open',
    'close',
    '2025-12-24T18:00:00Z',
    '2025-12-29T14:30:00Z',
    'Christmas Eve 12:59',
  ],
  [
    'XTSE',
    '2024-08-02T20:01:00Z',
    'closed',
    'pre-open',
    '2024-08-06T11:00:00Z',
    '2024-08-06T13:30:00Z',
    'Civic Holiday 2024',
  ],
  [
    'XTSE',
    '2026-12-24T18:01:00Z',
    'closed',
    'pre-open',
    '2026-12-29T12:00:00Z',
    '2026-12-29T14:30:00Z',
    'Christmas 2026',
  ],
  [
    'XTSE',
    '2027-05-21T20:01:00Z',
    'closed',
    'pre-open',
    '2027-05-25T11:00:00Z',
    '2027-05-25T13:30:00Z',
    'Victoria Day 2027',
  ],

  // XNYM, XCEC, XCBF: Sunday 17:00 to Friday 16:00 Chicago, daily break 16:00-17:00.
  ['XNYM', '2025-04-16T20:59:00Z', 'open', 'break', '2025-04-16T21:00:00Z', '2025-04-16T22:00:00Z', 'Wed 15:59 CDT'],
  [
    'XNYM',
    '2025-04-16T21:00:00Z',
    'break',
    'open',
    '2025-04-16T22:00:00Z',
    '2025-04-16T22:00:00Z',
    'daily break 16:00',
  ],
  [
    'XCEC',
    '2025-04-16T21:59:00Z',
    'break',
    'open',
    '2025-04-16T22:00:00Z',
    '2025-04-16T22:00:00Z',
    'daily break 16:59',
  ],
  [
    'XCBF',
    '2025-04-16T22:00:00Z',
    'open',
    'close',
    '2025-04-17T21:00:00Z',
    '2025-04-20T22:00:00Z',
    'Wed 17:00; Thu 16:00 closes for Good Friday',
  ],
  [
    'XNYM',
    '2025-04-11T21:01:00Z',
    'closed',
    'open',
    '2025-04-13T22:00:00Z',
    '2025-04-13T22:00:00Z',
    'Fri 16:01: the weekend',
  ],
  ['XNYM', '2025-04-12T17:00:00Z', 'closed', 'open', '2025-04-13T22:00:00Z', '2025-04-13T22:00:00Z', 'Saturday'],
  ['XNYM', '2025-04-13T21:59:00Z', 'closed', 'open', '2025-04-13T22:00:00Z', '2025-04-13T22:00:00Z', 'Sun 16:59'],
  ['XNYM', '2025-04-13T22:00:00Z', 'open', 'break', '2025-04-14T21:00:00Z', '2025-04-14T22:00:00Z', 'Sun 17:00 open'],
  [
    'XNYM',
    '2025-04-14T05:00:00Z',
    'open',
    'break',
    '2025-04-14T21:00:00Z',
    '2025-04-14T22:00:00Z',
    'Mon 00:00 still open',
  ],
  [
    'XNYM',
    '2025-03-07T22:01:00Z',
    'closed',
    'open',
    '2025-03-09T22:00:00Z',
    '2025-03-09T22:00:00Z',
    'CDT starts 9 Mar 2025',
  ],
  [
    'XNYM',
    '2025-10-31T21:01:00Z',
    'closed',
    'open',
    '2025-11-02T23:00:00Z',
    '2025-11-02T23:00:00Z',
    'CST from 2 Nov 2025',
  ],
  [
    'XCEC',
    '2026-03-06T22:01:00Z',
    'closed',
    'open',
    '2026-03-08T22:00:00Z',
    '2026-03-08T22:00:00Z',
    'CDT starts 8 Mar 2026',
  ],
  [
    'XCEC',
    '2026-10-30T21:01:00Z',
    'closed',
    'open',
    '2026-11-01T23:00:00Z',
    '2026-11-01T23:00:00Z',
    'CST from 1 Nov 2026',
  ],
  [
    'XNYM',
    '2025-04-17T21:01:00Z',
    'closed',
    'open',
    '2025-04-20T22:00:00Z',
    '2025-04-20T22:00:00Z',
    'Good Friday 2025: no break',
  ],
  [
    'XNYM',
    '2025-07-04T16:59:00Z',
    'open',
    'close',
    '2025-07-04T17:00:00Z',
    '2025-07-06T22:00:00Z',
    'Independence Day halt 12:00',
  ],
  ['XCEC', '2024-12-24T18:46:00Z', 'closed', 'open', '2024-12-25T23:00:00Z', '2024-12-25T23:00:00Z', 'Christmas 2024'],
  [
    'XCBF',
    '2026-11-26T18:01:00Z',
    'closed',
    'open',
    '2026-11-26T23:00:00Z',
    '2026-11-26T23:00:00Z',
    'Thanksgiving 2026',
  ],
  [
    'XNYM',
    '2027-03-25T21:01:00Z',
    'closed',
    'open',
    '2027-03-28T22:00:00Z',
    '2027-03-28T22:00:00Z',
    'Good Friday 2027',
  ],

  // 24/5: Sunday 17:00 to Friday 17:00 New York.
  ['24/5', '2025-04-18T20:59:00Z', 'open', 'close', '2025-04-18T21:00:00Z', '2025-04-20T21:00:00Z', 'Fri 16:59 EDT'],
  ['24/5', '2025-04-18T21:00:00Z', 'closed', 'open', '2025-04-20T21:00:00Z', '2025-04-20T21:00:00Z', 'Fri 17:00 EDT'],
  ['24/5', '2025-04-20T20:59:00Z', 'closed', 'open', '2025-04-20T21:00:00Z', '2025-04-20T21:00:00Z', 'Sun 16:59 EDT'],
  ['24/5', '2025-04-20T21:00:00Z', 'open', 'close', '2025-04-25T21:00:00Z', '2025-04-27T21:00:00Z', 'Sun 17:00 EDT'],
  ['24/5', '2025-04-23T12:00:00Z', 'open', 'close', '2025-04-25T21:00:00Z', '2025-04-27T21:00:00Z', 'Wednesday'],
  ['24/5', '2026-01-09T21:59:00Z', 'open', 'close', '2026-01-09T22:00:00Z', '2026-01-11T22:00:00Z', 'Fri 16:59 EST'],
  ['24/5', '2026-01-11T22:00:00Z', 'open', 'close', '2026-01-16T22:00:00Z', '2026-01-18T22:00:00Z', 'Sun 17:00 EST'],
];

describe('marketState: every market of the catalogue', () => {
  it('covers every market added in issue 19', () => {
    const added = knownMarkets().filter(
      (mic) => !['XHKG', 'XSHG', 'XSHE', 'XNYS', 'XNAS', 'XLON', '24/7'].includes(mic),
    );
    expect(new Set(TABLE.map(([mic]) => mic))).to.have.keys(added);
  });

  checkRows(TABLE);

  it('24/7 is always open and never changes', () => {
    for (const at of ['2025-04-19T12:00:00Z', '2025-12-25T00:00:00Z', '2026-03-08T07:30:00Z']) {
      expect(marketState('24/7', new Date(at))).to.deep.equal({ market: '24/7', state: 'open', timeZone: 'UTC' });
    }
  });

  it('reports the break kind and half days', () => {
    expect(marketState('XTKS', new Date('2025-04-16T02:45:00Z')).breakKind).to.equal('lunch');
    expect(marketState('XNYM', new Date('2025-04-16T21:30:00Z')).breakKind).to.equal('daily');
    expect(marketState('XPAR', new Date('2025-12-24T10:00:00Z')).halfDay).to.equal(true);
    expect(marketState('XPAR', new Date('2025-12-23T10:00:00Z')).halfDay).to.equal(undefined);
  });
});

describe('addClosures on the added markets', () => {
  afterEach(() => {
    for (const mic of knownMarkets()) removeClosures(mic);
  });

  it('a half day with its own close time cuts the session there', () => {
    addClosures('XTKS', [{ date: '2025-04-16', kind: 'half-day', close: '11:00', note: 'Test' }]);
    expect(closureOn('XTKS', '2025-04-16')).to.deep.equal({ kind: 'half-day', note: 'Test', close: '11:00' });
    const snapshot = marketState('XTKS', new Date('2025-04-16T01:30:00Z'));
    expect(snapshot.state).to.equal('open');
    expect(iso(snapshot.next?.at)).to.equal('2025-04-16T02:00:00Z');
    expect(snapshot.next?.kind).to.equal('close');
  });

  it('closes a futures trade date: no evening session before it', () => {
    addClosures('XNYM', [{ date: '2025-04-16', kind: 'closed' }]);
    const snapshot = marketState('XNYM', new Date('2025-04-15T20:59:00Z'));
    expect(snapshot.next?.kind).to.equal('close');
    expect(iso(snapshot.nextOpen)).to.equal('2025-04-16T22:00:00Z');
  });

  const refused: Array<[string, unknown, RegExp]> = [
    [
      'an impossible date',
      { date: '2025-02-30', kind: 'closed', note: 'Typhoon' },
      /XTKS "2025-02-30" \(closed, "Typhoon"\).*YYYY-MM-DD/,
    ],
    ['a date in another shape', { date: '16/04/2025', kind: 'closed' }, /XTKS "16\/04\/2025".*YYYY-MM-DD/],
    ['an unknown kind', { date: '2025-04-16', kind: 'shut' }, /XTKS "2025-04-16" \(shut\).*kind/],
    [
      'a close time past the day',
      { date: '2025-04-16', kind: 'half-day', close: '24:30' },
      /XTKS "2025-04-16" \(half-day\).*00:00 to 23:59, got "24:30"/,
    ],
    ['a close time with no minutes', { date: '2025-04-16', kind: 'half-day', close: '13' }, /00:00 to 23:59, got "13"/],
    [
      'a close time on a closed day',
      { date: '2025-04-16', kind: 'closed', close: '12:00' },
      /only a half day or a special session has a close time/,
    ],
  ];
  for (const [what, entry, message] of refused) {
    it(`refuses ${what}, naming the entry, and adds nothing`, () => {
      const good = { date: '2025-04-17', kind: 'closed' as const };
      expect(() => addClosures('xtks', [good, entry as never])).to.throw(RangeError, message);
      expect(closureOn('XTKS', '2025-04-17')).to.equal(undefined);
    });
  }
});
