// Sparklines (issue 20): mounting and updating strips of 16, 500 and 2,000 quotes with a 78-point
// line in every cell, against the same strip without `sparkline` in the same run. market-ticker
// alone: the peers draw no line. The goal: the line adds at most 25 % to each figure. The two
// strips are measured in turns, so that a busy machine slows both alike.
import { sleep } from '../lib/measure.mjs';
import { breakdown, traced } from '../trace.mjs';

const SECTION = 'Sparklines: market-ticker with `sparkline` against itself without (history of 78 points)';
const PLAN = [
  { strip: 16, changes: [1, 16] },
  { strip: 500, changes: [500] },
  { strip: 2000, changes: [1, 2000] },
];

const unmount = async () => {
  window.bench.unmount();
  await window.harness.twoFrames();
};

/** The page's strip options and a day's line in every quote, before the strip renders. */
const setUp = (attributes) => async (session) => {
  await session.page.evaluate((a) => {
    window.stripAttributes = a;
    window.current = window.benchData.withHistory(window.current);
  }, attributes);
};

/**
 * Samples per row: at least 25, and more for the smaller strips, whose samples are cheap. A garbage
 * collection owed to earlier runs lands in some samples and not others, adding up to 7 ms to a
 * 15 ms mount of 16 quotes and tens of ms to the large strips, on whichever strip it hits: with 7
 * or 9 samples the ratio of the medians swung by up to 0.4 between runs (mount 16: 1.12 to 1.52),
 * and with 25 still by 0.3 (0.96 to 1.28 in four runs of the same build). (Collecting the heap
 * before each sample instead slowed the large strips by up to 70 %: their next mount grows again
 * the heap it shrank.)
 */
const samplesFor = (runs, strip) => Math.max(runs, strip <= 16 ? 75 : strip <= 500 ? 51 : 25);

const VARIANTS = [
  ['without', {}],
  ['with', { sparkline: '' }],
];

/**
 * Both strips are open at once and measured in turns, run by run: whatever else the machine is
 * doing weighs on both alike, so their ratio holds even when the absolute times do not.
 */
async function alternately(sessions, runs, measure) {
  const out = Object.fromEntries(sessions.map(([variant]) => [variant, []]));
  for (let run = 0; run <= runs; run++) {
    for (const [variant, session] of sessions) {
      const time = await measure(session, run, variant);
      // The first run of each is a warm-up.
      if (run > 0) out[variant].push(time);
    }
  }
  return out;
}

/**
 * Run `i` of `fn(i)` on one strip, then `after`: measured, except the warm-up (run 0), which is
 * traced instead to show where the time goes (script, style, layout, paint).
 */
async function measuredRun(bench, session, i, scenario, fn, after) {
  let time = 0;
  if (i > 0) time = await bench.measured(session, fn, i);
  else
    bench.results.breakdown(scenario, 'ours', breakdown(await traced(session.cdp, () => session.page.evaluate(fn, 0))));
  if (after) await session.page.evaluate(after);
  return time;
}

export async function run(bench, options) {
  const ours = bench.impls.find((impl) => impl.id === 'ours');
  const plan = PLAN.filter(({ strip }) => options.sizes(strip));
  const rows = [];
  for (const { strip, changes } of plan) {
    const sessions = [];
    for (const [variant, attributes] of VARIANTS) {
      sessions.push([variant, await bench.mountedStrip(ours, strip, setUp(attributes))]);
    }
    const figures = {};
    const runs = samplesFor(bench.runs, strip);
    // Mounting measured on an empty page, then the strip mounted again for the updates.
    for (const [, session] of sessions) await session.page.evaluate(unmount);
    const mount = `mount ${strip} quotes`;
    figures[mount] = await alternately(sessions, runs, (session, i, variant) =>
      measuredRun(
        bench,
        session,
        i,
        `${mount}, sparkline ${variant}`,
        () => window.bench.render(window.current),
        unmount,
      ),
    );
    for (const [, session] of sessions) await session.page.evaluate(() => window.bench.render(window.current));
    await sleep(300);
    for (const changed of changes) {
      const label = changed === strip ? `update all ${strip} quotes` : `update ${changed} of ${strip} quotes`;
      for (const [, session] of sessions) await bench.prepareTicks(session, changed, runs + 1);
      const apply = async (tick) => {
        await window.bench.update(window.ticks[tick]);
        window.current = window.ticks[tick];
      };
      figures[label] = await alternately(sessions, runs, (session, i, variant) =>
        measuredRun(bench, session, i, `${label}, sparkline ${variant}`, apply),
      );
    }
    for (const [, session] of sessions) await session.close();
    rows.push(...Object.entries(figures));
  }
  for (const [label, { without, with: withLine }] of rows) {
    const base = median(without);
    bench.results.record(SECTION, `${label}, without sparkline`, 'ms', { ours: without });
    bench.results.record(
      SECTION,
      `${label}, with sparkline`,
      'ms',
      { ours: withLine },
      {
        text: `≤ 1.25× without (${base.toFixed(2)} ms)`,
        check: (m) => m.ours <= 1.25 * base,
      },
    );
  }
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
