/**
 * Locale codes and alias resolution. No DOM: usable in Node, workers and SSR.
 */

/** The interface locales the library ships. `en` is the source locale. */
export const SUPPORTED_LOCALES = ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

const TRADITIONAL_REGIONS = new Set(['hk', 'tw', 'mo']);

/**
 * Maps any BCP 47 tag to a supported locale: `zh-HK`, `zh-TW`, `zh-MO`, `zh-Hant*` -> `zh-Hant-HK`;
 * `zh`, `zh-CN`, `zh-SG`, `zh-Hans*` -> `zh-Hans-CN`; everything else (including `en-*`) -> `en`.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const parts = String(tag ?? '')
    .trim()
    .toLowerCase()
    .replace(/_/g, '-')
    .split('-')
    .filter(Boolean);
  if (parts[0] !== 'zh') return 'en';
  // A script subtag decides before a region does: zh-Hant-CN is still Traditional.
  if (parts.includes('hant')) return 'zh-Hant-HK';
  if (parts.includes('hans')) return 'zh-Hans-CN';
  return parts.some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-Hant-HK' : 'zh-Hans-CN';
}
