const DEFAULT_FLASH_MS = 900;

/** `--market-ticker-flash-duration` as an element with the library's tokens resolves it, in ms. */
export function flashDuration(element: HTMLElement): number {
  const value = getComputedStyle(element).getPropertyValue('--_flash-duration').trim();
  const match = /^(\d*\.?\d+)(ms|s)$/.exec(value);
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : DEFAULT_FLASH_MS;
}
