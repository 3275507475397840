// The pages that are built at bench time: the React app, and ours from another entry point.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './options.mjs';

const BUILD = join(ROOT, 'bench/.build');

/**
 * The pages measured; `column` heads their column in the tables, and the figures of the others are
 * divided by those of the `peer` pages. An impl with `scenarios` is measured in those scenarios only
 * (its column shows only where it has figures); the others are in every scenario. The loader page
 * differs from ours only in how the library arrives, so only the first-load scenarios tell them
 * apart: mounting, updating or scrolling the strip runs the same code.
 */
export const IMPLS = [
  { id: 'ours', label: 'market-ticker', column: 'market-ticker', page: '/bench/pages/ours.html' },
  {
    id: 'loader',
    label: 'market-ticker via dist/cdn/loader.js',
    column: 'via loader',
    page: '/bench/pages/ours-loader.html',
    scenarios: ['bytes', 'navigation'],
  },
  {
    id: 'react',
    label: 'React 19 + react-fast-marquee',
    column: 'React + marquee',
    page: '/bench/pages/react.html',
    peer: true,
  },
  { id: 'vanilla', label: 'vanilla DOM', column: 'vanilla', page: '/bench/pages/vanilla.html', peer: true },
];

/** The impls measured in `scenario`. */
export const implsFor = (scenario) => IMPLS.filter((impl) => !impl.scenarios || impl.scenarios.includes(scenario));

export async function buildReactPage() {
  await mkdir(BUILD, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/pages/react-app.jsx')],
    outfile: join(BUILD, 'react-app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

/**
 * A page like ours.html in `bench/.build/<name>/` that loads the library bundled by esbuild from
 * `entry` (TypeScript sources too); `profile` keeps it unminified, with readable names.
 */
export async function bundleOursPage(entry, name, { profile = false } = {}) {
  const dir = join(BUILD, name);
  const url = `/bench/.build/${name}`;
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile: join(dir, profile ? 'ours.bundle.js' : 'market-ticker.bundle.js'),
    bundle: true,
    minify: !profile,
    keepNames: profile,
    format: 'esm',
    target: 'es2022',
    // Sources in TypeScript need the project's decorator settings.
    tsconfig: join(ROOT, 'packages/market-ticker/tsconfig.build.json'),
    logLevel: 'error',
  });
  const script = (await readFile(join(ROOT, 'bench/pages/ours.js'), 'utf8')).replace(
    '/packages/market-ticker/dist/market-ticker.bundle.js',
    `${url}/${profile ? 'ours.bundle.js' : 'market-ticker.bundle.js'}`,
  );
  await writeFile(join(dir, 'ours.js'), script);
  const html = (await readFile(join(ROOT, 'bench/pages/ours.html'), 'utf8')).replace(
    '/bench/pages/ours.js',
    `${url}/ours.js`,
  );
  await writeFile(join(dir, 'ours.html'), html);
  return `${url}/ours.html`;
}

/** Measures another build of the library in place of the single-file bundle (see --ours-entry). */
export async function buildOursFromEntry(entry, impl) {
  impl.page = await bundleOursPage(entry, 'ours-entry');
  impl.label = `market-ticker built from ${entry}`;
}
