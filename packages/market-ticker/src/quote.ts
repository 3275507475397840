/**
 * The quote data shape of the public contract, and its validation. No DOM.
 */
import type { Locale } from './locales.js';
import { safeUrl } from './url.js';
import { cleanMarket } from './values.js';

/** A display name: one string for every locale, or one per locale. */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/** One instrument's figures, as a property value or in a feed message. */
export interface Quote {
  /** Instrument code, e.g. `^HSI`, `0700.HK`, `HKD=X`. Required. */
  symbol: string;
  /** Last price. Required. */
  price: number;
  /** Change from the previous close, in price units. */
  change?: number;
  /** Change in percent points (0.48 means 0.48 %). Derived from `change` and `price` when missing. */
  changePercent?: number;
  /** Display name; else the instrument catalogue's; else the symbol. */
  name?: LocalizedText;
  /** Decimal places; else the catalogue's; else 2. */
  precision?: number;
  /** ISO 4217 code of the price's currency. */
  currency?: string;
  /** ISO instant of the figures. */
  time?: string;
  /** URL of a small square image shown before the name: `http:`, `https:` or relative only. */
  logo?: string;
  /** Recent prices, oldest first, at most 500 (`HISTORY_LIMIT`): drawn by `sparkline`. */
  history?: number[];
  /** The session's opening price. */
  open?: number;
  /** The session's highest price. */
  high?: number;
  /** The session's lowest price. */
  low?: number;
  /** The previous session's closing price: the sparkline's baseline. */
  previousClose?: number;
  /** Units traded in the session (0 or more). */
  volume?: number;
  /** Market value, in the price's currency (0 or more). */
  marketCap?: number;
  /** Minutes the provider delays the figures by, 0 to 1440; 0 means real time. */
  delay?: number;
  /** MIC of the instrument's market (`XHKG`), or `24/7` / `24/5`; else the catalogue's. */
  exchange?: string;
}

/** The optional fields that make a richer cell, each checked on its own. */
export type QuoteDetails = Pick<
  Quote,
  'logo' | 'history' | 'open' | 'high' | 'low' | 'previousClose' | 'volume' | 'marketCap' | 'delay' | 'exchange'
>;

/** Longest symbol, name, currency and time strings accepted from data. */
export const LIMITS = { symbol: 32, name: 120, currency: 8, time: 40, logo: 2048 } as const;

/** Most `history` points kept: a longer history keeps its newest points. */
export const HISTORY_LIMIT = 500;

/** Longest `delay` accepted, in minutes: a day. */
export const MAX_DELAY = 1440;

export type Trend = 'up' | 'down' | 'flat';

/**
 * A refused quote has a reason. An accepted one lists the optional fields it lost (`problems`,
 * each naming its field): a bad detail is dropped alone and the rest of the quote still shows.
 */
export type QuoteCheck = { ok: true; quote: Quote; problems: string[] } | { ok: false; reason: string };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkText(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.length > max) return `${field} is longer than ${max} characters`;
  return undefined;
}

/**
 * Validates an untrusted value as a quote, for feeds: required fields present, numbers finite,
 * strings bounded. Unknown fields are dropped. Returns a copy or the reason it was refused.
 */
export function checkQuote(value: unknown): QuoteCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'quote is not an object' };
  }
  const v = value as Record<string, unknown>;
  if (typeof v.symbol !== 'string' || v.symbol.trim() === '') {
    return { ok: false, reason: 'symbol is missing' };
  }
  const symbol = v.symbol.trim();
  if (symbol.length > LIMITS.symbol) {
    return { ok: false, reason: `symbol is longer than ${LIMITS.symbol} characters` };
  }
  const label = `quote ${JSON.stringify(symbol)}`;
  if (!isFiniteNumber(v.price)) return { ok: false, reason: `${label}: price is not a finite number` };
  for (const field of ['change', 'changePercent'] as const) {
    if (v[field] !== undefined && !isFiniteNumber(v[field])) {
      return { ok: false, reason: `${label}: ${field} is not a finite number` };
    }
  }
  if (
    v.precision !== undefined &&
    !(Number.isInteger(v.precision) && (v.precision as number) >= 0 && (v.precision as number) <= 8)
  ) {
    return { ok: false, reason: `${label}: precision is not an integer from 0 to 8` };
  }
  const textProblem =
    checkName(v.name) ?? checkText(v.currency, 'currency', LIMITS.currency) ?? checkText(v.time, 'time', LIMITS.time);
  if (textProblem) return { ok: false, reason: `${label}: ${textProblem}` };

  const quote: Quote = { symbol, price: v.price };
  if (v.change !== undefined) quote.change = v.change as number;
  if (v.changePercent !== undefined) quote.changePercent = v.changePercent as number;
  if (v.name !== undefined) quote.name = v.name as LocalizedText;
  if (v.precision !== undefined) quote.precision = v.precision as number;
  if (v.currency !== undefined) quote.currency = v.currency as string;
  if (v.time !== undefined) quote.time = v.time as string;
  const { details, problems } = checkDetails(v);
  Object.assign(quote, details);
  return { ok: true, quote, problems: problems.map((problem) => `${label}: ${problem}`) };
}

