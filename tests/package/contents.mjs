// What `npm pack` puts in each tarball, and whether package.json's maps point at real files.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTRY_POINTS } from './entry-points.mjs';
import { check, CheckError, ROOT, run, warn } from './lib.mjs';

export const PACKAGES = {
  'market-ticker': {
    dir: resolve(ROOT, 'packages/market-ticker'),
    required: [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'web-types.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/market-ticker.bundle.js',
      'dist/cdn/loader.js',
      'dist/cdn/manifest.json',
    ],
    // ES modules with their declarations, the manifest, and the three documents. Source maps stay
    // out: they would point at src/, which is not shipped, and the modules are readable as they are.
    // dist/cdn/manifest.json lists the loader's chunks, for a server that sends preload headers.
    allowed: [
      /^dist\/.+\.js$/,
      /^dist\/cdn\/manifest\.json$/,
      /^dist\/.+\.d\.ts$/,
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json)$/,
    ],
  },
  'market-ticker-react': {
    dir: resolve(ROOT, 'packages/market-ticker-react'),
    required: ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts'],
    allowed: [/^dist\/.+\.js$/, /^dist\/.+\.d\.ts$/, /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/],
  },
};

/** Packs `name` into `destination`; returns the tarball path and its file list. */
export async function pack(name, destination) {
  const { dir } = PACKAGES[name];
  const [report] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir }));
  return { tarball: join(destination, report.filename), files: report.files.map((f) => f.path), report };
}

/** Every file is one a consumer needs, and every file a consumer needs is there. */
export function checkFiles(name, files) {
  const { required, allowed } = PACKAGES[name];
  const set = new Set(files);
  const missing = required.filter((file) => !set.has(file));
  check(missing.length === 0, `${name}: the tarball lacks ${missing.join(', ')}`);
  const stray = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
  check(stray.length === 0, `${name}: the tarball holds files no consumer needs: ${stray.join(', ')}`);
  // The single file and dist/cdn are for script tags, not for imports that a type checker follows.
  const noTypes = files.filter(
    (file) =>
      file.endsWith('.js') &&
      !file.endsWith('.bundle.js') &&
      !file.startsWith('dist/cdn/') &&
      !set.has(file.replace(/\.js$/, '.d.ts')),
  );
  check(noTypes.length === 0, `${name}: modules without declarations: ${noTypes.join(', ')}`);
}

/** All the targets of an `exports` value, with the condition that leads to each. */
function targets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  return Object.entries(value).flatMap(([condition, inner]) => targets(inner, [...conditions, condition]));
}

/** package.json of the packed package: the maps name files that are in the tarball. */
export function checkManifest(name, files) {
  const { dir } = PACKAGES[name];
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const set = new Set(files);
  const has = (path) => set.has(path.replace(/^\.\//, ''));
  check(manifest.type === 'module', `${name}: "type" must be "module" (ESM only)`);
  check(manifest.exports?.['./package.json'], `${name}: exports lacks "./package.json"`);
  for (const field of ['main', 'types']) {
    check(!manifest[field] || has(manifest[field]), `${name}: "${field}" names ${manifest[field]}, not in the tarball`);
  }
  for (const [subpath, value] of Object.entries(manifest.exports)) {
    const list = targets(value);
    if (typeof value === 'object') {
      const keys = Object.keys(value);
      check(
        keys[0] === 'types',
        `${name}: exports["${subpath}"] must list "types" first (TypeScript reads conditions in order)`,
      );
      check(keys.at(-1) === 'default', `${name}: exports["${subpath}"] must end with "default"`);
    }
    for (const { target } of list) {
      if (has(target)) continue;
      // An element whose source is not written yet: the build skips it, so its export waits.
      const source = resolve(dir, target.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts'));
      if (target.startsWith('./dist/') && !existsSync(source)) {
        warn(`${name}: exports["${subpath}"] -> ${target} waits for ${source.slice(dir.length + 1)}`);
        continue;
      }
      throw new CheckError(`${name}: exports["${subpath}"] -> ${target} is not in the tarball`);
    }
  }
  return manifest;
}

/** The library's own rules: every documented entry point exported, element modules marked. */
export function checkLibraryManifest(manifest, files) {
  for (const entry of ENTRY_POINTS) {
    check(manifest.exports[entry.path], `market-ticker: the documented entry point "${entry.path}" is not in exports`);
  }
  check(
    manifest.customElements === 'custom-elements.json',
    'market-ticker: "customElements" must be "custom-elements.json"',
  );
  check(
    files.includes(manifest['web-types']?.replace(/^\.\//, '')),
    'market-ticker: "web-types" must name web-types.json in the tarball',
  );
  check(
    manifest.customData?.html?.every((path) => files.includes(path.replace(/^\.\//, ''))),
    'market-ticker: "customData.html" must name vscode.html-custom-data.json in the tarball',
  );
  check(
    Array.isArray(manifest.sideEffects),
    'market-ticker: "sideEffects" must list the modules that register elements',
  );
  const sideEffects = new Set(manifest.sideEffects.map((path) => path.replace(/^\.\//, '')));
  for (const entry of ENTRY_POINTS.filter((e) => e.registers)) {
    const target = targets(manifest.exports[entry.path]).find((t) => t.conditions.at(-1) === 'default')?.target;
    check(
      sideEffects.has(target.replace(/^\.\//, '')),
      `market-ticker: "sideEffects" must name ${target}, which registers elements`,
    );
  }
  const unshipped = [...sideEffects].filter(
    (path) => !path.startsWith('src/') && !files.includes(path) && !path.includes('*'),
  );
  for (const path of unshipped) {
    const source = resolve(PACKAGES['market-ticker'].dir, path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
    if (existsSync(source))
      throw new CheckError(`market-ticker: "sideEffects" names ${path}, which is not in the tarball`);
  }
  const manifestJson = JSON.parse(readFileSync(join(PACKAGES['market-ticker'].dir, 'custom-elements.json'), 'utf8'));
  const tags = manifestJson.modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name);
  for (const tag of ENTRY_POINTS.flatMap((e) => e.registers ?? [])) {
    check(tags.includes(tag), `market-ticker: custom-elements.json does not define <${tag}>`);
  }
  const sourcePaths = manifestJson.modules.filter((m) => m.path.startsWith('src/')).length;
  if (sourcePaths > 0) {
    warn(
      `market-ticker: custom-elements.json gives ${sourcePaths} module paths under src/, which is not shipped (tools that import by path want dist/*.js)`,
    );
  }
}

/** `npm publish --dry-run`: npm's own validation of the manifest and tarball; publishes nothing. */
export async function publishDryRun(name) {
  // --ignore-scripts: prepublishOnly rebuilds, and this check runs after the build already.
  const { stdout, stderr } = await run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: PACKAGES[name].dir,
    both: true,
  });
  const report = JSON.parse(stdout)[name] ?? JSON.parse(stdout);
  check(report.name === name, `${name}: npm publish --dry-run reported ${report.name}`);
  // Being logged out is expected here; anything else npm warns about (auto-corrected fields,
  // invalid bin or repository) is a manifest problem.
  const problems = stderr
    .split('\n')
    .filter((line) => /^npm (warn|error)/.test(line) && !/requires you to be logged in/.test(line));
  check(problems.length === 0, `${name}: npm publish --dry-run warned:\n${problems.join('\n')}`);
  return report;
}
