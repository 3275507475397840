import { css } from 'lit';
import { tokens, visuallyHidden } from '../styles/tokens.js';

export const styles = [
  tokens,
  visuallyHidden,
  css`
    :host {
      --_article-size: var(--market-ticker-article-font-size, 1rem);
      --_radius: var(--market-ticker-article-radius, 0.5rem);
      --_padding: var(--market-ticker-article-padding, 1rem);
      --_image-ratio: var(--market-ticker-article-image-ratio, 16 / 9);
      --_placeholder: var(--market-ticker-article-placeholder-background, light-dark(#e9edf1, #252a31));
      --_promo-background: var(--market-ticker-article-promo-background, light-dark(#f3f6f9, #1e2329));
      --_link: var(--market-ticker-link-color, light-dark(#0b57d0, #8ab4f8));
      display: block;
      font-family: var(--_font);
      font-size: var(--_article-size);
      color: var(--_text);
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      position: relative;
      box-sizing: border-box;
      overflow-wrap: break-word;
    }
    .compact,
    .standard {
      padding: var(--_padding);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .compact {
      padding: calc(var(--_padding) * 0.75);
    }
    .compact > * + *,
    .text > * + *,
    .full > * + * {
      margin-block-start: 0.5rem;
    }
    .full > * + * {
      margin-block-start: 1rem;
    }
    p,
    figure {
      margin: 0;
    }

    /* Standard: picture beside the text when there is room, above it when there is not. */
    .standard.has-picture {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .standard .text {
      flex: 999 1 18rem;
      min-width: 0;
    }
    .standard .figure {
      flex: 1 1 11rem;
      order: -1;
      min-width: 0;
    }

    .heading {
      margin: 0;
      font-size: 1.125em;
      line-height: 1.3;
      font-weight: 700;
      hyphens: auto;
    }
    .compact .heading {
      font-size: 1em;
    }
    .full .heading {
      font-size: 1.75em;
      line-height: 1.25;
    }
    .heading a {
      color: inherit;
      text-decoration: none;
    }
    .heading a:hover {
      text-decoration: underline;
    }
    /* The headline's link covers the card: one link target, nothing nested inside it. */
    .stretched::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: var(--_radius);
    }
    .stretched:focus-visible {
      outline: none;
    }
    .stretched:focus-visible::after {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .lede {
      color: var(--_text);
    }
    .standard .lede {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
    }
    .full .lede {
      font-size: 1.125em;
      font-weight: 500;
    }
    .byline {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.5em;
      font-size: 0.875em;
      color: var(--_muted);
    }
    /* Separators are drawn, and have empty alternative text so they are not read out. */
    .byline > * + *::before {
      content: '\\00B7' / '';
      margin-inline-end: 0.5em;
    }
    .publisher {
      font-weight: 600;
    }
    .timestamp {
      font-variant-numeric: tabular-nums;
      unicode-bidi: isolate;
    }

    /* The box holds the picture's place before it loads, and after it fails. */
    .frame {
      position: relative;
      aspect-ratio: var(--_ratio, var(--_image-ratio));
      overflow: hidden;
      border-radius: var(--_radius);
      background: var(--_placeholder);
    }
    .full .frame {
      aspect-ratio: var(--_ratio, 16 / 9);
    }
    .frame img,
    .placeholder {
      display: block;
      width: 100%;
      height: 100%;
    }
    .frame img {
      object-fit: cover;
    }
    .placeholder {
      display: grid;
      place-items: center;
      color: var(--_muted);
    }
    .placeholder svg {
      width: 2.5rem;
      height: 2.5rem;
      fill: currentColor;
      opacity: 0.5;
    }
    .figure-caption {
      margin-block-start: 0.5rem;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .photo-credit {
      white-space: nowrap;
    }
    .caption-text + .photo-credit {
      margin-inline-start: 0.5em;
    }
    /* Text from data sits beside interface words: a stray bidi control must not reorder them. */
    .caption-text,
    .publisher,
    .writer,
    .source-link {
      unicode-bidi: isolate;
    }

    /* The quotes sit above the stretched link, so each stays its own button. */
    .related {
      position: relative;
      z-index: 1;
    }
    .related-label {
      display: block;
      margin-block-end: 0.25rem;
      font-size: 0.75em;
      font-weight: 600;
      color: var(--_muted);
    }
    .related-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .related-list > li {
      max-width: 100%;
    }
    quote-cell {
      max-width: 100%;
    }
    quote-cell::part(base) {
      border: 1px solid var(--_border);
      border-radius: 0.375em;
      padding: 0.0625em 0.625em;
      background: var(--_background);
    }
    /* Compact cells: name, price and percent; the change in points is still spoken. */
    quote-cell::part(delta) {
      display: none;
    }

    .body {
      font-size: 1.0625em;
      line-height: 1.7;
    }
    .body ::slotted(*) {
      margin-block: 0 1em;
    }
    .promo {
      padding: 0.75rem 1rem;
      background: var(--_promo-background);
      border-inline-start: 4px solid var(--_link);
      border-radius: 0.25rem;
    }
    .promo[hidden] {
      display: none;
    }
    .promo ::slotted(*) {
      margin-block: 0;
    }
    /* A rule above each advertisement; the footer's rule closes the last one. */
    .ad {
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--_border);
      text-align: center;
    }
    .ad-label {
      display: block;
      margin-block-end: 0.5rem;
      font-size: 0.75em;
      letter-spacing: 0.06em;
      color: var(--_muted);
    }
    .footer {
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--_border);
      font-size: 0.875em;
      color: var(--_muted);
    }
    .footer > * + * {
      margin-block-start: 0.25rem;
    }
    a.source-link {
      color: var(--_link);
    }
    a:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .stretched:focus-visible::after {
        outline-color: Highlight;
      }
    }
  `,
];
