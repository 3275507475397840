// The installed package as a bundler sees it: every entry point resolves through `exports` with
// the browser conditions, and importing one element or one DOM-free module does not drag in the rest.
import { build } from 'esbuild';
import { ENTRY_POINTS, specifier } from './entry-points.mjs';
import { check } from './lib.mjs';

/** Bundles `source` as if it were a file in `cwd`; returns the paths of the modules it keeps. */
async function bundle(cwd, source) {
  const result = await build({
    stdin: { contents: source, resolveDir: cwd, loader: 'js' },
    absWorkingDir: cwd,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    loader: { '.json': 'json' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The output's inputs are what survived tree-shaking; metafile.inputs is everything parsed.
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
}

const has = (inputs, pattern) => inputs.some((path) => pattern.test(path));

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
