import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { toDate } from '../format.js';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { AnnounceController } from '../controllers/announce-controller.js';
import { MarqueeController } from '../controllers/marquee-controller.js';
import { PlaybackRateController } from '../controllers/playback-rate-controller.js';
import { DragController } from '../controllers/drag-controller.js';
import { TextDirectionController } from '../controllers/text-direction-controller.js';
import type { NearViewController } from '../controllers/near-view-controller.js';
import { marqueeLayout, tickerDirection, type MarqueeLayout, type TickerDirection } from './direction.js';
import { MediaQueryController, REDUCED_MOTION } from '../controllers/media-query-controller.js';
import { styleProperties } from '../directives/style-properties.js';
import { viewQuote } from '../display.js';
import { getLocale, textKey } from '../localization.js';
import type { Locale } from '../locales.js';
import { FeedElement } from '../feed-element.js';
import type { Quote } from '../quote.js';
import { stableQuotes } from '../quote-list.js';
// The strip draws its cells itself; its entry point still defines <quote-cell>, as it always has.
import '../quote-cell/quote-cell.js';
import { HighlightSet } from '../controllers/highlight-controller.js';
import { QuoteSelectEvent } from '../events/quote-select.js';
import { LoopCompleteEvent } from '../events/loop-complete.js';
import { cellWords, densityOf, renderCell, STRIP_CELL_TAG } from '../quote-cell/cell-template.js';
import { ClockController } from '../controllers/clock-controller.js';
import type { InstrumentState } from '../instrument-state.js';
import { stateNow, statesPending } from '../quote-cell/states-on-demand.js';
import { quoteMarket } from '../catalogue.js';
import { flashDuration } from '../quote-cell/flash-duration.js';
import type { QuoteView } from '../display.js';
import { resolveTrendColors, type TrendColors } from '../trend-colors.js';
import { safeUrl } from '../url.js';
import { checkDetails } from '../quote.js';
import type * as Sparkline from '../quote-cell/sparkline.js';
import { sparklines } from '../quote-cell/sparkline-on-demand.js';
import { DETAILS_CARD_ID, detailsCard, hasDayFigures } from '../quote-cell/details-on-demand.js';
import { allOf, onDemand, pendingWith } from '../on-demand.js';
import type { DetailsController } from '../controllers/details-controller.js';
import { styles } from './market-ticker.styles.js';
import { warnIfTaken } from '../define.js';
import { positiveNumber, symbolList } from '../values.js';
import { LibraryElement } from '../library-element.js';

export { FeedStatusEvent, type FeedStatusDetail } from '../events/feed-status.js';
export { QuoteSelectEvent, type QuoteSelectDetail } from '../events/quote-select.js';
export { LoopCompleteEvent, type LoopCompleteDetail } from '../events/loop-complete.js';

const DEFAULT_SPEED = 60;

interface CellView {
  locale: string;
  view: QuoteView;
  spoken: string;
  logo?: string;
  line?: Sparkline.SparklineView;
  /** The quote has some of the figures that a details card shows. */
  hasDetails: boolean;
}

const LOOP_DISTANCE = '--_market-ticker-loop-distance';
const LOOP_DURATION = '--_market-ticker-loop-duration';

// The loop's length lives on the track only. Registered as not inherited, a change of it restyles
// the track alone; an ordinary custom property would restyle every cell under it (2,000 of them)
// whenever a price changed the strip's width.
if (!isServer && typeof CSS !== 'undefined' && 'registerProperty' in CSS) {
  for (const [name, syntax, initialValue] of [
    [LOOP_DISTANCE, '<length>', '0px'],
    [LOOP_DURATION, '<time>', '0s'],
  ]) {
    try {
      CSS.registerProperty({ name, syntax, inherits: false, initialValue });
    } catch {
      // Registered already (a second copy of the library on the page): the same definition.
    }
  }
}

/**
 * The banner's module, loaded the first time a strip has a `market`: a strip without one does not
 * pay for the banner, its clock and the markets' sessions it reads. A server render has it first.
 */
/** A strip's sparklines draw near view only: what watches the cells loads with the lines. */
const nearViews = onDemand('the sparklines near view', () => import('../controllers/near-view-controller.js'));

const status = onDemand('<market-status>', () => import('../market-status/market-status.js'));
/** The banner's module and its market's holidays, loading; `undefined` when both are here. */
const bannerPending = (market: string) => pendingWith(status, (module) => module.calendarPending(market));

