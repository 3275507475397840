// The pages that are built at bench time: the React app, and ours from another entry point.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './options.mjs';

const BUILD = join(ROOT, 'bench/.build');

export const IMPLS = [
  { id: 'ours', label: 'market-ticker', page: '/bench/pages/ours.html' },
  { id: 'react', label: 'React 19 + react-fast-marquee', page: '/bench/pages/react.html' },
  { id: 'vanilla', label: 'vanilla DOM', page: '/bench/pages/vanilla.html' },
];

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
