// One of bench/feed.mjs's reader processes: `count` readers (half SSE, half WebSocket) of `url`,
// so that the readers' own work is spread over the cores rather than measured as the server's.
// Speaks to its parent over IPC: 'connected' once every reader has its first message; then
// 'measure' starts recording latencies, and 'stop' sends them back and exits.
import { reader, sleep, waitFor } from '../tests/deploy/support.js';

const [url, countText] = process.argv.slice(2);
const count = Number(countText);
const latencies = [];
let measuring = false;
const onMessage = (message, state) => {
  if (measuring && state.messages > 1) latencies.push(Date.now() - Date.parse(message.asOf));
};
const readers = [];
for (let i = 0; i < count; i++) {
  readers.push(reader(i % 2 ? 'ws' : 'sse', url, { onMessage, retryMs: 500 }));
  if (i % 200 === 199) await sleep(50);
}
await waitFor(() => readers.every((r) => r.state.messages >= 1), `${count} readers`, 60_000);
process.send({ type: 'connected' });
process.on('message', (message) => {
  if (message.type === 'measure') measuring = true;
  if (message.type === 'stop') {
    measuring = false;
    for (const r of readers) r.close();
    process.send({ type: 'latencies', latencies }, () => process.exit(0));
  }
});
