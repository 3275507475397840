import { isServer } from 'lit';
import { addServerWork } from './server-work.js';

/**
 * A module loaded on first use in the browser, so that a page that never uses it does not pay for
 * it, and at once on the server, whose render cannot wait (`localeReady()` waits for it there).
 */
export interface OnDemand<M> {
  /** The module, or `undefined` until it is here (and for good when it could not be loaded). */
  readonly module: () => M | undefined;
  /** The module loading (the first call starts it); `undefined` once it is here or has failed. */
  readonly pending: () => Promise<unknown> | undefined;
  /** Why the module could not be loaded, once that is known; `undefined` until then. */
  readonly failure: () => unknown;
}

/**
 * `what` names the module in the one console error a failed load reports: the element then goes
 * on without it (no marker, no card, no banner) instead of waiting for it for ever. `server`
 * false: a server render never draws with it (the feeds), so the server does not load it.
 */
export function onDemand<M>(what: string, load: () => Promise<M>, server = true): OnDemand<M> {
  // Set once, when the module is here or has failed; `loading` keeps the one request.
  let done: { module?: M; failure?: unknown } | undefined;
  let loading: Promise<void> | undefined;
  const pending = (): Promise<void> | undefined =>
    done
      ? undefined
      : (loading ??= load().then(
          (module) => {
            done = { module };
          },
          (failure: unknown) => {
            done = { failure };
            console.error(`market-ticker: ${what} could not be loaded`, failure);
          },
        ));
  if (isServer && server) addServerWork(pending()!);
  return { module: () => done?.module, pending, failure: () => done?.failure };
}

/**
 * What `work` on the module still has loading: the module first, then what `work` returns (a
 * market's calendar); `undefined` when nothing is.
 */
export function pendingWith<M>(
  demand: OnDemand<M>,
  work: (module: M) => Promise<unknown> | undefined,
): Promise<unknown> | undefined {
  const module = demand.module();
  if (module) return work(module);
  return demand.pending()?.then(() => {
    const loaded = demand.module();
    return loaded && work(loaded);
  });
}

/** One promise for the work still loading among `work`, or `undefined` when none is. */
export function allOf(...work: Array<Promise<unknown> | false | null | undefined | ''>): Promise<unknown> | undefined {
  const loading = work.filter((w): w is Promise<unknown> => Boolean(w));
  return loading.length > 0 ? Promise.all(loading) : undefined;
}
