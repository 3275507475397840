// `npm run bench`: the same quote strip three ways (market-ticker, React 19 + react-fast-marquee,
// hand-written DOM), driven the same way in Debian's Chromium, measured through the DevTools
// protocol. Prints a table, writes bench/results/latest.json and latest.md. Targets are reported
// as met or not met; they never fail the run.
//
//   node bench/run.mjs [--runs=7] [--cycles=1000] [--only=js,load,mount,update,scroll,feed,heap]
//                      [--ours-entry=path/to/index.ts|.js] [--out=bench/results] [--feed-changed=1000,100]
//
// --ours-entry measures another build of the library in place of dist/market-ticker.bundle.js
// (bundled here with esbuild, minified): a quick way to try a change before the real build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { breakdown, LIGHT, traced } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'bench/.build');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const RUNS = Number(args.runs ?? 7);
const CYCLES = Number(args.cycles ?? 1000);
const FEED_CHANGED = String(args['feed-changed'] ?? '1000,100')
  .split(',')
  .map(Number);
const ONLY = args.only ? new Set(args.only.split(',')) : null;
const RESULTS = resolve(ROOT, args.out ?? 'bench/results');
const wanted = (section) => !ONLY || ONLY.has(section);

const IMPLS = [
  { id: 'ours', label: 'market-ticker', page: '/bench/pages/ours.html' },
  { id: 'react', label: 'React 19 + react-fast-marquee', page: '/bench/pages/react.html' },
  { id: 'vanilla', label: 'vanilla DOM', page: '/bench/pages/vanilla.html' },
];
// Loaded by every page alike (data and driver glue): not part of what a strip ships.
// The benchmark's own data and its PRNG (the library's seededRandom, from dist/ with what it imports).
const NOT_SHIPPED = [
  '/bench/pages/data.js',
  '/bench/pages/harness.js',
  '/tests/fixtures/seed-strip.json',
  ...['simulated-feed.js', 'quote.js', 'feeds/timers.js', 'values.js'].map(
    (file) => `/packages/market-ticker/dist/${file}`,
  ),
];
const VIEWPORT = { width: 1280, height: 720 };

const started = Date.now();
const startLoad = loadavg().map((l) => Number(l.toFixed(2)));
const log = (message) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Statistics and results

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), samples };
}

const rows = [];
/** One traced run per scenario and implementation: where the main-thread time went. */
const breakdowns = [];
function recordBreakdown(scenario, id, phases) {
  breakdowns.push({ scenario, impl: id, ...phases });
}
/**
 * One line of the table. `values` maps an implementation to samples (or a summary); `target`
 * judges market-ticker's median against the others' medians.
 */
function record(section, label, unit, values, target) {
  const summaries = Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, Array.isArray(v) ? summary(v) : v]),
  );
  const row = { section, label, unit, values: summaries };
  if (target) {
    const medians = Object.fromEntries(Object.entries(summaries).map(([id, s]) => [id, s.median]));
    row.target = { text: target.text, met: target.check(medians, summaries) };
  }
  rows.push(row);
  const cells = IMPLS.map(({ id }) => (summaries[id] ? `${id} ${fmt(summaries[id].median, unit)}` : '')).filter(
    Boolean,
  );
  log(`${label}: ${cells.join(' | ')}${row.target ? ` -> ${row.target.met ? 'met' : 'NOT MET'}` : ''}`);
}

const halfOfReactAndNearVanilla = {
  text: '≤ 0.5× React and ≤ 1.5× vanilla',
  check: (m) => m.ours <= 0.5 * m.react && m.ours <= 1.5 * m.vanilla,
};

