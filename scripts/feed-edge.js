// The reference feed server as a stateless edge (feed-server.js with REDIS_URL): it follows the
// Redis stream `market-ticker:quotes` with blocking reads and serves what it reads as JSON, SSE
// and WebSocket. Any number of edges behind a load balancer serve the same messages under the
// same ids, so a reader that reconnects to another edge resumes where it stopped.
//
//   GET /quotes.json  the merged latest figures; ETag = the last stream id; Cache-Control max-age=1
//   GET /sse          `id:` = stream id; ?lastEventId= (or Last-Event-ID) replays what followed
//   WS  /ws           messages carry `seq` = stream id; {"type":"resume","lastSeq":"<id>"} replays
//   GET /health       { ready, lastId, readers, skipped, dropped } for tests and benchmarks
//
// An id older than every entry held (trimmed away) gets the full latest figures instead. Until
// the first read of the stream succeeds, every endpoint answers 503 with the reason.
import http from 'node:http';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { STREAM, STREAM_LENGTH, compareIds, entryMessage, isStreamId } from './feed-stream.js';

/** How long a reader's socket may stay full before the reader counts as too slow and is dropped. */
const SLOW_MS = 5000;
/** Bytes a WebSocket may buffer before it waits for its socket to drain. */
const WS_HIGH_WATER = 64 * 1024;
const RESUME_GRACE_MS = 250;
const HEARTBEAT_MS = 15_000;
const BLOCK_MS = 2000;
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };

/**
 * Starts an edge. `parse` and `merge` are the library's own parseFeedMessage and mergeQuotes
 * (from the build), so an edge refuses exactly what a reader would.
 */
