// What every benchmark page shares: waiting for frames, and rendering on load when the URL asks
// (`?render=16`), recording when the strip was on screen. Not counted as shipped JavaScript.

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after two animation frames: whatever was rendered before has been styled, laid out and painted. */
async function twoFrames() {
  await frame();
  await frame();
}

/**
 * Resolves once `ready()` holds at a frame, then after one more frame, so the frame that showed
 * the finished strip was produced. Some strips finish over several frames (measure, then
 * re-render), so readiness is checked at each frame.
 */
async function onScreen(ready, limit = 600) {
  for (let i = 0; i < limit; i++) {
    await frame();
    if (ready()) {
      await frame();
      return;
    }
  }
  throw new Error('the strip never became ready');
}

function register(bench) {
  window.bench = bench;
  const n = Number(new URLSearchParams(location.search).get('render'));
  if (n > 0) {
    const quotes = window.benchData.makeQuotes(n);
    bench.render(quotes).then(
      () => {
        window.renderedAt = performance.now();
      },
      (error) => {
        window.renderError = String(error);
      },
    );
  }
}

window.harness = { frame, twoFrames, onScreen, register };
