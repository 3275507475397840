/**
 * URL safety for every URL-taking attribute. No DOM.
 */

// Any base works for telling relative URLs from absolute ones: a relative URL takes the base's
// scheme, so only the scheme a URL spells out for itself can be refused.
const PROBE_BASE = 'https://relative.invalid/';

/**
 * Returns the URL when it is `http:`, `https:` or relative, else `undefined`. Parsing follows the
 * URL standard, as a browser does, so `JaVaScRiPt:`, leading control characters and tabs or new
 * lines inside the scheme are all seen through.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, PROBE_BASE);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
}
