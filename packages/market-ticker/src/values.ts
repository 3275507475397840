/**
 * Small readers of untrusted values, shared by the elements and the DOM-free core. No DOM.
 */

/** `value` when it is a finite number above zero, else `undefined`. */
export function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The symbols of a comma-separated attribute (`"^HSI, 0700.HK"`), trimmed, blanks left out. */
export function symbolList(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((symbol) => symbol.trim())
    .filter(Boolean);
}

/** A market's MIC code as the tables key it: `xhkg ` is `XHKG`. */
export function normalizeMic(mic: string): string {
  return String(mic).trim().toUpperCase();
}

const MARKET_CODE = /^(?:[A-Z0-9]{4}|24\/[57])$/;

/** A market code as given by a site or a feed: a MIC (any case) or `24/7` / `24/5`; else undefined. */
export function cleanMarket(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const code = v.trim().toUpperCase();
  return MARKET_CODE.test(code) ? code : undefined;
}