/**
 * The quote strip: a seamless, endless scroll of quote cells (left, right, up or down), or a static
 * row that wraps; accessible to keyboard, screen-reader and motion-sensitive readers.
 *
 * @summary A strip of live market quotes, scrolling on the compositor, with a pause button.
 *
 * @csspart base - The strip: a labelled region.
 * @csspart status - The wrapper of the market-status banner shown with `market`.
 * @csspart viewport - The visible window onto the moving track.
 * @csspart track - The moving row of items and its copies.
 * @csspart items - A list of cells (the real one; the copies are hidden from assistive technology).
 * @csspart cell - Each cell (a link with `link-template`, a button with `selectable`), with `data-symbol` set to
 *   its symbol; drawn with `<quote-cell>`'s template and styles.
 * @csspart cell-label - A cell's instrument name.
 * @csspart cell-value - A cell's last price.
 * @csspart cell-movement - A cell's arrow, change and percent together.
 * @csspart cell-arrow - A cell's direction arrow.
 * @csspart cell-delta - A cell's signed change.
 * @csspart cell-delta-percent - A cell's signed change in percent, in parentheses.
 * @csspart cell-logo - A cell's logo box, before the name, when its quote has a `logo`.
 * @csspart cell-chart - With `sparkline`: a cell's SVG line box.
 * @csspart details-card - With `details`: the one card of the day's figures, beside the cell whose card is open.
 * @csspart pause-button - The pause toggle, shown while the strip scrolls or a feed updates it.
 * @csspart stale-marker - The visible note shown while the figures are stale.
 * @csspart message - The empty or loading message.
 *
 * @cssproperty --market-ticker-background - Background of the strip and of a details card.
 * @cssproperty --market-ticker-border-color - Borders of the strip and the pause button.
 * @cssproperty --market-ticker-item-gap - Space between cells.
 * @cssproperty --market-ticker-muted-color - Colour of secondary text (messages, stale marker, details card labels).
 * @cssproperty --market-ticker-up-color - Colour of a rise (default green, or red with `trend-colors="red-up"`).
 * @cssproperty --market-ticker-down-color - Colour of a fall.
 * @cssproperty --market-ticker-flat-color - Colour of an unchanged figure.
 * @cssproperty --market-ticker-flash-up-background - Highlight behind a price that rose.
 * @cssproperty --market-ticker-flash-down-background - Highlight behind a price that fell.
 * @cssproperty --market-ticker-height - Height of a vertical strip (`direction="up"` or `"down"`; default 12em).
 * @cssproperty --market-ticker-fade-size - With `fade`: how far the ends fade out (default 2em; at most half the
 *   strip).
 * @cssproperty --market-ticker-flash-duration - How long the highlight behind a changed price stays (default 900ms;
 *   none under reduced motion).
 *
 * @fires quote-select - A cell was activated by click or keyboard. `detail: { symbol, quote }`.
 * @fires loop-complete - The scrolling loop has gone once round (never while paused). `detail: { count }`.
 * @fires feed-status - The feed's state changed. `detail: { status: 'connecting' | 'live' | 'stale' | 'error', error?
 *   }`.
 */
@localized()
export class MarketTicker extends FeedElement(LibraryElement) {
  static override styles = styles;

  private readonly reducedMotion = new MediaQueryController(this, REDUCED_MOTION);
  private readonly textDirection = new TextDirectionController(this);
  private readonly marquee = new MarqueeController(
    this,
    {
      viewport: () => this.viewportElement,
      list: () => this.listElement,
      track: () => this.trackElement,
      layout: () => this.layout,
    },
    () => this.effectiveSpeed,
  );
  /** The speed while hovered (`hover-speed`), eased in and out. */
  private readonly hoverRate = new PlaybackRateController(this, () => this.marquee.animation());
  /** Moving the strip by hand: drag and wheel seek the loop, which then carries on. */
  private readonly drag = new DragController(this, {
    enabled: () => this.scrolling && !this.noDrag && this.marquee.distance > 0,
    vertical: () => this.layout.vertical,
    offset: () => this.marquee.currentOffset(),
    seek: (offset) => this.marquee.restoreOffset(offset),
    offsetFor: (pixels) => this.marquee.offsetFor(pixels),
    dragging: (active) => {
      this.dragging = active;
      if (active) this.card?.close();
    },
  });
  private readonly announcer = new AnnounceController(this);
  /** With `sparkline`: which cells draw their line yet, once its module is here. */
  private nearView?: NearViewController;
  /** With `sparkline`: the sparkline's module, once it is here. */
  private lines?: typeof Sparkline;
  /**
   * With `details`: which real cell's card is open, by symbol (one card for the strip); made when
   * the card's module, which brings it, is here.
   */
  private card?: DetailsController<string>;
  /** The tints behind changed prices, by symbol, on every copy of the cell alike. */
  private readonly highlights = new HighlightSet(this, () => flashDuration(this));

