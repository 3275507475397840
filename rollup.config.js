// Builds packages/market-ticker: ES modules with declarations for bundlers (Lit external, so an
// app keeps one copy), and one minified file with Lit inside for a page with no build step.
// Run from packages/market-ticker (npm run build there, or `npm run build` at the root).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = resolve(import.meta.dirname, 'packages/market-ticker');
const src = (file) => resolve(pkg, 'src', file);

// Every public entry point; modules not written yet are skipped so the build always runs.
const entries = [
  'index.ts',
  'quote-cell/quote-cell.ts',
  'market-ticker/market-ticker.ts',
  'market-status/market-status.ts',
  'article-card/article-card.ts',
  'format.ts',
  'instruments.ts',
  'localization.ts',
  'sessions.ts',
  'holidays.ts',
  'feeds.ts',
  'adapters.ts',
  'simulated-feed.ts',
]
  .map(src)
  .filter((file) => existsSync(file));

const tsconfig = resolve(pkg, 'tsconfig.build.json');
const external = (id) =>
  /^(lit|lit-html|lit-element|tslib|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/.test(id) ||
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|tslib|@lit|@lit-labs)[\\/]/.test(id);

export default [
  {
    input: entries,
    external,
    plugins: [
      nodeResolve(),
      typescript({ tsconfig, outDir: resolve(pkg, 'dist'), declaration: true, sourceMap: true }),
    ],
    output: {
      dir: resolve(pkg, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: resolve(pkg, 'src'),
      sourcemap: true,
    },
  },
  {
    input: src('index.ts'),
    plugins: [
      nodeResolve(),
      typescript({ tsconfig, outDir: resolve(pkg, 'dist'), declaration: false, sourceMap: false }),
      // Templates and styles lose their indentation and comments; Lit's own code is untouched.
      // heading.ts builds its tag name from an expression, which the minifier cannot parse.
      minifyHTML({ include: [resolve(pkg, 'src/**')], exclude: [resolve(pkg, 'src/article-card/heading.ts')] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    output: { file: resolve(pkg, 'dist/market-ticker.bundle.js'), format: 'es' },
  },
];