const PRICE_FIELDS = ['open', 'high', 'low', 'previousClose'] as const;
const AMOUNT_FIELDS = ['volume', 'marketCap'] as const;

/**
 * The optional detail fields of an untrusted quote, each valid one copied and each invalid one
 * dropped with a problem that names it. Used for feed messages and for quotes set as properties,
 * so that both are held to the same rules.
 */
export function checkDetails(value: unknown): { details: QuoteDetails; problems: string[] } {
  const details: QuoteDetails = {};
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return { details, problems };
  const v = value as Record<string, unknown>;
  for (const field of PRICE_FIELDS) {
    if (v[field] === undefined) continue;
    if (isFiniteNumber(v[field])) details[field] = v[field];
    else problems.push(`${field} is not a finite number`);
  }
  for (const field of AMOUNT_FIELDS) {
    if (v[field] === undefined) continue;
    if (isFiniteNumber(v[field]) && v[field] >= 0) details[field] = v[field];
    else problems.push(`${field} is not a finite number of 0 or more`);
  }
  if (v.delay !== undefined) {
    if (isFiniteNumber(v.delay) && v.delay >= 0 && v.delay <= MAX_DELAY) details.delay = v.delay;
    else problems.push(`delay is not a number of minutes from 0 to ${MAX_DELAY}`);
  }
  if (v.exchange !== undefined) {
    const exchange = cleanMarket(v.exchange);
    if (exchange) details.exchange = exchange;
    else problems.push('exchange is not a MIC');
  }
  if (v.logo !== undefined) {
    const logo = typeof v.logo === 'string' && v.logo.length <= LIMITS.logo ? safeUrl(v.logo) : undefined;
    if (logo) details.logo = logo;
    else problems.push('logo is not an http:, https: or relative URL');
  }
  if (v.history !== undefined) {
    const history = checkHistory(v.history);
    if (history.points) details.history = history.points;
    if (history.problem) problems.push(history.problem);
  }
  return { details, problems };
}

/**
 * The newest `HISTORY_LIMIT` finite points of a history, oldest first. Reads from the end and
 * stops once it has enough, so a history of millions of points costs no more than a short one.
 */
function checkHistory(value: unknown): { points?: number[]; problem?: string } {
  if (!Array.isArray(value)) return { problem: 'history is not an array of numbers' };
  const points: number[] = [];
  let dropped = 0;
  for (let i = value.length - 1; i >= 0 && points.length < HISTORY_LIMIT; i--) {
    const point: unknown = value[i];
    if (isFiniteNumber(point)) points.push(point);
    else dropped++;
  }
  points.reverse();
  const problem = dropped > 0 ? `history has ${dropped} points that are not finite numbers` : undefined;
  return problem ? { points, problem } : { points };
}

function checkName(name: unknown): string | undefined {
  if (name === undefined || typeof name === 'string') return checkText(name, 'name', LIMITS.name);
  if (typeof name !== 'object' || name === null || Array.isArray(name)) {
    return 'name must be a string or an object of strings per locale';
  }
  for (const [locale, text] of Object.entries(name)) {
    const problem = checkText(text, `name.${locale}`, LIMITS.name);
    if (problem) return problem;
  }
  return undefined;
}

/** A number if `value` is a finite number (or a numeric string from an attribute), else undefined. */
export function toFinite(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * The direction of a move, from the change (or, without one, the percent). Unknown or non-finite
 * figures have no trend.
 */
export function trendOf(change: unknown, changePercent?: unknown): Trend | undefined {
  const c = toFinite(change) ?? toFinite(changePercent);
  if (c === undefined) return undefined;
  return c > 0 ? 'up' : c < 0 ? 'down' : 'flat';
}

/**
 * Percent change from `change` and `price` when the data has none: the previous close is
 * `price - change`.
 */
export function derivePercent(price: unknown, change: unknown, changePercent: unknown): number | undefined {
  const given = toFinite(changePercent);
  if (given !== undefined) return given;
  const p = toFinite(price);
  const c = toFinite(change);
  if (p === undefined || c === undefined) return undefined;
  const previous = p - c;
  if (previous === 0) return undefined;
  const pct = (c / Math.abs(previous)) * 100;
  return Number.isFinite(pct) ? pct : undefined;
}
