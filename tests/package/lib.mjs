// Small helpers shared by the package checks: processes, assertions, timing.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = (name) => resolve(ROOT, 'node_modules/.bin', name);

export class CheckError extends Error {}

export function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

export function equal(actual, expected, what) {
  check(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Runs a command without a shell; resolves to stdout (or `{ stdout, stderr }` with `both`), rejects
 * with its output on failure.
 */
export function run(command, args, { cwd = ROOT, env = {}, timeout = 120_000, both = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new CheckError(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${stderr || stdout || error.message}`),
          );
        } else {
          resolvePromise(both ? { stdout, stderr } : stdout);
        }
      },
    );
  });
}

/**
 * What goes wrong in a page, as it happens: uncaught errors, console errors and warnings, and
 * HTTP errors (but the favicon Chromium asks for). The array fills as the page runs.
 */
export function pageProblems(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported with their URL below.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
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
