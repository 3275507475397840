// The one measuring helper every scenario uses: pages opened the same way, main-thread time read
// the same way (thread time from the DevTools protocol), strips mounted and updated the same way.
import { breakdown, traced } from '../trace.mjs';

export const VIEWPORT = { width: 1280, height: 720 };

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Bench {
  constructor({ browser, origin, impls, runs, cycles, results, log }) {
    Object.assign(this, { browser, origin, impls, runs, cycles, results, log });
  }

  /** A fresh context on `impl`'s page, with the pointer off the strip (which pauses on hover). */
  async open(impl, query = '') {
    const context = await this.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Thread time, not wall time: what the main thread itself spent, little changed by other
    // processes competing for the CPU.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    page.on('pageerror', (error) => this.log(`${impl.id} page error: ${error.message}`));
    await page.goto(`${this.origin}${impl.page}${query}`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 10);
    return { page, cdp, scripts, close: () => context.close() };
  }

  /** Runs `fn` in the page between two metric readings: the main-thread milliseconds it took. */
  async measured(session, fn, arg) {
    const before = await metrics(session.cdp);
    await session.page.evaluate(fn, arg);
    const after = await metrics(session.cdp);
    return spent(before, after);
  }

  /** `runs` measurements of `fn` after a discarded warm-up; `between` runs unmeasured after each. */
  async samples(session, fn, between) {
    const out = [];
    for (let run = 0; run <= this.runs; run++) {
      const time = await this.measured(session, fn);
      if (between) await session.page.evaluate(between);
      if (run > 0) out.push(time);
    }
    return out;
  }

  /** A page with a strip of `n` generated quotes on screen; `beforeRender` runs on the empty page. */
  async mountedStrip(impl, n, beforeRender) {
    const session = await this.open(impl);
    await session.page.evaluate((count) => {
      window.current = window.benchData.makeQuotes(count);
      window.stepBase = 1;
    }, n);
    if (beforeRender) await beforeRender(session);
    await session.page.evaluate(() => window.bench.render(window.current));
    await sleep(300);
    return session;
  }

  /** Prepares `count` successive ticks of `changed` quotes on the strip's current figures. */
  async prepareTicks(session, changed, count = this.runs + 2) {
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

  /** Applies the prepared ticks: the first traced (recorded as `scenario`), the rest measured. */
  async applyTicks(session, scenario, id) {
    const events = await traced(session.cdp, () =>
      session.page.evaluate(async () => {
        await window.bench.update(window.ticks[0]);
        window.current = window.ticks[0];
      }),
    );
    this.results.breakdown(scenario, id, breakdown(events));
    const samples = [];
    for (let run = 1; run <= this.runs + 1; run++) {
      const time = await this.measured(
        session,
        async (i) => {
          await window.bench.update(window.ticks[i]);
          window.current = window.ticks[i];
        },
        run,
      );
      if (run > 1) samples.push(time);
    }
    return samples;
  }
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Main-thread milliseconds between two Performance.getMetrics readings. Only TaskDuration is
 * used: ScriptDuration leaves out microtasks, where Lit and React do their rendering, so the
 * split by kind of work comes from a trace instead (see trace.mjs).
 */
export function spent(before, after) {
  return (after.TaskDuration - before.TaskDuration) * 1000;
}

export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

const JS_TYPES = new Set([
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

/**
 * A heap snapshot's size (after GC), split into V8's own structures (compiled code, feedback,
 * code dependencies: they grow while the JIT warms up) and the JavaScript objects a leak would
 * leave behind (objects, closures, arrays, strings, numbers, DOM wrappers).
 */
export async function heapSnapshot(cdp) {
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
  let total = 0;
  let v8 = 0;
  let app = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const size = snapshot.nodes[i + sizeField];
    total += size;
    const type = types[snapshot.nodes[i + typeField]];
    if (type === 'code' || snapshot.strings[snapshot.nodes[i + nameField]].startsWith('system / ')) v8 += size;
    else if (JS_TYPES.has(type)) app += size;
  }
  return { total, v8, app };
}

/**
 * The moment a page opened with `?render=N` had its strip on screen (harness.js), in ms since
 * navigation; throws with the page's own error when it could not render.
 */
export async function renderedAt(page, id) {
  await page.waitForFunction(() => window.renderedAt !== undefined || window.renderError !== undefined, null, {
    timeout: 60_000,
  });
  const { at, error } = await page.evaluate(() => ({ at: window.renderedAt, error: window.renderError }));
  if (error) throw new Error(`${id}: ${error}`);
  return at;
}