  @query('.viewport') private viewportElement?: HTMLElement;
  @query('.items.real') private listElement?: HTMLElement;
  @query('.track') private trackElement?: HTMLElement;

  /** The quotes to show, in order; one cell per symbol. Set a new array to update. */
  @property({ attribute: false }) override quotes: Quote[] = [];

  /** `scroll` (default): an endless horizontal scroll; `static`: a row that wraps. */
  @property({ reflect: true }) mode: 'scroll' | 'static' = 'scroll';

  /** Scrolling speed in pixels per second (default 60). */
  @property({ type: Number }) speed = DEFAULT_SPEED;

  /**
   * Which way the items move: `left` (default; `right` when laid out right to left), `right`, or
   * `up` and `down` for a vertical ticker, a column as tall as the element (`--market-ticker-height`).
   */
  @property({ reflect: true }) direction?: TickerDirection;

  /**
   * Pixels per second while the pointer is over the strip: the speed eases to it and back. Default
   * 0, a pause (as are negative and non-numeric values).
   */
  @property({ type: Number, attribute: 'hover-speed' }) hoverSpeed = 0;

  /**
   * Turns off moving the strip by hand. By default a reader can drag it with a mouse, pen or
   * finger, or scroll it along its axis with a wheel or trackpad; letting go, it carries on.
   */
  @property({ type: Boolean, attribute: 'no-drag' }) noDrag = false;

  /** The strip's ends fade out over `--market-ticker-fade-size`, on any background (a mask). */
  @property({ type: Boolean, reflect: true }) fade = false;

  /** Stops the scrolling and holds the feed's updates until resumed; reflected, and toggled by the pause button. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** Accessible name of the strip's region; a localized "Market quotes" by default. */
  @property() label?: string;

  /** A market's MIC code (e.g. `XHKG`): shows its `<market-status>` banner before the cells. */
  @property() market?: string;

  /** Which colour means up for every cell: `green-up` or `red-up`; defaults to the locale's convention. */
  @property({ attribute: 'trend-colors' }) trendColors?: TrendColors;

  /** Comma-separated symbols whose price changes are announced politely to screen readers (throttled). */
  @property() announce?: string;

  /**
   * A link for every cell: `{symbol}` is replaced by the URL-encoded symbol. Only http(s) and relative URLs are used.
   */
  @property({ attribute: 'link-template' }) linkTemplate?: string;

  /** Makes cells without a link buttons that fire `quote-select` on Enter and Space. */
  @property({ type: Boolean }) selectable = false;

  /** Every cell shows its market's state, as `<quote-cell market-state>` does. */
  @property({ type: Boolean, attribute: 'market-state' }) marketState = false;

  /** With `market-state`: an ISO instant to show states at, not the live clock (stories, tests, screenshots). */
  @property() now?: string;

  /** Every cell draws its quote's `history` as a small line, as `<quote-cell sparkline>` does. */
  @property({ type: Boolean }) sparkline = false;

  /**
   * Every cell shows its details card on hover and keyboard focus, as `<quote-cell details>` does;
   * the strip holds still while a card is open, and a plain cell becomes one tab stop.
   */
  @property({ type: Boolean }) details = false;

  /**
   * Every cell's density: `regular` (default); `compact`, the name, price and percent only, a little
   * smaller (as `<quote-cell density="compact">`); or `adaptive`, compact while the strip is narrower
   * than 40em (of its own font size; a CSS container query, no script). An unknown value is regular.
   */
  @property() density: 'regular' | 'compact' | 'adaptive' = 'regular';

  /** With `market-state`: the page's one minute clock, and each market's state at this render. */
  private readonly marketClock = new ClockController(this, false);
  /** Each shown symbol's market state at this render, looked up once per market. */
  private states = new Map<string, InstrumentState | undefined>();

