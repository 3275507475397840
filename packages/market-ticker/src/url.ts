/**
 * URL safety for every URL-taking attribute. No DOM.
 */

// Without a page (server rendering), any http(s) base tells relative URLs from absolute ones.
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
    // Resolve as the browser will, against the page's base: `https:javascript:…` on an http page
    // is an https URL to a probe but a relative path to the page.
    parsed = new URL(trimmed, globalThis.document?.baseURI ?? PROBE_BASE);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
}
