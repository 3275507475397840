import { html, isServer, nothing, type PropertyValues } from 'lit';
import { STATE_MARKS } from '../styles/state-marks.js';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ClockController } from '../controllers/clock-controller.js';
import { dateTimeFormat, formatDateTime, numberFormat, toDate } from '../format.js';
import { getLocale, type Locale } from '../localization.js';
import { marketInfo, marketState, type MarketInfo, type MarketSnapshot, type MarketState } from '../sessions-core.js';
import { calendarPending, loadAllCalendars } from '../holidays-core.js';
import { addServerWork } from '../server-work.js';
import { styles } from './market-status.styles.js';
import { warnIfTaken } from '../define.js';
import { LibraryElement } from '../library-element.js';

// The server cannot wait inside a render: it loads every calendar at once, and localeReady() waits.
if (isServer) addServerWork(loadAllCalendars());

/** For a strip, which loads this module on demand: its banner's holidays, loading, before its first render. */
export { calendarPending };

/** What the countdown leads to. */
type Transition = 'opens' | 'closes' | 'closes-early' | 'breaks' | 'reopens' | 'pauses' | 'resumes';

/** A distance in time, in the units the banner shows: days, or hours and minutes. */
type Span = { days: number } | { hours: number; minutes: number };

interface Countdown {
  transition: Transition;
  at: Date;
  span: Span;
}

/** Set by server rendering: the instant the HTML was made, read once by hydration. */
const RENDERED_AT = 'data-rendered-at';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Stands for the duration in a translated sentence, so the duration can be wrapped in `<time>`. */
const DURATION_MARK = '\uE000';

/**
 * The banner's units for a distance in milliseconds, as a reader would say it:
 * - whole minutes, rounded up (a countdown never says "0 minutes" while the market is still shut,
 *   and the minute a timer fires a few milliseconds late still reads right);
 * - under an hour: minutes (`25 minutes`);
 * - under 6 hours: hours and minutes, exact (`2 hours 5 minutes`, `3 hours`);
 * - from 6 hours: hours, rounded to the nearest (half up), since "8 hours 45 minutes" is more
 *   precision than a banner needs (8 h 45 min reads `9 hours`; the reference case is exactly 9 h);
 * - from 24 rounded hours: days, rounded to the nearest (half up), never below 1.
 */
function spanOf(distance: number): Span {
  const minutes = Math.max(1, Math.ceil(distance / MINUTE));
  if (minutes < 6 * 60) return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { hours, minutes: 0 };
  return { days: Math.max(1, Math.round((minutes * MINUTE) / DAY)) };
}

const TRANSITION_FOR_STATE: Record<MarketState, Transition> = {
  closed: 'opens',
  'pre-open': 'opens',
  open: 'closes',
  break: 'reopens',
};

/**
 * What the countdown leads to: lunch and the futures markets' daily break read differently, and so does a half day's
 * close.
 */
function transitionOf({ state, next, breakKind, halfDay }: MarketSnapshot): Transition {
  const daily = breakKind === 'daily';
  if (state === 'open' && next?.kind === 'break') return daily ? 'pauses' : 'breaks';
  if (state === 'break') return daily ? 'resumes' : 'reopens';
  if (state === 'open' && halfDay) return 'closes-early';
  return TRANSITION_FOR_STATE[state];
}

/**
 * A market's state and countdown, as on the reference page: `香港股市 將在 9 小時 開市`,
 * `Hong Kong market opens in 9 hours`. Refreshes on every minute of the clock.
 *
 * The text is plain, not a live region: it changes every minute, and announcing each change would
 * drown out the page. The countdown sits in a `<time datetime>` giving the instant of the change,
 * with that instant in the exchange's time zone as a tooltip. An unknown market reads
 * "Market status unavailable".
 *
 * @summary Whether a market is open, in its lunch break or closed, and how long until that
 * changes: "opens in 9 hours", "closes in 2 hours 5 minutes".
 *
 * @csspart base - The banner: indicator and text.
 * @csspart indicator - The state's shape and colour: a disc when open, a half disc in the
 * pre-opening session, a pause sign in the lunch break, a ring when closed. Hidden from assistive
 * technology; the text says the same.
 * @csspart text - The sentence, e.g. `Hong Kong market opens in 9 hours`.
 * @csspart countdown - The duration in the sentence (a `<time>` element).
 *
 * @cssproperty --market-ticker-open-color - Indicator colour while the market trades.
 * @cssproperty --market-ticker-pre-open-color - Indicator colour in the pre-opening session.
 * @cssproperty --market-ticker-break-color - Indicator colour in the lunch break.
 * @cssproperty --market-ticker-closed-color - Indicator colour while the market is closed.
 * @cssproperty --market-ticker-text-color - Text colour.
 * @cssproperty --market-ticker-muted-color - Colour of "Market status unavailable".
 * @cssproperty --market-ticker-font-family - Font family.
 * @cssproperty --market-ticker-font-size - Font size.
 * @cssproperty --market-ticker-gap - Space between indicator and text.
 */
