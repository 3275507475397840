/** Which URLs a feed may connect to, and over which transport. Pure. */
import type { FeedKind } from './types.js';

export type Target = { ok: true; url: URL; kind: FeedKind } | { ok: false; reason: string };

/** Resolves `src` and picks the transport; only http(s) and ws(s) URLs are ever connected. */
export function resolveFeedTarget(src: unknown, feed?: FeedKind): Target {
  if (typeof src !== 'string' || src.trim() === '') return { ok: false, reason: 'feed URL is empty' };
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return { ok: false, reason: 'feed URL is not a valid URL' };
  }
  const scheme = url.protocol;
  if (scheme === 'ws:' || scheme === 'wss:') return { ok: true, url, kind: 'ws' };
  if (scheme !== 'http:' && scheme !== 'https:') {
    return { ok: false, reason: `feed URL scheme ${JSON.stringify(scheme)} is not allowed (http, https, ws, wss)` };
  }
  if (feed === 'ws') {
    url.protocol = scheme === 'https:' ? 'wss:' : 'ws:';
    return { ok: true, url, kind: 'ws' };
  }
  return { ok: true, url, kind: feed === 'sse' ? 'sse' : 'poll' };
}
