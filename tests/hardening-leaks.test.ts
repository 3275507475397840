// Leaks: 1,000 connect and disconnect cycles of each element leave nothing running: no timers,
// animation frames, listeners on window, document or media query lists, observations, fetches in
// flight, open EventSources or WebSockets. Counted by tests/hardening-instrumentation.ts, imported
// FIRST so that its wrappers are in place before any library module loads.
//
// Baseline: what the library holds with no element connected once it has been used: the one
// shared `change` listener per media query (media-query-controller.ts), the localization module's
// window listener for locale changes and its MutationObserver on <html lang> (localization.ts).
// These are page-wide singletons: the test asserts they exist at most once and do not grow.
import { counts, held, nativeTimers, where, type Held, type HeldCounts } from './hardening-instrumentation.js';
import { expect } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import '../packages/market-ticker/src/market-status/market-status.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { control, feedTestServer, loadOptional, newChannel } from './hardening-support.js';

/** Waits with the browser's own timers, so the wait itself is not counted. */
const pause = (ms: number) => new Promise<void>((resolve) => nativeTimers.setTimeout(resolve, ms));
const nextFrame = () => new Promise<void>((resolve) => nativeTimers.requestAnimationFrame(() => resolve()));

/** Lets aborted requests settle and pending frames run. */
async function quiesce() {
  await nextFrame();
  await nextFrame();
  await pause(150);
}

const QUOTES: Quote[] = [
  { symbol: '^HSI', price: 17284.54, change: 83.27 },
  { symbol: '0700.HK', price: 290.2, change: -1.4 },
  { symbol: 'HKD=X', price: 7.8281, change: -0.0028, precision: 4 },
];
const moved = (i: number): Quote[] => QUOTES.map((q) => ({ ...q, price: q.price + (i % 7) + 1 }));

interface Scenario {
  name: string;
  cycles: number;
  optional?: 'article-card';
  /** A new, configured element. */
  make(i: number): Promise<HTMLElement> | HTMLElement;
  /** While connected and rendered: what a page might do. */
  poke?(el: HTMLElement, i: number): void;
  /** Right after removal: what a framework might still do to a detached element. */
  detached?(el: HTMLElement, i: number): void;
  /** Kinds that must be held while one element is connected (the instrumentation sees them). */
  holds: Array<keyof HeldCounts>;
}

const create = (tag: string, props: Record<string, unknown>) => Object.assign(document.createElement(tag), props);

let pollUrl = '';
let sseUrl = '';
let wsUrl = '';

const SCENARIOS: Scenario[] = [
  {
    name: '<quote-cell> with a link, its price changing',
    cycles: 1000,
    make: () => create('quote-cell', { symbol: '^HSI', price: 17284.54, change: 83.27, href: '/q/hsi' }),
    poke: (el, i) => Object.assign(el, { price: 17284.54 + i }),
    holds: ['listeners'],
  },
  {
    name: '<market-ticker> scrolling, simulated feed, market banner, announcements',
    cycles: 1000,
    make: () => {
      const el = create('market-ticker', { feed: 'simulated', interval: 0.05, market: 'XHKG', announce: '^HSI' });
      return el;
    },
    holds: ['intervals', 'observations', 'timeouts', 'listeners'],
  },
  {
    name: '<market-ticker> polling src',
    cycles: 1000,
    make: () => create('market-ticker', { src: pollUrl, interval: 30 }),
    holds: ['fetches', 'timeouts'],
  },
  {
    name: '<market-ticker feed="sse">',
    cycles: 1000,
    make: () => create('market-ticker', { src: sseUrl, feed: 'sse' }),
    holds: ['eventSources', 'timeouts'],
  },
  {
    name: '<market-ticker> WebSocket src',
    cycles: 1000,
    make: () => create('market-ticker', { src: wsUrl }),
    holds: ['webSockets', 'timeouts'],
  },
  {
    name: '<market-status> on the live clock',
    cycles: 1000,
    make: () => create('market-status', { market: 'XHKG' }),
    holds: ['timeouts', 'listeners'],
  },
  {
    name: '<article-card> full, live relative time, simulated feed for its quotes',
    cycles: 1000,
    optional: 'article-card',
    make: () =>
      create('article-card', {
        variant: 'full',
        headline: 'Headline',
        source: 'Source',
        href: '/news/1',
        published: new Date(Date.now() - 3_600_000).toISOString(),
        symbols: '^HSI,0700.HK',
        feed: 'simulated',
        interval: 0.05,
      }),
    holds: ['intervals', 'timeouts', 'listeners'],
  },
  // Last: a leak here would outlive its test and show up in the next one's baseline.
  {
    name: '<market-ticker announce> whose quotes change as it is removed and while detached',
    cycles: 1000,
    make: () => create('market-ticker', { mode: 'static', announce: '^HSI,0700.HK', quotes: QUOTES }),
    poke: (el, i) => ((el as MarketTicker).quotes = moved(i)),
    detached: (el, i) => ((el as MarketTicker).quotes = moved(i + 3)),
    holds: ['listeners'],
  },
];

