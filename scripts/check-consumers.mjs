// Every framework, proved by a real consumer build (npm run test:consumers). Packs market-ticker
// and market-ticker-react, installs them with the frameworks of tests/consumers/package.json into
// ONE temporary project (npm cache first, registry allowed), copies the consumer projects of
// tests/consumers/<framework>/ into it, type-checks each with its framework's checker (the type
// tests expect errors on a wrong attribute value or event detail), builds each with its
// framework's own tooling, and runs tests/consumers/check-page.mjs on each build in one headless
// Chromium. Prints each build's time and the gzipped size of each bundle. `--keep` keeps the
// temporary project; a failure keeps it too. `--only=vue,svelte` runs some.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';
import { checkConsumer } from '../tests/consumers/check-page.mjs';
import { pack, PACKAGES } from '../tests/package/contents.mjs';
import { check, ROOT, run, step } from '../tests/package/lib.mjs';

const SOURCE = resolve(ROOT, 'tests/consumers');

/**
 * The consumers in the order they run: `typecheck` and `build` are commands run in the consumer's
 * folder (binaries from the temporary project's node_modules/.bin), `out` the folder served.
 */
export const CONSUMERS = [
  {
    name: 'react-wrapper',
    title: 'React 19 + market-ticker-react',
    typecheck: ['tsc', '-p', '.'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  {
    name: 'react',
    title: 'React 19, elements directly',
    typecheck: ['tsc', '-p', '.'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  { name: 'vue', title: 'Vue 3 + Vite', typecheck: ['vue-tsc', '-p', '.'], build: ['vite', 'build'], out: 'dist' },
  { name: 'preact', title: 'Preact + Vite', typecheck: ['tsc', '-p', '.'], build: ['vite', 'build'], out: 'dist' },
  {
    name: 'svelte',
    title: 'Svelte 5 + Vite',
    typecheck: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  // Angular 21: the newest major that runs on Node 20 (Angular 22 requires Node 22.22 or later).
  // `ng build` type-checks the app with strictTemplates; the type test must fail, once per binding.
  {
    name: 'angular',
    title: 'Angular 21 (CLI, standalone)',
    typecheck: ['ngc', '-p', 'tsconfig.json', '--noEmit'],
    failing: { command: ['ngc', '-p', 'tsconfig.type-test.json'], errors: 3 },
    build: ['ng', 'build'],
    out: 'dist/browser',
  },
];

const keep = process.argv.includes('--keep');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const chosen = CONSUMERS.filter((consumer) => !only || only.includes(consumer.name));
const started = performance.now();
const work = await mkdtemp(join(tmpdir(), 'market-ticker-consumers-'));
const project = join(work, 'project');
const results = [];
let failed = false;

/** Gzipped bytes of every script a build emitted. */
async function bundleSize(dir) {
  let raw = 0;
  let gzip = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.m?js$/.test(entry.name)) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

try {
  console.log(`consumer checks in ${work}`);
  const tarballs = await step('npm pack of both packages', () =>
    Promise.all(Object.keys(PACKAGES).map(async (name) => (await pack(name, work)).tarball)),
  );

  await step('npm install --prefer-offline: the tarballs and every framework, into one project', async () => {
    await mkdir(project, { recursive: true });
    await cp(SOURCE, project, { recursive: true, filter: (path) => !/node_modules|[\\/]dist$/.test(path) });
    const manifest = JSON.parse(await readFile(join(SOURCE, 'package.json'), 'utf8'));
    await writeFile(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    // Cache first, registry allowed (see tests/package: `--offline` fails on an empty cache).
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], {
      cwd: project,
      timeout: 600_000,
    });
  });

  const bin = (name) => join(project, 'node_modules/.bin', name);
  for (const consumer of chosen) {
    const dir = join(project, consumer.name);
    const result = { ...consumer };
    results.push(result);
    try {
      await step(`${consumer.title}: type test (${consumer.typecheck.join(' ')})`, () =>
        run(bin(consumer.typecheck[0]), consumer.typecheck.slice(1), { cwd: dir, timeout: 300_000 }),
      );
      if (consumer.failing) {
        await step(
          `${consumer.title}: type test (${consumer.failing.command.join(' ')} fails on each wrong detail)`,
          async () => {
            const output = await run(bin(consumer.failing.command[0]), consumer.failing.command.slice(1), {
              cwd: dir,
              timeout: 300_000,
            }).then(
              () => '',
              (error) => error.message,
            );
            const errors = stripVTControlCharacters(output).match(/error TS\d+/g)?.length ?? 0;
            check(
              errors === consumer.failing.errors,
              `${consumer.title}: the type test gave ${errors} errors, expected ${consumer.failing.errors}:\n${output}`,
            );
          },
        );
      }
      await step(`${consumer.title}: build (${consumer.build.join(' ')})`, async () => {
        const begun = performance.now();
        await run(bin(consumer.build[0]), consumer.build.slice(1), {
          cwd: dir,
          timeout: 600_000,
          env: { NG_CLI_ANALYTICS: 'false' },
        });
        result.buildMs = performance.now() - begun;
        result.size = await bundleSize(join(dir, consumer.out));
      });
    } catch (error) {
      failed = true;
      result.error = error;
      console.error(`\n${error?.message ?? error}\n`);
    }
  }

  const browser = await launchBrowser('chromium');
  try {
    for (const result of results.filter((r) => !r.error)) {
      const server = await serveStatic(join(project, result.name, result.out));
      try {
        const summary = await step(
          `${result.title}: in Chromium, figures, binding in place, click, feed-status, locale, bad input, unmount`,
          () => checkConsumer(browser, `${server.url}/index.html`, result.name),
        );
        console.log(`      ${summary}`);
      } catch (error) {
        failed = true;
        result.error = error;
        console.error(`\n${error?.message ?? error}\n`);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log('\n  consumer                          build     bundle (gzip)');
  for (const r of results) {
    const status = r.error ? 'FAIL' : 'ok  ';
    console.log(
      `  ${status} ${r.title.padEnd(30)} ${r.buildMs ? seconds(r.buildMs).padStart(6) : '     -'}   ${r.size ? `${kB(r.size.gzip).padStart(8)} (${kB(r.size.raw)} raw)` : '-'}`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`\n${error?.message ?? error}`);
} finally {
  if (keep || failed) console.log(`\nkept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

console.log(`\nconsumer checks ${failed ? 'FAILED' : 'passed'} in ${seconds(performance.now() - started)}`);
process.exit(failed ? 1 : 0);
