/**
 * The markup of one quote cell, shared by `<quote-cell>` (in its own shadow root) and the strip
 * (which draws every cell in its own shadow root, with no element or shadow root per cell).
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { QuoteView } from '../display.js';
import { EM_DASH } from '../format.js';
import type { HighlightDirection } from '../controllers/highlight-controller.js';
import type { Trend } from '../quote.js';

const ARROWS: Record<Trend, string> = { up: '\u25B2', down: '\u25BC', flat: '' };

/** The part names of a cell's pieces: its own on `<quote-cell>`, prefixed in the strip. */
export interface CellPartNames {
  base: StaticValue;
  label: StaticValue;
  value: StaticValue;
  movement: StaticValue;
  arrow: StaticValue;
  delta: StaticValue;
  deltaPercent: StaticValue;
}

export const QUOTE_CELL_PARTS: CellPartNames = {
  base: literal`base`,
  label: literal`label`,
  value: literal`value`,
  movement: literal`movement`,
  arrow: literal`arrow`,
  delta: literal`delta`,
  deltaPercent: literal`delta-percent`,
};

export const STRIP_CELL_PARTS: CellPartNames = {
  base: literal`cell`,
  label: literal`cell-label`,
  value: literal`cell-value`,
  movement: literal`cell-movement`,
  arrow: literal`cell-arrow`,
  delta: literal`cell-delta`,
  deltaPercent: literal`cell-delta-percent`,
};

export interface CellOptions {
  view: QuoteView;
  /** `data-symbol`: the key the cell is drawn by (the quote's symbol as given); else the view's. */
  symbol?: string;
  /** The words a screen reader says for the cell (`spokenText`). */
  spoken: string;
  locale: string;
  redUp: boolean;
  flash?: HighlightDirection;
  /** A safe URL: the cell is a link. */
  href?: string;
  /** Without `href`: the cell is a button. */
  selectable: boolean;
  names: CellPartNames;
  /** Listeners of a cell that handles its own activation (`<quote-cell>`); the strip delegates. */
  onActivate?: (event: Event) => void;
  onKeydown?: (event: KeyboardEvent) => void;
}

/** The classes of the cell's base: its trend, colour convention and highlight. */
function classes({ view, redUp, flash }: CellOptions): string {
  let value = `quote ${view.trend ?? 'none'}`;
  if (redUp) value += ' red-up';
  if (flash) value += ` flash-${flash}`;
  return value;
}

function content({ view, spoken, names }: CellOptions): TemplateResult {
  const arrow = view.trend ? ARROWS[view.trend] : '';
  return html`
    <span class="visually-hidden">${spoken}</span>
    <span class="label" part=${names.label} aria-hidden="true">${view.name}</span>
    <span class="value" part=${names.value} aria-hidden="true">${view.price}</span>
    <span class="movement" part=${names.movement} aria-hidden="true">
      ${arrow ? html`<span class="arrow" part=${names.arrow}>${arrow}</span>` : nothing}
      <span class="delta" part=${names.delta}>${view.change}</span>
      <span class="delta-percent" part=${names.deltaPercent}>(${view.percent})</span>
    </span>
  `;
}

/**
 * One cell: a link with `href`, a button when `selectable`, else plain text that fires nothing
 * (no action that a keyboard could not reach). `data-symbol` names the instrument.
 */
export function renderCell(options: CellOptions): TemplateResult {
  const { view, locale, href, names } = options;
  const symbol = options.symbol ?? view.symbol;
  if (href) {
    return html`<a
      class=${classes(options)}
      part=${names.base}
      data-symbol=${symbol}
      lang=${locale}
      href=${href}
      @click=${options.onActivate}
      >${content(options)}</a
    >`;
  }
  if (options.selectable) {
    return html`<span
      class=${classes(options)}
      part=${names.base}
      data-symbol=${symbol}
      lang=${locale}
      role="button"
      tabindex="0"
      @click=${options.onActivate}
      @keydown=${options.onKeydown}
      >${content(options)}</span
    >`;
  }
  return html`<span class=${classes(options)} part=${names.base} data-symbol=${symbol} lang=${locale}
    >${content(options)}</span
  >`;
}

/**
 * "Hang Seng Index 17,284.54, up 83.27, up 0.48 percent". A figure that is missing is left out
 * of the words rather than read as a dash.
 */
export function spokenText(view: QuoteView): string {
  const { name, price, trend, spokenChange: change, spokenPercent: percent } = view;
  const hasChange = change !== EM_DASH;
  const hasPercent = percent !== EM_DASH;
  switch (trend) {
    case 'up':
      if (hasChange && hasPercent)
        return msg(str`${name} ${price}, up ${change}, up ${percent} percent`, { id: 'quote-spoken-up' });
      if (hasChange) return msg(str`${name} ${price}, up ${change}`, { id: 'quote-spoken-up-change' });
      return msg(str`${name} ${price}, up ${percent} percent`, { id: 'quote-spoken-up-percent' });
    case 'down':
      if (hasChange && hasPercent)
        return msg(str`${name} ${price}, down ${change}, down ${percent} percent`, { id: 'quote-spoken-down' });
      if (hasChange) return msg(str`${name} ${price}, down ${change}`, { id: 'quote-spoken-down-change' });
      return msg(str`${name} ${price}, down ${percent} percent`, { id: 'quote-spoken-down-percent' });
    case 'flat':
      return msg(str`${name} ${price}, unchanged`, { id: 'quote-spoken-flat' });
    default:
      return view.priceValue === undefined
        ? msg(str`${name}, no price available`, { id: 'quote-spoken-empty' })
        : msg(str`${name} ${price}`, { id: 'quote-spoken-price' });
  }
}
