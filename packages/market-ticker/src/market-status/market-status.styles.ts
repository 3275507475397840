import { css } from 'lit';
import { inlineHost, tokens, visuallyHidden } from '../styles/tokens.js';
import { stateMarkStyles } from '../styles/state-marks.js';

export const styles = [
  tokens,
  inlineHost,
  visuallyHidden,
  // The state colours (--_open, --_pre-open, --_break, --_closed) and their reasons.
  stateMarkStyles,
  css`
    :host {
      --_indicator: var(--_closed);
    }
    .base {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: var(--_gap);
      padding: 0.125em 0.375em;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .open {
      --_indicator: var(--_open);
    }
    .pre-open {
      --_indicator: var(--_pre-open);
    }
    .break {
      --_indicator: var(--_break);
    }
    .unavailable {
      color: var(--_muted);
    }
    .indicator {
      display: inline-flex;
      flex: none;
      width: 0.625em;
      height: 0.625em;
      color: var(--_indicator);
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
    .ring {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
    }
    .countdown {
      unicode-bidi: isolate;
    }
  `,
];