function fmt(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (unit === 'B') return Math.abs(value) >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'ms' || unit === 'ms/s') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
  if (unit === 'count') return `${Number.isInteger(value) ? value : value.toFixed(1)}`;
  if (unit === 'px/s') return `${value.toFixed(1)} px/s`;
  return `${value} ${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Build and serve

async function buildReactPage() {
  await mkdir(BUILD, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/pages/react-app.jsx')],
    outfile: join(BUILD, 'react-app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

/** A page like ours.html that loads another build of the library (see --ours-entry). */
async function buildOursFromEntry(entry) {
  const dir = join(BUILD, 'ours-entry');
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile: join(dir, 'market-ticker.bundle.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'packages/market-ticker/tsconfig.build.json'),
    logLevel: 'error',
  });
  const script = (await readFile(join(ROOT, 'bench/pages/ours.js'), 'utf8')).replace(
    '/packages/market-ticker/dist/market-ticker.bundle.js',
    '/bench/.build/ours-entry/market-ticker.bundle.js',
  );
  await writeFile(join(dir, 'ours.js'), script);
  const html = (await readFile(join(ROOT, 'bench/pages/ours.html'), 'utf8')).replace(
    '/bench/pages/ours.js',
    '/bench/.build/ours-entry/ours.js',
  );
  await writeFile(join(dir, 'ours.html'), html);
  IMPLS[0].page = '/bench/.build/ours-entry/ours.html';
  IMPLS[0].label = `market-ticker built from ${entry}`;
}

// ---------------------------------------------------------------------------------------------
// Pages and the DevTools protocol

let browser;
let origin;

async function open(impl, query = '') {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Thread time, not wall time: what the main thread itself spent, little changed by other
  // processes competing for the CPU.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  page.on('pageerror', (error) => log(`${impl.id} page error: ${error.message}`));
  await page.goto(`${origin}${impl.page}${query}`);
  await page.waitForFunction(() => window.bench !== undefined);
  // The pointer stays off the strip, which pauses on hover.
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 10);
  return {
    page,
    cdp,
    scripts,
    close: () => context.close(),
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Main-thread milliseconds between two Performance.getMetrics readings. Only TaskDuration is
 * used: ScriptDuration leaves out microtasks, where Lit and React do their rendering, so the
 * split by kind of work comes from a trace instead (see trace.mjs).
 */
function spent(before, after) {
  return { task: (after.TaskDuration - before.TaskDuration) * 1000 };
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

/**
 * A heap snapshot's size (after GC), split into V8's own structures (compiled code, feedback,
 * code dependencies: they grow while the JIT warms up), Blink's native backing stores (hash
 * tables that grow and shrink by tens of KB), and the JavaScript objects a leak would leave
 * behind (objects, closures, arrays, strings, numbers, DOM wrappers).
 */
async function heapSnapshot(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join(''));
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const typeField = meta.node_fields.indexOf('type');
  const nameField = meta.node_fields.indexOf('name');
  const sizeField = meta.node_fields.indexOf('self_size');
  const types = meta.node_types[0];
  const JS = new Set([
    'object',
    'closure',
    'array',
    'string',
    'concatenated string',
    'sliced string',
    'number',
    'regexp',
    'symbol',
    'bigint',
  ]);
  let total = 0;
  let v8 = 0;
  let app = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const size = snapshot.nodes[i + sizeField];
    total += size;
    const type = types[snapshot.nodes[i + typeField]];
    if (type === 'code' || snapshot.strings[snapshot.nodes[i + nameField]].startsWith('system / ')) v8 += size;
    else if (JS.has(type)) app += size;
  }
  return { total, v8, app };
}

/** Runs `fn` in the page between two metric readings; main-thread time it took. */
async function measured(session, fn, arg) {
  const before = await metrics(session.cdp);
  await session.page.evaluate(fn, arg);
  const after = await metrics(session.cdp);
  return spent(before, after);
}

// ---------------------------------------------------------------------------------------------
// 1. JavaScript shipped

async function jsShipped() {
  const values = { raw: {}, min: {}, gzip: {} };
  const files = {};
  for (const impl of IMPLS) {
    const session = await open(impl);
    await session.page.waitForLoadState('networkidle');
    const shipped = [...new Set(session.scripts)].filter((p) => !NOT_SHIPPED.includes(p));
    const other = shipped.find((p) => !/\.m?js$/.test(p));
    if (other) throw new Error(`${impl.id} loads an unexpected script: ${other}`);
    await session.close();
    let raw = 0;
    let min = 0;
    let gzip = 0;
    for (const path of shipped) {
      const source = await readFile(join(ROOT, path), 'utf8');
      // Every file minified the same way (the bundle and the React build already are).
      const minified = (await transform(source, { minify: true, loader: 'js', format: 'esm', target: 'es2022' })).code;
      const smaller = minified.length < source.length ? minified : source;
      raw += Buffer.byteLength(source);
      min += Buffer.byteLength(smaller);
      gzip += gzipSync(smaller, { level: 9 }).length;
    }
    files[impl.id] = shipped;
    values.raw[impl.id] = { median: raw, min: raw, max: raw, samples: [raw] };
    values.min[impl.id] = { median: min, min, max: min, samples: [min] };
    values.gzip[impl.id] = { median: gzip, min: gzip, max: gzip, samples: [gzip] };
  }
  record('JavaScript shipped', 'JS minified', 'B', values.min);
  record('JavaScript shipped', 'JS minified + gzipped', 'B', values.gzip, {
    text: '≤ 0.25× React',
    check: (m) => m.ours <= 0.25 * m.react,
  });
  return files;
}

// ---------------------------------------------------------------------------------------------
// 2. Navigation to the strip on screen (fresh context each run: nothing cached)

async function loadTimes() {
  for (const n of [16, 500]) {
    const values = {};
    for (const impl of IMPLS) {
      const samples = [];
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 10);
        await page.goto(`${origin}${impl.page}?render=${n}`);
        await page.waitForFunction(() => window.renderedAt !== undefined || window.renderError !== undefined, null, {
          timeout: 60_000,
        });
        const { renderedAt, renderError } = await page.evaluate(() => ({
          renderedAt: window.renderedAt,
          renderError: window.renderError,
        }));
        await context.close();
        if (renderError) throw new Error(`${impl.id}: ${renderError}`);
        if (run > 0) samples.push(renderedAt);
      }
      values[impl.id] = samples;
    }
    record('Navigation to strip on screen', `${n} quotes`, 'ms', values, halfOfReactAndNearVanilla);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Main-thread time to mount, and to apply updates

async function mountTimes() {
  const sizes = [16, 500, 2000];
  const values = Object.fromEntries(sizes.map((n) => [n, {}]));
  for (const impl of IMPLS) {
    const session = await open(impl);
    for (const n of sizes) {
      await session.page.evaluate((count) => {
        window.quotes = window.benchData.makeQuotes(count);
      }, n);
      const samples = [];
      for (let run = 0; run <= RUNS; run++) {
        const time = await measured(session, () => window.bench.render(window.quotes));
        await session.page.evaluate(async () => {
          window.bench.unmount();
          await window.harness.twoFrames();
        });
        if (run > 0) samples.push(time.task);
      }
      values[n][impl.id] = samples;
      const events = await traced(session.cdp, () => session.page.evaluate(() => window.bench.render(window.quotes)));
      recordBreakdown(`mount ${n} quotes`, impl.id, breakdown(events));
      await session.page.evaluate(async () => {
        window.bench.unmount();
        await window.harness.twoFrames();
      });
    }
    await session.close();
  }
  for (const n of sizes) {
    record(
      'Main-thread time to mount (script+style+layout+paint)',
      `mount ${n} quotes`,
      'ms',
      values[n],
      halfOfReactAndNearVanilla,
    );
  }
}

/** Prepares `RUNS + 2` successive ticks of `changed` quotes on the strip's current figures. */
async function prepareTicks(session, changed, count = RUNS + 2) {
  await session.page.evaluate(
    ({ changed: k, count: c }) => {
      const ticks = [];
      let list = window.current;
      for (let step = 0; step < c; step++) {
        list = window.benchData.tick(list, k, window.stepBase + step);
        ticks.push(list);
      }
      window.stepBase += c;
      window.ticks = ticks;
    },
    { changed, count },
  );
}

async function applyTicks(session, scenario, id) {
  const samples = { task: [] };
  const events = await traced(session.cdp, () =>
    session.page.evaluate(async () => {
      await window.bench.update(window.ticks[0]);
      window.current = window.ticks[0];
    }),
  );
  recordBreakdown(scenario, id, breakdown(events));
  for (let run = 1; run <= RUNS + 1; run++) {
    const time = await measured(
      session,
      async (i) => {
        await window.bench.update(window.ticks[i]);
        window.current = window.ticks[i];
      },
      run,
    );
    if (run > 1) samples.task.push(time.task);
  }
  return samples;
}

/** Each scrolling window's trace breakdown, kept in latest.json to explain outliers. */
const scrollWindows = {};

/** JS heap and DOM nodes with a strip of 2,000 quotes, read while mounting it for the updates. */
const stripMemory = {};

async function mountedStrip(impl, n, { memory = false } = {}) {
  const session = await open(impl);
  await session.page.evaluate((count) => {
    window.current = window.benchData.makeQuotes(count);
    window.stepBase = 1;
  }, n);
  // Read before rendering; the strip itself is read by `readStripMemory`, after the scrolling
  // windows, since forced garbage collections leave the main thread busy for a while.
  if (memory) session.emptyHeap = await heapUsed(session.cdp);
  await session.page.evaluate(() => window.bench.render(window.current));
  await sleep(300);
  return session;
}

async function readStripMemory(impl, session) {
  const empty = session.emptyHeap;
  const full = await heapUsed(session.cdp);
  stripMemory[impl.id] = { heap: full.heap, strip: full.heap - empty.heap, nodes: full.nodes - empty.nodes };
}

function updateLabel(key) {
  const [changed, strip] = key.split('/').map(Number);
  if (changed === 0) return `no update, two frames (floor), ${strip}-quote strip`;
  if (changed === strip) return `update all ${strip} quotes`;
  return `update ${changed} of ${strip} quotes`;
}

/** Updates, then steady scrolling, on strips of 16 and 2,000 quotes (and 500 for its update). */
async function updatesAndScrolling() {
  const plan = [
    { strip: 16, changes: [0, 1, 16], scroll: true },
    { strip: 500, changes: [500], scroll: false },
    { strip: 2000, changes: [1, 2000], scroll: true },
  ];
  const updates = {};
  const scrolling = {};
  for (const impl of IMPLS) {
    for (const { strip, changes, scroll } of plan) {
      const session = await mountedStrip(impl, strip, { memory: strip === 2000 && wanted('heap') });
      // Scrolling first, on the freshly mounted strip, before updates leave garbage to collect.
      if (scroll && wanted('scroll')) {
        scrolling[strip] ??= {};
        scrolling[strip][impl.id] = await steadyScrolling(session);
      }
      if (session.emptyHeap) await readStripMemory(impl, session);
      if (wanted('update')) {
        for (const changed of changes) {
          const key = `${changed}/${strip}`;
          updates[key] ??= {};
          if (changed === 0) {
            // Two frames and no update: the floor under every update figure.
            const samples = [];
            for (let run = 0; run <= RUNS; run++) {
              const time = await measured(session, () => window.harness.twoFrames());
              if (run > 0) samples.push(time.task);
            }
            updates[key][impl.id] = { task: samples };
            continue;
          }
          await prepareTicks(session, changed);
          updates[key][impl.id] = await applyTicks(session, updateLabel(key), impl.id);
        }
      }
      await session.close();
    }
  }
  for (const key of Object.keys(updates)) {
    const task = Object.fromEntries(Object.entries(updates[key]).map(([id, s]) => [id, s.task]));
    const floor = key.startsWith('0/');
    record(
      'Main-thread time to apply an update (two frames)',
      updateLabel(key),
      'ms',
      task,
      floor ? undefined : halfOfReactAndNearVanilla,
    );
  }
  for (const strip of Object.keys(scrolling)) {
    const pick = (field) => Object.fromEntries(Object.entries(scrolling[strip]).map(([id, s]) => [id, s[field]]));
    const section = 'Steady scrolling, per second of idle scrolling';
    record(section, `${strip} quotes: main-thread time, all tasks`, 'ms/s', pick('task'), {
      text: '< 1 ms/s',
      check: (m) => m.ours < 1,
    });
    record(section, `  without the browser's frame-presentation tasks`, 'ms/s', pick('own'), {
      text: '< 1 ms/s',
      check: (m) => m.ours < 1,
    });
    record(section, `  main-thread frames (BeginMainFrame)`, 'count', pick('frames'));
    record(section, `  script`, 'ms/s', pick('script'), {
      text: 'no script per frame (< 0.1 ms/s)',
      check: (m) => m.ours < 0.1,
    });
    record(section, `  strip moved`, 'px/s', pick('moved'));
    scrollWindows[strip] = pick('windows');
  }
}

