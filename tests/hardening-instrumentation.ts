/**
 * Counts what a page holds on to: timers, animation frames, listeners on window, document and
 * media query lists, observations, fetches in flight, open EventSources and WebSockets. Import it
 * FIRST, before any module of the library, so that nothing captured the originals before the
 * wrappers were in place (tests/hardening-leaks.test.ts).
 *
 * Each live item remembers the stack that created it, so a leak report says where it came from,
 * and so that items created by the test harness itself can be told apart from the library's.
 */

type Origin = string;

const LIBRARY = /\/packages\/market-ticker\/src\/|\/node_modules\/(lit|lit-html|lit-element|@lit)\//;

Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 40);

/** `label` on the first line, then the stack of the code that created the item. */
function origin(label = ''): Origin {
  return `${label}\n${new Error().stack?.split('\n').slice(2).join('\n') ?? ''}`;
}

const timeouts = new Map<number, Origin>();
const intervals = new Map<number, Origin>();
const frames = new Map<number, Origin>();
const listeners = new Map<EventTarget, Map<string, Origin>>();
const observations = new Map<object, Map<Node | Element, Origin>>();
const fetches = new Map<Promise<Response>, Origin>();
const eventSources = new Map<EventSource, Origin>();
const webSockets = new Map<WebSocket, Origin>();

const native = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  addEventListener: EventTarget.prototype.addEventListener,
  removeEventListener: EventTarget.prototype.removeEventListener,
  fetch: window.fetch.bind(window),
  EventSource: window.EventSource,
  WebSocket: window.WebSocket,
};

// --- timers ----------------------------------------------------------------------------------

window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  let id = 0;
  const run =
    typeof handler === 'function'
      ? (...a: unknown[]) => {
          timeouts.delete(id);
          (handler as (...x: unknown[]) => void)(...a);
        }
      : handler;
  id = native.setTimeout(run, timeout, ...args);
  timeouts.set(id, origin(`setTimeout ${timeout ?? 0} ms`));
  return id;
}) as typeof setTimeout;

window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = native.setInterval(handler, timeout, ...args);
  intervals.set(id, origin(`setInterval ${timeout ?? 0} ms`));
  return id;
}) as typeof setInterval;

// The two clear functions are interchangeable in browsers.
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) {
    timeouts.delete(id);
    intervals.delete(id);
  }
  native.clearTimeout(id);
}) as typeof clearTimeout;

window.clearInterval = ((id?: number) => {
  if (id !== undefined) {
    timeouts.delete(id);
    intervals.delete(id);
  }
  native.clearInterval(id);
}) as typeof clearInterval;

window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  let id = 0;
  id = native.requestAnimationFrame((time) => {
    frames.delete(id);
    callback(time);
  });
  frames.set(id, origin('requestAnimationFrame'));
  return id;
};

window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  native.cancelAnimationFrame(id);
};

// --- listeners on window, document and media query lists ---------------------------------------

const watched = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;

const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
function listenerKey(
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (!listener) return undefined;
  if (!listenerIds.has(listener)) listenerIds.set(listener, ++nextListenerId);
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  return `${type}|${capture}|${listenerIds.get(listener)}`;
}

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  native.addEventListener.call(this, type, listener, options);
  const key = listenerKey(type, listener, options);
  if (!key || !watched(this)) return;
  let map = listeners.get(this);
  if (!map) listeners.set(this, (map = new Map()));
  if (map.has(key)) return;
  map.set(
    key,
    origin(
      `${this === window ? 'window' : this === document ? 'document' : `MediaQueryList(${(this as MediaQueryList).media})`} '${type}' listener`,
    ),
  );
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched target, kept for the closures below
  const target = this;
  const forget = () => map!.delete(key);
  if (typeof options === 'object' && options.once) {
    native.addEventListener.call(target, type, forget, { once: true, capture: !!options.capture });
  }
  if (typeof options === 'object' && options.signal) {
    native.addEventListener.call(options.signal, 'abort', forget, { once: true });
  }
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  native.removeEventListener.call(this, type, listener, options);
  const key = listenerKey(type, listener, options);
  if (key) listeners.get(this)?.delete(key);
};

