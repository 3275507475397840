/**
 * Number, change and time formatting as the reference page shows them. No DOM: usable in Node,
 * workers and SSR. Every formatter is cached per locale and options, since building an
 * `Intl.NumberFormat` costs far more than using one and a strip formats thousands of figures.
 */
import type { Locale } from './locales.js';
import { toFinite } from './quote.js';

/** Shown for any missing or non-finite figure. */
export const EM_DASH = '\u2014';

const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T, O>(cache: Map<string, T>, locale: string, options: O, make: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached `Intl.RelativeTimeFormat`. */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return cached(relativeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** Decimal places to show: an integer from 0 to 8, else the fallback. */
export function clampPrecision(precision: unknown, fallback = 2): number {
  const p = toFinite(precision);
  return p !== undefined && Number.isInteger(p) && p >= 0 && p <= 8 ? p : fallback;
}

function fixed(locale: Locale, precision: number): Intl.NumberFormat {
  return numberFormat(locale, {
    minimumFractionDigits: precision,
    maximumFractionDigits: precision,
    useGrouping: true,
  });
}

/** `17,284.54`: grouped, with the instrument's precision; an em dash when not a finite number. */
export function formatPrice(value: unknown, precision: unknown = 2, locale: Locale = 'en'): string {
  const n = toFinite(value);
  if (n === undefined) return EM_DASH;
  // A magnitude below half the last shown digit would print as "-0.00".
  return fixed(locale, clampPrecision(precision))
    .format(n === 0 ? 0 : n)
    .replace(/^-(?=0(\D0*)?$)/, '');
}

/**
 * A signed figure: the sign comes from the direction of the move, not from the rounded digits, so
 * a rise of 0.004 % reads `+0.00`. An exact zero (or -0) has no sign. The minus is a hyphen-minus,
 * as on the reference page.
 */
export function formatSigned(value: unknown, precision: unknown = 2, locale: Locale = 'en'): string {
  const n = toFinite(value);
  if (n === undefined) return EM_DASH;
  const digits = fixed(locale, clampPrecision(precision)).format(Math.abs(n));
  return n > 0 ? `+${digits}` : n < 0 ? `-${digits}` : digits;
}

/** A change in price units: `+83.27`, `-0.0028`. */
export function formatChange(change: unknown, precision: unknown = 2, locale: Locale = 'en'): string {
  return formatSigned(change, precision, locale);
}

/** A change in percent points, always two decimals: `+0.48%`, `+0.00%`, `-1.27%`. */
export function formatPercent(changePercent: unknown, locale: Locale = 'en'): string {
  const text = formatSigned(changePercent, 2, locale);
  return text === EM_DASH ? text : `${text}%`;
}

interface CompactUnit {
  value: number;
  suffix: string;
}

// Largest first. Chinese counts in myriads (萬 = 10^4, 億 = 10^8, 萬億 = 10^12); Intl's compact
// notation gives Hong Kong readers "173M", which they do not use.
const COMPACT_UNITS: Record<Locale, CompactUnit[]> = {
  en: [
    { value: 1e12, suffix: 'T' },
    { value: 1e9, suffix: 'B' },
    { value: 1e6, suffix: 'M' },
    { value: 1e3, suffix: 'K' },
  ],
  'zh-Hant-HK': [
    { value: 1e12, suffix: '萬億' },
    { value: 1e8, suffix: '億' },
    { value: 1e4, suffix: '萬' },
  ],
  'zh-Hans-CN': [
    { value: 1e12, suffix: '万亿' },
    { value: 1e8, suffix: '亿' },
    { value: 1e4, suffix: '万' },
  ],
};

/**
 * A large figure (volume, market value) in the reader's units: `173.2M`, `1.73億`, `1.73亿`,
 * with up to `fractionDigits` decimals (trailing zeros dropped). An em dash when not finite.
 */
export function formatCompact(value: unknown, locale: Locale = 'en', fractionDigits = 2): string {
  const n = toFinite(value);
  if (n === undefined) return EM_DASH;
  const format = numberFormat(locale, { maximumFractionDigits: fractionDigits, useGrouping: true });
  const magnitude = Math.abs(n);
  const units = COMPACT_UNITS[locale];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (magnitude < unit.value) continue;
    const scaled = n / unit.value;
    // Rounding 9,999.996萬 up would print "10,000萬": move to the larger unit instead.
    const rounded = Number(Math.abs(scaled).toFixed(fractionDigits));
    const larger = units[i - 1];
    if (larger && rounded * unit.value >= larger.value) {
      return `${format.format(n / larger.value)}${larger.suffix}`;
    }
    return `${format.format(scaled)}${unit.suffix}`;
  }
  return format.format(n);
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.34524],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** An instant from a `Date`, an epoch in milliseconds or an ISO string; undefined when invalid. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value : undefined;
  if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) {
    const d = new Date(value);
    return Number.isFinite(d.getTime()) ? d : undefined;
  }
  return undefined;
}

/**
 * `3 hours ago`, `3 小時前`, `3小时前`, `in 5 minutes`: the largest whole unit of the distance from
 * `now`. Under a minute reads as "now". An em dash for an invalid instant.
 */
export function formatRelativeTime(instant: unknown, now: unknown = Date.now(), locale: Locale = 'en'): string {
  const at = toDate(instant);
  const reference = toDate(now);
  if (!at || !reference) return EM_DASH;
  let amount = (at.getTime() - reference.getTime()) / 1000;
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(amount) < 60) return format.format(0, 'second');
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.trunc(amount), unit);
    amount /= size;
  }
  return EM_DASH;
}

/** The absolute date and time for a tooltip: `19 Apr 2024, 16:08`, `2024年4月19日 16:08`. */
export function formatDateTime(instant: unknown, locale: Locale = 'en', timeZone?: string): string {
  const at = toDate(instant);
  if (!at) return EM_DASH;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    at,
  );
}