  @state() private shown: Quote[] = [];
  /** A drag is under way: the loop holds still under the pointer. */
  @state() private dragging = false;
  private bySymbol = new Map<string, Quote>();
  /** What each quote object looks like, worked out once per locale, shared by its copies. */
  private views = new WeakMap<Quote, CellView>();

  /** The direction resolved (attribute, else the line's), and how the loop runs for it. */
  private resolvedDirection: TickerDirection = 'left';
  private layout: MarqueeLayout = marqueeLayout('left', false);

  /** The locale and its messages' arrival that the cells' views are for: read once per update. */
  private cellsKey = '';
  /** Loops gone round since connected, for `loop-complete`. */
  private loops = 0;
  /** A mouse or pen is over the viewport (a finger's touch is not a hover). */
  private hovered = false;

  private get effectiveSpeed(): number {
    return positiveNumber(this.speed) ?? DEFAULT_SPEED;
  }

  /** While hovered, the playback rate that gives `hover-speed`; none when hovering pauses. */
  private get hoverPlaybackRate(): number | undefined {
    const speed = positiveNumber(this.hoverSpeed);
    return speed === undefined ? undefined : speed / this.effectiveSpeed;
  }

  private get scrolling(): boolean {
    return this.mode !== 'static' && !this.reducedMotion.matches && this.shown.length > 0;
  }

  /**
   * A first render with `market` waits for the banner and its market's holidays, with
   * `market-state` for the states and with `sparkline` for the lines: each, arriving later, would
   * move, widen or redraw the cells after the loop was measured.
   */
  protected override firstRenderNeeds(): Promise<unknown> | undefined {
    return allOf(
      this.market && bannerPending(this.market),
      this.marketState && statesPending(this.quotes),
      // Hydrating, the card the server drew must be drawn again.
      this.serverRendered && this.details && detailsCard.pending(),
      // The lines too, and on the client their arrival would re-render every cell after the
      // loop was measured (a vertical strip's first screenshot came out 1 px off, 1 run in 4).
      this.sparkline && allOf(sparklines.pending(), nearViews.pending()),
    );
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.lines = this.sparkline ? this.use(sparklines) : undefined;
    const near = this.sparkline ? this.use(nearViews) : undefined;
    if (near && !this.nearView) {
      this.nearView = new near.NearViewController(this, () => this.viewportElement);
      // Hydrating: the server drew every line, and the first render keeps them all.
      if (this.serverRendered && !this.hasUpdated) this.nearView.drawAll();
    }
    if (changed.has('market') && this.market) void status.pending();
    // The lines' words join the cells' when the sparkline's module is here.
    this.cellsKey = this.lines ? `${textKey()} lines` : textKey();
    if (changed.has('quotes')) {
      const previous = this.bySymbol;
      this.shown = stableQuotes(this.quotes, previous);
      this.bySymbol = new Map(this.shown.map((quote) => [quote.symbol, quote]));
      this.queueAnnouncements(previous);
      this.highlightMoves(previous);
    }
    // Every cell's view for this locale (new quotes, or all of them after a locale change);
    // render() only reads them.
    const locale = getLocale();
    for (const quote of this.shown) this.viewOf(quote, locale);
    // A card whose quote went away (or lost its figures), or `details` turned off: closed, so that
    // the strip does not stay held for it.
    const open = this.card?.open;
    if (open !== undefined && (!this.details || !this.hasCard(open))) this.card?.close();
    const cardModule = this.details ? this.use(detailsCard) : undefined;
    if (cardModule && !this.card) {
      this.card = new cardModule.DetailsController<string>(this, {
        enabled: () => this.details,
        moved: () => this.placeCard(),
      });
      this.card.resume(this.shadowRoot, '.real [data-symbol]', ({ dataset: { symbol } }) =>
        symbol !== undefined && this.hasCard(symbol) ? symbol : undefined,
      );
    }
    if (changed.has('speed')) this.marquee.speedChanged();
    const direction = tickerDirection(this.direction, this.textDirection.rtl);
    const layout = marqueeLayout(direction, this.textDirection.rtl);
    if (direction !== this.resolvedDirection || layout.rtl !== this.layout.rtl) this.marquee.layoutChanged();
    this.resolvedDirection = direction;
    this.layout = layout;
    if (changed.has('now')) this.marketClock.pin(toDate(this.now));
    this.marketClock.enabled = this.marketState;
    // One look-up per market, not per cell: a strip of 2,000 quotes has a handful of markets.
    this.states.clear();
    if (this.marketState) {
      const now = this.marketClock.now().getTime();
      const byMarket = new Map<string | undefined, InstrumentState | undefined>();
      const firstOfMarket: Quote[] = [];
      for (const quote of this.shown) {
        const market = quoteMarket(quote);
        if (!byMarket.has(market)) {
          byMarket.set(market, stateNow(quote, now));
          firstOfMarket.push(quote);
        }
        this.states.set(quote.symbol, byMarket.get(market));
      }
      // The states module or a market's calendar still loading: the markers follow when it is here.
      this.renderAfter(statesPending(firstOfMarket));
    }
  }

