// Small helpers shared by the package checks: processes; the assertions are the check scripts' own.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { CheckError } from '../../scripts/lib/checks.mjs';

export { check, CheckError, equal, pageProblems, step, warn, warnings } from '../../scripts/lib/checks.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = (name) => resolve(ROOT, 'node_modules/.bin', name);

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
