// The static Storybook that the visual test renders. `npm test` builds it just before (in
// test:stories), so it is reused; run on its own, the test rebuilds it only when it is missing or
// older than what it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = ['stories', '.storybook', 'packages/market-ticker/src', 'tests/fixtures'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // lit-localize rewrites generated/ on every build: its time says nothing about the sources.
      if (entry.name !== 'node_modules' && entry.name !== 'generated') newest = Math.max(newest, newestMtime(path));
    } else {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** Why the build in `buildDir` cannot be reused, or undefined when it can. */
export function staleReason(root, buildDir) {
  const index = join(buildDir, 'index.json');
  if (!existsSync(index)) return 'there is no build';
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.map((dir) => resolve(root, dir))
    .filter(existsSync)
    .find((dir) => newestMtime(dir) > built);
  return changed ? `${changed.slice(root.length + 1)}/ changed since the last build` : undefined;
}

/** Builds storybook-static when it is missing or stale; exits on a failed build. */
export function ensureBuild(root, buildDir) {
  const reason = staleReason(root, buildDir);
  if (!reason) return false;
  console.log(`visual: building Storybook (${reason})`);
  const result = spawnSync('npm', ['run', 'build:storybook'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('visual: npm run build:storybook failed');
    process.exit(1);
  }
  return true;
}