  override render() {
    const scrolling = this.scrolling;
    // The animation starts only once the loop has a length. Firefox and WebKit never restart one
    // that began with no distance and no duration, when both later change: the strip stood still.
    const moving = scrolling && this.marquee.distance > 0;
    const { vertical, rtl, reverse } = this.layout;
    const label =
      this.label?.trim() ||
      msg('Market quotes', { id: 'ticker-label', desc: 'Accessible name of the quote strip region' });
    return html`
      <section
        class=${classMap({
          base: true,
          scroll: scrolling,
          static: !scrolling,
          paused: this.paused,
          vertical,
          fade: this.fade && scrolling,
          draggable: scrolling && !this.noDrag,
          dragging: this.dragging,
          'hover-slows': this.hoverPlaybackRate !== undefined,
          adaptive: densityOf(this.density) === 'adaptive',
          'details-open': this.card?.open !== undefined,
        })}
        part="base"
        lang=${getLocale()}
        aria-label=${label}
      >
        ${
          this.market
            ? html`<div class="status" part="status"><market-status market=${this.market}></market-status></div>`
            : nothing
        }
        <div
          class="viewport"
          part="viewport"
          @click=${this.onViewportClick}
          @keydown=${this.onViewportKeydown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @pointerover=${this.onPointerOver}
          @scroll=${this.onViewportScroll}
          @pointerenter=${this.onPointerEnter}
          @pointerleave=${this.onPointerLeave}
          @pointerdown=${this.drag.onPointerDown}
          @pointermove=${this.drag.onPointerMove}
          @pointerup=${this.drag.onPointerUp}
          @pointercancel=${this.drag.onPointerCancel}
          @wheel=${this.drag.onWheel}
          @dragstart=${this.onNativeDragStart}
        >
          <div
            class=${classMap({ track: true, moving })}
            part="track"
            @animationiteration=${this.onLoopIteration}
            style=${styleProperties(
              moving
                ? {
                    // A right-to-left row has its copies on the left: the loop runs rightwards.
                    [LOOP_DISTANCE]: `${rtl ? -this.marquee.distance : this.marquee.distance}px`,
                    [LOOP_DURATION]: `${this.marquee.duration}s`,
                    'animation-direction': reverse ? 'reverse' : undefined,
                  }
                : {},
            )}
          >
            ${this.shown.length === 0 ? this.renderMessage() : this.renderItems(this.shown, 0)}
            ${scrolling ? Array.from({ length: this.marquee.copies }, (_, i) => this.renderItems(this.shown, i + 1)) : nothing}
            ${
              scrolling && this.marquee.partial
                ? this.renderItems(this.shown.slice(0, this.marquee.partial), this.marquee.copies + 1)
                : nothing
            }
          </div>
        </div>
        ${
          this.stale
            ? html`<span class="stale" part="stale-marker">${msg('Delayed', { id: 'ticker-stale', desc: 'Marker shown when the figures have stopped updating' })}</span>`
            : nothing
        }
        ${scrolling || this.hasFeed ? this.renderPauseButton(scrolling) : nothing}
        ${this.details ? this.renderCard() : nothing}
        <div class="visually-hidden" aria-live="polite">${this.announcer.message}</div>
      </section>
    `;
  }

