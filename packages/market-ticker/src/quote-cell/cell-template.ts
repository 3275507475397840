/**
 * The markup of one quote cell, shared by `<quote-cell>` (in its own shadow root) and the strip
 * (which draws every cell in its own shadow root, with no element or shadow root per cell).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { QuoteView } from '../display.js';
import { EM_DASH } from '../format.js';
import type { HighlightDirection } from '../controllers/highlight-controller.js';
import type { Trend } from '../quote.js';
import type { InstrumentState } from '../instrument-state.js';
import { STATE_MARKS } from '../styles/state-marks.js';
import type { renderSparkline, SparklineView } from './sparkline.js';

const ARROWS: Record<Trend, string> = { up: '\u25B2', down: '\u25BC', flat: '' };

/** The tag of a cell's template: `html` with the part names of one kind of cell written in. */
export type CellTag = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;

/**
 * A tag like `html` whose templates get their `part="…"` names renamed through `names`, once
 * per template (the renamed strings are kept, so Lit sees one template per kind of cell and the
 * names stay static text, as cheap as any attribute written in the template). White space
 * between tags goes too: the cell and its movement are flex boxes, which do not draw it, and in a
 * strip of 2,000 cells it would be some 20,000 text nodes to create and keep.
 */
function renamingParts(names: Record<string, string>): CellTag {
  const renamed = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
  return (strings, ...values) => {
    let own = renamed.get(strings);
    if (!own) {
      const texts = strings.map((text) =>
        text
          .replace(/part="([\w-]+)"/g, (_, name: string) => `part="${names[name] ?? name}"`)
          .replace(/>\s+</g, '><')
          .replace(/^\s+</, '<')
          .replace(/>\s+$/, '>'),
      );
      own = Object.assign(texts, { raw: texts }) as unknown as TemplateStringsArray;
      renamed.set(strings, own);
    }
    return html(own, ...values);
  };
}

/** `<quote-cell>`'s parts: `base`, `label`, `value`, `movement`, `arrow`, `delta`, `delta-percent`. */
export const QUOTE_CELL_TAG: CellTag = html;

/** The strip's: `cell`, `cell-label`, `cell-value`, `cell-movement`, `cell-arrow`, … */
export const STRIP_CELL_TAG: CellTag = renamingParts({
  base: 'cell',
  label: 'cell-label',
  value: 'cell-value',
  movement: 'cell-movement',
  arrow: 'cell-arrow',
  delta: 'cell-delta',
  'delta-percent': 'cell-delta-percent',
  'market-state': 'cell-market-state',
  logo: 'cell-logo',
  chart: 'cell-chart',
});

export interface CellOptions {
  view: QuoteView;
  /** `data-symbol`: the key the cell is drawn by (the quote's symbol as given); else the view's. */
  symbol?: string;
  /** The words a screen reader says for the cell, with its line's (`cellWords`). */
  spoken: string;
  locale: string;
  redUp: boolean;
  flash?: HighlightDirection;
  /** With `market-state`: the state of the instrument's market, drawn before the name. */
  state?: InstrumentState;
  /** A safe URL: the cell is a link. */
  href?: string;
  /** Without `href`: the cell is a button. */
  selectable: boolean;
  /**
   * With `sparkline`: the line to draw, or `null` for the reserved box with nothing in it (fewer
   * than 2 points, or the sparkline module still loading); `undefined` draws no box.
   */
  sparkline?: SparklineView | null;
  /**
   * With `sparkline`: the sparkline module's template, to draw the box now. Without it the box is
   * reserved by a class alone (no element, no template, for the thousands of cells of a long
   * strip) and drawn later: a strip's cell far from view, or the module still loading.
   */
  chart?: typeof renderSparkline;
  /** A checked logo URL (`checkDetails`): drawn before the name. */
  logo?: string;
  /** `density="compact"`: name, price and percent only, smaller (the change stays in the words). */
  compact?: boolean;
  /** With `details`: the id of the card that describes the cell (`aria-describedby`). */
  describedBy?: string;
  /** With `details` on a plain cell: one tab stop, so that a keyboard reaches the card. */
  focusable?: boolean;
  /** Which kind of cell: `QUOTE_CELL_TAG` or `STRIP_CELL_TAG`. */
  tag: CellTag;
  /** Listeners of a cell that handles its own activation (`<quote-cell>`); the strip delegates. */
  onActivate?: (event: Event) => void;
  onKeydown?: (event: KeyboardEvent) => void;
}

/** The classes of the cell's base: its trend, colour convention and highlight. */
function classes({ view, redUp, flash, compact, sparkline, chart }: CellOptions): string {
  let value = `quote ${view.trend ?? 'none'}`;
  if (redUp) value += ' red-up';
  if (compact) value += ' compact';
  if (sparkline !== undefined && !chart) value += ' chart-later';
  if (flash) value += ` flash-${flash}`;
  return value;
}

/** A logo that failed shows the placeholder only, never the browser's broken-image icon. */
function onLogoSettled(event: Event) {
  (event.currentTarget as HTMLElement).classList.toggle('failed', event.type === 'error');
}

