// JavaScript shipped: every script a page loads except the shared data and harness, minified
// the same way and gzipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { ROOT } from '../lib/options.mjs';

// Loaded by every page alike (data and driver glue): not part of what a strip ships.
// The benchmark's own data and its PRNG (the library's seededRandom, from dist/ with what it imports).
const NOT_SHIPPED = [
  '/bench/pages/data.js',
  '/bench/pages/harness.js',
  '/tests/fixtures/seed-strip.json',
  ...['simulated-feed.js', 'quote.js', 'feeds/timers.js', 'values.js'].map(
    (file) => `/packages/market-ticker/dist/${file}`,
  ),
];

const one = (value) => ({ median: value, min: value, max: value, samples: [value] });

export async function run(bench) {
  const min = {};
  const gzip = {};
  for (const impl of bench.impls) {
    const session = await bench.open(impl);
    await session.page.waitForLoadState('networkidle');
    const shipped = [...new Set(session.scripts)].filter((p) => !NOT_SHIPPED.includes(p));
    const other = shipped.find((p) => !/\.m?js$/.test(p));
    if (other) throw new Error(`${impl.id} loads an unexpected script: ${other}`);
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
    check: (m) => m.ours <= 0.25 * m.react,
  });
}
