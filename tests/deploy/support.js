// The scaled-out deployment on loopback, for its tests and its benchmark: Redis, feed edges and
// nginx, each started on a free port with a temporary config (never the system services) and
// stopped by process id; and readers that resume by stream id as the library's feeds do.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { STREAM } from '../../scripts/feed-stream.js';

const ROOT = new URL('../../', import.meta.url).pathname;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function waitFor(check, what, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });

/** A child process with its output kept, stopped by its own pid. */
function child(command, args, options = {}) {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const output = [];
  proc.stdout.on('data', (d) => output.push(String(d)));
  proc.stderr.on('data', (d) => output.push(String(d)));
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  return {
    proc,
    output,
    log: () => output.join(''),
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

export async function startRedis(port) {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mt-redis-'));
  const redis = child('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]);
  await waitFor(() => portOpen(port), `redis-server on ${port}`);
  return {
    ...redis,
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop(signal) {
      await redis.stop(signal);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An edge: scripts/feed-server.js with REDIS_URL. Ready when it answers /health at all. */
export async function startEdge(redisUrl, port) {
  port ??= await freePort();
  const edge = child(process.execPath, [join(ROOT, 'scripts/feed-server.js'), '--port', String(port)], {
    env: { ...process.env, REDIS_URL: redisUrl },
  });
  await waitFor(() => portOpen(port), `edge on ${port}`);
  return { ...edge, port, url: `http://127.0.0.1:${port}`, health: () => getJson(`http://127.0.0.1:${port}/health`) };
}

/** The nginx configuration of docs/deploy.md, with its three addresses moved to these ports. */
export function deployConfig(listen, edges) {
  const page = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(page);
  if (!block) throw new Error('docs/deploy.md has no nginx block');
  let config = block[1].replace('listen 127.0.0.1:8800;', `listen 127.0.0.1:${listen};`);
  const upstream = edges.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n');
  config = config.replace(/( {4}server 127\.0\.0\.1:880\d [^\n]*\n)+/, `${upstream}\n`);
  if (config.includes(':8801') || config.includes(':8800')) throw new Error('docs/deploy.md nginx block changed shape');
  return config;
}

export async function startNginx(edges) {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'mt-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  writeFileSync(join(prefix, 'nginx.conf'), deployConfig(port, edges));
  const bin = process.env.NGINX ?? '/usr/sbin/nginx';
  const nginx = child(bin, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;']);
  await waitFor(() => portOpen(port), `nginx on ${port}`);
  return {
    ...nginx,
    port,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await nginx.stop('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export function getJson(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(body) });
          } catch {
            resolve({ status: res.statusCode, headers: res.headers, body });
          }
        });
      })
      .on('error', reject);
  });
}

/** A publisher: XADD one message; resolves to its stream id. */
export function publisher(redisUrl) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  return {
    redis,
    publish: (message) => redis.xadd(STREAM, 'MAXLEN', '~', 10_000, '*', 'message', JSON.stringify(message)),
    close: () => redis.disconnect(),
  };
}

/**
 * A reader of one symbol's prices that resumes like the library's feeds: SSE with ?lastEventId=,
 * WebSocket with {"type":"resume","lastSeq"}. `prices` are what it saw of `symbol`, in order;
 * `at` the arrival times of each message; `onMessage` sees every message.
 */
export function reader(kind, base, { symbol = 'T', retryMs = 100, onMessage } = {}) {
  const state = { kind, prices: [], ids: [], connects: 0, lastId: undefined, closed: false, messages: 0 };
  let current;
  const take = (id, text) => {
    const message = JSON.parse(text);
    state.messages += 1;
    if (id) {
      state.lastId = id;
      state.ids.push(id);
    }
    for (const q of message.quotes) if (q.symbol === symbol) state.prices.push(q.price);
    onMessage?.(message, state);
  };
  function connect() {
    state.connects += 1;
    // error and close may both fire: one reconnection per connection.
    let retried = false;
    const again = () => {
      if (retried || state.closed) return;
      retried = true;
      setTimeout(connect, retryMs);
    };
    if (kind === 'sse') {
      const url = new URL('/sse', base);
      if (state.lastId) url.searchParams.set('lastEventId', state.lastId);
      const req = http.get(url, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return again();
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let id;
            let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('id: ')) id = line.slice(4);
              else if (line.startsWith('data: ')) data += line.slice(6);
            }
            if (data) take(id, data);
          }
        });
        res.on('close', again);
      });
      req.on('error', again);
      current = { close: () => req.destroy() };
    } else {
      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws`);
      ws.on('open', () => {
        if (state.lastId) ws.send(JSON.stringify({ type: 'resume', lastSeq: state.lastId }));
      });
      ws.on('message', (data) => {
        const text = String(data);
        take(JSON.parse(text).seq, text);
      });
      ws.on('error', () => undefined);
      ws.on('close', again);
      current = { close: () => ws.terminate() };
    }
  }
  connect();
  return {
    state,
    close() {
      state.closed = true;
      current?.close();
    },
  };
}

/** Whether a reader saw exactly `expected` prices, each once, in order; else what differs. */
export function mismatch(state, expected) {
  if (state.prices.length === expected.length && state.prices.every((p, i) => p === expected[i])) return undefined;
  const first = state.prices.findIndex((p, i) => p !== expected[i]);
  return `${state.kind} reader: ${state.prices.length} prices, expected ${expected.length}; first difference at ${first}: ${state.prices.slice(Math.max(0, first - 2), first + 3)}`;
}
