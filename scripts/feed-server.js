#!/usr/bin/env node
// Reference quote feed for local development: the simulated random walk served three ways.
//
//   node scripts/feed-server.js [--port 8787] [--host 127.0.0.1]
//   REDIS_URL=redis://127.0.0.1:6379 node scripts/feed-server.js   (an edge: scripts/feed-edge.js)
//
//   GET /quotes.json  full snapshot { quotes, asOf, seq }; ETag, Last-Modified, Cache-Control:
//                     max-age=1; 304 for a matching If-None-Match (or If-Modified-Since)
//   GET /sse          text/event-stream, one partial message per second, `id:` = seq; a client
//                     that reconnects with ?lastEventId=N (or Last-Event-ID) gets what followed N
//   WS  /ws           the same partial messages as JSON text with `seq`; a client may send
//                     {"type":"resume","lastSeq":N} as its first frame to get what followed N
//   GET /             a page listing these URLs
//
// The walk is the library's own (simulateTick from the built module), so the server and the
// in-page simulated feed move alike. Build first: `npm run build`.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

const built = new URL('../packages/market-ticker/dist/simulated-feed.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error(
    `feed-server: ${fileURLToPath(built)} is missing.\n` +
      'The server uses the built library: run `npm run build` first.',
  );
  process.exit(1);
}
const { REFERENCE_QUOTES, simulateTick, withDayFigures } = await import(built.href);

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`feed-server: --port must be a number from 0 to 65535, not ${JSON.stringify(args.port)}`);
  process.exit(1);
}

if (process.env.REDIS_URL) await serveFromRedis(process.env.REDIS_URL);

/** A stateless edge on the shared stream (feed-edge.js); the in-memory walk below does not run. */
async function serveFromRedis(redisUrl) {
  const { startEdge } = await import('./feed-edge.js');
  const { parseFeedMessage, mergeQuotes } = await import(new URL('feeds.js', built).href);
  const edge = await startEdge({ redisUrl, port, host: args.host, parse: parseFeedMessage, merge: mergeQuotes });
  console.log(`market-ticker feed edge on http://${args.host}:${edge.port}/ reading ${redisUrl}`);
  const stop = () => edge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Serve until a signal: the in-memory server below is never started.
  await new Promise(() => undefined);
}

const TICK_MS = 1000;
/** Messages kept for replay: a client away longer than this gets a fresh snapshot instead. */
const HISTORY = 300;
/** How long a new WebSocket may take to send its resume frame before it gets a snapshot. */
const RESUME_GRACE_MS = 250;
const HEARTBEAT_MS = 15_000;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};

// ------------------------------------------------------------------------------------------
// State: the current quotes and the recent partial messages, numbered by seq.

// Every quote with the day's figures (history, open, high, low, previous close, volume, market value).
let quotes = REFERENCE_QUOTES.map((q) => withDayFigures(q, Math.random));
let seq = 0;
let modified = new Date();
const history = []; // { seq, text }
const streams = new Set(); // SSE responses
const sockets = new Set(); // WebSockets that have caught up and take live messages

const snapshotText = () => JSON.stringify({ quotes, asOf: modified.toISOString(), seq });
const etag = () => `"q${seq}"`;

function tick() {
  const result = simulateTick(quotes, Math.random, 3);
  quotes = result.quotes;
  seq += 1;
  modified = new Date();
  const entry = { seq, text: JSON.stringify({ quotes: result.changed, asOf: modified.toISOString(), seq }) };
  history.push(entry);
  if (history.length > HISTORY) history.shift();
  for (const res of streams) writeEvent(res, entry.seq, entry.text);
  for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(entry.text);
}

/** Messages after `last`, or undefined when they are no longer all in the history. */
function missedSince(last) {
  if (!Number.isInteger(last) || last < 0 || last > seq) return undefined;
  if (last === seq) return [];
  const oldest = history[0]?.seq ?? seq + 1;
  return last + 1 >= oldest ? history.filter((entry) => entry.seq > last) : undefined;
}

// ------------------------------------------------------------------------------------------
// HTTP

function serveSnapshot(req, res) {
  const headers = {
    ...CORS,
    'Content-Type': 'application/json; charset=utf-8',
    ETag: etag(),
    'Last-Modified': modified.toUTCString(),
    'Cache-Control': 'public, max-age=1',
  };
  if (notModified(req)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : snapshotText());
}

