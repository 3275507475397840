// The npm packages as sites consume them (npm run test:package). Packs market-ticker and
// market-ticker-react, checks what the tarballs hold and what package.json promises, installs them
// into a fresh project from the local npm cache, then: imports every entry point in Node, bundles
// them with esbuild, type-checks a consumer's TypeScript and TSX, and in headless Chromium checks a
// bundled page, the single-file bundle alone (also under a strict CSP), a React app, and
// server-rendered pages that hydrate in place. `--keep` keeps the temporary project; a failure
// keeps it too.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ENGINE_NAMES, chosenEngines, launchBrowser } from './browsers.mjs';
import { seedQuotes } from './lib/seed.mjs';
import { checkBundling } from '../tests/package/bundler.mjs';
import {
  checkClockHydration,
  checkConsumerPage,
  checkHydration,
  checkLocalizedHydration,
  checkReactApp,
  checkStandaloneBundle,
} from '../tests/package/browser.mjs';
import {
  checkFiles,
  checkLibraryManifest,
  checkManifest,
  pack,
  PACKAGES,
  publishDryRun,
} from '../tests/package/contents.mjs';
import { missingFromEditorData } from './editor-data.mjs';
import { BIN, check, ROOT, run, step, warnings } from '../tests/package/lib.mjs';

const keep = process.argv.includes('--keep');
const HERE = resolve(ROOT, 'tests/package');
const FIXTURES = resolve(HERE, 'fixtures');
const started = performance.now();
const work = await mkdtemp(join(tmpdir(), 'market-ticker-package-'));
const consumer = join(work, 'consumer');
const standalone = join(work, 'standalone');
let failed = false;