  /** List `list` of the track: 0 the real one, then the loop's copies. */
  private renderItems(quotes: readonly Quote[], list: number): TemplateResult {
    const copy = list > 0;
    const locale = getLocale();
    const redUp = resolveTrendColors(this.trendColors, locale) === 'red-up';
    const compact = densityOf(this.density) === 'compact';
    const open = copy ? undefined : this.card?.open;
    const items = html`${repeat(
      quotes,
      (quote) => quote.symbol,
      (quote, index) => {
        const { view, spoken, logo, line, hasDetails } = this.viewOf(quote, locale);
        // No white space around the cell: a text node per item, for nothing.
        return html`<li>${renderCell({
          view,
          symbol: quote.symbol,
          spoken,
          locale,
          redUp,
          flash: this.highlights.direction(quote.symbol),
          state: this.states.get(quote.symbol),
          href: safeUrl(this.linkFor(quote.symbol)),
          selectable: this.selectable,
          sparkline: this.sparkline ? (line ?? null) : undefined,
          chart: this.nearView?.drawn(quote.symbol, list, index) ? this.lines?.renderSparkline : undefined,
          logo,
          compact,
          describedBy: open === quote.symbol ? DETAILS_CARD_ID : undefined,
          focusable: this.details && hasDetails,
          tag: STRIP_CELL_TAG,
        })}</li>`;
      },
    )}`;
    // The copies exist only to close the loop: hidden from assistive technology, never focusable.
    return copy
      ? html`<ul class="items copy" part="items" role="list" aria-hidden="true" inert>${items}</ul>`
      : html`<ul class="items real" part="items" role="list">${items}</ul>`;
  }

  private viewOf(quote: Quote, locale: string): CellView {
    let cell = this.views.get(quote);
    // Keyed by the locale and its messages' arrival: the spoken words change when they load.
    if (cell?.locale !== this.cellsKey) {
      const view = viewQuote(quote, locale as Locale);
      const { details } = checkDetails(quote);
      const line = this.lines?.sparklineOf(
        details.history,
        details.previousClose,
        view.precision,
        locale as Locale,
        this.cellsKey,
        quote.history,
      );
      cell = {
        locale: this.cellsKey,
        view,
        spoken: cellWords(view, line),
        logo: details.logo,
        line,
        hasDetails: hasDayFigures(details),
      };
      this.views.set(quote, cell);
    }
    return cell;
  }

  /**
   * The strip's one details card, showing the open cell's figures (empty while none is open);
   * nothing until the card's module is here.
   */
  private renderCard(): TemplateResult | typeof nothing {
    const module = detailsCard.module();
    if (!module) return nothing;
    const locale = getLocale() as Locale;
    const open = this.card?.open;
    const quote = open === undefined ? undefined : this.bySymbol.get(open);
    const view = quote && module.detailsOf(quote, this.viewOf(quote, locale).view.precision, locale);
    return module.renderDetailsCard(view, {
      part: 'details-card',
      locale,
      open: view !== undefined,
      onPointerEnter: this.onCardEnter,
      onPointerLeave: this.onCardLeave,
    });
  }

  private renderMessage(): TemplateResult {
    const text = this.loading
      ? msg('Loading quotes…', { id: 'ticker-loading' })
      : msg('No quotes to show', { id: 'ticker-empty' });
    return html`<p class="message" part="message" role="status">${text}</p>`;
  }

