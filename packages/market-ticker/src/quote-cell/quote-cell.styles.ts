import { css } from 'lit';
import { inlineHost, redUp, tokens, visuallyHidden } from '../styles/tokens.js';
import { stateMarkStyles } from '../styles/state-marks.js';

/**
 * A cell's own rules, the same in `<quote-cell>`'s shadow root and in the strip's, where each
 * cell is drawn without an element of its own. (Comments here rather than in the CSS, which
 * ships as written.)
 *
 * `.sparkline` contains its layout: a price changing next door does not lay out and redraw every
 * line (update 1 of 2,000 quotes with lines: 1.86x the figure without them before, 0.97x after).
 * Not paint containment: it would clip the stroke at the box's edges (overflow: visible).
 * `.chart-later::after` is the same box for a strip's cell far from view, without an element: it
 * takes the 4em (or `--market-ticker-sparkline-width`) the line will take, so nothing moves when
 * the line is drawn.
 */
export const cellStyles = [
  redUp,
  visuallyHidden,
  stateMarkStyles,
  css`
    .quote {
      position: relative;
      display: inline-flex;
      align-items: baseline;
      gap: var(--_gap);
      padding: 0.125em 0.375em;
      border-radius: 0.25em;
      color: inherit;
      text-decoration: none;
      /* Name and figures stay whole; a cell narrower than its content breaks between them. */
      flex-wrap: wrap;
      max-width: 100%;
      box-sizing: border-box;
      white-space: nowrap;
      /* Digits of equal width: a changing price does not make its neighbours dance. */
      font-variant-numeric: tabular-nums;
    }
    a.quote:hover .label,
    [role='button'].quote:hover .label {
      text-decoration: underline;
    }
    a.quote,
    [role='button'].quote {
      cursor: pointer;
    }
    .quote:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    .label {
      font-weight: 600;
      unicode-bidi: isolate;
    }
    .value {
      font-weight: 500;
    }
    /*
     * Figures read left to right on a right-to-left page too ("+20.15 (+0.33%)", not "20.15+"):
     * each is an island, placed by the page's direction and laid out by its own.
     */
    .value,
    .movement {
      direction: ltr;
      unicode-bidi: isolate;
    }
    .movement {
      display: inline-flex;
      align-items: baseline;
      gap: 0.25em;
      color: var(--_flat);
    }
    .up .movement {
      color: var(--_up);
    }
    .down .movement {
      color: var(--_down);
    }
    .arrow {
      font-size: 0.75em;
    }
    /* Compact: name, price and percent only; the change is still in the words. */
    .compact {
      font-size: 0.875em;
      padding: 0.0625em 0.25em;
      gap: 0.25em;
    }
    .compact .delta {
      display: none;
    }
    /* The price highlight: a static tint that the element takes off when its time is up. */
    .flash-up {
      background-color: var(--_flash-up);
    }
    .flash-down {
      background-color: var(--_flash-down);
    }
    /* The logo's box is kept while the image loads and when it fails: a neutral square. */
    .logo {
      display: inline-block;
      flex: none;
      align-self: center;
      width: 1em;
      height: 1em;
      border-radius: 0.2em;
      overflow: hidden;
      background: var(--market-ticker-logo-background, light-dark(#e4e7eb, #3a4048));
    }
    .logo img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: contain;
      /* No alt text nor broken-image icon over the placeholder. */
      color: transparent;
    }
    .logo img.failed {
      visibility: hidden;
    }
    .sparkline,
    .chart-later::after {
      flex: none;
      align-self: center;
      width: var(--market-ticker-sparkline-width, 4em);
      height: 1.25em;
    }
    .sparkline {
      contain: layout size style;
      overflow: visible;
      color: var(--_flat);
    }
    .chart-later::after {
      content: '';
    }
    .up .sparkline {
      color: var(--_up);
    }
    .down .sparkline {
      color: var(--_down);
    }
    .sparkline path {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.25px;
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .sparkline .area {
      fill: currentColor;
      fill-opacity: 0.12;
      stroke: none;
    }
    .sparkline .baseline {
      stroke-width: 1px;
      stroke-dasharray: 2 2;
      opacity: 0.45;
    }
    /*
     * The details card: a manual popover in the top layer (never clipped by the strip), placed
     * beside the cell by script through the CSSOM; closed, it is not drawn at all.
     */
    .details-card {
      display: none;
      position: fixed;
      inset: auto;
      margin: 0;
      z-index: 2147483647;
      box-sizing: border-box;
      max-width: min(22em, calc(100vw - 8px));
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: 0.375em;
      background: var(--_background);
      color: var(--_text);
      font: inherit;
      font-size: 0.875em;
      line-height: 1.4;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      overflow: visible;
    }
    .details-card.open {
      display: block;
    }
    .details-card dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 0.125em 1.25em;
      margin: 0;
    }
    .details-card dt {
      color: var(--_muted);
    }
    .details-card dd {
      margin: 0;
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .details-note {
      margin: 0.375em 0 0;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      .details-card {
        border-color: CanvasText;
      }
      .movement,
      .sparkline {
        color: CanvasText;
      }
    }
  `,
];

export const styles = [tokens, inlineHost, cellStyles];
