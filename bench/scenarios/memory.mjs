// Memory: JS heap and DOM nodes with 2,000 quotes on screen; and mount/unmount cycles of 16
// quotes, with heap snapshots to tell V8's compiled code (JIT warm-up) from leaked objects.
import { heapSnapshot, heapUsed, sleep } from '../lib/measure.mjs';

const SECTION = 'Memory';

export async function run(bench) {
  await stripMemory(bench);
  await mountCycles(bench);
}

async function stripMemory(bench) {
  const byImpl = {};
  for (const impl of bench.impls) {
    let empty;
    const session = await bench.mountedStrip(impl, 2000, async (s) => {
      empty = await heapUsed(s.cdp);
    });
    // Past the garbage collections that follow a mount.
    await sleep(2000);
    const full = await heapUsed(session.cdp);
    byImpl[impl.id] = { heap: full.heap, strip: full.heap - empty.heap, nodes: full.nodes - empty.nodes };
    await session.close();
  }
  const pick = (f) => Object.fromEntries(Object.entries(byImpl).map(([id, v]) => [id, [f(v)]]));
  bench.results.record(
    SECTION,
    'JS heap, page with 2,000 quotes',
    'MB',
    pick((v) => v.heap / 2 ** 20),
    { text: '≤ 1.5× vanilla', check: (m) => m.ours <= 1.5 * m.vanilla },
  );
  bench.results.record(
    SECTION,
    '  of which the strip (vs. page before render)',
    'MB',
    pick((v) => v.strip / 2 ** 20),
  );
  bench.results.record(
    SECTION,
    '  DOM nodes of the strip (incl. shadow trees)',
    'count',
    pick((v) => v.nodes),
  );
}

/**
 * The cycles run in parallel, one page per implementation: only memory is measured here. Heap
 * read (after forced GC) after the first cycle, half-way and at the end: growth that continues
 * into the second half is what a leak looks like; growth that stops is warm-up (compiled code,
 * inline caches, template caches).
 */
async function mountCycles(bench) {
  const total = bench.cycles;
  const half = Math.floor(total / 2);
  const cycles = await Promise.all(
    bench.impls.map(async (impl) => {
      const session = await bench.open(impl);
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
      await run(total - half);
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
  const late = total - half;
  bench.results.record(
    SECTION,
    `JS heap growth after ${total} mount/unmount cycles (16 quotes), vs. after the first`,
    'KB',
    one((v) => v.growth),
  );
  bench.results.record(
    SECTION,
    `  of which in the last ${late} cycles`,
    'KB',
    one((v) => v.late),
  );
  bench.results.record(
    SECTION,
    `  last ${late} cycles, V8 compiled code and internals (heap snapshot)`,
    'KB',
    one((v) => v.lateV8),
  );
  bench.results.record(
    SECTION,
    `  last ${late} cycles, JS objects, closures, strings, DOM wrappers (heap snapshot)`,
    'B',
    one((v) => v.lateApp * 1024),
    {
      text: `no growth: < ${Math.round((32 * late) / 1024)} KB (32 B per cycle)`,
      check: (m) => m.ours < 32 * late,
    },
  );
  bench.results.record(
    SECTION,
    `  DOM nodes left after ${total} cycles`,
    'count',
    one((v) => v.nodes),
  );
}