/**
 * Idle scrolling, traced windows of 0.5 s; checks the strip actually moved. Traced rather than
 * read from Performance.getMetrics so that the browser's own per-frame presentation-feedback task
 * (present on every page with a running animation, whatever moves it) can be told apart.
 */
async function steadyScrolling(session) {
  const offset = () =>
    session.page.evaluate(() => {
      // The visible offset of the first moving element, wherever it lives: document.getAnimations()
      // does not look into shadow trees, so ask the host's shadow roots too.
      const roots = [
        document,
        ...[...document.querySelectorAll('#host > *')].map((el) => el.shadowRoot).filter(Boolean),
      ];
      const animation = roots
        .flatMap((root) => root.getAnimations())
        .find((a) => a.playState === 'running' && a.effect?.target);
      const target = animation?.effect.target;
      return target ? new DOMMatrix(getComputedStyle(target).transform).m41 : NaN;
    });
  // Past the mount and the garbage collections that follow it.
  await sleep(2000);
  const out = { task: [], own: [], frames: [], script: [], moved: [], windows: [] };
  // Reading the offset makes the page compute style and paint once more, so it is read only
  // before the first window and after the last.
  const x0 = await offset();
  const t0 = Date.now();
  for (let run = 0; run <= RUNS; run++) {
    const start = Date.now();
    const events = await traced(session.cdp, () => sleep(500), LIGHT);
    const seconds = (Date.now() - start) / 1000;
    const time = breakdown(events);
    if (run > 0) {
      out.task.push(time.task / seconds);
      out.own.push((time.task - time.presentation) / seconds);
      out.frames.push(time.frames / seconds);
      out.script.push(time.script / seconds);
      out.windows.push(time);
    }
  }
  out.moved.push(Math.abs((await offset()) - x0) / ((Date.now() - t0) / 1000));
  return out;
}

