import { html, isServer, type PropertyValues } from 'lit';
import { toDate } from '../format.js';
import { property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { HighlightController } from '../controllers/highlight-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { stateNow, statesPending } from './states-on-demand.js';
import type { Instrument } from '../instrument-state.js';
import { MediaQueryController, REDUCED_MOTION } from '../controllers/media-query-controller.js';
import { viewQuote, quoteFields, type QuoteView } from '../display.js';
import { getLocale, textKey } from '../localization.js';
import { checkDetails, type Quote, type QuoteDetails, type Trend } from '../quote.js';
import { resolveTrendColors, type TrendColors } from '../trend-colors.js';
import { safeUrl } from '../url.js';
import { styles } from './quote-cell.styles.js';
import { QUOTE_CELL_TAG, cellWords, densityOf, renderCell, type CellDensity } from './cell-template.js';
import { flashDuration } from './flash-duration.js';
import type { DetailsView } from './details-card.js';
import { allOf } from '../on-demand.js';
import { DETAILS_CARD_ID, detailsCard } from './details-on-demand.js';
import type { DetailsController } from '../controllers/details-controller.js';
import type * as Sparkline from './sparkline.js';
import { sparklines } from './sparkline-on-demand.js';
import { warnIfTaken } from '../define.js';
import { QuoteSelectEvent } from '../events/quote-select.js';
import { LibraryElement } from '../library-element.js';

export { QuoteSelectEvent, type QuoteSelectDetail } from '../events/quote-select.js';

/** A number from an attribute; a blank or absent attribute is no figure at all, not 0. */
const figure = {
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value: unknown) => (value === undefined || value === null ? null : String(value)),
};

/**
 * One instrument's last price and move, as on the reference page: `恒指 17,284.54 +83.27 (+0.48%)`.
 *
 * @summary A quote: name, last price, change and change in percent, with direction shown by
 * colour, arrow and sign, and spoken as words.
 *
 * @csspart base - The cell: a link when `href` is set, a button when `selectable`.
 * @csspart label - The instrument's name.
 * @csspart value - The last price.
 * @csspart movement - The arrow, change and percent together.
 * @csspart arrow - The direction arrow.
 * @csspart delta - The signed change.
 * @csspart delta-percent - The signed change in percent, in parentheses.
 * @csspart logo - The box of the quote's `logo` before the name (a neutral square while it loads or when it fails).
 * @csspart details-card - With `details`: the card of the day's figures beside the cell (a `role="tooltip"` popover,
 *   the cell's description); its figures are a `dl`, the time and delay notes `p.details-note`.
 * @csspart chart - With `sparkline`: the SVG box of the line (its paths have the classes `line`, `area` and
 *   `baseline`).
 *
 * @cssproperty --market-ticker-up-color - Colour of a rise (default green, or red with `trend-colors="red-up"`).
 * @cssproperty --market-ticker-down-color - Colour of a fall.
 * @cssproperty --market-ticker-flat-color - Colour of an unchanged figure.
 * @cssproperty --market-ticker-text-color - Text colour.
 * @cssproperty --market-ticker-focus-color - Focus ring colour.
 * @cssproperty --market-ticker-background - With `details`: the card's background.
 * @cssproperty --market-ticker-border-color - With `details`: the card's border.
 * @cssproperty --market-ticker-muted-color - With `details`: the card's labels and notes.
 * @cssproperty --market-ticker-font-family - Font family.
 * @cssproperty --market-ticker-font-size - Font size.
 * @cssproperty --market-ticker-gap - Space between name, price and move.
 * @cssproperty --market-ticker-flash-up-background - Highlight behind a price that rose.
 * @cssproperty --market-ticker-flash-down-background - Highlight behind a price that fell.
 * @cssproperty --market-ticker-sparkline-width - Width of the sparkline's box (default 4em; its height is 1.25em).
 * @cssproperty --market-ticker-logo-background - The logo's placeholder, while it loads and when it fails.
 * @cssproperty --market-ticker-flash-duration - How long the highlight behind a changed price stays, in `ms` or `s`
 *   (default 900ms; no highlight under reduced motion).
 *
 * @fires quote-select - A link or `selectable` cell was activated by click or keyboard. `detail: { symbol, quote }`.
 * Cancelable: `preventDefault()` stops a link from navigating, for client-side routing. A cell
 * that is neither is plain text and fires nothing.
 */
@localized()
export class QuoteCell extends LibraryElement {
  static override styles = styles;

  private readonly reducedMotion = new MediaQueryController(this, REDUCED_MOTION);
  /** The tint behind a changed price, taken off by a timer that every cell shares. */
  private readonly highlight = new HighlightController(this, () => flashDuration(this));
  /** With `market-state`: the page's one minute clock. */
  private readonly marketClock = new ClockController(this, false);
  /**
   * With `details`: when the card is open (the key is always `true`: one cell, one card); made when
   * the card's module, which brings it, is here.
   */
  private card?: DetailsController<true>;

