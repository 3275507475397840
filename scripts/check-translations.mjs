// Fails when a message in the sources is missing from either Chinese XLIFF file, or has no
// translation there. Extracts afresh into a temporary folder, so a msg() added without running
// `npm run localize` is caught too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const pkg = resolve(import.meta.dirname, '../packages/market-ticker');
const config = JSON.parse(readFileSync(join(pkg, 'lit-localize.json'), 'utf8'));
const scratch = mkdtempSync(join(pkg, '.translations-check-'));
const scratchConfig = join(scratch, 'lit-localize.json');
const relative = (path) => `../${path.replace(/^\.\//, '')}`;
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    tsConfig: relative(config.tsConfig),
    output: { ...config.output, outputDir: './out', localeCodesModule: './out/locale-codes.ts' },
    interchange: { ...config.interchange, xliffDir: './xliff/' },
  }),
);

const units = (xml) =>
  new Map(
    [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => [
      id,
      /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body),
    ]),
  );

const problems = [];
let count = 0;
try {
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { cwd: pkg, stdio: 'pipe' });
  for (const locale of config.targetLocales) {
    const fresh = units(readFileSync(join(scratch, 'xliff', `${locale}.xlf`), 'utf8'));
    const committed = units(readFileSync(join(pkg, 'xliff', `${locale}.xlf`), 'utf8'));
    count = fresh.size;
    for (const id of fresh.keys()) {
      if (!committed.has(id)) problems.push(`${locale}: "${id}" is not in xliff/${locale}.xlf (run npm run localize)`);
      else if (!committed.get(id)) problems.push(`${locale}: "${id}" has no translation`);
    }
    for (const id of committed.keys()) {
      if (!fresh.has(id)) problems.push(`${locale}: "${id}" is no longer in the sources (run npm run localize)`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Translations incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`translations: ${count} messages, all translated in ${config.targetLocales.join(' and ')}`);
