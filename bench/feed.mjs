// `npm run bench:feed`: the reference feed server at 100, 1,000 and 5,000 readers, as a Redis
// edge and in memory. Per run: delivery latency (Redis: from XADD to the reader; in memory: from
// the server's tick), messages delivered per second, and the server's CPU and memory (its own
// process, from /proc). Readers, half SSE and half WebSocket, run in one process a core
// (bench/feed-readers.mjs), on loopback.
// Writes bench/results/feed.md (or --name). Goals (issue 22): p99 under 50 ms at 1,000 readers; edge memory
// growing linearly, under 20 KB per reader. Reported, never failed.
//
//   node bench/feed.mjs [--counts=100,1000,5000] [--seconds=10] [--rate=10] [--name=feed] [--workers=<cores>]
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, publisher, sleep, startEdge, startRedis, waitFor } from '../tests/deploy/support.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const COUNTS = (args.counts ?? '100,1000,5000').split(',').map(Number);
const SECONDS = Number(args.seconds ?? 10);
const RATE = Number(args.rate ?? 10);
const NAME = args.name ?? 'feed';
const WORKERS = Number(args.workers ?? cpus().length);
const TICK = 100; // clock ticks per second in /proc/<pid>/stat (CLK_TCK on Linux)

function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return { cpu: (Number(stat[11]) + Number(stat[12])) / TICK, rssKb: rss };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function memoryServer() {
  const port = await freePort();
  const proc = spawn(process.execPath, [join(ROOT, 'scripts/feed-server.js'), '--port', String(port)], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/quotes.json`).catch(() => ({ ok: false }))).ok, 'in-memory server');
  return { proc, url, stop: () => new Promise((r) => (proc.once('exit', r), proc.kill('SIGTERM'))) };
}

async function run(mode, count) {
  const redis = mode === 'redis' ? await startRedis() : undefined;
  const pub = redis && publisher(redis.url);
  await pub?.publish({ quotes: [{ symbol: 'T', price: 0 }] });
  const server = redis ? await startEdge(redis.url) : await memoryServer();
  if (redis) await waitFor(async () => (await server.health()).status === 200, 'edge');
  await sleep(500);
  const base = usage(server.proc.pid);

  // Reader processes, one a core: the readers' parsing must not be what is measured.
  const workers = Array.from({ length: WORKERS }, (_, i) =>
    fork(join(ROOT, 'bench/feed-readers.mjs'), [server.url, String(Math.ceil((count - i) / WORKERS))]),
  );
  const said = (worker, type) => new Promise((resolve) => worker.on('message', (m) => m.type === type && resolve(m)));
  await Promise.all(workers.map((w) => said(w, 'connected')));
  await sleep(1000);
  const connected = usage(server.proc.pid);

  for (const w of workers) w.send({ type: 'measure' });
  const started = Date.now();
  if (pub) {
    for (let i = 1; i <= SECONDS * RATE; i++) {
      await pub.publish({ quotes: [{ symbol: 'T', price: i }], asOf: new Date().toISOString() });
      await sleep(Math.max(0, started + (i * 1000) / RATE - Date.now()));
    }
  } else await sleep(SECONDS * 1000);
  await sleep(1000);
  const elapsed = (Date.now() - started) / 1000;
  const after = usage(server.proc.pid);
  const reports = workers.map((w) => said(w, 'latencies'));
  for (const w of workers) w.send({ type: 'stop' });
  const latencies = (await Promise.all(reports)).flatMap((m) => m.latencies);
  const deliveries = latencies.length;
  pub?.close();
  await server.stop();
  await redis?.stop();
  latencies.sort((a, b) => a - b);
  return {
    mode,
    count,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: Math.round(deliveries / elapsed),
    cpu: (((after.cpu - connected.cpu) / elapsed) * 100).toFixed(0),
    rssMb: (after.rssKb / 1024).toFixed(0),
    perReaderKb: ((connected.rssKb - base.rssKb) / count).toFixed(1),
  };
}

const rows = [];
for (const count of COUNTS) {
  for (const mode of ['redis', 'memory']) {
    const row = await run(mode, count);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}

const label = { redis: `Redis edge (${RATE} msg/s via XADD)`, memory: 'in memory (1 msg/s, its own walk)' };
const table = [
  '| server | readers | latency p50 (ms) | p99 (ms) | deliveries/s | server CPU (% of a core) | server RSS (MB) | RSS per reader (KB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${label[r.mode]} | ${r.count} | ${r.p50} | ${r.p99} | ${r.perSecond} | ${r.cpu} | ${r.rssMb} | ${r.perReaderKb} |`,
  ),
].join('\n');
const page = `# Feed server benchmark (npm run bench:feed)

${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')}; readers half SSE, half WebSocket, in ${WORKERS} reader processes on loopback; ${SECONDS} s a run.
Latency: Redis, from the publisher's clock before XADD to the reader; in memory, from the server's tick.
RSS per reader: the server's resident memory with its readers connected, less before, over the count.

${table}

Goals (issue 22): p99 under 50 ms at 1,000 readers; edge memory linear and under 20 KB per reader.
`;
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, `bench/results/${NAME}.md`), page);
console.log(`\n${table}\n\nwrote bench/results/${NAME}.md`);
