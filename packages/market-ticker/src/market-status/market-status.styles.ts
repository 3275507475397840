import { css } from 'lit';
import { inlineHost, tokens, visuallyHidden } from '../styles/tokens.js';

export const styles = [
  tokens,
  inlineHost,
  visuallyHidden,
  css`
    /*
     * State colours are the banner's own tokens. They are not up and down: a market that is open
     * is neither rising nor falling, and green means "down" to a mainland reader. Each meets AA
     * (4.5:1) on #ffffff and on #15181c.
     */
    :host {
      --_open: var(--market-ticker-open-color, light-dark(#08725f, #3ecfae));
      --_pre-open: var(--market-ticker-pre-open-color, light-dark(#8a5a00, #f2b84b));
      --_break: var(--market-ticker-break-color, light-dark(#8a5a00, #f2b84b));
      --_closed: var(--market-ticker-closed-color, light-dark(#5b6470, #a9b1bc));
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
