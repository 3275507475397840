import { expect } from '@open-wc/testing';
import { marketsOfQuotes, nextPoll } from '../packages/market-ticker/src/feeds/rest.js';

const SECOND = 1000;
const INTERVAL = 15 * SECOND;
const CLOSED = 900 * SECOND;

/** Polls as a feed would under a fake clock: each poll asks when the next one is. */
function pollTimes(quotes: Array<{ symbol: string; exchange?: string }>, from: string, until: string): number[] {
  const markets = marketsOfQuotes(quotes);
  const times: number[] = [];
  for (let now = Date.parse(from); now < Date.parse(until);) {
    times.push(now);
    now += nextPoll(markets, now, INTERVAL, CLOSED).delay;
  }
  return times;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('feeds/rest: closed-interval', () => {
  it('^HSI and ^N225 on a Saturday: one poll per closed-interval, one at the Tokyo open, then every interval', () => {
    // Easter Monday 2025 closes Hong Kong; Tokyo opens Monday 21 April at 09:00 JST (00:00 UTC).
    const times = pollTimes([{ symbol: '^HSI' }, { symbol: '^N225' }], '2025-04-19T00:07:00Z', '2025-04-21T00:01:00Z');
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const open = times.indexOf(Date.parse('2025-04-21T00:00:00Z'));
    expect(open, 'a poll exactly at the open').to.be.greaterThan(0);
    expect(gaps.slice(0, open - 1).every((gap) => gap === CLOSED)).to.equal(true);
    expect(gaps[open - 1]).to.equal(8 * 60 * SECOND); // Sunday 23:52 to the open
    expect(gaps.slice(open).every((gap) => gap === INTERVAL)).to.equal(true);
    expect(gaps.slice(open)).to.have.length(3); // 00:00, 00:00:15, 00:00:30, 00:00:45
    // 47 h 53 min of rest: 192 polls instead of 11,492.
    expect(open).to.equal(192);
  });

  it('a strip that also holds BTC-USD never rests', () => {
    const markets = marketsOfQuotes([{ symbol: '^HSI' }, { symbol: '^N225' }, { symbol: 'BTC-USD' }]);
    expect(markets).to.deep.equal(['XHKG', 'XTKS', '24/7']);
    expect(nextPoll(markets, Date.parse('2025-04-19T12:00:00Z'), INTERVAL, CLOSED)).to.deep.equal({
      delay: INTERVAL,
      resting: false,
    });
  });

  it('a quote with an unknown market never rests; its own exchange wins over the catalogue', () => {
    const saturday = Date.parse('2025-04-19T12:00:00Z');
    expect(
      nextPoll(marketsOfQuotes([{ symbol: '^HSI' }, { symbol: 'UNLISTED' }]), saturday, INTERVAL, CLOSED).resting,
    ).to.equal(false);
    expect(
      nextPoll(marketsOfQuotes([{ symbol: '^HSI', exchange: 'XZZZ' }]), saturday, INTERVAL, CLOSED).resting,
    ).to.equal(false);
    expect(
      nextPoll(marketsOfQuotes([{ symbol: 'BTC-USD', exchange: 'XHKG' }]), saturday, INTERVAL, CLOSED).resting,
    ).to.equal(true);
    expect(nextPoll(marketsOfQuotes([{ symbol: 'DX-Y.NYB' }]), saturday, INTERVAL, CLOSED).resting).to.equal(false);
  });

  it('rests through a lunch break and a pre-opening session up to the open', () => {
    const lunch = nextPoll(['XHKG'], Date.parse('2025-04-16T04:55:00Z'), INTERVAL, CLOSED);
    expect(lunch).to.deep.equal({ delay: 5 * 60 * SECOND, resting: true, wakeAt: new Date('2025-04-16T05:00:00Z') });
    const preOpen = nextPoll(['XHKG'], Date.parse('2025-04-16T01:20:00Z'), INTERVAL, CLOSED);
    expect(preOpen.delay).to.equal(10 * 60 * SECOND);
  });

  it('is awake while any market trades, and without closed-interval or quotes', () => {
    const newYorkAfternoon = Date.parse('2025-04-16T18:00:00Z');
    expect(nextPoll(['XHKG', 'XNYS'], newYorkAfternoon, INTERVAL, CLOSED).resting).to.equal(false);
    expect(nextPoll(['XHKG'], newYorkAfternoon, INTERVAL, undefined).delay).to.equal(INTERVAL);
    expect(nextPoll(['XHKG'], newYorkAfternoon, INTERVAL, 0).delay).to.equal(INTERVAL);
    expect(nextPoll([], newYorkAfternoon, INTERVAL, CLOSED).delay).to.equal(INTERVAL);
    expect(nextPoll(['XHKG'], Number.NaN, INTERVAL, CLOSED).delay).to.equal(INTERVAL);
  });

  it('takes the time as a Date as well as a number, and a closed-interval that is not positive as none', () => {
    const saturday = '2025-04-19T12:00:00Z';
    expect(nextPoll(['XHKG'], new Date(saturday), INTERVAL, CLOSED)).to.include({ delay: CLOSED, resting: true });
    for (const closed of [-CLOSED, 0, Number.NaN]) {
      expect(nextPoll(['XHKG'], Date.parse(saturday), INTERVAL, closed), String(closed)).to.deep.equal({
        delay: INTERVAL,
        resting: false,
      });
    }
  });

  it('24/5 rests from Friday 17:00 New York and wakes on Sunday 17:00', () => {
    const friday = nextPoll(['24/5'], Date.parse('2025-04-18T21:00:00Z'), INTERVAL, CLOSED);
    expect(friday).to.include({ delay: CLOSED, resting: true });
    expect(iso(friday.wakeAt!.getTime())).to.equal('2025-04-20T21:00:00Z');
    expect(nextPoll(['24/5'], Date.parse('2025-04-20T20:59:00Z'), INTERVAL, CLOSED).delay).to.equal(60 * SECOND);
    expect(nextPoll(['24/5'], Date.parse('2025-04-20T21:00:00Z'), INTERVAL, CLOSED).resting).to.equal(false);
  });
});
