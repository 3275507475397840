import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../directives/style-properties.js';
import { localized, msg, str } from '@lit/localize';
import { ClockController } from '../controllers/clock-controller.js';
import { FeedElement } from '../feed-element.js';
import { formatDateTime, formatRelativeTime, toDate } from '../format.js';
import { getLocale } from '../localization.js';
import type { Quote } from '../quote.js';
import '../quote-cell/quote-cell.js';
import type { TrendColors } from '../trend-colors.js';
import { safeUrl } from '../url.js';
import { numberAds } from './ad-slots.js';
import { heading } from './heading.js';
import { styles } from './article-card.styles.js';
import { warnIfTaken } from '../define.js';
import { positiveNumber, symbolList } from '../values.js';
import { LibraryElement } from '../library-element.js';

/** How much of the article a card shows. */
export type ArticleVariant = 'compact' | 'standard' | 'full';

const VARIANTS: readonly ArticleVariant[] = ['compact', 'standard', 'full'];

/**
 * Stand for data inside a translated sentence, so the data can carry the article's language and
 * a link while the sentence around it stays in the interface language.
 */
const NAME_MARK = '\uE000';

/** A publication time this far in the future is the publisher's clock running fast: "now". */
const CLOCK_SKEW = 5 * 60_000;

interface RelatedQuote {
  symbol: string;
  quote?: Quote;
}

interface Published {
  iso: string;
  relative: string;
  absolute: string;
  year: number;
}

