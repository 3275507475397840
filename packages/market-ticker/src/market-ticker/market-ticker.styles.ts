import { css } from 'lit';
import { tokens, visuallyHidden } from '../styles/tokens.js';
import { cellStyles } from '../quote-cell/quote-cell.styles.js';

export const styles = [
  tokens,
  visuallyHidden,
  cellStyles,
  css`
    :host {
      display: block;
      font-family: var(--_font);
      font-size: var(--_size);
      color: var(--_text);
      --_strip-gap: var(--market-ticker-item-gap, 1.25em);
    }
    /* The line height that a <quote-cell> host gives its cell. */
    .items .quote {
      line-height: 1.4;
    }
    :host([hidden]) {
      display: none;
    }
    /* A vertical ticker is a column as tall as the element: a default, or the page's choice. */
    :host([direction='up']),
    :host([direction='down']) {
      height: var(--market-ticker-height, 12em);
    }
    .base {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.25em;
      padding: 0.25em 0.5em;
      background: var(--_background);
      border-block: 1px solid var(--_border);
      box-sizing: border-box;
    }
    .status {
      flex: none;
      padding-inline-end: 0.5em;
      border-inline-end: 1px solid var(--_border);
    }
    .viewport {
      flex: 1 1 auto;
      min-width: 0;
      overflow: hidden;
    }
    /*
     * A scrolling row's width is its container's, never its content's: the copies fill whatever the
     * viewport is, so if the track's width counted (a grid or flex item's automatic minimum, a
     * shrink-to-fit box), each measurement would widen the viewport and call for more copies.
     */
    .scroll:not(.vertical) .viewport {
      contain: inline-size;
    }
    .track {
      display: flex;
      width: max-content;
      will-change: transform;
    }
    .scroll .track.moving {
      animation: market-ticker-loop var(--_market-ticker-loop-duration) linear infinite;
    }
    .scroll.vertical .track.moving {
      animation-name: market-ticker-loop-vertical;
    }
    /*
     * WCAG 2.2.2: hovering or focusing pauses the motion, as does the pause button. With
     * \`hover-speed\` a hover slows it instead (script eases the playback rate). An open details
     * card holds it still, even with \`hover-speed\` and while the pointer is in the card.
     */
    .scroll.paused .track,
    .scroll:not(.hover-slows) .viewport:hover .track,
    .scroll .viewport:focus-within .track,
    .scroll.details-open .track {
      animation-play-state: paused;
    }
    /*
     * Moving by hand: swipes along the strip are its own, swipes across it scroll the page (and
     * pinching zooms it). While dragged, the loop holds still under the pointer.
     */
    .scroll.draggable .viewport {
      touch-action: pan-y pinch-zoom;
      user-select: none;
      -webkit-user-select: none;
    }
    .scroll.draggable.vertical .viewport {
      touch-action: pan-x pinch-zoom;
    }
    .scroll.dragging .track {
      animation-play-state: paused;
    }
    .scroll.dragging .viewport {
      cursor: grabbing;
    }
    /*
     * Fading ends: a mask, not a gradient painted over the strip, so it shows whatever is behind
     * the strip (a colour, an image). Never more than half the strip on each end.
     */
    .fade .viewport {
      --_fade: min(var(--market-ticker-fade-size, 2em), 50%);
      --_fade-mask: linear-gradient(
        var(--_fade-axis, to right),
        transparent,
        #000 var(--_fade),
        #000 calc(100% - var(--_fade)),
        transparent
      );
      -webkit-mask-image: var(--_fade-mask);
      mask-image: var(--_fade-mask);
    }
    .fade.vertical .viewport {
      --_fade-axis: to bottom;
    }
    @keyframes market-ticker-loop {
      from {
        transform: translateX(0);
      }
      to {
        transform: translateX(calc(-1 * var(--_market-ticker-loop-distance)));
      }
    }
    @keyframes market-ticker-loop-vertical {
      from {
        transform: translateY(0);
      }
      to {
        transform: translateY(calc(-1 * var(--_market-ticker-loop-distance)));
      }
    }
    .items {
      display: flex;
      align-items: center;
      gap: var(--_strip-gap);
      margin: 0;
      padding: 0;
      padding-inline-end: var(--_strip-gap);
      list-style: none;
      flex: none;
    }
    .items > li {
      flex: none;
      max-width: 100%;
    }
    .static .viewport {
      overflow: visible;
    }
    .static .track {
      width: auto;
    }
    .static .items {
      flex-wrap: wrap;
      row-gap: 0.25em;
      padding: 0;
      flex: 1 1 auto;
    }
    /* Vertical: upright cells stacked in a column, the status above and the button below. */
    .base.vertical {
      flex-direction: column;
      align-items: stretch;
      height: 100%;
    }
    .vertical .status {
      padding: 0 0 0.25em;
      border-inline-end: none;
      border-block-end: 1px solid var(--_border);
    }
    .vertical .viewport {
      flex: 1 1 0;
      min-height: 0;
    }
    .vertical .track {
      flex-direction: column;
      width: auto;
    }
    .vertical .items {
      flex-direction: column;
      align-items: stretch;
      padding: 0 0 var(--_strip-gap);
    }
    .vertical .pause,
    .vertical .stale {
      align-self: flex-end;
    }
    /* Still (static mode): a list that scrolls, nothing clipped. */
    .vertical.static .viewport {
      overflow: hidden auto;
    }
    .vertical.static .items {
      flex-wrap: nowrap;
      row-gap: var(--_strip-gap);
    }
    /*
     * density="adaptive": the cells are compact while the strip is narrower than 40em of its own
     * font size. The strip's box is the container (its width comes from the page, never from the
     * cells), so no script measures it.
     */
    .adaptive {
      container: market-ticker / inline-size;
    }
    @container market-ticker (max-width: 40em) {
      /* As .compact in the cell's styles. */
      .quote {
        font-size: 0.875em;
        padding: 0.0625em 0.25em;
        gap: 0.25em;
      }
      .delta {
        display: none;
      }
    }
    .message {
      color: var(--_muted);
      padding: 0.125em 0.375em;
    }
    .stale {
      flex: none;
      font-size: 0.85em;
      color: var(--_muted);
      border: 1px solid var(--_border);
      border-radius: 0.25em;
      padding: 0 0.375em;
    }
    .pause {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 1.75em;
      height: 1.75em;
      /* WCAG 2.5.8: at least 24 px whatever the font size. */
      min-width: 24px;
      min-height: 24px;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: 50%;
      background: var(--_background);
      color: var(--_text);
      cursor: pointer;
      font: inherit;
    }
    .pause:hover {
      border-color: var(--_muted);
    }
    .pause:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .pause svg {
      width: 0.75em;
      height: 0.75em;
      fill: currentColor;
    }
    /*
     * Reduced motion: the strip lays out as in static mode from the first paint, before any
     * script (server-rendered pages included), so nothing moves when the element takes over.
     */
    @media (prefers-reduced-motion: reduce) {
      .track {
        animation: none !important;
        transform: none !important;
        width: auto;
      }
      .viewport {
        overflow: visible;
      }
      .items {
        flex-wrap: wrap;
        row-gap: 0.25em;
        padding: 0;
        flex: 1 1 auto;
      }
      .copy,
      .pause.scroll-only {
        display: none;
      }
      .vertical .viewport {
        overflow: hidden auto;
      }
      .vertical .items {
        flex-wrap: nowrap;
        row-gap: var(--_strip-gap);
      }
    }
    @media (forced-colors: active) {
      .pause {
        border-color: ButtonText;
      }
    }
  `,
];
