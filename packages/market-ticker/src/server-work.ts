/**
 * Modules that load on demand in the browser but that a server render must have before it starts
 * (the market states behind `market-state`): each registers its loading here when imported on the
 * server, and `localeReady()` waits for all of it, so the HTML does not depend on timing.
 */
const pending: Promise<unknown>[] = [];

export function addServerWork(work: Promise<unknown>): void {
  pending.push(work);
}

export function serverWork(): Promise<void> {
  return Promise.all(pending).then(() => undefined);
}
