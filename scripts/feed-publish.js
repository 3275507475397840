#!/usr/bin/env node
// Writes the simulated walk into the Redis stream that feed edges read (npm run feed:publish):
// a full snapshot first and every STREAM_LENGTH / 2 entries (so the stream, trimmed, always holds
// every symbol), then one partial message per tick. Any program can publish the same way:
//   XADD market-ticker:quotes MAXLEN ~ 10000 * message '{"quotes":[...],"asOf":"..."}'
//
//   REDIS_URL=redis://127.0.0.1:6379 node scripts/feed-publish.js [--interval 1000] [--count N]
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { STREAM, STREAM_LENGTH } from './feed-stream.js';

const built = new URL('../packages/market-ticker/dist/simulated-feed.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error('feed-publish: the built library is missing: run `npm run build` first.');
  process.exit(1);
}
const { REFERENCE_QUOTES, simulateTick } = await import(built.href);
const { values: args } = parseArgs({
  options: { interval: { type: 'string', default: '1000' }, count: { type: 'string' } },
});
const intervalMs = Number(args.interval);
const count = args.count === undefined ? Infinity : Number(args.count);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
redis.on('error', (error) => console.error(`feed-publish: ${redisUrl}: ${error.message}; retrying`));

/** One XADD, the stream trimmed to about STREAM_LENGTH entries. */
const publish = (client, message) =>
  client.xadd(STREAM, 'MAXLEN', '~', STREAM_LENGTH, '*', 'message', JSON.stringify(message));

let quotes = REFERENCE_QUOTES.map((q) => ({ ...q }));
let sent = 0;
async function tick() {
  const asOf = new Date().toISOString();
  if (sent % (STREAM_LENGTH / 2) === 0) {
    await publish(redis, { quotes, asOf });
  } else {
    const result = simulateTick(quotes, Math.random, 3);
    quotes = result.quotes;
    await publish(redis, { quotes: result.changed, asOf });
  }
  sent += 1;
  if (sent >= count) {
    await redis.quit();
    process.exit(0);
  }
}
console.log(`feed-publish: writing to ${STREAM} on ${redisUrl} every ${intervalMs} ms`);
const timer = setInterval(
  () => void tick().catch((error) => console.error(`feed-publish: ${error.message}`)),
  intervalMs,
);
const stop = () => {
  clearInterval(timer);
  void redis.quit().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