const report: string[] = [];

function extra(after: Held, before: Held): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(after) as Array<keyof Held>) {
    const remaining = [...before[kind]];
    for (const item of after[kind]) {
      const at = remaining.indexOf(item);
      if (at >= 0) remaining.splice(at, 1);
      else lines.push(`${kind}: ${where(item)}`);
    }
  }
  // Group identical origins: "timeouts: setTimeout 10000 ms at …  x 999".
  const grouped = new Map<string, number>();
  for (const line of lines) grouped.set(line, (grouped.get(line) ?? 0) + 1);
  return [...grouped].map(([line, n]) => (n > 1 ? `${line}  (x${n})` : line));
}

describe('hardening: 1,000 connect and disconnect cycles leave nothing running', function () {
  this.timeout(60_000);
  const container = document.createElement('div');
  let present: Record<string, boolean> = {};

  before(async () => {
    document.body.append(container);
    present = { 'article-card': await loadOptional('article-card') };
    const server = await feedTestServer();
    const poll = newChannel('leaks-poll');
    // The first poll never answers, so that a fetch is surely in flight while the first element is
    // connected (a fast engine finishes one from loopback within a frame); the element must abort it.
    await control(`/__config/${poll}`, { body: { quotes: QUOTES }, faults: [{ hang: true }] });
    pollUrl = `${server.http}/poll/${poll}`;
    sseUrl = `${server.http}/sse/${newChannel('leaks-sse')}`;
    wsUrl = `${server.ws}/ws/${newChannel('leaks-ws')}`;
  });

  after(() => {
    container.remove();
    console.log(`Leak cycles:\n  ${report.join('\n  ')}`);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ${scenario.cycles} cycles`, async () => {
      if (scenario.optional && !present[scenario.optional]) {
        report.push(`${scenario.name}: ${scenario.optional} does not exist yet, not run`);
        return;
      }
      // Warm up: the page-wide singletons come into being with the first element.
      const first = await scenario.make(-1);
      container.append(first);
      await (first as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await nextFrame();
      // The first element with a feed also loads the feeds' code (imported on first use): let it
      // start before counting what it holds.
      for (let waited = 0; waited < 3000 && scenario.holds.some((kind) => counts()[kind] === 0); waited += 50) {
        await pause(50);
      }
      const connected = counts();
      first.remove();
      await quiesce();
      const baseline = held();
      for (const kind of scenario.holds) {
        expect(connected[kind], `while connected, ${kind} are held (the instrumentation sees them)`).to.be.greaterThan(
          counts(baseline)[kind],
        );
      }

      const reused = await scenario.make(0);
      const started = performance.now();
      for (let i = 0; i < scenario.cycles; i++) {
        // Half the cycles reconnect the same element (controllers restart), half use a new one.
        const el = i % 2 === 0 ? reused : await scenario.make(i);
        container.append(el);
        // A third of the cycles remove the element before it ever rendered.
        if (i % 3 !== 0) {
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          scenario.poke?.(el, i);
        }
        if (i % 50 === 1) await nextFrame();
        el.remove();
        scenario.detached?.(el, i);
      }
      const elapsed = performance.now() - started;
      await quiesce();
      const after = held();
      const left = extra(after, baseline);
      const b = counts(baseline);
      report.push(
        `${scenario.name}: ${scenario.cycles} cycles in ${(elapsed / 1000).toFixed(1)} s; while connected ${JSON.stringify(connected)}; ` +
          `baseline ${JSON.stringify(b)}; after ${JSON.stringify(counts(after))}${left.length ? `; LEFT: ${left.join(' | ')}` : ''}`,
      );
      expect(left, `held after ${scenario.cycles} cycles beyond the baseline:\n${left.join('\n')}`).to.deep.equal([]);
      // The baseline is the documented singletons only, with nothing connected.
      expect(
        b.timeouts + b.intervals + b.frames + b.fetches + b.eventSources + b.webSockets,
        'nothing running with no element connected',
      ).to.equal(0);
      expect(b.observations, 'one MutationObserver on <html lang> at most').to.be.at.most(1);
      expect(b.listeners, 'one locale listener and one listener per media query at most').to.be.at.most(3);
    });
  }
});
