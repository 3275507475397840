// Main-thread time to mount 16, 500 and 2,000 quotes, including the frames that show them.
import { nearReactAndVanilla } from '../lib/results.mjs';
import { breakdown, traced } from '../trace.mjs';

const unmount = async () => {
  window.bench.unmount();
  await window.harness.twoFrames();
};

export async function run(bench, options) {
  const sizes = [16, 500, 2000].filter(options.sizes);
  const values = Object.fromEntries(sizes.map((n) => [n, {}]));
  for (const impl of bench.impls) {
    const session = await bench.open(impl);
    for (const n of sizes) {
      await session.page.evaluate((count) => {
        window.quotes = window.benchData.makeQuotes(count);
      }, n);
      values[n][impl.id] = await bench.samples(session, () => window.bench.render(window.quotes), unmount);
      const events = await traced(session.cdp, () => session.page.evaluate(() => window.bench.render(window.quotes)));
      bench.results.breakdown(`mount ${n} quotes`, impl.id, breakdown(events));
      await session.page.evaluate(unmount);
    }
    await session.close();
  }
  for (const n of sizes) {
    bench.results.record(
      'Main-thread time to mount (script+style+layout+paint)',
      `mount ${n} quotes`,
      'ms',
      values[n],
      nearReactAndVanilla,
    );
  }
}
