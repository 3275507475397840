// The strip with React 19 and react-fast-marquee (the most used React marquee): cells are memoized
// components keyed by symbol. Bundled by bench/run.mjs with esbuild (minified, production).
import { memo } from 'react';
import { createRoot } from 'react-dom/client';
import MarqueeModule from 'react-fast-marquee';
import { ARROWS, percent, price, signed, trend } from './format.js';

// react-fast-marquee is CommonJS with `exports.default`; in a `"type": "module"` package esbuild
// follows Node and hands over the whole `module.exports`.
const Marquee = MarqueeModule.default ?? MarqueeModule;

const Cell = memo(function Cell({ quote }) {
  const direction = trend(quote);
  const precision = quote.precision ?? 2;
  return (
    <span className={`cell ${direction}`}>
      <span className="label">{quote.name ?? quote.symbol}</span>
      <span className="value">{price(quote.price, precision)}</span>
      <span className="movement">
        {ARROWS[direction] ? <span className="arrow">{ARROWS[direction]}</span> : null}
        <span className="delta">{signed(quote.change, precision)}</span>
        <span className="delta-percent">({percent(quote.changePercent)})</span>
      </span>
    </span>
  );
});

function Strip({ quotes }) {
  return (
    <div className="strip" role="region" aria-label="Markets">
      <Marquee speed={60} pauseOnHover autoFill>
        {quotes.map((quote) => (
          <Cell key={quote.symbol} quote={quote} />
        ))}
      </Marquee>
    </div>
  );
}

const host = document.getElementById('host');
let root = null;
let count = 0;

/**
 * Every cell rendered and the loop measured (its duration set). Read from the DOM without
 * forcing style or layout, so that checking costs nothing the strip would not spend anyway.
 */
function ready() {
  if (host.querySelectorAll('.rfm-initial-child-container .cell').length !== count) return false;
  const duration = parseFloat(host.querySelector('.rfm-marquee')?.style.getPropertyValue('--duration'));
  return duration > 0;
}

window.harness.register({
  async render(quotes) {
    count = quotes.length;
    root = createRoot(host);
    root.render(<Strip quotes={quotes} />);
    await window.harness.onScreen(ready);
  },
  async update(quotes) {
    root.render(<Strip quotes={quotes} />);
    await window.harness.twoFrames();
  },
  unmount() {
    root?.unmount();
    root = null;
  },
});