@localized()
export class MarketStatus extends LibraryElement {
  static override styles = styles;

  private readonly clock = new ClockController(this);

  /**
   * The market's code (case-insensitive): a MIC such as `XHKG`, `XTKS`, `XNYS` or `XNYM` (see `knownMarkets()`), or
   * `24/7` (crypto) or `24/5` (currencies).
   */
  @property() market?: string;

  /** An ISO instant that fixes the clock, for stories and tests; when absent or invalid, the live clock. */
  @property() now?: string;

  /**
   * The market's state, reflected for styling: `pre-open`, `open`, `break` or `closed`; absent for an unknown market.
   * Read-only.
   */
  @property({ reflect: true }) state?: MarketState;

  @state() private info?: MarketInfo;
  @state() private countdown?: Countdown;
  /** Open with no change in sight: a market that never closes (crypto assets, `24/7`). */
  @state() private aroundTheClock = false;

  /** The market `info` is for. */
  private infoFor?: string;

  /** The market's holidays, which load on demand: a first render without them would be wrong on a holiday. */
  protected override firstRenderNeeds(): Promise<unknown> | undefined {
    return this.market ? calendarPending(this.market) : undefined;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('now')) this.clock.pin(toDate(this.now));
    // A new market whose holidays are still loading: the banner shows what it showed until they are here.
    const pending = this.market ? calendarPending(this.market) : undefined;
    if (pending) {
      this.renderAfter(pending);
      if (this.hasUpdated) return;
    }
    if (this.infoFor !== this.market) {
      this.infoFor = this.market;
      this.info = this.market ? marketInfo(this.market) : undefined;
    }
    // Time is not a property: every update, including the clock's, reads it afresh. Server HTML
    // carries the instant it was rendered at, so hydration renders the same words first.
    const renderedAt = this.hasUpdated ? undefined : toDate(this.getAttribute(RENDERED_AT));
    const now = renderedAt ?? this.clock.now();
    if (isServer && !this.clock.pinned) this.setAttribute(RENDERED_AT, now.toISOString());
    const snapshot = this.info && marketState(this.info.mic, now);
    this.state = snapshot?.state;
    this.countdown = undefined;
    this.aroundTheClock = snapshot?.state === 'open' && !snapshot.next;
    if (!snapshot) return;
    const transition = transitionOf(snapshot);
    const at = transition === 'opens' ? snapshot.nextOpen : snapshot.next?.at;
    if (at) this.countdown = { transition, at, span: spanOf(at.getTime() - now.getTime()) };
  }

  override firstUpdated() {
    if (!this.hasAttribute(RENDERED_AT)) return;
    // Hydrated: from now on, the live clock, in an update of its own once this one is done.
    this.removeAttribute(RENDERED_AT);
    void this.updateComplete.then(() => this.requestUpdate());
  }

  override render() {
    const { info, state, countdown } = this;
    if (!info || !state) {
      return html`<span class="base unavailable" part="base" lang=${getLocale()}>
        <span class="text" part="text">${msg('Market status unavailable', {
          id: 'status-unavailable',
          desc: 'Shown instead of the market banner when the market code is unknown',
        })}</span>
      </span>`;
    }
    const locale = getLocale();
    const name = info.names[locale];
    return html`<span class="base ${state}" part="base" lang=${locale}>
      <span class="indicator" part="indicator" aria-hidden="true">${STATE_MARKS[state]}</span>
      ${state === 'pre-open' ? html`<span class="visually-hidden">${this.preOpenLabel()}</span>` : nothing}
      <span class="text" part="text">${countdown ? this.countdownText(name, countdown, info.timeZone, locale) : this.aroundTheClock ? this.aroundTheClockText(name) : this.closedText(name)}</span>
    </span>`;
  }

  /** The sentence, with its duration in a `<time>`; on one line, since white space would show. */
  private countdownText(name: string, countdown: Countdown, timeZone: string, locale: Locale) {
    const [before, after] = this.sentence(name, countdown.transition).split(DURATION_MARK);
    if (after === undefined) return before;
    const duration = this.durationText(countdown.span, locale);
    const title = this.instantText(countdown.at, timeZone, locale);
    // prettier-ignore
    return html`${before}<time class="countdown" part="countdown" datetime=${countdown.at.toISOString()} title=${title}>${duration}</time>${after}`;
  }

  private sentence(market: string, transition: Transition): string {
    const duration = DURATION_MARK;
    switch (transition) {
      case 'opens':
        return msg(str`${market} opens in ${duration}`, {
          id: 'status-opens-in',
          desc: 'Banner while a market is closed or pre-opening. First: the market ("Hong Kong market"). Second: how long until continuous trading starts ("9 hours"). HK: 開市.',
        });
      case 'closes':
        return msg(str`${market} closes in ${duration}`, {
          id: 'status-closes-in',
          desc: 'Banner while a market trades. First: the market. Second: how long until the close of the trading day ("2 hours 5 minutes"). HK: 收市.',
        });
      case 'breaks':
        return msg(str`${market} breaks for lunch in ${duration}`, {
          id: 'status-breaks-in',
          desc: 'Banner during the morning session. First: the market. Second: how long until the midday break starts ("40 minutes").',
        });
      case 'reopens':
        return msg(str`${market} is on lunch break, reopens in ${duration}`, {
          id: 'status-reopens-in',
          desc: 'Banner during the midday break. First: the market. Second: how long until the afternoon session starts ("40 minutes").',
        });
      case 'closes-early':
        return msg(str`${market} closes early today, in ${duration}`, {
          id: 'status-closes-early-in',
          desc: 'Banner while a market trades on a half day (e.g. Christmas Eve, Lunar New Year\'s Eve). First: the market. Second: how long until the early close ("2 hours 5 minutes"). HK: 提早收市.',
        });
      case 'pauses':
        return msg(str`${market} pauses for its daily break in ${duration}`, {
          id: 'status-pauses-in',
          desc: 'Banner for a futures market (NYMEX, COMEX) before its daily one-hour break in trading, which is not a lunch break. First: the market. Second: how long until the break ("40 minutes").',
        });
      case 'resumes':
        return msg(str`${market} is on its daily break, resumes in ${duration}`, {
          id: 'status-resumes-in',
          desc: 'Banner during a futures market\'s daily one-hour break in trading (not a lunch break). First: the market. Second: how long until trading resumes ("40 minutes").',
        });
    }
  }

  /** For a market that never closes (crypto assets). */
  private aroundTheClockText(market: string): string {
    return msg(str`${market} trades around the clock`, {
      id: 'status-around-the-clock',
      desc: 'Banner for a market that never closes (crypto assets: "Crypto market"). The placeholder is the market. HK: 全天候交易.',
    });
  }

  /** For a market with no trading day in sight (a long closure beyond the calendar). */
  private closedText(market: string): string {
    return msg(str`${market} is closed`, {
      id: 'status-closed',
      desc: 'Banner for a closed market when its next opening is not known. The placeholder is the market ("Hong Kong market").',
    });
  }

  private preOpenLabel(): string {
    return msg('Pre-opening session:', {
      id: 'status-pre-open-label',
      desc: 'Read by screen readers before "… opens in 25 minutes" during the pre-opening session (auction or pre-market), which the text alone does not tell apart from closed.',
    });
  }

  /** `9 hours`, `2 hours 5 minutes`, `3 days`; English plurals by choice of message. */
  private durationText(span: Span, locale: Locale): string {
    const count = (n: number) => numberFormat(locale).format(n);
    if ('days' in span) {
      const days = count(span.days);
      return span.days === 1
        ? msg(str`${days} day`, { id: 'duration-day', desc: 'A duration of one day (the number is 1).' })
        : msg(str`${days} days`, { id: 'duration-days', desc: 'A duration in days, 2 or more. HK: 日; mainland: 天.' });
    }
    const hours = count(span.hours);
    const minutes = count(span.minutes);
    const oneHour = span.hours === 1;
    const oneMinute = span.minutes === 1;
    if (span.hours === 0) {
      return oneMinute
        ? msg(str`${minutes} minute`, { id: 'duration-minute', desc: 'A duration of one minute (the number is 1).' })
        : msg(str`${minutes} minutes`, { id: 'duration-minutes', desc: 'A duration in minutes, 2 to 59.' });
    }
    if (span.minutes === 0) {
      return oneHour
        ? msg(str`${hours} hour`, { id: 'duration-hour', desc: 'A duration of one hour (the number is 1).' })
        : msg(str`${hours} hours`, { id: 'duration-hours', desc: 'A duration in whole hours, 2 to 23.' });
    }
    if (oneHour) {
      return oneMinute
        ? msg(str`${hours} hour ${minutes} minute`, {
            id: 'duration-hour-minute',
            desc: 'A duration: 1 hour and 1 minute.',
          })
        : msg(str`${hours} hour ${minutes} minutes`, {
            id: 'duration-hour-minutes',
            desc: 'A duration: 1 hour and 2 to 59 minutes.',
          });
    }
    return oneMinute
      ? msg(str`${hours} hours ${minutes} minute`, {
          id: 'duration-hours-minute',
          desc: 'A duration: 2 to 5 hours and 1 minute.',
        })
      : msg(str`${hours} hours ${minutes} minutes`, {
          id: 'duration-hours-minutes',
          desc: 'A duration: 2 to 5 hours and 2 to 59 minutes.',
        });
  }

  /** `19 Apr 2024, 09:30 GMT+8`: the exchange's wall clock, with its offset so no reader guesses the zone. */
  private instantText(at: Date, timeZone: string, locale: Locale): string {
    const offset = dateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    const dateTime = formatDateTime(at, locale, timeZone);
    return offset ? `${dateTime} ${offset}` : dateTime;
  }
}

if (!customElements.get('market-status')) customElements.define('market-status', MarketStatus);
else warnIfTaken('market-status', MarketStatus);

declare global {
  interface HTMLElementTagNameMap {
    'market-status': MarketStatus;
  }
}
