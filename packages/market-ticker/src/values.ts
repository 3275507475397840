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
