// A scriptable feed server for tests/feeds.test.ts: polling, SSE and WebSocket endpoints whose
// faults the test sets up over HTTP, and counters the test reads back. Listens on 127.0.0.1 only.
//
// Every endpoint takes a channel name (/poll/:ch, /sse/:ch, /ws/:ch, /__config/:ch ...) so that
// each test has its own state and leftovers of one test cannot disturb the next.
//
//   POST /__config/:ch   JSON { body?, etag?, lastModified?, maxAge?, faults?: [{ status?, body?, hang? }], sseFail? }
//                        faults are answered, in order, before the normal response; sseFail refuses
//                        that many SSE connections with 503. A fault may also give `type` (its
//                        Content-Type), `size` (a valid JSON body padded to that many characters)
//                        and `chunked` (sent in pieces, with no Content-Length).
//                        `provider` (binance, coinbase, finnhub, polygon) makes /ws/:ch answer as that
//                        provider does: Polygon's `connected` status on open, each provider's receipt
//                        for a subscription (tests/servers/provider-replies.js)
//   GET  /__stats/:ch    what the server saw (requests, conditional headers, opens, closes, resumes,
//                        `received`: each WebSocket message from the client, decoded)
//   POST /__publish/:ch  JSON { quotes, asOf? } or { raw: "text" }: stored with the next id/seq and
//                        sent to open SSE streams and WebSockets
//   POST /__burst/:ch    JSON { symbol, from, count }: publishes `count` one-quote messages at once,
//                        prices from, from + 1, … (a burst that lands within one frame)
//   POST /__drop/:ch     cuts every SSE stream and WebSocket of the channel; JSON { code?, reason? }
//                        closes the WebSockets with that close code instead of cutting them
//   POST /__cut/:ch      JSON { text }: a message cut in the middle: SSE streams get `text` as an
//                        unfinished `data:` line, WebSockets the start of a frame announcing more
//                        bytes than follow; then every connection is cut
//   GET  /poll/:ch       JSON with ETag / Last-Modified / Cache-Control; 304 on a matching validator
//   GET  /sse/:ch        text/event-stream; replays history after ?lastEventId= (or Last-Event-ID)
//   WS   /ws/:ch         replays history after {"type":"resume","lastSeq":N}
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { providerGreeting, providerReceipt } from './provider-replies.js';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Age, Retry-After',
};

function newChannel() {
  return {
    body: JSON.stringify({ quotes: [] }),
    etag: undefined,
    lastModified: undefined,
    maxAge: undefined,
    faults: [],
    polls: [],
    aborted: 0,
    history: [],
    streams: new Set(),
    sseFail: 0,
    sseConnects: [],
    sseClosed: 0,
    sockets: new Set(),
    wsConnects: [],
    wsClosed: 0,
    resumes: [],
    received: [],
    provider: undefined,
  };
}

