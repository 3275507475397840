/**
 * The quote data shape of the public contract, and its validation. No DOM.
 */
import type { Locale } from './locales.js';

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
}

/** Longest symbol, name, currency and time strings accepted from data. */
export const LIMITS = { symbol: 32, name: 120, currency: 8, time: 40 } as const;

export type Trend = 'up' | 'down' | 'flat';

export type QuoteCheck = { ok: true; quote: Quote } | { ok: false; reason: string };

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
  return { ok: true, quote };
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
