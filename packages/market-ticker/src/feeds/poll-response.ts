/**
 * Reading one poll's response: what it means for the feed, without timers or I/O, so that every
 * status code and header can be tested on its own.
 */
import type { FeedAdapter } from '../adapters/read.js';
import { readFeedMessage } from './adapt.js';
import { tooLarge, type ParsedMessage } from './messages.js';
import { MAX_TIMER_MS } from './timers.js';
import { positiveNumber } from '../values.js';

/** The validators a conditional request sends back. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type AcceptedMessage = Extract<ParsedMessage, { ok: true }>;

export type PollOutcome =
  /** 304: the figures shown are still current. */
  | { kind: 'unchanged'; validators: Validators; freshMs: number }
  | { kind: 'message'; message: AcceptedMessage; validators: Validators; freshMs: number }
  /** Retry after the back-off, and not before `waitAtLeastMs` (Retry-After). */
  | { kind: 'failed'; reason: string; waitAtLeastMs: number };

/**
 * What a response says. `text` is the body of a 2xx response, `undefined` when it was too large
 * to read; an adapter, if any, reads it first. Validators come only from accepted messages: a 304
 * must never vouch for a refused body.
 */
export function readResponse(
  response: Response,
  text: string | undefined,
  previous: Validators,
  adapter?: FeedAdapter,
): PollOutcome {
  const { headers, status } = response;
  if (status === 304) {
    const validators = { ...previous, etag: headers.get('ETag') ?? previous.etag };
    return { kind: 'unchanged', validators, freshMs: freshnessMs(headers) };
  }
  if (!response.ok) {
    const reason = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { kind: 'failed', reason, waitAtLeastMs: retryAfterMs(headers) };
  }
  const parsed = text === undefined ? tooLarge() : readFeedMessage(text, adapter);
  if (!parsed.ok) return { kind: 'failed', reason: parsed.reason, waitAtLeastMs: 0 };
  const validators = {
    etag: headers.get('ETag') ?? undefined,
    lastModified: headers.get('Last-Modified') ?? undefined,
  };
  return { kind: 'message', message: parsed, validators, freshMs: freshnessMs(headers) };
}

/** The request headers that ask for a 304 when nothing changed. */
export function conditionalHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag !== undefined) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

/** Milliseconds the response stays fresh: Cache-Control max-age less Age, 0 without one. */
export function freshnessMs(headers: Headers): number {
  const cacheControl = headers.get('Cache-Control') ?? '';
  if (/(^|,)\s*(no-store|no-cache)\s*(,|$)/i.test(cacheControl)) return 0;
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!maxAge) return 0;
  const age = Number(headers.get('Age') ?? 0);
  const seconds = Number(maxAge[1]) - (Number.isFinite(age) && age > 0 ? age : 0);
  return Math.min(MAX_TIMER_MS, Math.max(0, seconds) * 1000);
}

/** Retry-After in seconds (the date form is rare for feeds and skipped), else 0; at most an hour. */
export function retryAfterMs(headers: Headers): number {
  const seconds = positiveNumber(Number(headers.get('Retry-After')));
  return seconds ? Math.min(seconds, 3600) * 1000 : 0;
}