// `cellHtml`, not `tag`: the build's template minifier takes the tags whose names say `html`.
function content({ view, spoken, tag: cellHtml, state, sparkline, chart, logo }: CellOptions): TemplateResult {
  const arrow = view.trend ? ARROWS[view.trend] : '';
  const stateWords = state && stateText(state);
  let words = spoken;
  if (stateWords) words += `, ${stateWords}`;
  return cellHtml`
    <span class="visually-hidden">${words}</span>
    ${
      state
        ? cellHtml`<span class="state-mark state-${state}" part="market-state" title=${stateWords} aria-hidden="true"
            >${STATE_MARKS[state]}</span
          >`
        : nothing
    }
    ${
      logo
        ? cellHtml`<span class="logo" part="logo" aria-hidden="true"
            ><img src=${logo} alt="" loading="lazy" width="16" height="16" @load=${onLogoSettled} @error=${onLogoSettled}
          /></span>`
        : nothing
    }
    <span class="label" part="label" aria-hidden="true">${view.name}</span>
    <span class="value" part="value" aria-hidden="true">${view.price}</span>
    <span class="movement" part="movement" aria-hidden="true">
      ${arrow ? cellHtml`<span class="arrow" part="arrow">${arrow}</span>` : nothing}
      <span class="delta" part="delta">${view.change}</span>
      <span class="delta-percent" part="delta-percent">(${view.percent})</span>
    </span>
    ${
      sparkline === undefined || !chart
        ? nothing
        : chart(sparkline ?? undefined, cellHtml === QUOTE_CELL_TAG ? 'chart' : 'cell-chart')
    }
  `;
}

/**
 * One cell: a link with `href`, a button when `selectable`, else plain text that fires nothing
 * (no action that a keyboard could not reach). `data-symbol` names the instrument.
 */
export function renderCell(options: CellOptions): TemplateResult {
  const { view, locale, href, tag: cellHtml } = options;
  const symbol = options.symbol ?? view.symbol;
  if (href) {
    return cellHtml`<a
      class=${classes(options)}
      part="base"
      data-symbol=${symbol}
      lang=${locale}
      href=${href}
      aria-describedby=${options.describedBy ?? nothing}
      @click=${options.onActivate}
      >${content(options)}</a
    >`;
  }
  if (options.selectable) {
    return cellHtml`<span
      class=${classes(options)}
      part="base"
      data-symbol=${symbol}
      lang=${locale}
      role="button"
      tabindex="0"
      aria-describedby=${options.describedBy ?? nothing}
      @click=${options.onActivate}
      @keydown=${options.onKeydown}
      >${content(options)}</span
    >`;
  }
  if (options.focusable) {
    return cellHtml`<span
      class=${classes(options)}
      part="base"
      data-symbol=${symbol}
      lang=${locale}
      tabindex="0"
      aria-describedby=${options.describedBy ?? nothing}
      >${content(options)}</span
    >`;
  }
  return cellHtml`<span class=${classes(options)} part="base" data-symbol=${symbol} lang=${locale}
    >${content(options)}</span
  >`;
}

/** A cell's density: `compact` draws the name, price and percent only. */
export type CellDensity = 'regular' | 'compact';

/**
 * A `density` value, trimmed and in lower case: `compact` or `adaptive` (the strip's), else
 * `regular`, an unknown value included.
 */
export function densityOf(value: unknown): CellDensity | 'adaptive' {
  const density = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return density === 'compact' || density === 'adaptive' ? density : 'regular';
}

/** The market-state marker's title, and the words a screen reader says after the figures. */
export function stateText(state: InstrumentState): string {
  switch (state) {
    case 'open':
      return msg('market open', {
        id: 'cell-state-open',
        desc: "A cell's market-state marker: the market is trading. HK: 交易中",
      });
    case 'pre-open':
      return msg('pre-opening session', {
        id: 'cell-state-pre-open',
        desc: "A cell's market-state marker: the auction before the open. HK: 開市前時段",
      });
    case 'break':
      return msg('trading break', {
        id: 'cell-state-break',
        desc: "A cell's market-state marker: a lunch break or a futures market's daily break. HK: 暫停交易",
      });
    case 'closed':
      return msg('market closed', { id: 'cell-state-closed', desc: "A cell's market-state marker. HK: 已收市" });
    case 'holiday':
      return msg('closed for a holiday', {
        id: 'cell-state-holiday',
        desc: "A cell's market-state marker: the exchange is closed all day for a holiday. HK: 假期休市",
      });
    case 'around-the-clock':
      return msg('trades around the clock', {
        id: 'cell-state-24h',
        desc: "A cell's market-state marker for crypto assets, which never close. HK: 全天候交易",
      });
  }
}

/**
 * The cell's words, then the range of the line it draws: worked out with the cell's view, not at
 * every render (a strip renders each of its cells again when one quote moves).
 */
export function cellWords(view: QuoteView, line: SparklineView | null | undefined): string {
  return line ? `${spokenText(view)}, ${line.words}` : spokenText(view);
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
