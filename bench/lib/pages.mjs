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

/** A page like ours.html that loads another build of the library (see --ours-entry). */
export async function buildOursFromEntry(entry, impl) {
  const dir = join(BUILD, 'ours-entry');
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile: join(dir, 'market-ticker.bundle.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'packages/market-ticker/tsconfig.build.json'),
    logLevel: 'error',
  });
  const script = (await readFile(join(ROOT, 'bench/pages/ours.js'), 'utf8')).replace(
    '/packages/market-ticker/dist/market-ticker.bundle.js',
    '/bench/.build/ours-entry/market-ticker.bundle.js',
  );
  await writeFile(join(dir, 'ours.js'), script);
  const html = (await readFile(join(ROOT, 'bench/pages/ours.html'), 'utf8')).replace(
    '/bench/pages/ours.js',
    '/bench/.build/ours-entry/ours.js',
  );
  await writeFile(join(dir, 'ours.html'), html);
  impl.page = '/bench/.build/ours-entry/ours.html';
  impl.label = `market-ticker built from ${entry}`;
}