/** The versions this repository installed: the tarballs are in the npm cache that `npm ci` filled. */
const installed = async (name) =>
  JSON.parse(await readFile(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

try {
  console.log(`package checks in ${work}`);

  const packed = {};
  for (const name of Object.keys(PACKAGES)) {
    packed[name] = await step(
      `${name}: npm pack holds what a consumer needs, and package.json's maps resolve`,
      async () => {
        const result = await pack(name, work);
        checkFiles(name, result.files);
        const manifest = checkManifest(name, result.files);
        if (name === 'market-ticker') checkLibraryManifest(manifest, result.files);
        return result;
      },
    );
  }
  await step('npm publish --dry-run (both packages)', () => Promise.all(Object.keys(PACKAGES).map(publishDryRun)));

  await step('npm install --prefer-offline of both tarballs into a fresh project', async () => {
    await mkdir(consumer, { recursive: true });
    await writeFile(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    const peers = ['react', 'react-dom', '@types/react', '@types/react-dom', '@lit-labs/ssr', '@lit-labs/ssr-client'];
    const specs = await Promise.all(peers.map(async (name) => `${name}@${await installed(name)}`));
    // Cache first, registry allowed: `npm ci` caches the tarballs but not the registry metadata
    // that resolving `name@version` reads, so `--offline` fails on a machine with an empty cache.
    const args = [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      ...Object.values(packed).map((p) => p.tarball),
      ...specs,
    ];
    await run('npm', args, { cwd: consumer });
    const lib = JSON.parse(await readFile(join(consumer, 'node_modules/market-ticker/package.json'), 'utf8'));
    check(
      lib.version === JSON.parse(await readFile(join(PACKAGES['market-ticker'].dir, 'package.json'), 'utf8')).version,
      'installed market-ticker is not the packed one',
    );
    for (const file of ['entry-points.mjs', 'node-entry-points.mjs', 'consumer-types.mts', 'consumer-react.tsx'])
      await cp(join(HERE, file), join(consumer, file));
    for (const file of [
      'consumer-page.js',
      'consumer-page.html',
      'react-app.jsx',
      'react-app.html',
      'react-server.mjs',
      'ssr-render.mjs',
      'ssr-client.js',
      'layout-shift.js',
    ]) {
      await cp(join(FIXTURES, file), join(consumer, file));
    }
    await writeFile(join(consumer, 'quotes.json'), JSON.stringify(seedQuotes(ROOT)));
  });

  await step(
    'editor data in the tarball: every attribute and value of every element, for VS Code and JetBrains',
    async () => {
      const installedFile = async (file) =>
        JSON.parse(await readFile(join(consumer, 'node_modules/market-ticker', file), 'utf8'));
      const problems = missingFromEditorData(
        await installedFile('vscode.html-custom-data.json'),
        await installedFile('web-types.json'),
      );
      check(problems.length === 0, problems.join('\n'));
    },
  );

  await step('Node: every entry point imports through exports, DOM-free modules work, elements register', async () => {
    const output = await run('node', ['node-entry-points.mjs'], { cwd: consumer });
    console.log(output.trimEnd().replace(/^/gm, '      '));
  });

  await step('Node: the React components render with react-dom/server', () =>
    run('node', ['react-server.mjs'], { cwd: consumer }),
  );

  await step(
    'esbuild: every entry point resolves; one element or one module pulls in only what it needs (rollup: instruments.js keeps its names)',
    () => checkBundling(consumer),
  );

  await step(
    "tsc --noEmit: a consumer's TS and TSX against the packed declarations (bundler and nodenext)",
    async () => {
      const base = {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        jsx: 'react-jsx',
        noEmit: true,
        skipLibCheck: false,
        types: [],
      };
      // The bundler run also checks every declaration file the consumer reaches (ours, Lit's,
      // React's); the nodenext run only proves that Node's resolution finds the same types.
      const variants = {
        bundler: { module: 'ESNext', moduleResolution: 'bundler' },
        nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true },
      };
      await Promise.all(
        Object.entries(variants).map(async ([name, options]) => {
          const file = join(consumer, `tsconfig.${name}.json`);
          await writeFile(
            file,
            JSON.stringify(
              { compilerOptions: { ...base, ...options }, files: ['consumer-types.mts', 'consumer-react.tsx'] },
              null,
              2,
            ),
          );
          await run(BIN('tsc'), ['-p', file], { cwd: consumer });
        }),
      );
    },
  );

  await step('build the pages: esbuild bundles, server rendering with @lit-labs/ssr, the bare bundle', async () => {
    const common = {
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      absWorkingDir: consumer,
      logLevel: 'silent',
      loader: { '.json': 'json' },
    };
    await Promise.all([
      build({
        ...common,
        entryPoints: { 'consumer-page.bundle': join(consumer, 'consumer-page.js') },
        outdir: consumer,
      }),
      build({
        ...common,
        entryPoints: { 'react-app.bundle': join(consumer, 'react-app.jsx') },
        outdir: consumer,
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
      }),
      build({ ...common, entryPoints: { 'ssr-client.bundle': join(consumer, 'ssr-client.js') }, outdir: consumer }),
      run('node', ['ssr-render.mjs'], { cwd: consumer }),
    ]);
    await mkdir(standalone, { recursive: true });
    await cp(
      join(consumer, 'node_modules/market-ticker/dist/market-ticker.bundle.js'),
      join(standalone, 'market-ticker.bundle.js'),
    );
    await cp(join(FIXTURES, 'standalone.html'), join(standalone, 'index.html'));
    const html = await readFile(join(consumer, 'ssr.html'), 'utf8');
    check(html.includes('shadowrootmode="open"'), 'ssr: no declarative shadow DOM in the rendered HTML');
    const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '');
    check(
      text.includes('17,284.54') && text.includes('Hong Kong market opens in 9 hours'),
      'ssr: the figures are not in the rendered HTML',
    );
  });

  const strictCsp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
  // Every page in every engine. Playwright's fake clock is Chromium's alone: the check of a page
  // hydrated after the market opened runs there.
  const pageChecks = (browser) => [
    ['bundled consumer page in zh-HK renders 恒指 17,284.54', () => checkConsumerPage(browser, consumer)],
    ['the bundle alone next to index.html, no node_modules', () => checkStandaloneBundle(browser, standalone)],
    [
      'the same under a strict Content Security Policy',
      () => checkStandaloneBundle(browser, standalone, { csp: strictCsp }),
    ],
    ['React app, quotes as a property, onQuoteSelect on click, onFeedStatus', () => checkReactApp(browser, consumer)],
    ['server-rendered page hydrates in place, no layout shift', () => checkHydration(browser, consumer)],
    [
      'the same for a reader who prefers reduced motion',
      () => checkHydration(browser, consumer, { reducedMotion: 'reduce' }),
    ],
    [
      'a zh-HK page rendered in Chinese on the server (setLocale) hydrates in Chinese',
      () => checkLocalizedHydration(browser, consumer),
    ],
    ...(browser.engine === 'chromium'
      ? [['a page rendered before the open hydrates after it', () => checkClockHydration(browser, consumer)]]
      : []),
  ];
  for (const engine of chosenEngines()) {
    const browser = await launchBrowser(engine);
    try {
      const checks = pageChecks(browser).map(([name, body]) => [`${ENGINE_NAMES[engine]}: ${name}`, body]);
      // Chromium two pages at a time (all eight at once on a 2-core machine made a timing check
      // fail once); the WebDriver engines one at a time.
      const results = await inTurns(
        checks.map(
          ([name, body]) =>
            () =>
              step(name, body),
        ),
        engine === 'chromium' ? 2 : 1,
      );
      for (const [index, result] of results.entries()) {
        if (result.status === 'rejected') {
          failed = true;
          console.error(`\n${checks[index][0]}:\n${result.reason?.message ?? result.reason}`);
        } else if (result.value) {
          console.log(`      ${checks[index][0].split(':')[0]}: ${result.value}`);
        }
      }
    } finally {
      await browser.close();
    }
  }
} catch (error) {
  failed = true;
  console.error(`\n${error?.message ?? error}`);
} finally {
  if (keep || failed) console.log(`\nkept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

const notes = warnings();
console.log(
  `\npackage checks ${failed ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s${notes.length ? ` (${notes.length} note${notes.length > 1 ? 's' : ''})` : ''}`,
);
process.exit(failed ? 1 : 0);

/** Runs the tasks `width` at a time; results in the tasks' order, as Promise.allSettled gives them. */
async function inTurns(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]().then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
