/** Reading a message through an adapter: decode, adapt, then the same checks as our own messages. */
import type { FeedAdapter } from '../adapters/read.js';
import { checkMessage, describe, parseFeedMessage, parseJson, type ParsedMessage } from './messages.js';

/**
 * One message text, ours or (with an adapter) a provider's. The adapter may throw or return
 * anything: each way out ends in a reason naming it, never an exception for the feed.
 */
export function readFeedMessage(text: string, adapter?: FeedAdapter): ParsedMessage {
  if (!adapter) return parseFeedMessage(text);
  const label = `adapter ${JSON.stringify(adapter.name)}`;
  const data = parseJson(text);
  if (!data.ok) return { ok: false, reason: `${label}: ${data.reason}` };
  let adapted: unknown;
  try {
    adapted = adapter.read(data.value);
  } catch (error) {
    return { ok: false, reason: `${label}: ${describe(error)}` };
  }
  // A provider's heartbeat: a good contact that changes no figure.
  if (adapted === null) return { ok: true, quotes: [], hadQuotes: false, problems: [] };
  const checked = checkMessage(adapted);
  if (!checked.ok) return { ok: false, reason: `${label} returned no message: ${checked.reason}` };
  checked.problems = checked.problems.map((problem) => `${label}: ${problem}`);
  // A seq is ours to resume by; a provider's message never carries one we could replay from.
  delete checked.seq;
  return checked;
}
