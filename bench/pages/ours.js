// The strip with market-ticker: the single-file bundle, one element, quotes as a property.
import '/packages/market-ticker/dist/market-ticker.bundle.js';

const host = document.getElementById('host');
let strip = null;
let count = 0;

/**
 * Every cell rendered and the loop measured (its duration set). Read from the DOM without
 * forcing style or layout, so that checking costs nothing the strip would not spend anyway.
 */
function ready() {
  const root = strip?.shadowRoot;
  if (!root) return false;
  const items = root.querySelectorAll('.items.real > li');
  if (items.length !== count) return false;
  const last = items[count - 1].firstElementChild;
  if (!(last?.shadowRoot ?? last)?.querySelector('.value')?.textContent) return false;
  // The loop's duration, where the build keeps it (a build that sets the animation another way
  // is measured in the same frame as the cells, by its ResizeObserver).
  const duration = root.querySelector('.track')?.style.getPropertyValue('--_duration');
  return !duration || parseFloat(duration) > 0;
}

window.harness.register({
  async render(quotes) {
    count = quotes.length;
    strip = document.createElement('market-ticker');
    strip.label = 'Markets';
    // A scenario may ask for other options (`direction`, `fade`) before it renders.
    for (const [name, value] of Object.entries(window.stripAttributes ?? {})) strip.setAttribute(name, value);
    strip.quotes = quotes;
    host.append(strip);
    await window.harness.onScreen(ready);
  },
  async update(quotes) {
    strip.quotes = quotes;
    await window.harness.twoFrames();
  },
  unmount() {
    strip?.remove();
    strip = null;
  },
});