// The legacy MediaQueryList API adds and removes 'change' listeners too.
const mqlProto = MediaQueryList.prototype as MediaQueryList & Record<string, unknown>;
mqlProto.addListener = function (this: MediaQueryList, listener: ((event: MediaQueryListEvent) => void) | null) {
  this.addEventListener('change', listener as EventListener);
};
mqlProto.removeListener = function (this: MediaQueryList, listener: ((event: MediaQueryListEvent) => void) | null) {
  this.removeEventListener('change', listener as EventListener);
};

// --- observers ---------------------------------------------------------------------------------

for (const Observer of [ResizeObserver, MutationObserver, IntersectionObserver] as unknown as Array<{
  prototype: Record<string, (...a: unknown[]) => unknown>;
  name: string;
}>) {
  const proto = Observer.prototype;
  const observe = proto.observe!;
  const unobserve = proto.unobserve;
  const disconnect = proto.disconnect!;
  proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
    const result = observe.call(this, target, ...rest);
    let map = observations.get(this);
    if (!map) observations.set(this, (map = new Map()));
    map.set(
      target as Node,
      origin(`${Observer.name} observing <${(target as Element).localName ?? (target as Node).nodeName}>`),
    );
    return result;
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: unknown) {
      observations.get(this)?.delete(target as Node);
      return unobserve.call(this, target);
    };
  }
  proto.disconnect = function (this: object) {
    observations.delete(this);
    return disconnect.call(this);
  };
}

// --- connections -------------------------------------------------------------------------------

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = native.fetch(input, init);
  fetches.set(request, origin(`fetch ${input instanceof Request ? input.url : String(input)}`));
  const done = () => fetches.delete(request);
  request.then(done, done);
  return request;
};

window.EventSource = class extends native.EventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    eventSources.set(this, origin(`EventSource ${String(url)}`));
  }
  override close() {
    eventSources.delete(this);
    super.close();
  }
};

window.WebSocket = class extends native.WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    webSockets.set(this, origin(`WebSocket ${String(url)}`));
  }
  override close(code?: number, reason?: string) {
    webSockets.delete(this);
    super.close(code, reason);
  }
};

// --- reading it back -----------------------------------------------------------------------------

export interface Held {
  timeouts: Origin[];
  intervals: Origin[];
  frames: Origin[];
  listeners: Origin[];
  observations: Origin[];
  fetches: Origin[];
  eventSources: Origin[];
  webSockets: Origin[];
}

export type HeldCounts = Record<keyof Held, number>;

const fromLibrary = (o: Origin) => LIBRARY.test(o);

/** What is held now, by kind; only items created by the library's (or Lit's) code. */
export function held(): Held {
  const all = {
    timeouts: [...timeouts.values()],
    intervals: [...intervals.values()],
    frames: [...frames.values()],
    listeners: [...listeners.values()].flatMap((map) => [...map.values()]),
    observations: [...observations.values()].flatMap((map) => [...map.values()]),
    // A stream closed by the server is no longer held.
    fetches: [...fetches.values()],
    eventSources: [...eventSources.entries()]
      .filter(([es]) => es.readyState !== native.EventSource.CLOSED)
      .map(([, o]) => o),
    webSockets: [...webSockets.entries()].filter(([ws]) => ws.readyState <= native.WebSocket.OPEN).map(([, o]) => o),
  };
  return Object.fromEntries(
    Object.entries(all).map(([kind, origins]) => [kind, origins.filter(fromLibrary)]),
  ) as unknown as Held;
}

export function counts(h: Held = held()): HeldCounts {
  return Object.fromEntries(Object.entries(h).map(([kind, list]) => [kind, list.length])) as HeldCounts;
}

/** The label and the first frame in the library's sources, for short reports. */
export function where(o: Origin): string {
  const [label, ...stack] = o.split('\n');
  const frame =
    stack.find((l) => /\/packages\/market-ticker\/src\//.test(l)) ?? stack.find((l) => LIBRARY.test(l)) ?? '';
  return `${label} ${frame.trim()}`;
}

/** The browser's own timers, for a test to wait with while instrumentation counts the library's. */
export const nativeTimers = { setTimeout: native.setTimeout, requestAnimationFrame: native.requestAnimationFrame };
