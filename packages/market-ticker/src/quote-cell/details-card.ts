/**
 * A cell's details card (`details`): the day's figures that do not fit the cell, the currency,
 * the time of the figures and the provider's delay. The rows come from the quote alone (no DOM),
 * so the server renders the same card; the card is the cell's accessible description, placed
 * beside the cell by `placeCard` in the browser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dateTimeFormat, formatCompact, formatPrice, numberFormat, toDate } from '../format.js';
import type { Locale } from '../locales.js';
import { checkDetails, LIMITS, type QuoteDetails } from '../quote.js';
import { AMOUNT_ROWS, DETAILS_CARD_ID, PRICE_ROWS, hasDayFigures } from './details-on-demand.js';

// Its controller comes with the card: a page without `details` loads neither.
export { DetailsController } from '../controllers/details-controller.js';

export interface DetailsRow {
  label: string;
  value: string;
}

export interface DetailsView {
  /** Open, high, low, previous close, volume, market value and currency, each only when known. */
  rows: DetailsRow[];
  /** "As of Apr 19, 8:08 AM UTC", in the reader's time zone, and the instant for `<time datetime>`. */
  time?: { text: string; datetime: string };
  /** "Delayed 15 min", when the provider delays the figures. */
  delay?: string;
}

function label(field: (typeof PRICE_ROWS)[number] | (typeof AMOUNT_ROWS)[number] | 'currency'): string {
  switch (field) {
    case 'open':
      return msg('Open', { id: 'details-open', desc: "Details card: the session's opening price. HK: 開市" });
    case 'high':
      return msg('High', { id: 'details-high', desc: "Details card: the session's highest price. HK: 最高" });
    case 'low':
      return msg('Low', { id: 'details-low', desc: "Details card: the session's lowest price. HK: 最低" });
    case 'previousClose':
      return msg('Previous close', {
        id: 'details-previous-close',
        desc: "Details card: the previous session's closing price. HK: 前收市",
      });
    case 'volume':
      return msg('Volume', { id: 'details-volume', desc: 'Details card: units traded in the session. HK: 成交量' });
    case 'marketCap':
      return msg('Market value', {
        id: 'details-market-value',
        desc: 'Details card: market capitalisation, in the price currency. HK: 市值',
      });
    case 'currency':
      return msg('Currency', { id: 'details-currency', desc: "Details card: the price's currency code. HK: 貨幣" });
  }
}

/** A currency code from data: a short string of letters (ISO 4217 `HKD`), else nothing. */
function currencyOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim();
  return code.length > 0 && code.length <= LIMITS.currency && /^[A-Za-z]+$/.test(code) ? code.toUpperCase() : undefined;
}

/**
 * The card of a quote, or `undefined` when it has none of the day's figures (open, high, low,
 * previous close, volume, market value): currency, time and delay describe figures and do not
 * make a card alone. Missing and invalid fields are left out, never shown as a dash or `NaN`.
 * `details` may be given when the caller has checked them already.
 */
export function detailsOf(
  quote: unknown,
  precision: number,
  locale: Locale,
  details: QuoteDetails = checkDetails(quote).details,
): DetailsView | undefined {
  if (!hasDayFigures(details)) return undefined;
  const rows: DetailsRow[] = [];
  for (const field of PRICE_ROWS) {
    const value = details[field];
    if (value !== undefined) rows.push({ label: label(field), value: formatPrice(value, precision, locale) });
  }
  for (const field of AMOUNT_ROWS) {
    const value = details[field];
    if (value !== undefined) rows.push({ label: label(field), value: formatCompact(value, locale) });
  }
  const fields = typeof quote === 'object' && quote !== null ? (quote as Record<string, unknown>) : {};
  const currency = currencyOf(fields.currency);
  if (currency) rows.push({ label: label('currency'), value: currency });
  const view: DetailsView = { rows };
  const at = typeof fields.time === 'string' && fields.time.length <= LIMITS.time ? toDate(fields.time) : undefined;
  if (at) {
    const when = dateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(at);
    view.time = {
      text: msg(str`As of ${when}`, {
        id: 'details-as-of',
        desc: 'Details card: the time of the figures, with its time zone. HK: 截至 …',
      }),
      datetime: at.toISOString(),
    };
  }
  if (details.delay !== undefined && details.delay > 0) {
    const minutes = numberFormat(locale, { maximumFractionDigits: 0 }).format(details.delay);
    view.delay = msg(str`Delayed ${minutes} min`, {
      id: 'details-delayed',
      desc: 'Details card: the provider delays the figures by this many minutes. HK: 延遲 15 分鐘',
    });
  }
  return view;
}

export interface CardOptions {
  /** The part name: `details-card`. */
  part: string;
  locale: string;
  /** Shown (the host places it beside the cell after rendering). */
  open: boolean;
  onPointerEnter: (event: PointerEvent) => void;
  onPointerLeave: (event: PointerEvent) => void;
}

/**
 * The card: a manual popover (the top layer, never clipped by the strip), a tooltip by role, and
 * never focusable. Drawn closed too, so that the cell's description is there before it opens.
 */
export function renderDetailsCard(view: DetailsView | undefined, options: CardOptions): TemplateResult {
  return html`<div
    id=${DETAILS_CARD_ID}
    class=${options.open ? 'details-card open' : 'details-card'}
    part=${options.part}
    role="tooltip"
    popover="manual"
    lang=${options.locale}
    @pointerenter=${options.onPointerEnter}
    @pointerleave=${options.onPointerLeave}
  >
    ${
      view
        ? html`<dl>${view.rows.map((row) => html`<dt>${row.label}</dt><dd>${row.value}</dd>`)}</dl>${
            view.time
              ? html`<p class="details-note"><time datetime=${view.time.datetime}>${view.time.text}</time></p>`
              : nothing
          }${view.delay ? html`<p class="details-note">${view.delay}</p>` : nothing}`
        : nothing
    }
  </div>`;
}

/** Room between the cell and its card, and between the card and the window's edges, in px. */
const GAP = 4;

/**
 * Shows the card beside the cell: below it, or above when there is no room below and there is
 * above; never over the cell. Its place is set through the CSSOM (`style.setProperty`), which a
 * strict Content-Security-Policy allows, unlike a `style` attribute in markup.
 */
export function placeCard(card: HTMLElement, cell: Element): void {
  if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) card.showPopover();
  const anchor = cell.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - box.height;
  const top = below + box.height > window.innerHeight && above >= 0 ? above : below;
  const left = Math.max(GAP, Math.min(anchor.left, window.innerWidth - box.width - GAP));
  card.style.setProperty('left', `${Math.round(left)}px`);
  card.style.setProperty('top', `${Math.round(top)}px`);
}

/** Takes the card out of the top layer. */
export function hideCard(card: HTMLElement | null | undefined): void {
  if (card && typeof card.hidePopover === 'function' && card.matches(':popover-open')) card.hidePopover();
}