// ---------------------------------------------------------------------------------------------
// 5. A busy feed: 1,000 quotes, ten updates a second (all of them changing, then 100 of them)

async function busyFeed(changedPerTick) {
  const SECONDS = 5;
  const FEED_RUNS = Math.max(3, Math.ceil(RUNS / 2));
  const out = { longTasks: {}, longest: {}, loafs: {}, missed: {}, task: {} };
  for (const impl of IMPLS) {
    const session = await mountedStrip(impl, 1000);
    await prepareTicks(session, changedPerTick, 10 * SECONDS + 10);
    const samples = { longTasks: [], longest: [], loafs: [], missed: [], task: [] };
    for (let run = 0; run <= FEED_RUNS; run++) {
      const ms = run === 0 ? 500 : SECONDS * 1000;
      const before = await metrics(session.cdp);
      const result = await session.page.evaluate(async (duration) => {
        const started = performance.now();
        const frames = [];
        let running = true;
        const loop = (t) => {
          frames.push(t);
          if (running) requestAnimationFrame(loop);
        };
        // The frame interval of this page at rest, the yardstick for missed frames.
        requestAnimationFrame(loop);
        await new Promise((r) => setTimeout(r, 300));
        const rest = frames
          .splice(0)
          .map((t, k, all) => (k ? t - all[k - 1] : NaN))
          .filter((d) => d > 0);
        rest.sort((a, b) => a - b);
        const frame = rest[rest.length >> 1] || 1000 / 60;

        const longTasks = [];
        const loafs = [];
        const observers = [
          new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))),
          new PerformanceObserver((l) => l.getEntries().forEach((e) => loafs.push(e.duration))),
        ];
        observers[0].observe({ type: 'longtask' });
        observers[1].observe({ type: 'long-animation-frame' });
        let i = 0;
        const timer = setInterval(() => {
          window.bench.update(window.ticks[i++ % window.ticks.length]);
        }, 100);
        await new Promise((r) => setTimeout(r, duration));
        clearInterval(timer);
        running = false;
        await window.harness.twoFrames();
        observers.forEach((o) => o.disconnect());
        const gaps = frames.slice(1).map((t, k) => t - frames[k]);
        // A gap of n frame intervals means n - 1 frames were not produced.
        const missed = gaps.reduce((sum, gap) => sum + (gap > 1.5 * frame ? Math.round(gap / frame) - 1 : 0), 0);
        return {
          longTasks: longTasks.length,
          longest: Math.max(0, ...longTasks),
          loafs: loafs.length,
          missed,
          elapsed: performance.now() - started,
        };
      }, ms);
      const after = await metrics(session.cdp);
      if (run > 0) {
        for (const key of ['longTasks', 'longest', 'loafs', 'missed']) samples[key].push(result[key]);
        samples.task.push(spent(before, after).task / (result.elapsed / 1000));
      }
    }
    for (const key of Object.keys(out)) out[key][impl.id] = samples[key];
    await session.close();
  }
  const what = changedPerTick >= 1000 ? 'all updated' : `${changedPerTick} of them changing`;
  const section = `Busy feed: 1,000 quotes, ${what} 10×/s for ${SECONDS} s`;
  record(section, 'long tasks (> 50 ms)', 'count', out.longTasks, {
    text: 'no long task (every run)',
    check: (m, s) => s.ours.max === 0,
  });
  record(section, '  longest task', 'ms', out.longest);
  record(section, 'long animation frames (> 50 ms)', 'count', out.loafs);
  record(section, `frames missed (of ~${SECONDS * 60} at 60 Hz)`, 'count', out.missed);
  record(section, 'main-thread time per second', 'ms/s', out.task);
}

