// A busy feed: 1,000 quotes, ten updates a second for 5 s, with `changed` of them changing each
// time: long tasks, long animation frames, missed frames, main-thread time per second.
import { metrics, spent } from '../lib/measure.mjs';

const SECONDS = 5;

export async function run(bench, options) {
  for (const changed of options.feedChanged) await busyFeed(bench, changed);
}

async function busyFeed(bench, changedPerTick) {
  const runs = Math.max(3, Math.ceil(bench.runs / 2));
  const out = { longTasks: {}, longest: {}, loafs: {}, missed: {}, task: {} };
  for (const impl of bench.impls) {
    const session = await bench.mountedStrip(impl, 1000);
    await bench.prepareTicks(session, changedPerTick, 10 * SECONDS + 10);
    const samples = { longTasks: [], longest: [], loafs: [], missed: [], task: [] };
    for (let run = 0; run <= runs; run++) {
      const before = await metrics(session.cdp);
      const result = await session.page.evaluate(feedInPage, run === 0 ? 500 : SECONDS * 1000);
      const after = await metrics(session.cdp);
      if (run > 0) {
        for (const key of ['longTasks', 'longest', 'loafs', 'missed']) samples[key].push(result[key]);
        samples.task.push(spent(before, after) / (result.elapsed / 1000));
      }
    }
    for (const key of Object.keys(out)) out[key][impl.id] = samples[key];
    await session.close();
  }
  const what = changedPerTick >= 1000 ? 'all updated' : `${changedPerTick} of them changing`;
  const section = `Busy feed: 1,000 quotes, ${what} 10×/s for ${SECONDS} s`;
  const some = changedPerTick < 1000;
  bench.results.record(
    section,
    'long tasks (> 50 ms)',
    'count',
    out.longTasks,
    some ? { text: 'no long task (every run)', check: (m, s) => s.ours.max === 0 } : undefined,
  );
  bench.results.record(
    section,
    '  longest task',
    'ms',
    out.longest,
    some ? undefined : { text: '≤ vanilla', check: (m) => m.ours <= m.vanilla },
  );
  bench.results.record(section, 'long animation frames (> 50 ms)', 'count', out.loafs);
  bench.results.record(
    section,
    `frames missed (of ~${SECONDS * 60} at 60 Hz)`,
    'count',
    out.missed,
    some ? { text: '≤ vanilla', check: (m) => m.ours <= m.vanilla } : undefined,
  );
  bench.results.record(section, 'main-thread time per second', 'ms/s', out.task);
}

/** In the page: the feed's ticks on a timer for `duration` ms, frames and long tasks observed. */
async function feedInPage(duration) {
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
}