/** A BCP 47 tag in canonical form, or undefined when `tag` is not one. */
function canonicalLanguage(tag: string | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** Splits a translated sentence at the mark and puts `value` (a template) in its place. */
function fillMark(sentence: string, value: TemplateResult): Array<string | TemplateResult> {
  const [before, after] = sentence.split(NAME_MARK);
  return after === undefined ? [before ?? ''] : [before ?? '', value, after];
}

/**
 * A news article with its publication time, publisher, picture and the quotes of the companies it
 * is about, as a compact list item, a standard card, or the full article with its body,
 * promotional box and labelled advertisements.
 *
 * The article's own text (headline, summary, body, caption and the names of publisher, author and
 * photo agency) carries the language given by `content-lang`; the interface's words (the relative
 * time, "Related quotes", "Advertisement", "Photo:", the source line and the copyright) follow the
 * interface locale. An English article on a Chinese page reads right in both.
 *
 * In `compact` and `standard` the whole card is one link target: the headline is the only link,
 * and its hit area is stretched over the card, so nothing interactive is nested inside the link.
 * The related quote cells sit above that area and stay separate buttons. In `full` the headline is
 * the page's heading and is not a link; `href` links the publisher's name in the source line.
 *
 * In `full`, advertisements are children with `slot="ad"`. The card renames them `ad-1`, `ad-2`…
 * in document order so that each can sit in its own container under its own label (a slotted
 * element cannot be wrapped otherwise); the renaming is the only change the card makes to its
 * children.
 *
 * @summary A news card in three sizes with a live relative time, related quotes, and the article's
 * language kept apart from the interface's.
 *
 * @slot - The article's body (shown in `full`): paragraphs and other content.
 * @slot promo - A promotional box shown after the body in `full`, e.g. a call to a sister product.
 * @slot ad - Advertisements, one element each, shown in `full`, each under a label in the
 * interface language. Renamed `ad-1`, `ad-2`… by the card.
 *
 * @csspart base - The article.
 * @csspart heading - The headline's heading element.
 * @csspart heading-link - The headline's link (compact and standard, with a safe `href`); its hit area covers the card.
 * @csspart lede - The summary.
 * @csspart byline - The line with publisher, author and time.
 * @csspart publisher - The publisher's name in the byline.
 * @csspart writer - The author's credit in the byline (full).
 * @csspart timestamp - The relative publication time (a `<time>` element, the absolute time as its tooltip).
 * @csspart figure - The figure: picture, caption and credit.
 * @csspart frame - The box that keeps the picture's aspect ratio before and after it loads.
 * @csspart picture - The image, or the neutral placeholder that replaces a broken one.
 * @csspart figure-caption - The caption with the photo credit (full).
 * @csspart photo-credit - "Photo: …" at the end of the caption.
 * @csspart related - The related quotes: a labelled list of compact quote cells.
 * @csspart related-label - The "Related quotes" label (visible in full, for screen readers otherwise).
 * @csspart related-cell - Each related `<quote-cell>`; its own parts are exported as `cell-base`, `cell-label`,
 *   `cell-value`, `cell-movement`, `cell-arrow`, `cell-delta`, `cell-delta-percent`, `cell-chart`, `cell-market-state`,
 *   `cell-details-card`.
 * @csspart body - The wrapper of the slotted body (full).
 * @csspart promo - The promotional box (full; hidden while empty).
 * @csspart ad - Each advertisement's container (full).
 * @csspart ad-label - Each advertisement's label: "Advertisement", 廣告, 广告.
 * @csspart footer - The source line and copyright (full).
 * @csspart source-line - "Originally published by …" (full).
 * @csspart source-link - The publisher's name in the source line, a link to `href` when safe.
 * @csspart copyright - "© year publisher" (full).
 *
 * @cssproperty --market-ticker-article-font-size - Base font size of the article (default 1rem).
 * @cssproperty --market-ticker-article-radius - Corner radius of cards and pictures.
 * @cssproperty --market-ticker-article-padding - Inner space of compact and standard cards.
 * @cssproperty --market-ticker-article-image-ratio - Aspect ratio of the standard card's picture (default 16 / 9; full
 *   uses `image-width`/`image-height`).
 * @cssproperty --market-ticker-article-placeholder-background - Background of the picture's box while loading and when
 *   broken.
 * @cssproperty --market-ticker-article-promo-background - Background of the promotional box.
 * @cssproperty --market-ticker-link-color - Colour of links in the article's footer and the promotional box's accent.
 * @cssproperty --market-ticker-background - Background of compact and standard cards.
 * @cssproperty --market-ticker-border-color - Borders of cards, advertisements and quote chips.
 * @cssproperty --market-ticker-text-color - Text colour.
 * @cssproperty --market-ticker-muted-color - Colour of the byline, labels, caption and footer.
 * @cssproperty --market-ticker-focus-color - Focus ring colour.
 * @cssproperty --market-ticker-font-family - Font family.
 * @cssproperty --market-ticker-up-color - Colour of a rise in the related quotes.
 * @cssproperty --market-ticker-down-color - Colour of a fall in the related quotes.
 *
 * @fires quote-select - A related quote cell was activated by click or keyboard. `detail: { symbol, quote }`.
 * @fires feed-status - With `src` or `feed`: the feed's state changed. `detail: { status: 'connecting' | 'live' |
 *   'stale' | 'error', error? }`.
 */
@localized()
export class ArticleCard extends FeedElement(LibraryElement) {
  static override styles = styles;

  private readonly clock = new ClockController(this);

  /** The headline. */
  @property() headline?: string;

  /** The summary or lead paragraph, shown in standard and full. */
  @property() summary?: string;

  /**
   * The article's URL: the card's link in compact and standard, the source line's in full. Only http(s) and relative
   * URLs are used.
   */
  @property() href?: string;

  /** The publisher's name, shown in the byline, the source line and the copyright. */
  @property() source?: string;

  /** The author's name, shown in the byline of the full article. */
  @property() author?: string;

  /**
   * The publication time, an ISO instant; shown as a live relative time ("3 hours ago") with the absolute time as its
   * tooltip.
   */
  @property() published?: string;

  /** The picture's URL (standard and full). Only http(s) and relative URLs are used. */
  @property({ attribute: 'image-src' }) imageSrc?: string;

  /** The picture's text alternative; empty or absent marks the picture decorative. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;

  /**
   * The picture's intrinsic width in pixels; with `image-height` it sets the picture's aspect ratio in full (default
   * 16:9).
   */
  @property({ type: Number, attribute: 'image-width' }) imageWidth?: number;

  /** The picture's intrinsic height in pixels. */
  @property({ type: Number, attribute: 'image-height' }) imageHeight?: number;

  /** The picture's caption (full). */
  @property() caption?: string;

  /** Who took or supplied the picture, shown as "Photo: {credit}" after the caption (full). */
  @property() credit?: string;

  /**
   * The article's language (BCP 47, e.g. `en`, `zh-Hant-HK`) when it may differ from the page's; set as `lang` on the
   * article's own text only.
   */
  @property({ attribute: 'content-lang' }) contentLang?: string;

  /**
   * Comma-separated symbols of the instruments the article is about, shown as compact quote cells, e.g. `9988.HK,^HSI`.
   */
  @property() symbols?: string;

  /**
   * `compact` (a list item: headline, publisher, time, quotes), `standard` (a card with picture and summary; default)
   * or `full` (the whole article). Reflected.
   */
  @property({ reflect: true }) variant: ArticleVariant = 'standard';

  /**
   * The headline's heading level, 1 to 6; by default 3 in compact and standard (cards under a section heading) and 2 in
   * full (the page's main content under the site's `h1`).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Draws each related quote's `history` as a small line in its cell, as `<quote-cell sparkline>`. */
  @property({ type: Boolean }) sparkline = false;

  /** A marker of each related quote's market (open, lunch break, closed, …), as `<quote-cell market-state>`. */
  @property({ type: Boolean, attribute: 'market-state' }) marketState = false;

  /** The day's figures of a related quote in a card on hover and focus, as `<quote-cell details>`. */
  @property({ type: Boolean }) details = false;

  /** Which colour means up in the related quotes: `green-up` or `red-up`; defaults to the locale's convention. */
  @property({ attribute: 'trend-colors' }) trendColors?: TrendColors;

  /** Figures for the related quotes, by symbol (other symbols are ignored); set by the feed with `src` or `feed`. */
  @property({ attribute: false }) override quotes: Quote[] = [];

  /** An ISO instant that fixes the clock, for stories and tests; when absent or invalid, the live clock. */
  @property() now?: string;

  @state() private imageFailed = false;
  @state() private adCount = 0;
  @state() private hasPromo = false;

  private shownVariant: ArticleVariant = 'standard';
  private level = 3;
  private language?: string;
  private link?: string;
  private picture?: string;
  private ratio?: string;
  private related: RelatedQuote[] = [];
  private time?: Published;

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('now')) this.clock.pin(toDate(this.now));
    if (changed.has('imageSrc')) this.imageFailed = false;
    this.shownVariant = VARIANTS.includes(this.variant) ? this.variant : 'standard';
    const level = this.headingLevel;
    this.level = Number.isInteger(level) && level! >= 1 && level! <= 6 ? level! : this.shownVariant === 'full' ? 2 : 3;
    this.language = canonicalLanguage(this.contentLang);
    this.link = safeUrl(this.href);
    this.picture = safeUrl(this.imageSrc);
    const width = positiveNumber(this.imageWidth);
    const height = positiveNumber(this.imageHeight);
    this.ratio = width && height ? `${width} / ${height}` : undefined;
    if (changed.has('symbols') || changed.has('quotes')) this.related = this.relatedQuotes();
    // Time is not a property: every update, including the clock's and the locale's, reads it afresh.
    this.time = this.publishedTime();
  }

  override firstUpdated() {
    // A server-rendered picture may have failed before this element could listen for it.
    const img = this.renderRoot.querySelector('img');
    if (img?.complete && img.naturalWidth === 0) this.imageFailed = true;
    // Hydrated, the slots came with the server's HTML and no slotchange follows: number the
    // advertisements now, in an update of their own (the server cannot see the light DOM).
    void this.updateComplete.then(() => this.syncSlots());
  }

  override render() {
    const variant = this.shownVariant;
    const classes = { base: true, [variant]: true, 'has-picture': variant !== 'compact' && !!this.picture };
    switch (variant) {
      case 'compact':
        return html`<article class=${classMap(classes)} part="base" lang=${getLocale()}>
          ${this.renderHeading(true)} ${this.renderByline(false)} ${this.renderRelated(false)}
        </article>`;
      case 'standard':
        return html`<article class=${classMap(classes)} part="base" lang=${getLocale()}>
          <div class="text">
            ${this.renderHeading(true)} ${this.renderLede()} ${this.renderByline(false)} ${this.renderRelated(false)}
          </div>
          ${this.renderFigure(false)}
        </article>`;
      case 'full':
        return html`<article class=${classMap(classes)} part="base" lang=${getLocale()}>
          ${this.renderHeading(false)} ${this.renderByline(true)} ${this.renderRelated(true)} ${this.renderLede()}
          ${this.renderFigure(true)}
          <div class="body" part="body" lang=${ifDefined(this.language)}><slot @slotchange=${this.syncSlots}></slot></div>
          <div class="promo" part="promo" ?hidden=${!this.hasPromo}><slot name="promo" @slotchange=${this.syncSlots}></slot></div>
          ${this.renderAds()} ${this.renderFooter()}
        </article>`;
    }
  }

  private renderHeading(linked: boolean) {
    const text = this.headline?.trim();
    if (!text) return nothing;
    const content =
      linked && this.link
        ? html`<a class="stretched" part="heading-link" href=${this.link}>${text}</a>`
        : html`${text}`;
    return heading(this.level, content, this.language);
  }

  private renderLede() {
    const text = this.summary?.trim();
    return text ? html`<p class="lede" part="lede" lang=${ifDefined(this.language)}>${text}</p>` : nothing;
  }

  /** Publisher · (By author ·) 3 hours ago; the separators are drawn by CSS and not read out. */
  private renderByline(withAuthor: boolean) {
    const source = this.source?.trim();
    const author = withAuthor ? this.author?.trim() : undefined;
    const { time } = this;
    if (!source && !author && !time) return nothing;
    return html`<p class="byline" part="byline">
      ${source ? html`<span class="publisher" part="publisher" lang=${ifDefined(this.language)}>${source}</span>` : nothing}
      ${author ? html`<span class="writer" part="writer">${fillMark(this.byAuthor(), this.contentName(author))}</span>` : nothing}
      ${
        time
          ? html`<time class="timestamp" part="timestamp" datetime=${time.iso} title=${time.absolute}>${time.relative}</time>`
          : nothing
      }
    </p>`;
  }

  private renderFigure(full: boolean) {
    const src = this.picture;
    if (!src) return nothing;
    const alt = this.imageAlt?.trim() ?? '';
    const width = positiveNumber(this.imageWidth);
    const height = positiveNumber(this.imageHeight);
    const frameStyle = full && this.ratio ? { '--_ratio': this.ratio } : {};
    const picture = this.imageFailed
      ? html`<div class="placeholder" part="picture" role=${alt ? 'img' : 'presentation'} aria-label=${ifDefined(alt || undefined)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v14H4zM6 17h12l-4-5-3 4-2-2z" /></svg>
        </div>`
      : html`<img
          part="picture"
          src=${src}
          alt=${alt}
          width=${ifDefined(width)}
          height=${ifDefined(height)}
          loading="lazy"
          decoding="async"
          @error=${this.onImageError}
        />`;
    const caption = full ? this.renderCaption() : nothing;
    return html`<figure class="figure" part="figure">
      <div class="frame" part="frame" style=${styleProperties(frameStyle)}>${picture}</div>
      ${caption}
    </figure>`;
  }

  private renderCaption() {
    const caption = this.caption?.trim();
    const credit = this.credit?.trim();
    if (!caption && !credit) return nothing;
    return html`<figcaption class="figure-caption" part="figure-caption">
      ${caption ? html`<span class="caption-text" lang=${ifDefined(this.language)}>${caption}</span>` : nothing}
      ${
        credit
          ? html`<span class="photo-credit" part="photo-credit">${fillMark(
              msg(str`Photo: ${NAME_MARK}`, {
                id: 'article-photo-credit',
                desc: 'Ends a picture caption. The placeholder is who took or supplied the picture (a person or an agency such as "Reuters"). HK: 圖片：',
              }),
              this.contentName(credit),
            )}</span>`
          : nothing
      }
    </figcaption>`;
  }

  private renderRelated(visibleLabel: boolean) {
    if (this.related.length === 0) return nothing;
    const label = msg('Related quotes', {
      id: 'article-related-label',
      desc: 'Label of the list of quotes (stock prices) of the companies an article is about',
    });
    return html`<div class="related" part="related">
      <span class=${visibleLabel ? 'related-label' : 'related-label visually-hidden'} part="related-label" id="related-label">${label}</span>
      <ul class="related-list" role="list" aria-labelledby="related-label">
        ${repeat(
          this.related,
          (item) => item.symbol,
          (item) => html`<li>
            <quote-cell
              part="related-cell"
              exportparts="base: cell-base, label: cell-label, value: cell-value, movement: cell-movement, arrow: cell-arrow, delta: cell-delta, delta-percent: cell-delta-percent, chart: cell-chart, market-state: cell-market-state, details-card: cell-details-card"
              selectable
              .symbol=${item.symbol}
              .quote=${item.quote}
              .trendColors=${this.trendColors}
              ?sparkline=${this.sparkline}
              ?market-state=${this.marketState}
              ?details=${this.details}
              now=${ifDefined(this.now)}
            ></quote-cell>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderAds() {
    const label = msg('Advertisement', {
      id: 'article-ad-label',
      desc: 'Label above each advertisement inside an article. HK: 廣告; mainland: 广告.',
    });
    // The collector shows advertisements before the card has numbered them (a server-rendered page).
    return html`${Array.from(
      { length: this.adCount },
      (_, i) => html`<div class="ad" part="ad">
          <span class="ad-label" part="ad-label">${label}</span>
          <slot name="ad-${i + 1}" @slotchange=${this.syncSlots}></slot>
        </div>`,
    )}<slot name="ad" @slotchange=${this.syncSlots}></slot>`;
  }

  private renderFooter() {
    const source = this.source?.trim();
    if (!source) return nothing;
    const name = this.link
      ? html`<a class="source-link" part="source-link" href=${this.link} lang=${ifDefined(this.language)}>${source}</a>`
      : html`<span class="source-link" part="source-link" lang=${ifDefined(this.language)}>${source}</span>`;
    const year = this.time ? String(this.time.year) : undefined;
    const copyright = year
      ? msg(str`© ${year} ${NAME_MARK}`, {
          id: 'article-copyright',
          desc: 'Copyright footer of an article: the year of publication, then the publisher. Mainland and HK sites add 版权所有/版權所有.',
        })
      : msg(str`© ${NAME_MARK}`, {
          id: 'article-copyright-undated',
          desc: 'Copyright footer of an article with no publication date. The placeholder is the publisher.',
        });
    const sourceLine = msg(str`Originally published by ${NAME_MARK}`, {
      id: 'article-source-line',
      desc: 'Says where the article first appeared. The placeholder is the publisher, e.g. a news agency. HK: 原文刊於.',
    });
    return html`<footer class="footer" part="footer">
      <p class="source-line" part="source-line">${fillMark(sourceLine, name)}</p>
      <p class="copyright" part="copyright">${fillMark(copyright, this.contentName(source))}</p>
    </footer>`;
  }

  private byAuthor(): string {
    return msg(str`By ${NAME_MARK}`, {
      id: 'article-byline-author',
      desc: "Credits the article's author in the byline. The placeholder is the author's name. Chinese: 作者：",
    });
  }

  /** A name from the article's data, in the article's language. */
  private contentName(name: string): TemplateResult {
    return html`<span lang=${ifDefined(this.language)}>${name}</span>`;
  }

  private relatedQuotes(): RelatedQuote[] {
    const bySymbol = new Map<string, Quote>();
    for (const quote of Array.isArray(this.quotes) ? this.quotes : []) {
      if (quote && typeof quote.symbol === 'string') bySymbol.set(quote.symbol, quote);
    }
    const symbols = symbolList(this.symbols);
    return [...new Set(symbols)].map((symbol) => ({ symbol, quote: bySymbol.get(symbol) }));
  }

  private publishedTime(): Published | undefined {
    const at = toDate(this.published);
    if (!at) return undefined;
    const locale = getLocale();
    const now = this.clock.now();
    const ahead = at.getTime() - now.getTime();
    return {
      iso: at.toISOString(),
      relative: formatRelativeTime(ahead > 0 && ahead < CLOCK_SKEW ? now : at, now, locale),
      absolute: formatDateTime(at, locale),
      year: at.getFullYear(),
    };
  }

  private onImageError() {
    this.imageFailed = true;
  }

  /**
   * Numbers the advertisements and notes whether the promotional box has content. Runs on
   * `slotchange`, which also fires when the slots first appear (first render, or a switch to full).
   */
  private syncSlots() {
    if (this.shownVariant !== 'full') return;
    this.adCount = numberAds(this);
    this.hasPromo = [...this.children].some((child) => child.getAttribute('slot') === 'promo');
  }
}

if (!customElements.get('article-card')) customElements.define('article-card', ArticleCard);
else warnIfTaken('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