// ---------------------------------------------------------------------------------------------
// 6. Heap: 2,000 quotes on screen; and 1,000 mount/unmount cycles

async function heap() {
  const section = 'Memory';
  const pick = (f) => Object.fromEntries(Object.entries(stripMemory).map(([id, v]) => [id, [f(v)]]));
  record(
    section,
    'JS heap, page with 2,000 quotes',
    'MB',
    pick((v) => v.heap / 2 ** 20),
  );
  record(
    section,
    '  of which the strip (vs. page before render)',
    'MB',
    pick((v) => v.strip / 2 ** 20),
  );
  record(
    section,
    '  DOM nodes of the strip (incl. shadow trees)',
    'count',
    pick((v) => v.nodes),
  );

  // The cycles run in parallel, one page per implementation: only memory is measured here.
  // Heap read (after forced GC) after the first cycle, half-way and at the end: growth that
  // continues into the second half is what a leak looks like; growth that stops is warm-up
  // (compiled code, inline caches, template caches).
  const half = Math.floor(CYCLES / 2);
  const cycles = await Promise.all(
    IMPLS.map(async (impl) => {
      const session = await open(impl);
      const run = (n) =>
        session.page.evaluate(async (count) => {
          for (let i = 0; i < count; i++) {
            await window.bench.render(window.quotes);
            window.bench.unmount();
          }
          await window.harness.twoFrames();
        }, n);
      await session.page.evaluate(() => {
        window.quotes = window.benchData.makeQuotes(16);
      });
      await run(1);
      const first = await heapUsed(session.cdp);
      await run(half - 1);
      const middle = await heapUsed(session.cdp);
      const middleSnapshot = await heapSnapshot(session.cdp);
      await run(CYCLES - half);
      const last = await heapUsed(session.cdp);
      const lastSnapshot = await heapSnapshot(session.cdp);
      await session.close();
      return [
        impl.id,
        {
          growth: (last.heap - first.heap) / 1024,
          late: (last.heap - middle.heap) / 1024,
          lateApp: (lastSnapshot.app - middleSnapshot.app) / 1024,
          lateV8: (lastSnapshot.v8 - middleSnapshot.v8) / 1024,
          nodes: last.nodes - first.nodes,
        },
      ];
    }),
  );
  const byId = Object.fromEntries(cycles);
  const one = (f) => Object.fromEntries(Object.entries(byId).map(([id, v]) => [id, [f(v)]]));
  record(
    section,
    `JS heap growth after ${CYCLES} mount/unmount cycles (16 quotes), vs. after the first`,
    'KB',
    one((v) => v.growth),
  );
  record(
    section,
    `  of which in the last ${CYCLES - half} cycles`,
    'KB',
    one((v) => v.late),
  );
  record(
    section,
    `  last ${CYCLES - half} cycles, V8 compiled code and internals (heap snapshot)`,
    'KB',
    one((v) => v.lateV8),
  );
  record(
    section,
    `  last ${CYCLES - half} cycles, JS objects, closures, strings, DOM wrappers (heap snapshot)`,
    'B',
    one((v) => v.lateApp * 1024),
    {
      text: `no growth: < ${Math.round((32 * (CYCLES - half)) / 1024)} KB (32 B per cycle)`,
      check: (m) => m.ours < 32 * (CYCLES - half),
    },
  );
  record(
    section,
    `  DOM nodes left after ${CYCLES} cycles`,
    'count',
    one((v) => v.nodes),
  );
}

