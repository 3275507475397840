/**
 * The shapes and colours of a market's state, shared by `<market-status>`'s indicator and the
 * cells' `market-state` marker. Shape as well as colour tells the states apart: disc, half disc,
 * pause sign, ring, struck ring, ringed disc. SVG keeps its shapes in forced-colours mode.
 */
import { css, html, type TemplateResult } from 'lit';
import type { InstrumentState } from '../instrument-state.js';

export const STATE_MARKS: Record<InstrumentState, TemplateResult> = {
  open: html`<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4.5"></circle></svg>`,
  'pre-open': html`<svg viewBox="0 0 10 10">
    <circle class="ring" cx="5" cy="5" r="4"></circle>
    <path d="M5 .5a4.5 4.5 0 0 0 0 9z"></path>
  </svg>`,
  break: html`<svg viewBox="0 0 10 10">
    <rect x="1.5" y="1" width="2.5" height="8"></rect>
    <rect x="6" y="1" width="2.5" height="8"></rect>
  </svg>`,
  closed: html`<svg viewBox="0 0 10 10"><circle class="ring" cx="5" cy="5" r="4"></circle></svg>`,
  holiday: html`<svg viewBox="0 0 10 10">
    <circle class="ring" cx="5" cy="5" r="4"></circle>
    <path class="ring" d="M2.2 7.8l5.6-5.6"></path>
  </svg>`,
  'around-the-clock': html`<svg viewBox="0 0 10 10">
    <circle class="ring" cx="5" cy="5" r="4.1"></circle>
    <circle cx="5" cy="5" r="2.2"></circle>
  </svg>`,
};

/**
 * State colours are their own tokens, not up and down: an open market is neither rising nor
 * falling, and green means "down" to a mainland reader. Each meets AA (4.5:1) on #ffffff and on
 * #15181c. `.state-<name>` on an ancestor picks the colour of `.state-mark`.
 */
export const stateMarkStyles = css`
  :host {
    --_open: var(--market-ticker-open-color, light-dark(#08725f, #3ecfae));
    --_pre-open: var(--market-ticker-pre-open-color, light-dark(#8a5a00, #f2b84b));
    --_break: var(--market-ticker-break-color, light-dark(#8a5a00, #f2b84b));
    --_closed: var(--market-ticker-closed-color, light-dark(#5b6470, #a9b1bc));
  }
  .state-mark {
    display: inline-flex;
    align-self: center;
    flex: none;
    width: 0.625em;
    height: 0.625em;
    color: var(--_closed);
  }
  .state-mark svg {
    width: 100%;
    height: 100%;
    fill: currentColor;
  }
  .state-mark .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .state-open,
  .state-around-the-clock {
    color: var(--_open);
  }
  .state-pre-open {
    color: var(--_pre-open);
  }
  .state-break {
    color: var(--_break);
  }
`;
