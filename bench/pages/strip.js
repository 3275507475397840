// The market-ticker strip as the driver sees it (window.bench), shared by every page that loads
// the library another way (ours.js: the single file; ours-loader.js: the CDN loader), so that they
// render the same strip and call it on screen at the same moment.

const host = document.getElementById('host');
let strip = null;
let count = 0;

/**
 * Every cell rendered with its figures and the loop measured (its duration set). Read from the DOM
 * without forcing style or layout, so that checking costs nothing the strip would not spend anyway.
 * An element not defined yet (the loader still fetching its chunks) has no shadow root: not ready.
 */
function ready() {
  const root = strip?.shadowRoot;
  if (!root) return false;
  const items = root.querySelectorAll('.items.real > li');
  if (items.length !== count) return false;
  const last = items[count - 1].firstElementChild;
  if (!(last?.shadowRoot ?? last)?.querySelector('.value')?.textContent) return false;
  // The loop's duration, where the build keeps it (a build that sets the animation another way
  // is measured in the same frame as the cells, by its ResizeObserver). Until it is set the loop
  // has not measured, nor rendered its copies.
  const duration = root.querySelector('.track')?.style.getPropertyValue('--_market-ticker-loop-duration');
  return !duration || parseFloat(duration) > 0;
}

/** Registers the strip with the harness; call it once the page has started loading the library. */
export function registerStrip() {
  window.harness.register({
    async render(quotes) {
      count = quotes.length;
      // With the loader the element may not be defined yet: Lit takes over the properties set
      // here when it upgrades the element.
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
}
