/** Fetching one poll: a conditional request with a deadline, its body read only when small enough. */
import { MESSAGE_LIMITS, describe } from './messages.js';
import { later } from './timers.js';

export type Fetched = { ok: true; response: Response; text: string | undefined } | { ok: false; reason: string };

/**
 * Sends one request. `controller` is the caller's, so that stopping the feed aborts it; a
 * timeout aborts it too. Never throws: a network failure or timeout comes back as a reason.
 */
export async function fetchOnce(
  doFetch: typeof fetch,
  href: string,
  headers: Record<string, string>,
  controller: AbortController,
  timeoutMs: number,
): Promise<Fetched> {
  let timedOut = false;
  const deadline = later(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // no-store: we send our own validators and want to see the 304, not the browser cache's 200.
    const response = await doFetch(href, { headers, signal: controller.signal, cache: 'no-store' });
    let text: string | undefined = '';
    if (response.ok) text = await readBody(response);
    else void response.body?.cancel().catch(() => undefined);
    return { ok: true, response, text };
  } catch (error) {
    const reason = timedOut ? `request timed out after ${timeoutMs / 1000} s` : `request failed: ${describe(error)}`;
    return { ok: false, reason };
  } finally {
    clearTimeout(deadline);
  }
}

/**
 * Reads a response body; `undefined` when Content-Length already shows it is too large, so the
 * rest is never downloaded. (A UTF-8 byte is at least a third of a UTF-16 code unit.)
 */
async function readBody(response: Response): Promise<string | undefined> {
  const length = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(length) && length > MESSAGE_LIMITS.chars * 3) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  return response.text();
}
