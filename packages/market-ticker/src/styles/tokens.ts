import { css } from 'lit';

/**
 * The public design tokens, read once into private ones on `:host` so that a value set on any
 * ancestor inherits and the internals stay free to change. Colours use `light-dark()`, so a page
 * (or any ancestor) with `color-scheme: dark` gets the dark theme; both themes meet WCAG AA.
 * Up and down are named by meaning: `trend-colors` decides which of green and red means up.
 */
export const tokens = css`
  :host {
    --_green: light-dark(#0b7a35, #4cc38a);
    --_red: light-dark(#c4221f, #ff8a80);
    --_up: var(--market-ticker-up-color, var(--_green));
    --_down: var(--market-ticker-down-color, var(--_red));
    --_flat: var(--market-ticker-flat-color, light-dark(#5b6470, #a9b1bc));
    --_text: var(--market-ticker-text-color, light-dark(#16191d, #eceff3));
    --_muted: var(--market-ticker-muted-color, light-dark(#5b6470, #a9b1bc));
    --_background: var(--market-ticker-background, light-dark(#ffffff, #15181c));
    --_border: var(--market-ticker-border-color, light-dark(#d5dae0, #3a4049));
    --_focus: var(--market-ticker-focus-color, light-dark(#0b57d0, #8ab4f8));
    --_font: var(--market-ticker-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK HK', 'Noto Sans CJK SC', sans-serif);
    --_size: var(--market-ticker-font-size, 0.875rem);
    --_gap: var(--market-ticker-gap, 0.375em);
    --_flash-up: var(--market-ticker-flash-up-background, light-dark(#d7f5e1, #12422a));
    --_flash-down: var(--market-ticker-flash-down-background, light-dark(#fee8e7, #4d1b1a));
    --_flash-duration: var(--market-ticker-flash-duration, 900ms);
  }
`;

/** Swaps the colours of up and down for the red-up convention of mainland China. */
export const redUp = css`
  .red-up {
    --_up: var(--market-ticker-up-color, var(--_red));
    --_down: var(--market-ticker-down-color, var(--_green));
    --_flash-up: var(--market-ticker-flash-up-background, light-dark(#fee8e7, #4d1b1a));
    --_flash-down: var(--market-ticker-flash-down-background, light-dark(#d7f5e1, #12422a));
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** The host of an inline element that sets text in the library's font and colour. */
export const inlineHost = css`
  :host {
    display: inline-block;
    font-family: var(--_font);
    font-size: var(--_size);
    color: var(--_text);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
`;