function notModified(req) {
  const inm = req.headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
  if (inm !== undefined) return inm.split(',').some((tag) => tag.trim() === etag() || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && since >= Math.floor(modified.getTime() / 1000) * 1000;
}

function serveEvents(req, res, url) {
  res.writeHead(200, { ...CORS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const raw = url.searchParams.get('lastEventId') ?? req.headers['last-event-id'];
  const missed = raw === undefined || raw === null || raw === '' ? undefined : missedSince(Number(raw));
  if (missed) for (const entry of missed) writeEvent(res, entry.seq, entry.text);
  else writeEvent(res, seq, snapshotText());
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

function writeEvent(res, id, text) {
  res.write(`id: ${id}\ndata: ${text}\n\n`);
}

function servePage(res, base) {
  const wsBase = base.replace(/^http/, 'ws');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html>
<html lang="en"><meta charset="utf-8"><title>market-ticker feed server</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:48rem}code{background:#f3f3f3;padding:0 .25em}</style>
<h1>market-ticker feed server</h1>
<p>A simulated random walk around the reference quotes, one partial message per second.</p>
<ul>
  <li>Polling: <a href="/quotes.json"><code>${base}/quotes.json</code></a> (ETag, Last-Modified, max-age=1)</li>
  <li>Server-Sent Events: <code>${base}/sse</code> (<code>feed="sse"</code>; replay with <code>?lastEventId=N</code>)</li>
  <li>WebSocket: <code>${wsBase}/ws</code> (resume with <code>{"type":"resume","lastSeq":N}</code>)</li>
</ul>
<pre><code>&lt;market-ticker src="${base}/quotes.json" interval="5"&gt;&lt;/market-ticker&gt;
&lt;market-ticker src="${base}/sse" feed="sse"&gt;&lt;/market-ticker&gt;
&lt;market-ticker src="${wsBase}/ws"&gt;&lt;/market-ticker&gt;</code></pre>
</html>`);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const base = `http://${req.headers.host ?? `${args.host}:${port}`}`;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Last-Event-ID',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...CORS, Allow: 'GET, HEAD, OPTIONS' });
    res.end();
    return;
  }
  if (url.pathname === '/quotes.json') return serveSnapshot(req, res);
  if (url.pathname === '/sse') return serveEvents(req, res, url);
  if (url.pathname === '/') return servePage(res, base);
  res.writeHead(404, { ...CORS, 'Content-Type': 'text/plain' });
  res.end('not found\n');
});

// ------------------------------------------------------------------------------------------
// WebSocket: a new socket waits briefly for a resume frame, then catches up by replay or by a
// snapshot; only then does it take live messages, which the catch-up already covers until then.

const wss = new WebSocketServer({ server, path: '/ws', maxPayload: 4096 });
wss.on('connection', (ws) => {
  let caughtUp = false;
  const catchUp = (lastSeq) => {
    if (caughtUp) return;
    caughtUp = true;
    clearTimeout(grace);
    const missed = lastSeq === undefined ? undefined : missedSince(lastSeq);
    if (missed) for (const entry of missed) ws.send(entry.text);
    else ws.send(snapshotText());
    sockets.add(ws);
  };
  const grace = setTimeout(() => catchUp(undefined), RESUME_GRACE_MS);
  ws.on('message', (data, isBinary) => {
    if (isBinary || caughtUp) return;
    try {
      const message = JSON.parse(String(data));
      catchUp(message?.type === 'resume' ? Number(message.lastSeq) : undefined);
    } catch {
      catchUp(undefined);
    }
  });
  ws.on('close', () => {
    clearTimeout(grace);
    sockets.delete(ws);
  });
});

// ------------------------------------------------------------------------------------------

const ticker = setInterval(tick, TICK_MS);
// A comment line keeps idle proxies from closing SSE connections; clients ignore it.
const heartbeat = setInterval(() => {
  for (const res of streams) res.write(': heartbeat\n\n');
}, HEARTBEAT_MS);

server.on('error', (error) => {
  console.error(`feed-server: ${error.message}`);
  process.exit(1);
});
server.listen(port, args.host, () => {
  const { port: actual } = server.address();
  const base = `http://${args.host.includes(':') ? `[${args.host}]` : args.host}:${actual}`;
  console.log(`market-ticker feed server on ${base}/`);
  console.log(`  polling    ${base}/quotes.json`);
  console.log(`  SSE        ${base}/sse`);
  console.log(`  WebSocket  ${base.replace(/^http/, 'ws')}/ws`);
});

function shutdown() {
  clearInterval(ticker);
  clearInterval(heartbeat);
  for (const res of streams) res.end();
  for (const ws of wss.clients) ws.close(1001, 'server shutting down');
  wss.close();
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