export async function startFeedTestServer({ port = 0, host = '127.0.0.1' } = {}) {
  const channels = new Map();
  const channel = (name) => {
    if (!channels.has(name)) channels.set(name, newChannel());
    return channels.get(name);
  };

  const server = http.createServer((req, res) => {
    handle(req, res, channel).catch((error) => {
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end(String(error));
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const match = /^\/ws\/([\w-]+)/.exec(new URL(req.url, 'http://x').pathname);
    if (!match) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onSocket(ws, channel(match[1])));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    httpUrl: `http://${host}:${actual}`,
    wsUrl: `ws://${host}:${actual}`,
    async close() {
      for (const ch of channels.values()) {
        for (const res of ch.streams) res.destroy();
        for (const ws of ch.sockets) ws.terminate();
      }
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(req, res, channel) {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Content-Type',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }
  const match = /^\/([\w-]+)\/([\w-]+)$/.exec(url.pathname);
  if (!match) return send(res, 404, { error: 'not found' });
  const [, route, name] = match;
  const ch = channel(name);
  switch (`${req.method} ${route}`) {
    case 'POST __config':
      return send(res, 200, configure(ch, JSON.parse(await readText(req))));
    case 'GET __stats':
      return send(res, 200, stats(ch));
    case 'POST __publish':
      return send(res, 200, { seq: publish(ch, JSON.parse(await readText(req))) });
    case 'POST __burst': {
      const { symbol, from, count } = JSON.parse(await readText(req));
      let seq = 0;
      for (let i = 0; i < count; i++) seq = publish(ch, { quotes: [{ symbol, price: from + i, change: 1 }] });
      return send(res, 200, { seq });
    }
    case 'POST __drop':
      drop(ch, JSON.parse(await readText(req)));
      return send(res, 200, { dropped: true });
    case 'POST __cut':
      cut(ch, JSON.parse(await readText(req)));
      return send(res, 200, { cut: true });
    case 'GET poll':
      return poll(req, res, ch);
    case 'GET sse':
      return stream(req, res, ch, url);
    default:
      return send(res, 404, { error: 'not found' });
  }
}

function configure(ch, config) {
  for (const key of ['etag', 'lastModified', 'maxAge', 'sseFail', 'provider']) {
    if (key in config) ch[key] = config[key];
  }
  if ('body' in config) ch.body = typeof config.body === 'string' ? config.body : JSON.stringify(config.body);
  if (config.faults) ch.faults = [...config.faults];
  return stats(ch);
}

function stats(ch) {
  return {
    polls: ch.polls,
    aborted: ch.aborted,
    pendingFaults: ch.faults.length,
    sseOpen: ch.streams.size,
    sseConnects: ch.sseConnects,
    sseClosed: ch.sseClosed,
    wsOpen: ch.sockets.size,
    wsConnects: ch.wsConnects,
    wsClosed: ch.wsClosed,
    resumes: ch.resumes,
    received: ch.received,
  };
}

function poll(req, res, ch) {
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const record = { at: Date.now(), ifNoneMatch: inm ?? null, ifModifiedSince: ims ?? null, status: 0 };
  ch.polls.push(record);
  res.on('close', () => {
    if (!res.writableEnded) ch.aborted += 1;
  });
  const fault = ch.faults.shift();
  if (fault?.hang) return; // never answers: the client's timeout must fire
  if (fault) {
    record.status = fault.status ?? 200;
    const body = fault.size !== undefined ? paddedBody(fault.size) : (fault.body ?? JSON.stringify({ error: 'fault' }));
    res.writeHead(record.status, { ...CORS, 'Content-Type': fault.type ?? 'application/json' });
    if (!fault.chunked) {
      res.end(body);
      return;
    }
    // Written in pieces: Node then sends it chunked, with no Content-Length to judge it by.
    for (let at = 0; at < body.length; at += 65536) res.write(body.slice(at, at + 65536));
    res.end();
    return;
  }
  const headers = { ...CORS, 'Content-Type': 'application/json' };
  if (ch.etag) headers.ETag = ch.etag;
  if (ch.lastModified) headers['Last-Modified'] = ch.lastModified;
  if (ch.maxAge !== undefined) headers['Cache-Control'] = `max-age=${ch.maxAge}`;
  const notModified = inm !== undefined ? inm === ch.etag : ims !== undefined && ims === ch.lastModified;
  record.status = notModified ? 304 : 200;
  res.writeHead(record.status, headers);
  res.end(notModified ? undefined : ch.body);
}

function stream(req, res, ch, url) {
  const lastEventId = url.searchParams.get('lastEventId') ?? req.headers['last-event-id'] ?? null;
  const attempt = { at: Date.now(), lastEventId, refused: false };
  ch.sseConnects.push(attempt);
  if (ch.sseFail > 0) {
    ch.sseFail -= 1;
    attempt.refused = true;
    return send(res, 503, { error: 'refused' });
  }
  res.writeHead(200, { ...CORS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  res.write(': open\n\n'); // flushes the headers so the client's `open` fires now
  ch.streams.add(res);
  res.on('close', () => {
    ch.streams.delete(res);
    ch.sseClosed += 1;
  });
  if (lastEventId !== null) {
    for (const entry of ch.history) if (entry.seq > Number(lastEventId)) writeEvent(res, entry);
  }
}

function writeEvent(res, entry) {
  res.write(`id: ${entry.seq}\ndata: ${entry.text}\n\n`);
}

function onSocket(ws, ch) {
  ch.sockets.add(ws);
  ch.wsConnects.push({ at: Date.now() });
  ws.sent = new Set();
  for (const reply of providerGreeting(ch.provider)) ws.send(JSON.stringify(reply));
  ws.on('message', (data) => {
    let message;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    ch.received.push(message);
    for (const reply of providerReceipt(ch.provider, message)) ws.send(JSON.stringify(reply));
    if (message?.type !== 'resume') return;
    ch.resumes.push(message.lastSeq);
    // Replay what followed lastSeq, except what this socket already got live since it opened.
    for (const entry of ch.history) {
      if (entry.seq > message.lastSeq && !ws.sent.has(entry.seq)) sendEntry(ws, entry);
    }
  });
  ws.on('close', () => {
    ch.sockets.delete(ws);
    ch.wsClosed += 1;
  });
}

function sendEntry(ws, entry) {
  ws.sent.add(entry.seq);
  ws.send(entry.text);
}

function publish(ch, message) {
  const seq = ch.history.length + 1;
  const text = typeof message.raw === 'string' ? message.raw : JSON.stringify({ ...message, seq });
  const entry = { seq, text };
  ch.history.push(entry);
  for (const res of ch.streams) if (!res.destroyed) writeEvent(res, entry);
  for (const ws of ch.sockets) if (ws.readyState === ws.OPEN) sendEntry(ws, entry);
  return seq;
}

function drop(ch, { code, reason } = {}) {
  for (const res of ch.streams) res.destroy();
  for (const ws of ch.sockets) {
    if (code === undefined) ws.terminate();
    else ws.close(code, reason);
  }
}

/** A valid message of `size` characters: one quote whose name pads it out. */
function paddedBody(size) {
  const shell = JSON.stringify({ quotes: [{ symbol: 'HUGE', price: 1, name: '' }] });
  return shell.replace('"name":""', `"name":"${'x'.repeat(Math.max(0, size - shell.length))}"`);
}

function cut(ch, { text = '{"quotes":[{"symbol":"CUT","price":' } = {}) {
  for (const res of ch.streams) {
    if (res.destroyed) continue;
    // The event has no blank line after it: a client must never dispatch it.
    res.write(`id: ${ch.history.length + 1}\ndata: ${text}`, () => res.destroy());
  }
  for (const ws of ch.sockets) {
    const payload = Buffer.from(text);
    // A final text frame (0x81) whose 16-bit length (the 126 form) promises more than follows.
    const header = Buffer.from([0x81, 126, 0, 0]);
    header.writeUInt16BE(Math.min(65535, Math.max(126, payload.length * 2 + 2)), 2);
    const socket = ws._socket;
    if (!socket) {
      ws.terminate();
      continue;
    }
    socket.write(Buffer.concat([header, payload]), () => socket.destroy());
  }
}

function send(res, status, body) {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readText(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text || '{}'));
    req.on('error', reject);
  });
}
