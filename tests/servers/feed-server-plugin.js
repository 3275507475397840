// @web/test-runner plugin: starts the scriptable feed server (feed-test-server.js) with the dev
// server and stops it with it. The port is discovered (0 = any free one), so parallel runs cannot
// collide; the test page learns the URLs from GET /__feed-test-server on its own origin.
import { startFeedTestServer } from './feed-test-server.js';

export const FEED_SERVER_INFO_PATH = '/__feed-test-server';

export function feedServerPlugin({ port = 0, host = '127.0.0.1' } = {}) {
  let server;
  return {
    name: 'feed-test-server',
    async serverStart() {
      server = await startFeedTestServer({ port, host });
    },
    async serverStop() {
      await server?.close();
      server = undefined;
    },
    serve(context) {
      if (context.path !== FEED_SERVER_INFO_PATH || !server) return undefined;
      return { body: JSON.stringify({ http: server.httpUrl, ws: server.wsUrl }), type: 'json' };
    },
  };
}
