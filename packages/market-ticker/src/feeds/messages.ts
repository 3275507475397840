/** Feed messages: parsing and validation, and merging partial updates by symbol. Pure. */
import { checkQuote, type Quote } from '../quote.js';

/** Largest message accepted, in UTF-16 code units of the JSON text and in quotes. */
export const MESSAGE_LIMITS = { chars: 1_000_000, quotes: 5_000 } as const;

const STREAM_ID = /^\d{1,16}-\d{1,16}$/;

/**
 * Applies a (possibly partial) message to the current list: symbols keep their position, new
 * symbols are appended. An update replaces the figures it carries; `name`, `precision`,
 * `currency`, `logo` and `exchange` describe the instrument rather than its price, so they carry over when omitted.
 * Neither input is changed.
 */
export function mergeQuotes(current: readonly Quote[], updates: readonly Quote[]): Quote[] {
  const next = current.slice();
  const position = new Map<string, number>();
  next.forEach((quote, i) => {
    if (!position.has(quote.symbol)) position.set(quote.symbol, i);
  });
  for (const update of updates) {
    const at = position.get(update.symbol);
    if (at === undefined) {
      position.set(update.symbol, next.length);
      next.push(update);
    } else {
      next[at] = keepDescription(update, next[at]!);
    }
  }
  return next;
}

function keepDescription(update: Quote, previous: Quote): Quote {
  const merged: Quote = { ...update };
  if (merged.name === undefined && previous.name !== undefined) merged.name = previous.name;
  if (merged.precision === undefined && previous.precision !== undefined) merged.precision = previous.precision;
  if (merged.currency === undefined && previous.currency !== undefined) merged.currency = previous.currency;
  if (merged.logo === undefined && previous.logo !== undefined) merged.logo = previous.logo;
  if (merged.exchange === undefined && previous.exchange !== undefined) merged.exchange = previous.exchange;
  return merged;
}

export type ParsedMessage =
  | { ok: true; quotes: Quote[]; asOf?: string; seq?: number | string; hadQuotes: boolean; problems: string[] }
  | { ok: false; reason: string };

/**
 * Parses and validates one message text. A message that is not JSON, not an object, has no
 * `quotes` array or is too large is refused whole. Otherwise each quote is checked on its own:
 * invalid ones are listed in `problems` (naming the symbol and why) and the rest are kept.
 */
export function parseFeedMessage(text: string): ParsedMessage {
  const data = parseJson(text);
  return data.ok ? checkMessage(data.value) : data;
}

/** Decodes a message text within the size limit: the first step for our messages and adapters'. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.length > MESSAGE_LIMITS.chars) return tooLarge();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${describe(error)}` };
  }
}

/** Validates a decoded message, ours or one an adapter returned. */
export function checkMessage(data: unknown): ParsedMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'message is not a JSON object' };
  }
  const { quotes, asOf, seq } = data as Record<string, unknown>;
  if (!Array.isArray(quotes)) return { ok: false, reason: 'message has no "quotes" array' };
  if (quotes.length > MESSAGE_LIMITS.quotes) {
    return { ok: false, reason: `message has more than ${MESSAGE_LIMITS.quotes} quotes` };
  }
  const valid: Quote[] = [];
  const problems: string[] = [];
  quotes.forEach((item, i) => {
    const check = checkQuote(item);
    if (check.ok) {
      valid.push(check.quote);
      problems.push(...check.problems);
    } // checkQuote names the symbol when there is one; otherwise say where the quote was.
    else problems.push(check.reason.startsWith('quote ') ? check.reason : `quotes[${i}]: ${check.reason}`);
  });
  const result: ParsedMessage = { ok: true, quotes: valid, hadQuotes: quotes.length > 0, problems };
  if (asOf !== undefined) {
    if (typeof asOf === 'string' && asOf.length <= 40 && !Number.isNaN(Date.parse(asOf))) result.asOf = asOf;
    else problems.push('asOf is not an ISO time');
  }
  // A number, or a Redis stream id (`1733097600000-0`) from the scaled-out reference server.
  if ((typeof seq === 'number' && Number.isFinite(seq)) || (typeof seq === 'string' && STREAM_ID.test(seq))) {
    result.seq = seq;
  }
  return result;
}

export function tooLarge(): { ok: false; reason: string } {
  return { ok: false, reason: `message is larger than ${MESSAGE_LIMITS.chars} characters` };
}

/** One error text for the quotes dropped from a message. */
export function summarize(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `dropped invalid data, ${problems.length} ${noun}: ${shown}${more}`;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
