/**
 * What a quote looks like on screen and to a screen reader, shared by every element that shows
 * figures. No DOM.
 */
import { formatChange, formatPercent, formatPrice, formatSigned, clampPrecision, EM_DASH } from './format.js';
import { instrumentName, instrumentPrecision } from './catalogue.js';
import type { Locale } from './locales.js';
import { derivePercent, toFinite, trendOf, type LocalizedText, type Quote, type Trend } from './quote.js';

/** A quote's fields as they may arrive from attributes, properties or data: anything at all. */
export interface QuoteInput {
  symbol?: unknown;
  name?: unknown;
  price?: unknown;
  change?: unknown;
  changePercent?: unknown;
  precision?: unknown;
}

export interface QuoteView {
  symbol: string;
  name: string;
  price: string;
  change: string;
  percent: string;
  trend?: Trend;
  /** The unsigned magnitudes, for spoken text. */
  spokenChange: string;
  spokenPercent: string;
  /** The price as a finite number, for change highlighting. */
  priceValue?: number;
  /** Decimal places in effect: the quote's, else the catalogue's, else 2. */
  precision: number;
}

/** A name for `locale` from a string or a per-locale object; undefined when nothing usable. */
export function localizedText(text: unknown, locale: Locale): string | undefined {
  if (typeof text === 'string') return text.trim() || undefined;
  if (typeof text !== 'object' || text === null) return undefined;
  const names = text as Partial<Record<string, unknown>>;
  for (const candidate of [names[locale], names.en, ...Object.values(names)]) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  }
  return undefined;
}

/** Everything a cell shows, derived once per change of its inputs. */
export function viewQuote(input: QuoteInput, locale: Locale): QuoteView {
  const symbol = typeof input.symbol === 'string' ? input.symbol.trim() : '';
  const precision = clampPrecision(input.precision, instrumentPrecision(symbol) ?? 2);
  const percent = derivePercent(input.price, input.change, input.changePercent);
  const unsigned = (value: string) => value.replace(/^[+-]/, '');
  return {
    symbol,
    name:
      localizedText(input.name as LocalizedText, locale) ??
      (symbol ? (instrumentName(symbol, locale) ?? symbol) : EM_DASH),
    price: formatPrice(input.price, precision, locale),
    change: formatChange(input.change, precision, locale),
    percent: formatPercent(percent, locale),
    trend: trendOf(input.change, percent),
    spokenChange: unsigned(formatSigned(input.change, precision, locale)),
    spokenPercent: unsigned(formatSigned(percent, 2, locale)),
    priceValue: toFinite(input.price),
    precision,
  };
}

/** The fields of a quote object, tolerating anything that is not one. */
export function quoteFields(quote: unknown): QuoteInput {
  return typeof quote === 'object' && quote !== null ? (quote as Quote) : {};
}
