// Main-thread time to apply updates (the two frames that show them included), on strips of 16,
// 500 and 2,000 quotes; and two frames with no update, the floor under every figure.
import { nearReactAndVanilla } from '../lib/results.mjs';

const PLAN = [
  { strip: 16, changes: [0, 1, 16] },
  { strip: 500, changes: [500] },
  { strip: 2000, changes: [1, 2000] },
];

function label(changed, strip) {
  if (changed === 0) return `no update, two frames (floor), ${strip}-quote strip`;
  if (changed === strip) return `update all ${strip} quotes`;
  return `update ${changed} of ${strip} quotes`;
}

export async function run(bench, options) {
  const plan = PLAN.filter(({ strip }) => options.sizes(strip));
  const values = {};
  for (const impl of bench.impls) {
    for (const { strip, changes } of plan) {
      const session = await bench.mountedStrip(impl, strip);
      for (const changed of changes) {
        const key = label(changed, strip);
        values[key] ??= {};
        if (changed === 0) {
          values[key][impl.id] = await bench.samples(session, () => window.harness.twoFrames());
          continue;
        }
        await bench.prepareTicks(session, changed);
        values[key][impl.id] = await bench.applyTicks(session, key, impl.id);
      }
      await session.close();
    }
  }
  for (const [key, value] of Object.entries(values)) {
    const floor = key.startsWith('no update');
    bench.results.record(
      'Main-thread time to apply an update (two frames)',
      key,
      'ms',
      value,
      floor ? undefined : nearReactAndVanilla,
    );
  }
}
