// For npm run test:tooling: a page server whose paths hang as many times as their first segment
// says (`/2/x` hangs twice, then answers), then answer with a page titled `opened <path>`.
import http from 'node:http';

/** Starts the server; `base` is its URL, `close()` ends it and every hung request. */
export async function hangingServer() {
  const hangs = new Map();
  const server = http.createServer((request, response) => {
    const left = hangs.get(request.url) ?? Number(request.url.split('/')[1]);
    hangs.set(request.url, left - 1);
    if (left <= 0) response.end(`<!doctype html><title>opened ${request.url}</title>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
