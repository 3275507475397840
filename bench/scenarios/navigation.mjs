// Navigation to the strip on screen: wall clock, a fresh context each run (nothing cached).
import { renderedAt, VIEWPORT } from '../lib/measure.mjs';

export async function run(bench, options) {
  for (const n of [16, 500].filter(options.sizes)) {
    const values = {};
    for (const impl of bench.impls) {
      const samples = [];
      for (let run = 0; run <= bench.runs; run++) {
        const context = await bench.browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 10);
        await page.goto(`${bench.origin}${impl.page}?render=${n}`);
        try {
          const at = await renderedAt(page, impl.id);
          if (run > 0) samples.push(at);
        } finally {
          await context.close();
        }
      }
      values[impl.id] = samples;
    }
    bench.results.record('Navigation to strip on screen', `${n} quotes`, 'ms', values, {
      text: '≤ 1.1× vanilla',
      check: (m) => m.ours <= 1.1 * m.vanilla,
    });
  }
}
