// @web/test-runner plugin and middleware: `hold-requests` holds every request of the dev server
// whose path contains `pattern` until `release-requests`, so that a test can act while a module that
// loads on demand is still on its way, as on a slow network, and then let it arrive;
// `fail-requests` answers them with 503 instead, as a network that lost them, until released.
// Called from tests/support.ts.

/** Each held pattern: the release of the requests waiting on it, or `fail`. */
const held = new Map();

/**
 * For the config's `middleware`, which runs before the dev server's own (a plugin's `serve` hook is
 * skipped when the server answers from its cache of transformed files). `holdable`: the patterns a
 * test may hold. Their responses are never stored on disk. Firefox and WebKit also reuse a module
 * that an earlier page loaded without asking the server again, so a test that holds one runs in a
 * browser of its own (the config's `first-load` group): a request never made cannot be held.
 */
export function holdMiddleware(holdable) {
  return async (context, next) => {
    const pattern = holdable.find((p) => context.path.includes(p));
    if (pattern === undefined) return next();
    const gate = held.get(pattern);
    if (gate?.fail) {
      context.status = 503;
      context.body = `held by the test: ${pattern}`;
    } else {
      await gate?.promise;
      await next();
    }
    context.set('cache-control', 'no-store');
  };
}

export function holdPlugin(holdable) {
  const commands = ['hold-requests', 'fail-requests', 'release-requests'];
  return {
    name: 'hold-requests',
    executeCommand({ command, payload }) {
      if (!commands.includes(command)) return undefined;
      if (!holdable.includes(payload.pattern))
        throw new Error(`${payload.pattern} is not holdable: add it to the config's list`);
      held.get(payload.pattern)?.release?.();
      held.delete(payload.pattern);
      if (command === 'fail-requests') held.set(payload.pattern, { fail: true });
      if (command === 'hold-requests') {
        let release;
        const promise = new Promise((resolve) => (release = resolve));
        held.set(payload.pattern, { promise, release });
      }
      return true;
    },
  };
}
