// Drag for one second: the browser's own mouse presses the middle of a 16-quote strip, moves 4 px
// a frame for a second, and lets go. Main-thread time per second and frames missed, against a
// hand-written pointer drag (vanilla). react-fast-marquee has no drag (its users ask for one:
// issues #93 and #102), so React's page is not measured.
import { metrics, sleep, spent } from '../lib/measure.mjs';

const SECTION = 'Drag for one second (16 quotes, 60 moves of 4 px)';
const MOVES = 60;
const STEP = 4;

export async function run(bench) {
  const out = { task: {}, missed: {}, followed: {} };
  for (const impl of bench.impls.filter((i) => i.id !== 'react')) {
    const session = await bench.mountedStrip(impl, 16);
    const samples = { task: [], missed: [], followed: [] };
    for (let run = 0; run <= bench.runs; run++) {
      const result = await drag(session);
      if (run > 0) for (const key of Object.keys(samples)) samples[key].push(result[key]);
    }
    for (const key of Object.keys(out)) out[key][impl.id] = samples[key];
    await session.close();
  }
  bench.results.record(SECTION, 'main-thread time per second', 'ms/s', out.task, {
    text: '≤ 1.25× vanilla',
    check: (m) => m.ours <= 1.25 * m.vanilla,
  });
  bench.results.record(SECTION, `frames missed (of ~60 at 60 Hz)`, 'count', out.missed, {
    text: '≤ vanilla',
    check: (m) => m.ours <= m.vanilla,
  });
  // Of the pointer's 240 px: market-ticker follows from the end of its click slop (no jump).
  bench.results.record(SECTION, 'strip moved with the pointer (of 240 px)', 'px', out.followed);
}

/** One drag; the strip's offset is read before the press and after the release (not during). */
async function drag({ page, cdp }) {
  const box = await page.evaluate(() => {
    const { left, top, width, height } = document.querySelector('#host > *').getBoundingClientRect();
    return { x: left + width / 2, y: top + height / 2 };
  });
  await page.evaluate(startFrames);
  const before = await metrics(cdp);
  const offset0 = await page.evaluate(offset);
  const started = Date.now();
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(box.x - i * STEP, box.y);
    await sleep(Math.max(0, started + (i * 1000) / 60 - Date.now()));
  }
  const followed = (await page.evaluate(offset)) - offset0;
  await page.mouse.up();
  const seconds = (Date.now() - started) / 1000;
  const missed = await page.evaluate(stopFrames);
  const after = await metrics(cdp);
  // The pointer off the strip again, which pauses on hover, and its loop going on before the next.
  await page.mouse.move(box.x, 710);
  await sleep(300);
  return { task: spent(before, after) / seconds, missed, followed: Math.abs(followed) };
}

/** The visible offset of the real list: the strip's track (ours) or the first list (vanilla). */
function offset() {
  const host = document.querySelector('#host > *');
  const target = host.shadowRoot?.querySelector('.track') ?? host.querySelector('.v-items');
  return new DOMMatrix(getComputedStyle(target).transform).m41;
}

/** Counts frames from now on, at the page's own frame rate measured at rest. */
function startFrames() {
  window.dragFrames = [];
  const loop = (t) => {
    window.dragFrames?.push(t);
    if (window.dragFrames) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

function stopFrames() {
  const frames = window.dragFrames;
  window.dragFrames = undefined;
  const gaps = frames.slice(1).map((t, k) => t - frames[k]);
  const sorted = [...gaps].sort((a, b) => a - b);
  const frame = sorted[sorted.length >> 1] || 1000 / 60;
  // A gap of n frame intervals means n - 1 frames were not produced.
  return gaps.reduce((sum, gap) => sum + (gap > 1.5 * frame ? Math.round(gap / frame) - 1 : 0), 0);
}
