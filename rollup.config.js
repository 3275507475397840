// Builds packages/market-ticker: ES modules with declarations for bundlers (Lit external, so an
// app keeps one copy), and one minified file with Lit inside for a page with no build step.
// Run from packages/market-ticker (npm run build there, or `npm run build` at the root).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import msgCalls from './scripts/rollup-msg-calls.mjs';

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

// Hashed names change with every build: start dist/cdn empty, or old chunks pile up beside new ones.
rmSync(resolve(pkg, 'dist/cdn'), { recursive: true, force: true });

// The modules the CDN loader imports per tag; the loader's file list is keyed the same way.
const ELEMENT_MODULES = {
  'quote-cell': src('quote-cell/quote-cell.ts'),
  'market-ticker': src('market-ticker/market-ticker.ts'),
  'market-status': src('market-status/market-status.ts'),
  'article-card': src('article-card/article-card.ts'),
};
const LOCALE_MODULE = /[\\/]locale-data[\\/]([\w-]+)\.ts$/;
const CALENDAR_MODULE = /[\\/]calendars[\\/]([\w-]+)\.ts$/;
// Which calendar file each MIC follows, read from the table in holidays-core.ts (`XHKG: ['xhkg', …]`).
const CALENDAR_OF = Object.fromEntries(
  [...readFileSync(src('holidays-core.ts'), 'utf8').matchAll(/^\s+(X[A-Z]{3}): \['([\w-]+)'/gm)].map(
    ([, mic, file]) => [mic, file],
  ),
);
if (!CALENDAR_OF.XHKG) throw new Error('rollup.config.js: no MIC table found in src/holidays-core.ts');

/**
 * For each tag, each locale (`locale:<code>`) and each market's holidays (`calendar:<MIC>`), the
 * chunk files that importing it needs: its own
 * chunk and every chunk that one imports statically, for the loader to preload in one go.
 */
function filesByKey(chunks) {
  const holding = (id) => Object.values(chunks).find((chunk) => chunk.type === 'chunk' && chunk.moduleIds.includes(id));
  const closure = (chunk, into = []) => {
    if (into.includes(chunk.fileName)) return into;
    into.push(chunk.fileName);
    for (const name of chunk.imports) if (chunks[name]) closure(chunks[name], into);
    return into;
  };
  const files = {};
  for (const [tag, id] of Object.entries(ELEMENT_MODULES)) if (holding(id)) files[tag] = closure(holding(id));
  for (const chunk of Object.values(chunks)) {
    const locale = chunk.facadeModuleId && LOCALE_MODULE.exec(chunk.facadeModuleId);
    if (locale && chunk.isDynamicEntry) files[`locale:${locale[1]}`] = closure(chunk);
    // A calendar's chunk has no facade module (rollup: null), so it is found by the module it holds.
    const calendar = chunk.isDynamicEntry && chunk.moduleIds.map((id) => CALENDAR_MODULE.exec(id)).find(Boolean);
    if (!calendar) continue;
    for (const [mic, file] of Object.entries(CALENDAR_OF))
      if (file === calendar[1]) files[`calendar:${mic}`] = closure(chunk);
  }
  return files;
}

/**
 * Writes the file lists into the loader (hash placeholders, which rollup then replaces with the
 * final names) and into `manifest.json` beside it, for a server that sends `Link: rel=modulepreload`
 * headers. Fails the build if a chunk imports the unhashed loader: such a chunk could not be
 * cached forever.
 */
function loaderFiles() {
  return {
    name: 'market-ticker-loader-files',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.name !== 'loader') return null;
      if (!code.includes('__MARKET_TICKER_FILES__')) this.error('the loader has no __MARKET_TICKER_FILES__ to fill in');
      // Not the calendars: their 19 hashed names would cost every page about 350 B gzip, for a
      // 574 B chunk that the banner asks for one round trip later.
      const files = Object.fromEntries(
        Object.entries(filesByKey(chunks)).filter(([key]) => !key.startsWith('calendar:')),
      );
      return { code: code.replaceAll('__MARKET_TICKER_FILES__', JSON.stringify(files)), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.name !== 'loader' && chunk.imports.includes('loader.js')) {
          this.error(`${chunk.fileName} imports the loader`);
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(filesByKey(bundle), null, 2)}\n`,
      });
    },
  };
}
/** The sources' `@lit/localize` imports, from src/lit-localize.ts: without that package's own runtime. */
const slimLocalize = {
  name: 'slim-localize',
  resolveId(source, importer) {
    const slim = src('lit-localize.ts');
    return source === '@lit/localize' && importer?.startsWith(resolve(pkg, 'src')) && importer !== slim ? slim : null;
  },
};

const external = (id, importer) =>
  (!slimLocalize.resolveId(id, importer) &&
    /^(lit|lit-html|lit-element|tslib|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/.test(id)) ||
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|tslib|@lit|@lit-labs)[\\/]/.test(id);

/**
 * What every build does to the sources first: resolve, compile, then drop the translators' notes
 * (the runtime reads only a message's id).
 */
const compiled = (outDir, options) => [
  slimLocalize,
  nodeResolve(),
  typescript({ tsconfig, outDir, ...options }),
  msgCalls(),
];

/**
 * Templates and styles lose their indentation and comments, in every build: an app's bundler
 * minifies the code of the npm modules but leaves what is inside a template literal as written.
 * Lit's own code is untouched. heading.ts builds its tag name from an expression, which the
 * minifier cannot parse.
 */
const minifiedTemplates = () =>
  minifyHTML({ include: [resolve(pkg, 'src/**')], exclude: [resolve(pkg, 'src/article-card/heading.ts')] });

export default [
  {
    input: entries,
    external,
    // @lit/localize's modules that src/lit-localize.ts re-exports do nothing at import: a module that
    // uses one of them imports only that one.
    treeshake: { moduleSideEffects: (id, isExternal) => !isExternal || !id.startsWith('@lit/localize/') },
    plugins: [...compiled(resolve(pkg, 'dist'), { declaration: true, sourceMap: true }), minifiedTemplates()],
    output: {
      dir: resolve(pkg, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: resolve(pkg, 'src'),
      sourcemap: true,
    },
  },
  {
    input: src('bundle.ts'),
    plugins: [
      ...compiled(resolve(pkg, 'dist'), { declaration: false, sourceMap: false }),
      minifiedTemplates(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    // One file: what other builds load on demand (locale messages) is inlined.
    output: { file: resolve(pkg, 'dist/market-ticker.bundle.js'), format: 'es', inlineDynamicImports: true },
  },
  {
    // dist/cdn: the loader (unhashed: the URL a page writes) and its chunks (content-hashed, so a
    // CDN can cache them forever). Lit is inside, shared by the elements' chunks.
    input: { loader: src('loader.ts') },
    plugins: [
      ...compiled(resolve(pkg, 'dist/cdn'), { declaration: false, sourceMap: false }),
      minifiedTemplates(),
      loaderFiles(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: resolve(pkg, 'dist/cdn'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
    },
  },
];
