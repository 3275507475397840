// Steady scrolling on freshly mounted strips of 16 and 2,000 quotes: traced idle windows of
// 0.5 s, and how far the strip moved (to prove it did). Then market-ticker alone in its other
// motions (`direction="right"`, `direction="up"`, `fade`), which the peers' pages do not set.
import { sleep } from '../lib/measure.mjs';
import { breakdown, LIGHT, traced } from '../trace.mjs';

const SECTION = 'Steady scrolling, per second of idle scrolling';

export async function run(bench, options) {
  const strips = [16, 2000].filter(options.sizes);
  for (const strip of strips) {
    const byImpl = {};
    for (const impl of bench.impls) {
      const session = await bench.mountedStrip(impl, strip);
      byImpl[impl.id] = await steadyScrolling(bench, session);
      await session.close();
    }
    const pick = (field) => Object.fromEntries(Object.entries(byImpl).map(([id, s]) => [id, s[field]]));
    const under1 = { text: '< 1 ms/s', check: (m) => m.ours < 1 };
    bench.results.record(SECTION, `${strip} quotes: main-thread time, all tasks`, 'ms/s', pick('task'), under1);
    bench.results.record(SECTION, `  without the browser's frame-presentation tasks`, 'ms/s', pick('own'), under1);
    bench.results.record(SECTION, `  main-thread frames (BeginMainFrame)`, 'count', pick('frames'));
    bench.results.record(SECTION, `  script`, 'ms/s', pick('script'), {
      text: 'no script per frame (< 0.1 ms/s)',
      check: (m) => m.ours < 0.1,
    });
    bench.results.record(SECTION, `  strip moved`, 'px/s', pick('moved'));
    (bench.results.extra.scrollWindows ??= {})[strip] = pick('windows');
  }
  const ours = bench.impls.find((impl) => impl.id === 'ours');
  for (const [label, attributes] of VARIANTS) {
    const session = await bench.mountedStrip(ours, 16, ({ page }) =>
      page.evaluate((a) => (window.stripAttributes = a), attributes),
    );
    const s = await steadyScrolling(bench, session);
    await session.close();
    const only = (field) => ({ ours: s[field] });
    bench.results.record(SECTION, `16 quotes, ${label}: main-thread time, all tasks`, 'ms/s', only('task'), {
      text: '< 1 ms/s',
      check: (m) => m.ours < 1,
    });
    bench.results.record(SECTION, `  script`, 'ms/s', only('script'), {
      text: 'no script per frame (< 0.1 ms/s)',
      check: (m) => m.ours < 0.1,
    });
    bench.results.record(SECTION, `  strip moved`, 'px/s', only('moved'));
  }
}

/** market-ticker's other motions: the same strip, one attribute each. */
const VARIANTS = [
  ['direction="right"', { direction: 'right' }],
  ['direction="up"', { direction: 'up' }],
  ['fade', { fade: '' }],
];

/**
 * Traced rather than read from Performance.getMetrics so that the browser's own per-frame
 * presentation-feedback task (present on every page with a running animation, whatever moves
 * it) can be told apart.
 */
async function steadyScrolling(bench, session) {
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
      if (!target) return NaN;
      // Along either axis: a vertical strip moves in y.
      const { m41, m42 } = new DOMMatrix(getComputedStyle(target).transform);
      return m41 + m42;
    });
  // Past the mount and the garbage collections that follow it.
  await sleep(2000);
  const out = { task: [], own: [], frames: [], script: [], moved: [], windows: [] };
  // Reading the offset makes the page compute style and paint once more, so it is read only
  // after the last window.
  for (let run = 0; run <= bench.runs; run++) {
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
  // The least of three quarter-second readings: a short loop (a vertical strip of 16 goes round
  // in a few seconds) may wrap during one of them, never during two.
  const readings = [];
  for (let i = 0; i < 3; i++) {
    const x1 = await offset();
    await sleep(250);
    readings.push(Math.abs((await offset()) - x1) / 0.25);
  }
  const moved = Math.min(...readings);
  out.moved.push(moved);
  return out;
}
