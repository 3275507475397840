// The Redis stream that scaled-out feed servers share: its name, its entries' shape, and the
// order of its ids. An entry has one field, `message`, holding a feed message as JSON.

export const STREAM = 'market-ticker:quotes';
/** Entries the publisher keeps (XADD MAXLEN ~) and each edge holds for replay. */
export const STREAM_LENGTH = 10_000;

/** Stream ids `ms-n` in order: negative, zero or positive, like a sort comparator. */
export function compareIds(a, b) {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am - bm || as - bs;
}

export const isStreamId = (value) => typeof value === 'string' && /^\d{1,16}-\d{1,16}$/.test(value);

/** The text of an entry's `message` field, or why the entry is not one. ioredis gives [k, v, ...]. */
export function entryMessage(fields) {
  if (!Array.isArray(fields) || fields.length !== 2 || fields[0] !== 'message') {
    return { ok: false, reason: 'entry does not have exactly one field, "message"' };
  }
  return { ok: true, text: String(fields[1]) };
}
