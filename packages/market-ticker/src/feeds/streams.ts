/** Server-Sent Events and WebSocket: one connection, back-off and resume logic for both. */
import type { Health } from './health.js';
import type { FeedAdapter } from '../adapters/read.js';
import { readFeedMessage } from './adapt.js';
import { describe, type ParsedMessage } from './messages.js';
import { later, type Timer } from './timers.js';
import type { Feed } from './types.js';

interface StreamHandlers {
  opened(): void;
  message(text: string): void;
  dropped(reason: string): void;
}

interface StreamTransport<C> {
  /** Opens a connection reporting to `handlers`; may throw when the browser refuses it. */
  open(handlers: StreamHandlers): C;
  /** Detaches the handlers and closes the connection. */
  close(connection: C): void;
  /** Sees each good message, e.g. to remember where to resume after a reconnection. */
  received?(message: Extract<ParsedMessage, { ok: true }>): void;
}

function createStreamFeed<C>(health: Health, name: string, transport: StreamTransport<C>, adapter?: FeedAdapter): Feed {
  let running = false;
  let connection: C | undefined;
  let timer: Timer | undefined;

  function connect(): void {
    timer = undefined;
    health.report('connecting');
    try {
      connection = transport.open({
        opened: () => health.contact(),
        message: receive,
        // error and close often both fire: close() detaches the handlers, so this runs once.
        dropped: (reason) => {
          disconnect();
          timer = later(connect, health.fail(reason));
        },
      });
    } catch (error) {
      // e.g. a port the browser blocks: a failure like any other, so it backs off too.
      timer = later(connect, health.fail(`${name} refused: ${describe(error)}`));
    }
  }

  function disconnect(): void {
    if (connection !== undefined) transport.close(connection);
    connection = undefined;
  }

  function receive(text: string): void {
    const parsed = readFeedMessage(text, adapter);
    if (!parsed.ok) {
      health.report('error', parsed.reason);
      return;
    }
    transport.received?.(parsed);
    // Data flows again: the next drop starts the back-off from the beginning.
    health.failures = 0;
    health.deliver(parsed);
  }

  return {
    start() {
      if (running) return;
      running = true;
      health.watch();
      connect();
    },
    stop() {
      if (!running) return;
      running = false;
      clearTimeout(timer);
      timer = undefined;
      disconnect();
      health.stop();
    },
  };
}

/**
 * Server-Sent Events. EventSource cannot send headers, so the last event id goes back as the
 * `lastEventId` query parameter, for the server to replay what was missed.
 */
export function createEventSourceFeed(url: URL, health: Health, adapter?: FeedAdapter): Feed {
  let lastEventId: string | undefined;
  return createStreamFeed<EventSource>(
    health,
    'event stream',
    {
      open(handlers) {
        const target = new URL(url);
        if (lastEventId !== undefined) target.searchParams.set('lastEventId', lastEventId);
        const es = new EventSource(target.href);
        es.onopen = handlers.opened;
        es.onmessage = (event: MessageEvent) => {
          // The browser keeps the last id seen on this connection; remember it across connections.
          if (event.lastEventId) lastEventId = event.lastEventId;
          handlers.message(typeof event.data === 'string' ? event.data : '');
        };
        // Close rather than let EventSource retry on its own fixed delay: the back-off is ours.
        es.onerror = () => handlers.dropped('event stream failed or closed');
        return es;
      },
      close(es) {
        es.onopen = es.onmessage = es.onerror = null;
        es.close();
      },
    },
    adapter,
  );
}

/**
 * WebSocket. After a reconnection it asks to resume after the last `seq` it saw. With an
 * adapter, the provider's subscriptions take the place of resuming: each opened socket
 * subscribes to the symbols shown, and an open one follows their changes.
 */
export function createSocketFeed(url: URL, health: Health, adapter?: FeedAdapter): Feed {
  let lastSeq: number | string | undefined;
  let open: WebSocket | undefined;
  let wanted: readonly string[] = [];
  /** What the open socket is subscribed to. */
  let subscribed: readonly string[] = [];
  const send = (ws: WebSocket, messages: unknown[] = []) => messages.forEach((m) => ws.send(JSON.stringify(m)));

  const feed = createStreamFeed<WebSocket>(
    health,
    'WebSocket',
    {
      open(handlers) {
        const ws = new WebSocket(url.href);
        ws.onopen = () => {
          open = ws;
          handlers.opened();
          if (adapter) {
            subscribed = wanted;
            send(ws, adapter.open?.(wanted));
          } else if (lastSeq !== undefined) ws.send(JSON.stringify({ type: 'resume', lastSeq }));
        };
        ws.onmessage = (event: MessageEvent) => {
          if (typeof event.data === 'string') handlers.message(event.data);
          else health.report('error', 'binary WebSocket message ignored');
        };
        // A failed connection fires error and then close, which says why: report the close. The
        // error alone stands only if no close follows in the same task (close() detaches onclose).
        ws.onerror = () => {
          setTimeout(() => {
            if (ws.onclose) handlers.dropped('WebSocket error');
          });
        };
        ws.onclose = (event: CloseEvent) => {
          const reason = event.reason ? `: ${event.reason.slice(0, 123)}` : '';
          handlers.dropped(`WebSocket closed (code ${event.code}${reason})`);
        };
        return ws;
      },
      close(ws) {
        if (open === ws) open = undefined;
        ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
        if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close(1000);
      },
      received(message) {
        if (message.seq !== undefined) lastSeq = message.seq;
      },
    },
    adapter,
  );
  // Only a provider's socket cares which symbols are shown: ours sends them all.
  if (!adapter) return feed;
  return {
    ...feed,
    setSymbols(symbols) {
      wanted = [...new Set(symbols)];
      if (!open || !adapter.change) return;
      const added = wanted.filter((s) => !subscribed.includes(s));
      const removed = subscribed.filter((s) => !wanted.includes(s));
      subscribed = wanted;
      if (added.length > 0 || removed.length > 0) send(open, adapter.change(added, removed));
    },
  };
}
