// The feed's pure parts on their own: reading a message, merging updates, summing up what was
// dropped, and the health every transport shares (status, staleness, retries). In the browsers and
// in Node (mutation testing).
import { expect } from '@open-wc/testing';
import { Health } from '../packages/market-ticker/src/feeds/health.js';
import {
  MESSAGE_LIMITS,
  checkMessage,
  describe as describeError,
  mergeQuotes,
  parseJson,
  summarize,
} from '../packages/market-ticker/src/feeds/messages.js';
import type { FeedStatus } from '../packages/market-ticker/src/feeds/types.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { useFakeTimers } from './fake-timers.js';

const ok = (data: unknown) => {
  const parsed = checkMessage(data);
  if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
  return parsed;
};

describe('feeds/messages: reading a message', () => {
  it('takes a text of exactly the size limit, and refuses one character more', () => {
    const fits = `"${'a'.repeat(MESSAGE_LIMITS.chars - 2)}"`;
    expect(parseJson(fits).ok).to.equal(true);
    expect(parseJson(`${fits} `)).to.deep.equal({
      ok: false,
      reason: `message is larger than ${MESSAGE_LIMITS.chars} characters`,
    });
  });

  it('takes exactly the quote limit, and refuses one quote more', () => {
    const quotes = Array.from({ length: MESSAGE_LIMITS.quotes }, (_, i) => ({ symbol: `S${i}`, price: 1 }));
    expect(ok({ quotes }).quotes).to.have.length(MESSAGE_LIMITS.quotes);
    expect(checkMessage({ quotes: [...quotes, { symbol: 'X', price: 1 }] })).to.deep.equal({
      ok: false,
      reason: `message has more than ${MESSAGE_LIMITS.quotes} quotes`,
    });
  });

  it('hadQuotes tells an empty message (a heartbeat) from one whose quotes were all dropped', () => {
    expect(ok({ quotes: [] }).hadQuotes).to.equal(false);
    const dropped = ok({ quotes: [{ symbol: '^HSI', price: 'x' }] });
    expect(dropped.hadQuotes).to.equal(true);
    expect(dropped.quotes).to.deep.equal([]);
    expect(dropped.problems).to.have.length(1);
  });

  it('asOf: an ISO time is kept; anything else is a problem and is not kept', () => {
    expect(ok({ quotes: [], asOf: '2025-04-19T12:00:00Z' }).asOf).to.equal('2025-04-19T12:00:00Z');
    for (const asOf of [1745064000000, 'soon', new Date('2025-04-19T12:00:00Z').toString()]) {
      const parsed = ok({ quotes: [], asOf });
      expect(parsed.asOf, String(asOf)).to.equal(undefined);
      expect(parsed.problems, String(asOf)).to.deep.equal(['asOf is not an ISO time']);
    }
    expect(ok({ quotes: [] }).problems).to.deep.equal([]);
  });

  it('seq: a finite number or a Redis stream id is kept; anything else is ignored', () => {
    expect(ok({ quotes: [], seq: 7 }).seq).to.equal(7);
    expect(ok({ quotes: [], seq: 0 }).seq).to.equal(0);
    expect(ok({ quotes: [], seq: '1733097600000-0' }).seq).to.equal('1733097600000-0');
    for (const seq of [Infinity, Number.NaN, '12', 'a-b', '1-2-3', `${'1'.repeat(17)}-0`, null, {}]) {
      const parsed = ok({ quotes: [], seq });
      expect(parsed.seq, String(seq)).to.equal(undefined);
      expect(parsed.problems, String(seq)).to.deep.equal([]);
    }
  });
});

describe('feeds/messages: merging updates', () => {
  it('a symbol listed twice is updated where it first stands', () => {
    const current: Quote[] = [
      { symbol: 'A', price: 1 },
      { symbol: 'B', price: 2 },
      { symbol: 'A', price: 3 },
    ];
    expect(mergeQuotes(current, [{ symbol: 'A', price: 9 }]).map((q) => q.price)).to.deep.equal([9, 2, 3]);
  });

  it("an update's own name, precision and currency win over the previous ones", () => {
    const previous: Quote = { symbol: 'A', price: 1, name: 'Old', precision: 2, currency: 'HKD' };
    const [merged] = mergeQuotes([previous], [{ symbol: 'A', price: 2, name: 'New', precision: 3, currency: 'USD' }]);
    expect(merged).to.deep.equal({ symbol: 'A', price: 2, name: 'New', precision: 3, currency: 'USD' });
    const [kept] = mergeQuotes([previous], [{ symbol: 'A', price: 2 }]);
    expect(kept).to.deep.equal({ symbol: 'A', price: 2, name: 'Old', precision: 2, currency: 'HKD' });
  });
});

