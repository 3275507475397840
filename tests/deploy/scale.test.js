// Scale-out on loopback: Redis, two edges and nginx (docs/deploy.md's configuration); 1,000 SSE
// and 200 WebSocket readers spread over both edges; 10 messages a second for 20 s. Every reader
// must receive every message once, in order. Bounded: about 30 s, stopping by itself.
import { afterAll, describe, expect, it } from 'vitest';
import { mismatch, publisher, reader, sleep, startEdge, startNginx, startRedis, waitFor } from './support.js';

const SSE_READERS = 1000;
const WS_READERS = 200;
const RATE = 10;
const SECONDS = 20;

const running = [];
const own = (thing) => (running.push(thing), thing);
afterAll(async () => {
  for (const thing of running.splice(0).reverse()) await (thing.stop ?? thing.close).call(thing);
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

describe('scale-out', () => {
  it(`${SSE_READERS} SSE and ${WS_READERS} WebSocket readers through nginx get all ${RATE * SECONDS} messages once, in order`, async () => {
    const redis = own(await startRedis());
    const pub = own(publisher(redis.url));
    await pub.publish({ quotes: [{ symbol: 'T', price: 0 }] });
    const edges = [own(await startEdge(redis.url)), own(await startEdge(redis.url))];
    await waitFor(
      async () => (await Promise.all(edges.map((e) => e.health()))).every((h) => h.status === 200),
      'edges',
    );
    const nginx = own(await startNginx(edges.map((e) => e.port)));

    const latencies = [];
    const onMessage = (message, state) => {
      // asOf is the publisher's clock at XADD: the same machine's.
      if (state.prices.length > 1) latencies.push(Date.now() - Date.parse(message.asOf));
    };
    const readers = [];
    for (let i = 0; i < SSE_READERS + WS_READERS; i++) {
      readers.push(own(reader(i < SSE_READERS ? 'sse' : 'ws', nginx.url, { onMessage, retryMs: 200 })));
      if (i % 100 === 99) await sleep(50);
    }
    await waitFor(() => readers.every((r) => r.state.prices.length === 1), 'every reader connected', 30_000);
    const perEdge = await Promise.all(edges.map(async (e) => (await e.health()).body.readers));

    const count = RATE * SECONDS;
    const started = Date.now();
    for (let price = 1; price <= count; price++) {
      await pub.publish({ quotes: [{ symbol: 'T', price, change: 0 }], asOf: new Date().toISOString() });
      await sleep(Math.max(0, started + (price * 1000) / RATE - Date.now()));
    }
    await waitFor(() => readers.every((r) => r.state.prices.length >= count + 1), 'every reader at the end', 15_000);
    await sleep(500);

    const expected = Array.from({ length: count + 1 }, (_, i) => i);
    const wrong = readers.map((r) => mismatch(r.state, expected)).filter(Boolean);
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(readers.every((r) => r.state.connects === 1)).toBe(true);
    // nginx spreads the readers over both edges (round robin).
    expect(perEdge.reduce((a, b) => a + b)).toBe(SSE_READERS + WS_READERS);
    for (const n of perEdge) expect(n).toBeGreaterThan((SSE_READERS + WS_READERS) / 4);

    latencies.sort((a, b) => a - b);
    const line = `scale-out: ${readers.length} readers (per edge ${perEdge.join(' / ')}), ${count} messages in ${((Date.now() - started) / 1000).toFixed(1)} s, ${latencies.length} deliveries, XADD-to-reader latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms`;
    console.log(line);
    expect(latencies.length).toBe(readers.length * count);
  });
});
