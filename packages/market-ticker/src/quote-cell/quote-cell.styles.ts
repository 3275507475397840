import { css } from 'lit';
import { inlineHost, redUp, tokens, visuallyHidden } from '../styles/tokens.js';

export const styles = [
  tokens,
  inlineHost,
  redUp,
  visuallyHidden,
  css`
    .base {
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
    a.base:hover .label,
    [role='button'].base:hover .label {
      text-decoration: underline;
    }
    a.base,
    [role='button'].base {
      cursor: pointer;
    }
    .base:focus-visible {
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
    /* The price highlight: a static tint that the element takes off when its time is up. */
    .flash-up {
      background-color: var(--_flash-up);
    }
    .flash-down {
      background-color: var(--_flash-down);
    }
    @media (forced-colors: active) {
      .movement {
        color: CanvasText;
      }
    }
  `,
];
