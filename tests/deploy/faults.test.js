// Faults the scaled-out feed server survives: an edge killed under its readers, Redis restarted,
// Redis down when an edge starts, a reader too slow to keep up. Every process is the test's own.
import { afterEach, describe, expect, it } from 'vitest';
import {
  freePort,
  getJson,
  mismatch,
  publisher,
  reader,
  sleep,
  startEdge,
  startNginx,
  startRedis,
  waitFor,
} from './support.js';

const running = [];
const own = (thing) => (running.push(thing), thing);
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await (thing.stop ?? thing.close).call(thing);
});

/** Publishes `T` at prices from..to, one message every `everyMs`. */
async function publishRange(pub, from, to, everyMs, { during } = {}) {
  for (let price = from; price <= to; price++) {
    await pub.publish({ quotes: [{ symbol: 'T', price, change: 0 }] });
    await during?.(price);
    await sleep(everyMs);
  }
}
/** A Redis of the test's own whose stream holds T at 0 and U at 5. */
async function seededRedis() {
  const redis = own(await startRedis());
  const pub = own(publisher(redis.url));
  await pub.publish({
    quotes: [
      { symbol: 'T', price: 0 },
      { symbol: 'U', price: 5 },
    ],
  });
  return { redis, pub };
}
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('feed edges under faults', () => {
  it('an edge killed under its readers: they reconnect through nginx to the other and resume, none lost or twice', async () => {
    const { redis, pub } = await seededRedis();
    const edges = [own(await startEdge(redis.url)), own(await startEdge(redis.url))];
    const nginx = own(await startNginx(edges.map((e) => e.port)));
    const readers = [
      ...Array.from({ length: 40 }, () => own(reader('sse', nginx.url))),
      ...Array.from({ length: 20 }, () => own(reader('ws', nginx.url))),
    ];
    await waitFor(() => readers.every((r) => r.state.prices.length === 1), 'every reader has the latest figures');
    const spread = await Promise.all(edges.map(async (e) => (await e.health()).body.readers));
    expect(
      spread.every((n) => n > 0),
      `readers per edge: ${spread}`,
    ).toBe(true);

    await publishRange(pub, 1, 40, 25, { during: (price) => price === 15 && edges[0].stop('SIGKILL') });
    await waitFor(() => readers.every((r) => r.state.prices.length >= 41), 'every reader at 40', 15_000);
    await sleep(300);
    for (const r of readers) expect(mismatch(r.state, range(0, 40))).toBe(undefined);
    const reconnected = readers.filter((r) => r.state.connects > 1).length;
    expect(reconnected).toBe(spread[0]);
    expect((await edges[1].health()).body.readers).toBe(readers.length);
  });

  it('Redis restarted: the edge reconnects with back-off and its readers get the full latest figures', async () => {
    const { redis, pub } = await seededRedis();
    const edge = own(await startEdge(redis.url));
    const messages = [];
    const readers = [own(reader('sse', edge.url, { onMessage: (m) => messages.push(m) })), own(reader('ws', edge.url))];
    await waitFor(() => readers.every((r) => r.state.prices.length === 1), 'the latest figures');
    await publishRange(pub, 1, 5, 20);
    await waitFor(() => readers.every((r) => r.state.prices.length === 6), 'prices up to 5');

    await redis.stop();
    await waitFor(() => edge.log().includes('unavailable'), 'the edge noticing', 5000);
    await sleep(500);
    const again = own(await startRedis(redis.port));
    await waitFor(() => edge.log().includes('Redis reachable again'), 'the edge reconnecting', 10_000);
    // The new Redis has an empty stream: the edge still sends what it knows, all of it.
    await waitFor(() => readers.every((r) => r.state.prices.length === 7), 'the full latest figures');
    const full = messages.at(-1);
    expect(full.quotes.map((q) => [q.symbol, q.price])).toEqual([
      ['T', 5],
      ['U', 5],
    ]);
    await publishRange(pub, 6, 8, 20);
    await waitFor(() => readers.every((r) => r.state.prices.length === 10), 'prices after the restart');
    for (const r of readers) expect(r.state.prices).toEqual([0, 1, 2, 3, 4, 5, 5, 6, 7, 8]);
    expect(again.port).toBe(redis.port);
  });

  it('Redis down when an edge starts: 503 with the reason, then serves once Redis answers', async () => {
    const port = await freePort();
    const edge = own(await startEdge(`redis://127.0.0.1:${port}`));
    await sleep(300);
    const refused = await getJson(`${edge.url}/quotes.json`);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body.error).toMatch(
      new RegExp(`^feed store not ready: Redis at redis://127.0.0.1:${port} unavailable: .*ECONNREFUSED.*; retrying$`),
    );
    expect((await getJson(`${edge.url}/sse`)).status).toBe(503);

    const redis = own(await startRedis(port));
    const pub = own(publisher(redis.url));
    await pub.publish({ quotes: [{ symbol: 'T', price: 7 }] });
    await waitFor(async () => (await getJson(`${edge.url}/quotes.json`)).status === 200, 'the edge serving', 10_000);
    await waitFor(async () => (await getJson(`${edge.url}/quotes.json`)).body.quotes?.length === 1, 'the figures');
    const served = await getJson(`${edge.url}/quotes.json`);
    expect(served.body.quotes).toEqual([{ symbol: 'T', price: 7 }]);
    expect(served.headers.etag).toBe(`"${served.body.seq}"`);
    expect(served.headers['cache-control']).toBe('public, max-age=1');
  });

  it('a reader whose socket stays full is dropped, not queued for; the others get everything; bad entries are skipped', async () => {
    const { redis, pub } = await seededRedis();
    const edge = own(await startEdge(redis.url));
    await waitFor(async () => (await edge.health()).status === 200, 'the edge ready');
    const quick = own(reader('sse', edge.url));
    // A reader that asks and never reads: the edge's queue for it fills.
    const net = await import('node:net');
    const stalled = net.connect(edge.port, '127.0.0.1');
    stalled.write('GET /sse HTTP/1.1\r\nHost: x\r\n\r\n');
    stalled.pause();
    own({ stop: () => stalled.destroy() });
    await waitFor(async () => (await edge.health()).body.readers === 2, 'two readers');

    const padding = Array.from({ length: 2400 }, (_, i) => ({ symbol: `P${i}`, price: i + 0.5, change: 0.25 }));
    // Some 13 MB in all: past the loopback socket buffers (a few MB), so its socket stays full.
    const LAST = 100;
    for (let price = 1; price <= LAST; price++) await pub.publish({ quotes: [{ symbol: 'T', price }, ...padding] });
    await pub.redis.xadd('market-ticker:quotes', '*', 'message', '{"quotes": [oops');
    await pub.publish({ quotes: [{ symbol: 'T', price: LAST + 1 }] });
    await waitFor(() => quick.state.prices.length === LAST + 2, 'the quick reader at the end', 30_000);
    await waitFor(async () => (await edge.health()).body.dropped === 1, 'the slow one dropped', 10_000);
    expect(mismatch(quick.state, range(0, LAST + 1))).toBe(undefined);
    const health = (await edge.health()).body;
    expect(health.dropped).toBe(1);
    expect(health.skipped).toBe(1);
    expect(health.readers).toBe(1);
    expect(edge.log()).toMatch(/dropped a slow SSE reader \(no progress in 5 s\); 1 so far/);
    expect(edge.log()).toMatch(/skipped 1 invalid stream entries so far \(last \d+-\d+: malformed JSON/);
  });
});
