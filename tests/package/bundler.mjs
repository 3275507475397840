// The installed package as a bundler sees it: every entry point resolves through `exports` with
// the browser conditions, and importing one element or one DOM-free module does not drag in the rest.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { ENTRY_POINTS, specifier } from './entry-points.mjs';
import { check } from './lib.mjs';

/**
 * Bundles `source` as if it were a file in `cwd`; returns the paths of the modules it keeps. With
 * code splitting, as a site's bundler does, what the entry only imports dynamically (loaded on
 * first use) is a chunk of its own and not counted.
 */
async function bundle(cwd, source) {
  const result = await build({
    stdin: { contents: source, resolveDir: cwd, loader: 'js', sourcefile: 'entry.js' },
    absWorkingDir: cwd,
    bundle: true,
    splitting: true,
    outdir: 'out',
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    loader: { '.json': 'json' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The outputs' inputs are what survived tree-shaking; metafile.inputs is everything parsed. The
  // entry and the chunks it imports statically are what the page loads at once.
  const { outputs } = result.metafile;
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement' && outputs[path]) visit(path);
  };
  // The entry's own output (named by `sourcefile`): the chunks it imports on demand have entry
  // points of their own.
  visit(Object.keys(outputs).find((name) => outputs[name].entryPoint === 'entry.js'));
  return [...loaded].flatMap((name) =>
    Object.entries(outputs[name].inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([path]) => path.replace(/^.*node_modules\//, '')),
  );
}

const has = (inputs, pattern) => inputs.some((path) => pattern.test(path));

/**
 * `market-ticker/instruments.js` adds every locale's names to the catalogue it re-exports when it
 * is imported. Rollup (and so Vite) skips the body of a module that `sideEffects` does not list
 * and takes its re-exports straight from their source, so the names would silently stay English.
 */
async function checkInstrumentNames(cwd) {
  const input = join(cwd, 'instrument-names.js');
  await writeFile(
    input,
    `import { instrumentName } from 'market-ticker/instruments.js'; console.log(instrumentName('^HSI', 'zh-Hant-HK'));`,
  );
  const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => chunk.code ?? '').join('\n');
  for (const [locale, name] of [
    ['zh-Hant-HK', '上證綜指'],
    ['zh-Hans-CN', '上证指数'],
  ]) {
    check(code.includes(name), `rollup: market-ticker/instruments.js lost its ${locale} names (sideEffects)`);
  }
}

export async function checkBundling(cwd) {
  for (const entry of ENTRY_POINTS) {
    const id = specifier(entry.path);
    const source = entry.file
      ? `import data from '${id}'; console.log(data);`
      : `import * as m from '${id}'; console.log(m);`;
    const inputs = await bundle(cwd, source);
    check(has(inputs, /^market-ticker\//), `esbuild: ${id} did not resolve into the installed package`);
    if (entry.browserOnly) {
      check(
        inputs.length <= 2,
        `esbuild: ${id} is meant to be self-contained but imports ${inputs.slice(1).join(', ')}`,
      );
    }
  }
  // Granularity: what a site pays for the part it uses.
  const format = await bundle(
    cwd,
    `import { formatPrice } from 'market-ticker/format.js'; console.log(formatPrice(1));`,
  );
  check(!has(format, /^lit/), `esbuild: market-ticker/format.js pulls in Lit: ${format.join(', ')}`);
  await checkInstrumentNames(cwd);
  const cell = await bundle(cwd, `import 'market-ticker/quote-cell.js';`);
  const extra = cell.filter((path) =>
    /market-ticker\/dist\/(market-status|market-ticker\/|sessions|holidays|feeds|simulated-feed)/.test(path),
  );
  check(extra.length === 0, `esbuild: market-ticker/quote-cell.js pulls in ${extra.join(', ')}`);
  const reactCell = await bundle(cwd, `import { QuoteCell } from 'market-ticker-react'; console.log(QuoteCell);`);
  const reactExtra = reactCell.filter((path) => /market-ticker\/dist\/(market-status|market-ticker\/)/.test(path));
  check(reactExtra.length === 0, `esbuild: { QuoteCell } from market-ticker-react pulls in ${reactExtra.join(', ')}`);
  return { formatModules: format.length, quoteCellModules: cell.length };
}