// ---------------------------------------------------------------------------------------------
// Output

function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

function cell(s, unit) {
  if (!s) return '–';
  if (s.samples.length === 1 || s.min === s.max) return fmt(s.median, unit);
  return `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

function markdown(meta) {
  const lines = [];
  lines.push('# market-ticker benchmarks', '');
  lines.push(
    `${meta.date} · ${meta.machine.os} · ${meta.machine.cpus} × ${meta.machine.cpuModel} · ${meta.machine.memoryGB} GB · Node ${meta.machine.node} · ${meta.browser} (headless) · viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    '',
    `Load average (1, 5, 15 min) at start ${meta.loadAverage.start.join(', ')}, at end ${meta.loadAverage.end.join(', ')}: other work on this machine inflates wall-clock figures (navigation to strip on screen) more than main-thread figures, which are thread CPU time.`,
    '',
    `Each figure is the median of ${RUNS} runs after a discarded warm-up run, with (min–max), unless it is a single measurement. ` +
      'Main-thread time is the change in `TaskDuration` from `Performance.getMetrics` in thread time (script, style, layout, paint and everything else the renderer main thread did). ' +
      'Updates are applied through `window.bench.update` and include the two frames that follow.',
    '',
    `Pages: ${IMPLS.map((i) => `**${i.id}** = ${i.label}`).join(', ')}.`,
    '',
  );
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', `### ${section}`, '');
      lines.push('| | market-ticker | React + marquee | vanilla | ours ÷ React | ours ÷ vanilla | target | |');
      lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    }
    const v = row.values;
    const met = row.target ? (row.target.met ? '✅ met' : '❌ not met') : '';
    lines.push(
      `| ${row.label.trim()} | ${cell(v.ours, row.unit)} | ${cell(v.react, row.unit)} | ${cell(v.vanilla, row.unit)} | ${ratio(v.ours?.median, v.react?.median)} | ${ratio(v.ours?.median, v.vanilla?.median)} | ${row.target?.text ?? ''} | ${met} |`,
    );
  }
  if (breakdowns.length) {
    lines.push('', '### Where the main-thread time went (one traced run of each, ms)', '');
    lines.push(
      'Self time of trace events on the renderer main thread, by kind; style or layout forced from script counts as style or layout.',
      '',
    );
    lines.push('| scenario | page | all tasks | script | GC | style | layout | paint, layerize, commit | other |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const scenarios = [...new Set(breakdowns.map((b) => b.scenario))];
    const order = (b) => scenarios.indexOf(b.scenario) * 10 + IMPLS.findIndex((i) => i.id === b.impl);
    for (const b of [...breakdowns].sort((x, y) => order(x) - order(y))) {
      const n = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
      lines.push(
        `| ${b.scenario} | ${b.impl} | ${n(b.task)} | ${n(b.script)} | ${n(b.gc)} | ${n(b.style)} | ${n(b.layout)} | ${n(b.paint)} | ${n(b.other + b.parse)} |`,
      );
    }
  }
  lines.push(
    '',
    '### Reading the figures',
    '',
    '- Mount and update times are dominated by the browser’s style, layout and paint of a very wide row of up to 2,000 cells, which every page pays; the vanilla page shows that floor. The React and vanilla pages follow the list with a full copy; market-ticker copies only the cells that fill the width. Script is a small part except where the breakdown says otherwise.',
    '- Steady scrolling: every page with a running animation gets one short main-thread task per compositor frame from the browser (frame presentation feedback, about 30 µs, 60 a second). It is in “all tasks”, and left out of the next row. No page runs a main-thread frame (BeginMainFrame) or any script while scrolling.',
    '- Busy feed: a missed frame is a gap of more than 1.5 frame intervals between animation frames, counted in frame intervals measured at rest on the same page. The feed’s timer keeps running when the page falls behind, so a run can last longer than its nominal length.',
    '- Memory: `Runtime.getHeapUsage` after forced GC counts V8’s compiled code, which keeps growing while the JIT warms up; the heap-snapshot rows split that from the objects a leak would leave behind. Single runs.',
  );
  const unmet = rows.filter((r) => r.target && !r.target.met);
  lines.push('', '### Targets', '');
  lines.push(`${rows.filter((r) => r.target?.met).length} met, ${unmet.length} not met.`);
  for (const r of unmet) lines.push(`- not met: ${r.section} / ${r.label.trim()} (${r.target.text})`);
  lines.push(
    '',
    `Shipped scripts: ${IMPLS.map((i) => `${i.id}: ${(meta.files[i.id] ?? []).join(', ')}`).join('; ')}.`,
    '',
  );
  return lines.join('\n');
}

