// What makes a story render the same pixels on every run: a seeded Math.random (the simulated
// feed walks with it), a paused fake clock that the test advances by a fixed amount, and every
// CSS animation paused at a fixed time. The functions below run in the page (page.evaluate).
import { seededRandom } from '../../packages/market-ticker/dist/simulated-feed.js';

/**
 * Init script: Math.random becomes the feed's own seededRandom(seed) (its source, self-contained).
 * `__visualReseed()` starts the sequence again: the test calls it once the story has rendered,
 * so the walk does not depend on how many numbers Storybook drew while loading. Math.random
 * itself stays one function, since the feed keeps the one it was given.
 */
export const seededRandomScript = (seed) => `(() => {
  let next;
  window.__visualReseed = () => {
    next = (${seededRandom})(${seed >>> 0});
  };
  window.__visualReseed();
  Math.random = () => next();
})();`;

/** In a story frame: the story has rendered, or Storybook shows its error display. */
export function storyShown() {
  const body = document.body;
  if (!body) return false;
  if (body.classList.contains('sb-show-errordisplay')) return true;
  return body.classList.contains('sb-show-main') && document.querySelector('#storybook-root')?.childElementCount > 0;
}

/**
 * In a story frame, before the fake clock runs: every element has rendered and loaded what it loads
 * on demand (a feed's code), so that its timers start on the clock the test then advances.
 */
export async function elementsReady() {
  const waits = [];
  const collect = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.updateComplete) waits.push(element.updateComplete);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  await Promise.all(waits);
}

/**
 * In a story frame: waits for the locale, every element's updateComplete, the fonts and the
 * pictures; returns Storybook's error text if the story failed.
 */
export async function settleFrame() {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows its error display';
  }
  const root = document.querySelector('#storybook-root');
  await window.__marketTickerStorySettled?.(root);
  await document.fonts.ready;
  const images = [];
  const collect = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element instanceof HTMLImageElement) images.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(root);
  // A lazy picture far below the fold would never load: make it eager (the shot is full-page).
  for (const image of images) if (image.loading === 'lazy') image.loading = 'eager';
  await Promise.all(
    images
      .filter((image) => !image.complete)
      .map(
        (image) =>
          new Promise((done) => {
            image.addEventListener('load', done, { once: true });
            image.addEventListener('error', done, { once: true });
          }),
      ),
  );
  await Promise.all(images.map((image) => image.decode?.().catch(() => undefined)));
  await document.fonts.ready;
  return undefined;
}

/**
 * In a story frame: every animation paused, the looping ones (the strip's scroll) at `atMs`,
 * the finite ones at their end. Called again before each shot, so one restarted by a re-render
 * is frozen too. Returns how many it froze.
 */
export function freezeAnimations(atMs) {
  // document.getAnimations() leaves out shadow trees (the strip's track lives in one): ask each.
  const animations = [];
  const collect = (scope) => {
    animations.push(...scope.getAnimations());
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
  };
  collect(document);
  for (const animation of animations) {
    const iterations = animation.effect?.getComputedTiming().iterations;
    animation.pause();
    if (iterations === Infinity) animation.currentTime = atMs;
    else animation.finish();
  }
  return animations.length;
}

/**
 * In the top frame: the story's own box, the union of what the story surface holds plus the
 * surface's 16 px padding, in page coordinates (for a full-page clip).
 */
export function storyBox() {
  const surface = document.querySelector('#storybook-root .story-surface') ?? document.querySelector('#storybook-root');
  const own = surface.getBoundingClientRect();
  const boxes = [...surface.children]
    .map((child) => child.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  if (boxes.length === 0) boxes.push(own);
  const pad = 16;
  const left = Math.max(0, Math.floor(Math.min(...boxes.map((r) => r.left)) - pad));
  const top = Math.max(0, Math.floor(Math.min(...boxes.map((r) => r.top)) - pad));
  const right = Math.ceil(Math.max(...boxes.map((r) => r.right)) + pad);
  const bottom = Math.ceil(Math.max(...boxes.map((r) => r.bottom)) + pad);
  return { x: left + scrollX, y: top + scrollY, width: right - left, height: bottom - top };
}