  private renderPauseButton(scrolling: boolean): TemplateResult {
    // One name and a pressed state: "Pause quotes, toggle button, pressed" (WCAG 2.2.2).
    const name = msg('Pause quotes', {
      id: 'ticker-pause-toggle',
      desc: 'Toggle button that stops the strip from moving and from updating',
    });
    return html`<button
      class=${classMap({ pause: true, 'scroll-only': scrolling && !this.hasFeed })}
      part="pause-button"
      type="button"
      aria-label=${name}
      title=${name}
      aria-pressed=${this.paused ? 'true' : 'false'}
      @click=${this.togglePaused}
    >
      ${
        this.paused
          ? html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1l7 4-7 4z" /></svg>`
          : html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1h2v8H2zM6 1h2v8H6z" /></svg>`
      }
    </button>`;
  }

  /** A feed keeps changing the figures: the pause button stops that too. */
  private get hasFeed(): boolean {
    return Boolean(this.src || this.feed);
  }

  private togglePaused() {
    this.paused = !this.paused;
  }

  private linkFor(symbol: string): string | undefined {
    return this.linkTemplate ? this.linkTemplate.replaceAll('{symbol}', encodeURIComponent(symbol)) : undefined;
  }

  /**
   * A click on a link or selectable cell fires `quote-select` (cancelling it keeps a link from
   * navigating). The copies are inert, so a click on one lands on the viewport: it is handed to
   * the real cell it shows.
   */
  private onViewportClick(event: MouseEvent) {
    // The release of a drag is not a click: no link followed, no quote selected.
    if (this.drag.isReleaseClick(event)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const cell = this.activeCellOf(event);
    if (cell) {
      this.fireSelect(cell, event);
      return;
    }
    for (const copy of this.renderRoot.querySelectorAll<HTMLElement>('.copy [data-symbol]')) {
      const box = copy.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) continue;
      this.realCell(copy.dataset.symbol ?? '')?.click();
      return;
    }
  }

  /** A drag moves the strip; the browser must not start dragging a link or a logo out of it. */
  private onNativeDragStart(event: DragEvent) {
    if (this.scrolling && !this.noDrag) event.preventDefault();
  }

  /** Enter and Space on a selectable cell, as on a button. */
  private onViewportKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const cell = this.activeCellOf(event);
    if (!cell || cell.getAttribute('role') !== 'button') return;
    event.preventDefault();
    this.fireSelect(cell, event);
  }

  /** The real link or selectable cell an event happened in, if any. */
  private activeCellOf(event: Event): HTMLElement | undefined {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) return undefined;
      if (node instanceof HTMLElement && node.dataset.symbol !== undefined) {
        const active = node.localName === 'a' || node.getAttribute('role') === 'button';
        return active && node.closest('.real') ? node : undefined;
      }
    }
    return undefined;
  }

  private realCell(symbol: string): HTMLElement | undefined {
    for (const cell of this.renderRoot.querySelectorAll<HTMLElement>('.real [data-symbol]')) {
      if (cell.dataset.symbol === symbol) return cell;
    }
    return undefined;
  }

  private fireSelect(cell: HTMLElement, event: Event) {
    const quote = this.bySymbol.get(cell.dataset.symbol ?? '');
    if (!quote) return;
    const { symbol } = this.viewOf(quote, getLocale()).view;
    if (!this.dispatchEvent(new QuoteSelectEvent({ symbol, quote: { ...quote, symbol } }))) event.preventDefault();
  }

  /**
   * Any focus pauses the strip (CSS). Keyboard focus on a cell that is cut off by the viewport's
   * edge also moves the loop, by the least distance that shows the cell whole. A mouse, pen or
   * touch press focuses the cell too, but must not move it: the release would land elsewhere and
   * the click be lost.
   */
  private onFocusIn(event: FocusEvent) {
    const symbol = this.realCellOf(event)?.dataset.symbol;
    if (symbol !== undefined && this.hasCard(symbol)) this.card?.focus(symbol);
    const list = this.listElement;
    const viewport = this.viewportElement;
    if (!this.scrolling || !list || !viewport) return;
    const path = event.composedPath();
    const focused = path[0];
    if (!(focused instanceof Element) || !focused.matches(':focus-visible')) return;
    const li = path.find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.parentElement === list);
    if (!li) return;
    const cell = li.getBoundingClientRect();
    const view = viewport.getBoundingClientRect();
    // A little room beside the cell, so its focus ring shows too.
    const [cellSize, viewSize] = this.layout.vertical ? [cell.height, view.height] : [cell.width, view.width];
    this.marquee.reveal(cell, Math.min(8, Math.max(0, (viewSize - cellSize) / 2)));
  }

  private onFocusOut() {
    this.card?.blur();
  }

  /**
   * With `details`: the pointer over a real cell (whatever piece of it), or between cells. The
   * copies are inert: the pointer over one is over the viewport, and no card opens for it.
   */
  private onPointerOver(event: PointerEvent) {
    if (event.pointerType === 'touch' || this.dragging) return;
    const symbol = this.realCellOf(event)?.dataset.symbol;
    if (symbol !== undefined && this.hasCard(symbol)) this.card?.pointerEnter(symbol);
    else this.card?.pointerLeave();
  }

  /** The quote of `symbol` is shown and has some of the figures of a details card. */
  private hasCard(symbol: string): boolean {
    const quote = this.bySymbol.get(symbol);
    return quote !== undefined && this.viewOf(quote, getLocale()).hasDetails;
  }

  private readonly onCardEnter = () => this.card?.cardEnter();
  private readonly onCardLeave = () => this.card?.cardLeave();

  /** The real cell (in the real list, not a copy) an event happened in, if any. */
  private realCellOf(event: Event): HTMLElement | undefined {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) return undefined;
      if (node instanceof HTMLElement && node.dataset.symbol !== undefined) {
        return node.closest('.real') ? node : undefined;
      }
    }
    return undefined;
  }

  private placeCard() {
    const card = this.renderRoot.querySelector<HTMLElement>(`#${DETAILS_CARD_ID}`);
    const open = this.card?.open;
    const cell = open === undefined ? undefined : this.realCell(open);
    if (card && cell) detailsCard.module()?.placeCard(card, cell);
  }

  /**
   * Focus would scroll the clipped viewport itself; the animation alone decides what shows. A
   * still vertical strip is a list that scrolls.
   */
  private onViewportScroll(event: Event) {
    const viewport = event.currentTarget as HTMLElement;
    viewport.scrollLeft = 0;
    if (this.scrolling) viewport.scrollTop = 0;
  }

  /** Done once the lines of the cells found near view after a render are drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.nearView?.drawing ? this.getUpdateComplete() : done;
  }

  override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (!this.sparkline) this.nearView?.stop();
    else if (this.nearView) {
      const key = `${[...this.bySymbol.keys()].join('\n')}\n${this.marquee.copies},${this.marquee.partial}`;
      this.nearView.watch(key, this.trackElement, () => this.renderRoot.querySelectorAll('.chart-later'));
    }
    if (this.card?.open !== undefined) {
      // Placed now, and again at the next frame, once a hover's or a focus's pause holds the strip.
      this.placeCard();
      requestAnimationFrame(() => this.placeCard());
    } else {
      detailsCard.module()?.hideCard(this.renderRoot.querySelector<HTMLElement>(`#${DETAILS_CARD_ID}`));
    }
    // A new speed or hover speed while hovered: ease to the new rate.
    if (this.hovered && (changed.has('speed') || changed.has('hoverSpeed'))) {
      this.hoverRate.easeTo(this.hoverPlaybackRate ?? 1);
    }
  }

  /**
   * With `hover-speed`, a mouse or pen over the strip slows it (or speeds it) instead of pausing
   * it; a finger's touch is not a hover.
   */
  private onPointerEnter(event: PointerEvent) {
    if (event.pointerType === 'touch') return;
    this.hovered = true;
    const rate = this.hoverPlaybackRate;
    if (rate !== undefined) this.hoverRate.easeTo(rate);
  }

  private onPointerLeave(event: PointerEvent) {
    if (event.pointerType === 'touch') return;
    this.hovered = false;
    this.card?.pointerLeave();
    this.hoverRate.easeTo(1);
  }

  /**
   * The loop animation began another round: one more loop gone. Cells' own animations bubble here
   * too; and a drag or a wheel that seeks across the loop's end is the reader's, not the loop's.
   */
  private onLoopIteration(event: AnimationEvent) {
    if (event.target !== event.currentTarget || this.dragging) return;
    this.loops++;
    this.dispatchEvent(new LoopCompleteEvent({ count: this.loops }));
  }

  /** A price that moved gets its highlight, unless the reader asked for less motion. */
  private highlightMoves(previous: ReadonlyMap<string, Quote>) {
    if (previous.size === 0 || !this.isConnected || this.reducedMotion.matches) return;
    const locale = getLocale();
    for (const quote of this.shown) {
      const before = previous.get(quote.symbol);
      if (!before || before === quote) continue;
      const from = this.viewOf(before, locale).view.priceValue;
      const to = this.viewOf(quote, locale).view.priceValue;
      if (from !== undefined && to !== undefined && to !== from) {
        this.highlights.start(quote.symbol, to > from ? 'up' : 'down');
      }
    }
  }

  private queueAnnouncements(previous: ReadonlyMap<string, Quote>) {
    const symbols = symbolList(this.announce);
    if (symbols.length === 0 || previous.size === 0) return;
    const locale = getLocale();
    for (const symbol of symbols) {
      const before = previous.get(symbol);
      const after = this.bySymbol.get(symbol);
      if (!before || !after || before === after || Object.is(before.price, after.price)) continue;
      const view = viewQuote(after, locale);
      this.announcer.say(
        symbol,
        msg(str`${view.name} ${view.price}, ${view.change} (${view.percent})`, { id: 'ticker-announce' }),
      );
    }
  }
}

if (!customElements.get('market-ticker')) customElements.define('market-ticker', MarketTicker);
else warnIfTaken('market-ticker', MarketTicker);

declare global {
  interface HTMLElementTagNameMap {
    'market-ticker': MarketTicker;
  }
}
