// Sparklines (issue 20): mounting and updating strips of 16, 500 and 2,000 quotes with a 78-point
// line in every cell, against the same strip without `sparkline` in the same run. market-ticker
// alone: the peers draw no line. The goal: the line adds at most 25 % to each figure.
import { sleep } from '../lib/measure.mjs';

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

export async function run(bench, options) {
  const ours = bench.impls.find((impl) => impl.id === 'ours');
  const plan = PLAN.filter(({ strip }) => options.sizes(strip));
  const rows = [];
  for (const { strip, changes } of plan) {
    const figures = {};
    for (const [variant, attributes] of [
      ['without', {}],
      ['with', { sparkline: '' }],
    ]) {
      const session = await bench.mountedStrip(ours, strip, setUp(attributes));
      // Mounting measured on an empty page, then the strip mounted again for the updates.
      await session.page.evaluate(unmount);
      const mount = `mount ${strip} quotes`;
      (figures[mount] ??= {})[variant] = await bench.samples(
        session,
        () => window.bench.render(window.current),
        unmount,
      );
      await session.page.evaluate(() => window.bench.render(window.current));
      await sleep(300);
      for (const changed of changes) {
        const label = changed === strip ? `update all ${strip} quotes` : `update ${changed} of ${strip} quotes`;
        await bench.prepareTicks(session, changed);
        (figures[label] ??= {})[variant] = await bench.applyTicks(session, `${label}, sparkline ${variant}`, 'ours');
      }
      await session.close();
    }
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
