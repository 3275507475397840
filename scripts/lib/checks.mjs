// The one assertion helper of the check scripts (package, consumers, CSP, stories): assertions that
// throw, named steps, a tally of checks that go on after a failure, and what goes wrong in a page.

export class CheckError extends Error {}

export function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

export function equal(actual, expected, what) {
  check(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` in the page until it returns something truthy; returns the last value. */
export async function waitIn(page, fn, arg, timeout = 5000) {
  const end = Date.now() + timeout;
  let value;
  do {
    value = await page.evaluate(fn, arg);
    if (value) return value;
    await sleep(50);
  } while (Date.now() < end);
  return value;
}

const notes = [];

/** A remark that does not fail the check but belongs in its output. */
export function warn(message) {
  notes.push(message);
  console.log(`    ! ${message}`);
}

export function warnings() {
  return notes;
}

/** Runs one named check, printing its time; rethrows with the check's name. */
export async function step(name, body) {
  const started = performance.now();
  try {
    const result = await body();
    console.log(`  ok  ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    console.log(`  FAIL ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    throw error;
  }
}

/**
 * Checks that go on after a failure, for a script that reports them all at the end: each has a
 * place (an engine, a story) and a name. `report` prints the failures by place.
 */
export class Tally {
  results = [];

  /** Records one check; prints it unless `quiet`. Returns whether it passed. */
  record(where, name, passed, detail = '', { quiet = false } = {}) {
    this.results.push({ where, name, passed, detail });
    if (!quiet) console.log(`  ${passed ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
    return passed;
  }

  /** A failure found on the way (a console error, an axe violation), printed with the report. */
  fail(where, message) {
    this.record(where, message, false, '', { quiet: true });
  }

  get failures() {
    return this.results.filter((r) => !r.passed);
  }

  /** Prints `summary` and the failures by place; true when there were none. */
  report(summary) {
    const byWhere = new Map();
    for (const { where, name } of this.failures) byWhere.set(where, [...(byWhere.get(where) ?? []), name]);
    if (byWhere.size > 0) {
      console.error(`\n${this.failures.length} failure(s) in ${byWhere.size} place(s):`);
      for (const [where, names] of byWhere)
        console.error(`  ${where}\n    FAIL ${[...new Set(names)].join('\n    FAIL ')}`);
    }
    console.log(`\n${summary}`);
    return byWhere.size === 0;
  }
}

/**
 * What goes wrong in a page, as it happens: uncaught errors, console messages of `levels`, and
 * HTTP errors (but the favicon Chromium asks for). The array fills as the page runs.
 */
export function pageProblems(page, { levels = ['error', 'warning'] } = {}) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported with their URL below.
    if (message.text().startsWith('Failed to load resource')) return;
    if (levels.includes(message.type())) errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}