function table() {
  const header = ['metric', 'market-ticker', 'React', 'vanilla', '÷React', '÷vanilla', 'target'];
  const body = rows.map((r) => [
    r.label,
    r.values.ours ? fmt(r.values.ours.median, r.unit) : '–',
    r.values.react ? fmt(r.values.react.median, r.unit) : '–',
    r.values.vanilla ? fmt(r.values.vanilla.median, r.unit) : '–',
    ratio(r.values.ours?.median, r.values.react?.median),
    ratio(r.values.ours?.median, r.values.vanilla?.median),
    r.target ? (r.target.met ? 'met' : 'NOT MET') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  log(`runs ${RUNS} (+1 warm-up), ${CYCLES} mount cycles`);
  await buildReactPage();
  if (args['ours-entry']) await buildOursFromEntry(args['ours-entry']);
  const server = await serveStatic(ROOT);
  origin = server.url;
  browser = await launchChromium();
  let files = {};
  let browserVersion;
  try {
    if (wanted('js')) files = await jsShipped();
    if (wanted('load')) await loadTimes();
    if (wanted('mount')) await mountTimes();
    if (wanted('update') || wanted('scroll') || wanted('heap')) await updatesAndScrolling();
    if (wanted('feed')) for (const changed of FEED_CHANGED) await busyFeed(changed);
    if (wanted('heap')) await heap();
  } finally {
    browserVersion = browser.version();
    await browser.close();
    await server.close();
  }
  const meta = {
    date: new Date().toISOString(),
    machine: {
      os: `${osType()} ${release()} (${platform()})`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    browser: `Chromium ${browserVersion}`,
    loadAverage: { start: startLoad, end: loadavg().map((l) => Number(l.toFixed(2))) },
    runs: RUNS,
    cycles: CYCLES,
    files,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(
    join(RESULTS, 'latest.json'),
    `${JSON.stringify({ ...meta, rows, breakdowns, scrollWindows }, null, 2)}\n`,
  );
  await writeFile(join(RESULTS, 'latest.md'), markdown(meta));
  console.log(table());
  const unmet = rows.filter((r) => r.target && !r.target.met);
  console.log(`\ntargets: ${rows.filter((r) => r.target?.met).length} met, ${unmet.length} not met`);
  for (const r of unmet) console.log(`  not met: ${r.label.trim()} (${r.target.text})`);
  log(`done in ${meta.seconds}s; results in ${RESULTS}/latest.{json,md}`);
}

await main();
