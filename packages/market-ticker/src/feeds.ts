/**
 * The data-feed layer: quote messages from JSON polling, Server-Sent Events or a WebSocket, with
 * validation, back-off, staleness and clean shutdown. No DOM beyond fetch, EventSource and
 * WebSocket, so it runs anywhere those exist (and in tests with a fake `fetch`).
 *
 * Wire format, all three transports: a JSON text `{ "quotes": [ … ], "asOf"?: ISO }`. A message
 * may carry only the quotes that changed; consumers merge them with {@link mergeQuotes}.
 *
 * Resuming streams (so that a reader misses nothing across a dropped connection):
 * - SSE: the server tags messages with `id:`. EventSource cannot set headers on a connection we
 *   open ourselves, so on reconnect the last id goes in a `lastEventId` query parameter.
 * - WebSocket: messages may carry a `seq` (a number, or a Redis stream id). After a reconnect,
 *   the client's first frame is `{"type":"resume","lastSeq":N}` (only once a `seq` has been
 *   seen); the server replays what followed N, or sends a fresh snapshot.
 *
 * With `adapter`, messages are a provider's (see `market-ticker/adapters.js`), and a socket sends
 * the provider's subscriptions instead of resuming.
 */
import { resolveAdapter } from './adapters.js';
import type { BackoffOptions } from './feeds/backoff.js';
import { Health } from './feeds/health.js';
import { createPollingFeed } from './feeds/polling.js';
import { createEventSourceFeed, createSocketFeed } from './feeds/streams.js';
import { periodMs } from './feeds/timers.js';
import type { Feed, FeedEvents, FeedOptions } from './feeds/types.js';
import { resolveFeedTarget } from './feeds/url.js';

export type { Feed, FeedEvents, FeedKind, FeedMessage, FeedOptions, FeedStatus } from './feeds/types.js';
export { backoffDelay, type BackoffOptions } from './feeds/backoff.js';
export { MESSAGE_LIMITS, mergeQuotes, parseFeedMessage, type ParsedMessage } from './feeds/messages.js';
export { freshnessMs } from './feeds/poll-response.js';
export { resolveFeedTarget } from './feeds/url.js';
export { marketsOfQuotes, nextPoll, type RestDecision } from './feeds/rest.js';

export function createFeed(options: FeedOptions, events: FeedEvents): Feed {
  const target = resolveFeedTarget(options.src, options.feed);
  if (!target.ok) return refusedFeed(target.reason, events);
  // Null and '' too: what a removed attribute leaves behind.
  const resolved = options.adapter == null || options.adapter === '' ? undefined : resolveAdapter(options.adapter);
  if (resolved && !resolved.ok) return refusedFeed(resolved.reason, events);
  const adapter = resolved?.adapter;
  if (target.kind === 'poll') return createPollingFeed(target.url, options, events, adapter);
  const retry: BackoffOptions = {
    base: periodMs(options.backoff?.base, 1),
    cap: periodMs(options.backoff?.cap, 60),
    random: options.random ?? Math.random,
  };
  const health = new Health(events, periodMs(options.staleAfter, 60), retry);
  return target.kind === 'sse'
    ? createEventSourceFeed(target.url, health, adapter)
    : createSocketFeed(target.url, health, adapter);
}

/** A feed whose URL was refused: it reports why on start and never connects. */
function refusedFeed(reason: string, events: FeedEvents): Feed {
  return {
    start: () => events.onStatus('error', reason),
    stop: () => undefined,
  };
}
