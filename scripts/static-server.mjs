// A minimal static file server on 127.0.0.1 for the built Storybook and demo pages.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on a free port; resolves to `{ url, close, requests }`.
 *
 * `prefix` (e.g. `/some/sub/path`) serves the files under that path only, as a site hosted in a
 * sub-folder would: anything outside it is a 404, so a build that asks for `/assets/…` instead
 * of `./assets/…` fails visibly. `url` then ends with the prefix (no trailing slash).
 * `files` maps extra paths (under the prefix, e.g. `/__check/axe.min.js`) to files outside `root`.
 * `requests.missing` lists every path asked for that was not found, for checks to report.
 */
export function serveStatic(root, { headers = {}, prefix = '', files = {} } = {}) {
  const base = resolve(root);
  const mount = `/${prefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const missing = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (mount) {
      if (path === mount) {
        res.writeHead(301, { location: `${mount}/` }).end();
        return;
      }
      if (!path.startsWith(`${mount}/`)) {
        missing.push(path);
        res.writeHead(404).end('not found');
        return;
      }
      path = path.slice(mount.length);
    }
    let file = files[path] ? resolve(files[path]) : normalize(join(base, path));
    if (!files[path] && file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      missing.push(path);
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}${mount}`,
        requests: { missing },
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(r);
          }),
      });
    });
  });
}
