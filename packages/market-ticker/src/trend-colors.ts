import type { Locale } from './locales.js';

/** Which colour means up: green (Hong Kong, the West) or red (mainland China). */
export type TrendColors = 'green-up' | 'red-up';

/** The `trend-colors` attribute if valid, else the locale's convention. */
export function resolveTrendColors(value: unknown, locale: Locale): TrendColors {
  if (value === 'green-up' || value === 'red-up') return value;
  return locale === 'zh-Hans-CN' ? 'red-up' : 'green-up';
}
