// Server rendering for tests/fixture.ts: the `server-render` command renders a test's Lit template
// with @lit-labs/ssr in one long-lived Node worker (ssr-worker.js), in the page's locale. One
// worker for the run, not one per fixture: the built elements load once.
import { Worker } from 'node:worker_threads';

export const SERVER_RENDER = 'server-render';

export function ssrPlugin() {
  let worker;
  let nextId = 0;
  const pending = new Map();
  const settleAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = () => {
    worker = new Worker(new URL('./ssr-worker.js', import.meta.url));
    worker.on('message', ({ id, html, error }) => {
      const request = pending.get(id);
      pending.delete(id);
      if (error === undefined) request?.resolve(html);
      else request?.reject(new Error(`server rendering failed: ${error}`));
    });
    worker.on('error', (error) => {
      worker = undefined;
      settleAll(error);
    });
    worker.unref();
  };
  return {
    name: 'ssr',
    executeCommand({ command, payload }) {
      if (command !== SERVER_RENDER) return undefined;
      if (worker === undefined) start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, template: payload.template, locale: payload.locale });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
