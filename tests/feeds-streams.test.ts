// The streams' logic on its own: connecting, back-off, resuming and subscriptions, over scripted
// stand-ins for the browser's EventSource and WebSocket, under fake timers. The real transports
// against a live server are in feeds.test.ts; this runs in the browsers and in Node (mutation
// testing), where neither class is needed.
import { expect } from '@open-wc/testing';
import { createFeed } from '../packages/market-ticker/src/feeds.js';
import type { FeedAdapter } from '../packages/market-ticker/src/adapters/read.js';
import type { Feed, FeedOptions, FeedStatus } from '../packages/market-ticker/src/feeds/types.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { useFakeTimers } from './fake-timers.js';

type Handler = ((event: never) => void) | null;
const message = (quotes: unknown[], extra: object = {}) => JSON.stringify({ quotes, ...extra });
const HSI = { symbol: '^HSI', price: 17284.54, change: 83.27 };

/** An EventSource the test drives: what the feed opened, and the events the server would send. */
class ScriptedEventSource {
  static opened: ScriptedEventSource[] = [];
  onopen: Handler = null;
  onmessage: Handler = null;
  onerror: Handler = null;
  closed = false;
  constructor(readonly url: string) {
    ScriptedEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  open() {
    (this.onopen as (() => void) | null)?.();
  }
  send(data: unknown, lastEventId = '') {
    (this.onmessage as ((event: { data: unknown; lastEventId: string }) => void) | null)?.({ data, lastEventId });
  }
  fail() {
    (this.onerror as (() => void) | null)?.();
  }
}

/** A WebSocket the test drives, keeping what the feed sent and how it closed. */
class ScriptedSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static opened: ScriptedSocket[] = [];
  readyState = ScriptedSocket.CONNECTING;
  onopen: Handler = null;
  onmessage: Handler = null;
  onerror: Handler = null;
  onclose: Handler = null;
  sent: unknown[] = [];
  closedWith: number | undefined;
  constructor(readonly url: string) {
    ScriptedSocket.opened.push(this);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close(code: number) {
    this.closedWith = code;
    this.readyState = ScriptedSocket.CLOSED;
  }
  open() {
    this.readyState = ScriptedSocket.OPEN;
    (this.onopen as (() => void) | null)?.();
  }
  receive(data: unknown) {
    (this.onmessage as ((event: { data: unknown }) => void) | null)?.({ data });
  }
  error() {
    (this.onerror as (() => void) | null)?.();
  }
  drop(code: number, reason = '') {
    this.readyState = ScriptedSocket.CLOSED;
    (this.onclose as ((event: { code: number; reason: string }) => void) | null)?.({ code, reason });
  }
}

/** A transport the browser refuses to open, as for a blocked port. */
class Refusing {
  constructor() {
    throw new Error('port blocked');
  }
}

/** Puts the scripted classes in place of the browser's for each test, and a feed's records. */
function useScriptedStreams() {
  const clock = useFakeTimers();
  const real = { EventSource: globalThis.EventSource, WebSocket: globalThis.WebSocket };
  let feed: Feed | undefined;
  beforeEach(() => {
    ScriptedEventSource.opened = [];
    ScriptedSocket.opened = [];
    Object.assign(globalThis, { EventSource: ScriptedEventSource, WebSocket: ScriptedSocket });
  });
  afterEach(() => {
    feed?.stop();
    feed = undefined;
    Object.assign(globalThis, real);
  });
  return {
    clock,
    /** A started feed with a constant jitter (delays exact), and what it reported. */
    start(options: Partial<FeedOptions> & { src: string }) {
      const statuses: [FeedStatus, string | undefined][] = [];
      const quotes: Quote[][] = [];
      feed = createFeed(
        { random: () => 0.5, ...options },
        { onQuotes: (q) => void quotes.push(q), onStatus: (s, e) => void statuses.push([s, e]) },
      );
      feed.start();
      return { feed, statuses, quotes };
    },
  };
}

describe('feeds/streams: Server-Sent Events', () => {
  const streams = useScriptedStreams();
  const source = (i: number) => ScriptedEventSource.opened[i]!;

  it('connects once, goes live when the stream opens, and delivers its messages', () => {
    const { feed, statuses, quotes } = streams.start({ src: 'https://feed.test/sse', feed: 'sse' });
    feed.start();
    expect(ScriptedEventSource.opened.map((es) => es.url)).to.deep.equal(['https://feed.test/sse']);
    expect(statuses).to.deep.equal([['connecting', undefined]]);
    source(0).open();
    source(0).send(message([HSI]));
    expect(statuses).to.deep.equal([
      ['connecting', undefined],
      ['live', undefined],
    ]);
    expect(quotes).to.deep.equal([[HSI]]);
  });

  it('a bad message is an error naming the reason, and the stream stays open', () => {
    const { statuses, quotes } = streams.start({ src: 'https://feed.test/sse', feed: 'sse' });
    source(0).open();
    source(0).send('<html>');
    // Data that is not text is read as an empty message.
    source(0).send(new Blob(['{"quotes":[]}']));
    source(0).send('');
    expect(quotes).to.deep.equal([]);
    const errors = statuses.filter(([s]) => s === 'error').map(([, reason]) => reason);
    expect(errors).to.have.length(3);
    expect(errors[0]).to.match(/JSON/);
    expect(errors[1]).to.equal(errors[2]);
    expect(source(0).closed).to.equal(false);
  });

  it('a drop closes the stream itself and reconnects after the back-off, resuming from the last event id', () => {
    const { statuses } = streams.start({ src: 'https://feed.test/sse?room=hk', feed: 'sse' });
    source(0).open();
    source(0).send(message([HSI]), '41');
    source(0).send(message([HSI]));
    source(0).fail();
    expect(source(0).closed).to.equal(true);
    expect(source(0).onmessage).to.equal(null);
    expect(statuses.at(-1)).to.deep.equal(['error', 'event stream failed or closed']);
    streams.clock.advance(999);
    expect(ScriptedEventSource.opened).to.have.length(1);
    streams.clock.advance(1);
    expect(source(1).url).to.equal('https://feed.test/sse?room=hk&lastEventId=41');
    expect(statuses.at(-1)).to.deep.equal(['connecting', undefined]);
  });

  it('backs off 1, 2, 4 s on repeated drops, and from 1 s again once a message came through', () => {
    streams.start({ src: 'https://feed.test/sse', feed: 'sse' });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      source(i).fail();
      waits.push(streams.clock.pending()[0]!);
      streams.clock.advance(waits.at(-1)!);
    }
    expect(waits).to.deep.equal([1000, 2000, 4000]);
    // Opening alone is not data flowing again: the count goes on.
    source(3).open();
    source(3).fail();
    expect(streams.clock.pending()[0]).to.equal(8000);
    streams.clock.advance(8000);
    source(4).open();
    source(4).send(message([HSI]));
    source(4).fail();
    expect(streams.clock.pending()[0]).to.equal(1000);
  });

  it('a refused connection is a failure like a drop: the reason, then a retry', () => {
    Object.assign(globalThis, { EventSource: Refusing });
    const { statuses } = streams.start({ src: 'https://feed.test/sse', feed: 'sse' });
    expect(statuses.at(-1)).to.deep.equal(['error', 'event stream refused: port blocked']);
    expect(streams.clock.pending()).to.include(1000);
  });

  it('goes stale once after staleAfter without a good contact, and live again on a message', () => {
    const { statuses } = streams.start({ src: 'https://feed.test/sse', feed: 'sse', staleAfter: 5 });
    source(0).open();
    streams.clock.advance(4999);
    expect(statuses.map(([s]) => s)).to.deep.equal(['connecting', 'live']);
    streams.clock.advance(20_000);
    expect(statuses.map(([s]) => s)).to.deep.equal(['connecting', 'live', 'stale']);
    source(0).send(message([HSI]));
    expect(statuses.at(-1)).to.deep.equal(['live', undefined]);
  });

  it('stop closes the stream, cancels the retry and reports nothing more; a second stop is harmless', () => {
    const { feed, statuses } = streams.start({ src: 'https://feed.test/sse', feed: 'sse' });
    source(0).fail();
    expect(streams.clock.pending()).to.not.deep.equal([]);
    feed.stop();
    feed.stop();
    expect(streams.clock.pending()).to.deep.equal([]);
    const reported = statuses.length;
    streams.clock.advance(120_000);
    expect(ScriptedEventSource.opened).to.have.length(1);
    expect(statuses).to.have.length(reported);
    // Started again, it connects afresh, from the first back-off step.
    feed.start();
    expect(ScriptedEventSource.opened).to.have.length(2);
    source(1).fail();
    expect(streams.clock.pending()[0]).to.equal(1000);
  });
});