export async function startEdge({ redisUrl, port, host, parse, merge, log = console.log }) {
  const state = { quotes: [], asOf: undefined, lastId: '0-0', ring: [], base: 0, ready: false, reason: 'starting' };
  const counts = { skipped: 0, dropped: 0 };
  const readers = new Set();
  let skippedLogged = 0;
  let running = true;

  // Back-off from 100 ms doubling to 2 s; commands wait for the connection rather than fail.
  const options = { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(100 * 2 ** (n - 1), 2000) };
  const redis = new Redis(redisUrl, { ...options, lazyConnect: true });
  let down = false;
  redis.on('error', (error) => {
    if (!state.ready) state.reason = `Redis at ${redisUrl} unavailable: ${error.message}`;
    if (down) return;
    down = true;
    log(`feed-edge: Redis at ${redisUrl} unavailable (${error.message}); retrying with back-off`);
  });
  redis.on('ready', () => {
    if (down) log('feed-edge: Redis reachable again; reading the stream afresh');
    down = false;
    // After a restart the stream may have lost entries: readers get the full latest figures.
    if (state.ready) state.resync = true;
  });

  // ----------------------------------------------------------------------------------------
  // The stream

  function apply(id, fields) {
    const entry = entryMessage(fields);
    const parsed = entry.ok ? parse(entry.text) : entry;
    if (!parsed.ok || parsed.quotes.length === 0) {
      counts.skipped += 1;
      state.lastSkip = `${id}: ${parsed.ok ? 'no valid quote' : parsed.reason}`;
      state.lastId = compareIds(id, state.lastId) > 0 ? id : state.lastId;
      return undefined;
    }
    state.quotes = merge(state.quotes, parsed.quotes);
    state.asOf = parsed.asOf ?? new Date().toISOString();
    state.lastId = id;
    const text = JSON.stringify({ quotes: parsed.quotes, asOf: state.asOf, seq: id });
    const item = { id, text, sse: `id: ${id}\ndata: ${text}\n\n` };
    state.ring.push(item);
    if (state.ring.length > STREAM_LENGTH * 1.2) {
      const trimmed = state.ring.length - STREAM_LENGTH;
      state.ring.splice(0, trimmed);
      state.base += trimmed;
    }
    return item;
  }

  /** Reads the whole stream (an edge's start, or after Redis came back), in pages. */
  async function readAll() {
    let start = '-';
    for (;;) {
      const page = await redis.xrange(STREAM, start, '+', 'COUNT', 1000);
      for (const [id, fields] of page) if (compareIds(id, state.lastId) > 0) apply(id, fields);
      if (page.length < 1000) return;
      start = `(${page.at(-1)[0]}`;
    }
  }

  async function follow() {
    let failures = 0;
    while (running) {
      try {
        if (!state.ready || state.resync) {
          await readAll();
          const resync = state.resync;
          state.ready = true;
          state.reason = undefined;
          state.resync = false;
          if (resync) for (const reader of readers) if (!reader.blocked) sendSnapshot(reader);
        }
        const reply = await redis.xread('COUNT', 1000, 'BLOCK', BLOCK_MS, 'STREAMS', STREAM, state.lastId);
        failures = 0;
        for (const [, entries] of reply ?? []) for (const [id, fields] of entries) apply(id, fields);
        broadcast();
        logSkips();
      } catch (error) {
        if (!running) return;
        failures += 1;
        if (!state.ready) state.reason = `Redis at ${redisUrl} unavailable: ${error.message}`;
        await sleep(Math.min(100 * 2 ** failures, 2000));
      }
    }
  }

  function logSkips() {
    if (counts.skipped === skippedLogged) return;
    skippedLogged = counts.skipped;
    log(`feed-edge: skipped ${counts.skipped} invalid stream entries so far (last ${state.lastSkip})`);
  }

  // ----------------------------------------------------------------------------------------
  // Readers pull from the shared ring at their own pace: each has `next`, the absolute position
  // of the next entry it needs, and `after`, the last id it has. Nothing is queued per reader
  // beyond its socket's buffer, so a slow reader costs no memory: it waits for its socket to
  // drain, and is dropped when it has waited too long or the ring has moved past it.

  const end = () => state.base + state.ring.length;

  function pump(reader) {
    while (!reader.blocked && reader.next < end()) {
      if (reader.next < state.base) return drop(reader, 'the entries it needed were trimmed');
      const item = state.ring[reader.next - state.base];
      reader.next += 1;
      if (reader.after !== undefined && compareIds(item.id, reader.after) <= 0) continue;
      reader.after = item.id;
      if (!reader.write(item)) block(reader);
    }
  }

  function block(reader) {
    reader.blocked = true;
    reader.slowTimer = setTimeout(() => drop(reader, `no progress in ${SLOW_MS / 1000} s`), SLOW_MS);
    reader.onDrain(() => {
      clearTimeout(reader.slowTimer);
      reader.blocked = false;
      if (readers.has(reader)) pump(reader);
    });
  }

  function drop(reader, why) {
    if (!readers.delete(reader)) return;
    clearTimeout(reader.slowTimer);
    counts.dropped += 1;
    log(`feed-edge: dropped a slow ${reader.kind} reader (${why}); ${counts.dropped} so far`);
    reader.close();
  }

  function broadcast() {
    for (const reader of readers) pump(reader);
  }

  function snapshotText() {
    return JSON.stringify({ quotes: state.quotes, asOf: state.asOf, seq: state.lastId });
  }

  function sendSnapshot(reader) {
    const text = snapshotText();
    reader.after = state.lastId;
    reader.next = end();
    if (!reader.write({ id: state.lastId, text, sse: `id: ${state.lastId}\ndata: ${text}\n\n` }) && !reader.blocked) {
      block(reader);
    }
  }

  /** What followed `lastId`, if every entry since is still held; else the full latest figures. */
  function catchUp(reader, lastId) {
    readers.add(reader);
    const ring = state.ring;
    if (isStreamId(lastId) && ring.length > 0 && compareIds(lastId, ring[0].id) >= 0) {
      // A reader from an edge ahead of this one takes only what is newer than it has.
      reader.after = lastId;
      reader.next = state.base + firstAfter(ring, lastId);
      pump(reader);
    } else sendSnapshot(reader);
  }

  function firstAfter(ring, id) {
    let lo = 0;
    let hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareIds(ring[mid].id, id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ----------------------------------------------------------------------------------------
  // HTTP

  function unavailable(res) {
    res.writeHead(503, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1' });
    res.end(JSON.stringify({ error: `feed store not ready: ${state.reason}; retrying` }));
  }

  function serveSnapshot(req, res) {
    const etag = `"${state.lastId}"`;
    const headers = {
      ...CORS,
      'Content-Type': 'application/json; charset=utf-8',
      ETag: etag,
      'Cache-Control': 'public, max-age=1',
    };
    const inm = req.headers['if-none-match'];
    if (inm !== undefined && inm.split(',').some((tag) => tag.trim() === etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : snapshotText());
  }

  function serveEvents(req, res, url) {
    res.writeHead(200, {
      ...CORS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      // nginx: pass events on as they come, whatever the proxy's buffering setting.
      'X-Accel-Buffering': 'no',
    });
    const reader = {
      kind: 'SSE',
      write: (item) => res.write(item.sse),
      onDrain: (then) => res.once('drain', then),
      close: () => res.destroy(),
      heartbeat: () => res.write(': heartbeat\n\n'),
    };
    res.on('close', () => {
      clearTimeout(reader.slowTimer);
      readers.delete(reader);
    });
    catchUp(reader, url.searchParams.get('lastEventId') ?? req.headers['last-event-id']);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.writeHead(state.ready ? 200 : 503, { 'Content-Type': 'application/json' });
      const { ready, lastId, reason } = state;
      res.end(JSON.stringify({ ready, lastId, reason, readers: readers.size, ...counts }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...CORS, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (url.pathname !== '/quotes.json' && url.pathname !== '/sse') {
      res.writeHead(404, { ...CORS, 'Content-Type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    if (!state.ready) return unavailable(res);
    if (url.pathname === '/quotes.json') return serveSnapshot(req, res);
    return serveEvents(req, res, url);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/ws') return socket.destroy();
    if (!state.ready) {
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\nfeed store not ready: ${state.reason}\n`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, onSocket);
  });

  function onSocket(ws) {
    const reader = {
      kind: 'WebSocket',
      write(item) {
        ws.send(item.text);
        return ws.bufferedAmount < WS_HIGH_WATER;
      },
      // ws has no drain event of its own: its socket's is the one that counts.
      onDrain: (then) => ws._socket.once('drain', then),
      close: () => ws.terminate(),
      heartbeat: () => ws.ping(),
    };
    let started = false;
    const start = (lastSeq) => {
      if (started) return;
      started = true;
      clearTimeout(grace);
      catchUp(reader, lastSeq);
    };
    const grace = setTimeout(() => start(undefined), RESUME_GRACE_MS);
    ws.on('message', (data, isBinary) => {
      if (isBinary || started) return;
      try {
        const message = JSON.parse(String(data));
        start(message?.type === 'resume' ? message.lastSeq : undefined);
      } catch {
        start(undefined);
      }
    });
    ws.on('close', () => {
      clearTimeout(grace);
      clearTimeout(reader.slowTimer);
      readers.delete(reader);
    });
  }

  const heartbeat = setInterval(() => {
    for (const reader of readers) reader.heartbeat();
  }, HEARTBEAT_MS);

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  redis.connect().catch(() => undefined);
  const following = follow();

  return {
    port: server.address().port,
    async close() {
      running = false;
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      redis.disconnect();
      await following;
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