describe('feeds/messages: what the error says', () => {
  it('one problem, three, and more than three', () => {
    expect(summarize(['a'])).to.equal('dropped invalid data, 1 problem: a');
    expect(summarize(['a', 'b', 'c'])).to.equal('dropped invalid data, 3 problems: a; b; c');
    expect(summarize(['a', 'b', 'c', 'd', 'e'])).to.equal('dropped invalid data, 5 problems: a; b; c (and 2 more)');
  });

  it("an error's message, or the thrown value as text", () => {
    expect(describeError(new TypeError('bad'))).to.equal('bad');
    expect(describeError('plain')).to.equal('plain');
    expect(describeError(42)).to.equal('42');
  });
});

describe('feeds/health: status, staleness and retries', () => {
  const clock = useFakeTimers();
  const advance = (ms: number) => clock.advance(ms);

  function health(staleMs = 1000) {
    const statuses: [FeedStatus, string | undefined][] = [];
    const deliveries: [Quote[], string | undefined][] = [];
    const events = {
      onStatus: (status: FeedStatus, error?: string) => void statuses.push([status, error]),
      onQuotes: (quotes: Quote[], asOf?: string) => void deliveries.push([quotes, asOf]),
    };
    return { h: new Health(events, staleMs, { base: 1000, cap: 8000, jitter: 0 }), statuses, deliveries };
  }

  it('reports a status once, but every error, each with its reason', () => {
    const { h, statuses } = health();
    h.report('connecting');
    h.report('connecting');
    h.report('error', 'a');
    h.report('error', 'a');
    h.report('error');
    expect(statuses).to.deep.equal([
      ['connecting', undefined],
      ['error', 'a'],
      ['error', 'a'],
    ]);
  });

  it('a contact is live once, and watched: stale after staleMs without another', () => {
    const { h, statuses } = health(1000);
    h.contact();
    h.contact();
    expect(statuses).to.deep.equal([['live', undefined]]);
    advance(999);
    expect(statuses).to.have.length(1);
    advance(1);
    expect(statuses).to.deep.equal([
      ['live', undefined],
      ['stale', undefined],
    ]);
    h.contact();
    expect(statuses.at(-1)).to.deep.equal(['live', undefined]);
  });

  it('a stale feed is not reported stale again when it is watched anew without contact', () => {
    const { h, statuses } = health(100);
    h.contact();
    advance(100);
    h.watch();
    advance(100);
    expect(statuses.map(([s]) => s)).to.deep.equal(['live', 'stale']);
  });

  it('not watching (a hidden page) arms no stale timer until watched again', () => {
    const { h, statuses } = health(100);
    h.setWatching(false);
    h.contact();
    advance(1000);
    expect(statuses.map(([s]) => s)).to.deep.equal(['live']);
    h.setWatching(true);
    advance(100);
    expect(statuses.map(([s]) => s)).to.deep.equal(['live', 'stale']);
  });

  it('delivers quotes, a heartbeat with asOf, and not an all-dropped message; then names what was dropped', () => {
    const { h, statuses, deliveries } = health();
    h.deliver(ok({ quotes: [{ symbol: 'A', price: 1 }] }));
    h.deliver(ok({ quotes: [], asOf: '2025-04-19T12:00:00Z' }));
    h.deliver(ok({ quotes: [] }));
    h.deliver(ok({ quotes: [{ symbol: 'A', price: 'x' }], asOf: '2025-04-19T12:00:00Z' }));
    expect(deliveries).to.deep.equal([
      [[{ symbol: 'A', price: 1 }], undefined],
      [[], '2025-04-19T12:00:00Z'],
    ]);
    expect(statuses).to.have.length(2);
    expect(statuses[0]).to.deep.equal(['live', undefined]);
    expect(statuses[1][0]).to.equal('error');
    expect(statuses[1][1]).to.match(/^dropped invalid data, 1 problem: quote "A"/);
  });

  it('counts failures for the back-off; stop forgets them, the status and the stale timer', () => {
    const { h, statuses } = health();
    expect(h.fail('down')).to.equal(1000);
    expect(h.fail('down')).to.equal(2000);
    expect(h.failures).to.equal(2);
    h.contact();
    h.stop();
    expect(h.failures).to.equal(0);
    h.report('live');
    expect(statuses.map(([s]) => s)).to.deep.equal(['error', 'error', 'live', 'live']);
    // stop also cleared the stale timer that the contact armed.
    advance(5000);
    expect(statuses.map(([s]) => s)).to.deep.equal(['error', 'error', 'live', 'live']);
  });
});