  /** Instrument code, e.g. `^HSI` or `0700.HK`; names and precision come from the catalogue by it. */
  @property() symbol?: string;

  /** Display name; defaults to the catalogue's name in the interface locale, then the symbol. */
  @property() name?: string;

  /** Last price. */
  @property({ converter: figure }) price?: number;

  /** Change from the previous close, in price units. */
  @property({ converter: figure }) change?: number;

  /** Change in percent points (0.48 means 0.48 %); derived from `change` and `price` when missing. */
  @property({ converter: figure, attribute: 'change-percent' }) changePercent?: number;

  /** Decimal places; defaults to the catalogue's, then 2. */
  @property({ converter: figure }) precision?: number;

  /** Makes the cell a link. Only `http:`, `https:` and relative URLs are used; others are ignored. */
  @property() href?: string;

  /** The whole quote as one object; the single-field properties above take precedence over it. */
  @property({ attribute: false }) quote?: Quote;

  /** Which colour means up: `green-up` or `red-up`. Defaults to `red-up` for zh-Hans-CN, else `green-up`. */
  @property({ attribute: 'trend-colors' }) trendColors?: TrendColors;

  /**
   * Shows a small marker of the instrument's market: open, pre-opening, break, closed, holiday or
   * around the clock, by shape and colour, with a title and words for screen readers. The market is
   * the quote's `exchange`, else the catalogue's; no marker for an unknown market.
   */
  @property({ type: Boolean, attribute: 'market-state' }) marketState = false;

  /** With `market-state`: an ISO instant to show states at, not the live clock (stories, tests, screenshots). */
  @property() now?: string;

  /**
   * Draws the quote's `history` as a small line after the figures, coloured by trend, with the
   * previous close as a faint baseline; the box is kept (empty) while there are fewer than 2 points.
   */
  @property({ type: Boolean }) sparkline = false;

  /**
   * `regular` (default) or `compact`: the name, price and percent only (no change in price units),
   * a little smaller and tighter; screen readers still hear the change. An unknown value is regular.
   */
  @property() density: CellDensity = 'regular';

  /**
   * On hover (after a short rest) and on keyboard focus, a card beside the cell shows the day's
   * figures that the cell has no room for: open, high, low, previous close, volume and market value
   * (萬/億, 万/亿 or K/M/B), currency, the time of the figures and the provider's delay. Escape
   * closes it; it is the cell's accessible description, and a plain cell becomes one tab stop so
   * that a keyboard reaches it. No card for a quote without any of those figures.
   */
  @property({ type: Boolean }) details = false;

  /** Makes a cell without `href` a button that fires `quote-select` on click, Enter and Space. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** The direction of the move, reflected for styling: `up`, `down` or `flat`; absent without figures. Read-only. */
  @property({ reflect: true }) trend?: Trend;

  @state() private view!: QuoteView;
  private viewLocale?: string;
  /** The quote's optional fields, checked: a bad logo is never requested, a bad history never drawn. */
  private checked: QuoteDetails = {};
  private line?: Sparkline.SparklineView;
  /** With `details`: the card's rows, or none when the quote has no figures for it. */
  private figures?: DetailsView;

  /** With `details`: the card's module, once it is here (see details-on-demand.ts). */
  private cardModule?: ReturnType<typeof detailsCard.module>;
  /** With `sparkline`: the sparkline's module, once it is here (see sparkline-on-demand.ts). */
  private lineModule?: typeof Sparkline;