describe('feeds/streams: WebSocket', () => {
  const streams = useScriptedStreams();
  const socket = (i: number) => ScriptedSocket.opened[i]!;

  it('goes live on open, sends nothing on a first connection, and delivers text messages', () => {
    const { statuses, quotes } = streams.start({ src: 'wss://feed.test/ws' });
    expect(socket(0).url).to.equal('wss://feed.test/ws');
    socket(0).open();
    socket(0).receive(message([HSI], { seq: 3 }));
    expect(socket(0).sent).to.deep.equal([]);
    expect(quotes).to.deep.equal([[HSI]]);
    expect(statuses.map(([s]) => s)).to.deep.equal(['connecting', 'live']);
  });

  it('after a reconnection asks to resume after the last seq it saw', () => {
    streams.start({ src: 'wss://feed.test/ws' });
    socket(0).open();
    socket(0).receive(message([HSI], { seq: 3 }));
    socket(0).receive(message([HSI], { seq: 4 }));
    socket(0).receive(message([HSI]));
    socket(0).drop(1006);
    streams.clock.advance(1000);
    socket(1).open();
    expect(socket(1).sent).to.deep.equal([{ type: 'resume', lastSeq: 4 }]);
  });

  it('a binary message is an error, and the socket stays open', () => {
    const { statuses, quotes } = streams.start({ src: 'wss://feed.test/ws' });
    socket(0).open();
    socket(0).receive(new ArrayBuffer(4));
    expect(statuses.at(-1)).to.deep.equal(['error', 'binary WebSocket message ignored']);
    expect(quotes).to.deep.equal([]);
    expect(socket(0).closedWith).to.equal(undefined);
  });

  it('a close says its code and reason (at most 123 characters), then retries', () => {
    const { statuses } = streams.start({ src: 'wss://feed.test/ws' });
    socket(0).open();
    socket(0).drop(1011, `overloaded ${'x'.repeat(200)}`);
    expect(statuses.at(-1)).to.deep.equal(['error', `WebSocket closed (code 1011: overloaded ${'x'.repeat(112)})`]);
    socket(0).open();
    expect(statuses.at(-1)![0]).to.equal('error');
    streams.clock.advance(1000);
    expect(ScriptedSocket.opened).to.have.length(2);
    socket(1).drop(1006);
    expect(statuses.at(-1)).to.deep.equal(['error', 'WebSocket closed (code 1006)']);
  });

  it('an error followed by a close reports the close alone; an error with no close reports itself', () => {
    const { statuses } = streams.start({ src: 'wss://feed.test/ws' });
    socket(0).error();
    socket(0).drop(1006);
    streams.clock.advance(0);
    expect(statuses.filter(([s]) => s === 'error')).to.deep.equal([['error', 'WebSocket closed (code 1006)']]);
    streams.clock.advance(1000);
    socket(1).error();
    expect(statuses.filter(([s]) => s === 'error')).to.have.length(1);
    streams.clock.advance(0);
    expect(statuses.at(-1)).to.deep.equal(['error', 'WebSocket error']);
  });

  it('a refused socket names the WebSocket in its error, and retries', () => {
    Object.assign(globalThis, { WebSocket: Refusing });
    const { statuses } = streams.start({ src: 'wss://feed.test/ws' });
    expect(statuses.at(-1)).to.deep.equal(['error', 'WebSocket refused: port blocked']);
    expect(streams.clock.pending()).to.include(1000);
  });

  it('stop closes an open or connecting socket with 1000, and leaves a closed one alone', () => {
    const first = streams.start({ src: 'wss://feed.test/ws' });
    first.feed.stop();
    expect(socket(0).closedWith).to.equal(1000);
    expect(socket(0).onclose).to.equal(null);
    first.feed.start();
    socket(1).open();
    first.feed.stop();
    expect(socket(1).closedWith).to.equal(1000);
    first.feed.start();
    socket(2).readyState = ScriptedSocket.CLOSED;
    first.feed.stop();
    expect(socket(2).closedWith).to.equal(undefined);
  });

  describe('with a provider adapter', () => {
    const subscribing: FeedAdapter = {
      name: 'scripted',
      read: (data) => data as never,
      open: (symbols) => [{ subscribe: symbols }],
      change: (added, removed) => [
        ...(added.length ? [{ subscribe: added }] : []),
        ...(removed.length ? [{ unsubscribe: removed }] : []),
      ],
    };

    it('subscribes each opened socket to the symbols shown, and follows their changes', () => {
      const { feed } = streams.start({ src: 'wss://feed.test/ws', adapter: subscribing });
      feed.setSymbols!(['^HSI', '0700.HK', '^HSI']);
      expect(socket(0).sent).to.deep.equal([]);
      socket(0).open();
      expect(socket(0).sent).to.deep.equal([{ subscribe: ['^HSI', '0700.HK'] }]);
      feed.setSymbols!(['0700.HK', 'BTC-USD']);
      expect(socket(0).sent.slice(1)).to.deep.equal([{ subscribe: ['BTC-USD'] }, { unsubscribe: ['^HSI'] }]);
      feed.setSymbols!(['BTC-USD', '0700.HK']);
      expect(socket(0).sent).to.have.length(3);
      // A reconnection subscribes afresh, and never asks to resume: a provider has no seq of ours.
      socket(0).receive(message([HSI], { seq: 9 }));
      socket(0).drop(1006);
      feed.setSymbols!(['BTC-USD']);
      expect(socket(0).sent).to.have.length(3);
      streams.clock.advance(1000);
      socket(1).open();
      expect(socket(1).sent).to.deep.equal([{ subscribe: ['BTC-USD'] }]);
    });

    it('sends a change when symbols are only added or only removed, and none when the set is the same', () => {
      const changes: [readonly string[], readonly string[]][] = [];
      const adapter: FeedAdapter = {
        name: 'reporting',
        read: (data) => data as never,
        change: (added, removed) => [{ added, removed }],
      };
      const { feed } = streams.start({ src: 'wss://feed.test/ws', adapter });
      socket(0).open();
      // No open() in the adapter: an opened socket sends nothing.
      expect(socket(0).sent).to.deep.equal([]);
      feed.setSymbols!(['^HSI']);
      feed.setSymbols!(['^HSI', 'BTC-USD']);
      feed.setSymbols!(['BTC-USD', '^HSI']);
      feed.setSymbols!(['BTC-USD']);
      for (const sent of socket(0).sent as { added: string[]; removed: string[] }[])
        changes.push([sent.added, sent.removed]);
      expect(changes).to.deep.equal([
        [['^HSI'], []],
        [['BTC-USD'], []],
        [[], ['^HSI']],
      ]);
    });

    it('opened before any symbols are known, it subscribes to none', () => {
      streams.start({ src: 'wss://feed.test/ws', adapter: subscribing });
      socket(0).open();
      expect(socket(0).sent).to.deep.equal([{ subscribe: [] }]);
    });

    it('without an adapter the feed has no setSymbols: ours sends every symbol', () => {
      expect(streams.start({ src: 'wss://feed.test/ws' }).feed.setSymbols).to.equal(undefined);
    });
  });
});
