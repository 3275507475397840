// JavaScript shipped: every script a page loads to show the 16-quote strip except the shared data
// and harness, minified the same way and gzipped. The strip is rendered first, because the loader
// page fetches its element's chunks only once a <market-ticker> is in the document; each script is
// counted once, whether the browser fetched it as a modulepreload or as an import.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { renderedAt } from '../lib/measure.mjs';
import { ROOT } from '../lib/options.mjs';

// Loaded by every page alike (data and driver glue): not part of what a strip ships.
// The benchmark's own data and its PRNG (the library's seededRandom, from dist/ with what it imports).
const NOT_SHIPPED = [
  '/bench/pages/data.js',
  '/bench/pages/harness.js',
  '/tests/fixtures/seed-strip.json',
  ...['simulated-feed.js', 'quote.js', 'url.js', 'feeds/timers.js', 'values.js'].map(
    (file) => `/packages/market-ticker/dist/${file}`,
  ),
];
/** What a page may ship from the library: the single file, or the loader and its chunks. */
const LIBRARY = /^\/packages\/market-ticker\/dist\/(market-ticker\.bundle\.js$|cdn\/)/;

const one = (value) => ({ median: value, min: value, max: value, samples: [value] });

export async function run(bench) {
  const min = {};
  const gzip = {};
  for (const impl of bench.impls) {
    const session = await bench.open(impl, '?render=16');
    await renderedAt(session.page, impl.id);
    await session.page.waitForLoadState('networkidle');
    const shipped = [...new Set(session.scripts)].filter((p) => !NOT_SHIPPED.includes(p));
    const other = shipped.find((p) => !/\.m?js$/.test(p));
    if (other) throw new Error(`${impl.id} loads an unexpected script: ${other}`);
    // Another module of dist/ is one the data or harness came to import: add it to NOT_SHIPPED.
    const stray = shipped.find((p) => p.startsWith('/packages/market-ticker/dist/') && !LIBRARY.test(p));
    if (stray) throw new Error(`${impl.id} loads ${stray}, neither the library's entry nor in NOT_SHIPPED`);
    await session.close();
    let minBytes = 0;
    let gzipBytes = 0;
    for (const path of shipped) {
      const source = await readFile(join(ROOT, path), 'utf8');
      // Every file minified the same way (the bundle and the React build already are).
      const minified = (await transform(source, { minify: true, loader: 'js', format: 'esm', target: 'es2022' })).code;
      const smaller = minified.length < source.length ? minified : source;
      minBytes += Buffer.byteLength(smaller);
      gzipBytes += gzipSync(smaller, { level: 9 }).length;
    }
    bench.results.files[impl.id] = shipped;
    min[impl.id] = one(minBytes);
    gzip[impl.id] = one(gzipBytes);
  }
  bench.results.record('JavaScript shipped', 'JS minified', 'B', min);
  bench.results.record('JavaScript shipped', 'JS minified + gzipped', 'B', gzip, {
    text: '≤ 0.25× React',
    // The library reaches a page either way: both are judged.
    pages: ['ours', 'loader'],
    check: (m, _, id) => m[id] <= 0.25 * m.react,
  });
}
