// @web/test-runner plugin and middleware: `hold-requests` holds every request of the dev server
// whose path contains `pattern` until `release-requests`, so that a test can act while a module that
// loads on demand is still on its way, as on a slow network, and then let it arrive. Called from
// tests/support.ts.

/** Each held pattern, with the release of the requests waiting on it. */
const held = new Map();

/**
 * For the config's `middleware`, which runs before the dev server's own: a plugin's `serve` hook
 * is skipped when the server answers from its cache of transformed files (a module that an earlier
 * engine already asked for).
 */
export async function holdMiddleware(context, next) {
  for (const [pattern, gate] of held) if (context.path.includes(pattern)) await gate.promise;
  return next();
}

export function holdPlugin() {
  return {
    name: 'hold-requests',
    executeCommand({ command, payload }) {
      if (command === 'hold-requests') {
        if (!held.has(payload.pattern)) {
          let release;
          const promise = new Promise((resolve) => (release = resolve));
          held.set(payload.pattern, { promise, release });
        }
        return true;
      }
      if (command === 'release-requests') {
        held.get(payload.pattern)?.release();
        held.delete(payload.pattern);
        return true;
      }
      return undefined;
    },
  };
}