  constructor() {
    super();
    if (isServer) return;
    this.addEventListener('pointerenter', this.onPointerEnter);
    this.addEventListener('pointerleave', this.onPointerLeave);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('now')) this.marketClock.pin(toDate(this.now));
    this.marketClock.enabled = this.marketState;
    this.renderAfter(this.marketState && statesPending([this.instrument()]));
    const card = this.details ? this.use(detailsCard) : undefined;
    const lines = this.sparkline ? this.use(sparklines) : undefined;
    // An update with no property changed, the same locale and the same modules is the
    // highlight coming off (or the reduced-motion setting changing): no figure changes.
    const locale = getLocale();
    const key = textKey();
    if (
      this.hasUpdated &&
      changed.size === 0 &&
      this.viewLocale === key &&
      this.cardModule === card &&
      this.lineModule === lines
    )
      return;
    this.viewLocale = key;
    this.cardModule = card;
    this.lineModule = lines;
    const fromObject = quoteFields(this.quote);
    const previous = this.view?.priceValue;
    this.view = viewQuote(
      {
        symbol: this.symbol ?? fromObject.symbol,
        name: this.name ?? fromObject.name,
        price: this.price ?? fromObject.price,
        change: this.change ?? fromObject.change,
        changePercent: this.changePercent ?? fromObject.changePercent,
        precision: this.precision ?? fromObject.precision,
      },
      locale,
    );
    this.trend = this.view.trend;
    this.checked = checkDetails(this.quote).details;
    this.line = lines?.sparklineOf(
      this.checked.history,
      this.checked.previousClose,
      this.view.precision,
      locale,
      key,
      this.quote?.history,
    );
    this.figures = card?.detailsOf(this.quote, this.view.precision, locale, this.checked);
    if (card && !this.card) {
      this.card = new card.DetailsController<true>(this, {
        enabled: () => this.details && this.figures !== undefined,
        moved: () => this.placeCard(),
      });
      this.card.resume(this.shadowRoot, '[part~="base"]', () => (this.figures ? true : undefined));
    }
    if (!this.figures) this.card?.close();
    const next = this.view.priceValue;
    const moved = previous !== undefined && next !== undefined && next !== previous;
    // No highlight for readers who asked for less motion (the stylesheet also says so).
    if ((changed.has('price') || changed.has('quote')) && moved && this.isConnected && !this.reducedMotion.matches) {
      this.highlight.start(next > previous ? 'up' : 'down');
    }
  }

  override render() {
    const locale = getLocale();
    const figures = this.figures;
    const cell = renderCell({
      view: this.view,
      spoken: cellWords(this.view, this.line),
      locale,
      redUp: resolveTrendColors(this.trendColors, locale) === 'red-up',
      flash: this.highlight.direction,
      state: this.marketState ? stateNow(this.currentQuote(), this.marketClock.now().getTime()) : undefined,
      href: safeUrl(this.href),
      selectable: this.selectable,
      sparkline: this.sparkline ? (this.line ?? null) : undefined,
      chart: this.lineModule?.renderSparkline,
      logo: this.checked.logo,
      compact: densityOf(this.density) === 'compact',
      describedBy: figures ? DETAILS_CARD_ID : undefined,
      focusable: figures !== undefined,
      tag: QUOTE_CELL_TAG,
      onActivate: this.onActivate,
      onKeydown: this.onKeydown,
    });
    if (!figures) return cell;
    const card = this.cardModule!.renderDetailsCard(figures, {
      part: 'details-card',
      locale,
      open: this.card?.open !== undefined,
      onPointerEnter: this.onCardEnter,
      onPointerLeave: this.onCardLeave,
    });
    return html`${cell}${card}`;
  }

  override updated() {
    if (this.card?.open) this.placeCard();
    else this.cardModule?.hideCard(this.cardElement());
  }

  /**
   * A marker arriving later would widen the cell: its first render waits for the states, as the
   * strip's does. A server-rendered cell also has its card (`details`) and its line (`sparkline`)
   * in the HTML: its first client render (hydration) must draw them too, so it waits for their
   * modules; a client-rendered one reserves the line's box and draws both when they are here.
   */
  protected override firstRenderNeeds(): Promise<unknown> | undefined {
    const hydrating = this.serverRendered;
    return allOf(
      this.marketState && statesPending([this.instrument()]),
      hydrating && this.details && detailsCard.pending(),
      hydrating && this.sparkline && sparklines.pending(),
    );
  }

  /** Activates the cell as a click would: fires `quote-select` and, unless cancelled, follows `href`. */
  select(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    base?.click();
  }

  private cardElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${DETAILS_CARD_ID}`);
  }

  private placeCard() {
    const card = this.cardElement();
    const base = this.renderRoot.querySelector('[part="base"]');
    if (card && base) this.cardModule?.placeCard(card, base);
  }

  // The host holds the cell and the card: hovering either counts, a touch is not a hover.
  private readonly onPointerEnter = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') this.card?.pointerEnter(true);
  };

  private readonly onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') this.card?.pointerLeave();
  };

  private readonly onCardEnter = () => this.card?.cardEnter();
  private readonly onCardLeave = () => this.card?.cardLeave();
  private readonly onFocusIn = () => this.card?.focus(true);
  private readonly onFocusOut = () => this.card?.blur();

  private readonly onActivate = (event: Event) => {
    const selected = new QuoteSelectEvent({ symbol: this.view.symbol, quote: this.currentQuote() });
    if (!this.dispatchEvent(selected)) event.preventDefault();
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.onActivate(event);
    }
  };

  /** The instrument as set so far, before the first update too: whose market the marker shows. */
  private instrument(): Instrument {
    const fromObject = quoteFields(this.quote) as Partial<Quote>;
    return { symbol: String(this.symbol ?? fromObject.symbol ?? ''), exchange: fromObject.exchange };
  }

  /** The figures in effect, as a quote object for event listeners. */
  private currentQuote(): Quote {
    const base = quoteFields(this.quote) as Partial<Quote>;
    const quote: Partial<Quote> = { ...base, symbol: this.view.symbol };
    const fields = ['price', 'change', 'changePercent', 'precision', 'name'] as const;
    for (const field of fields) {
      if (this[field] !== undefined) (quote as Record<string, unknown>)[field] = this[field];
    }
    return quote as Quote;
  }
}

if (!customElements.get('quote-cell')) customElements.define('quote-cell', QuoteCell);
else warnIfTaken('quote-cell', QuoteCell);

declare global {
  interface HTMLElementTagNameMap {
    'quote-cell': QuoteCell;
  }
}
