// `npm run bench`: the same quote strip three ways (market-ticker, React 19 + react-fast-marquee,
// hand-written DOM), driven the same way in Debian's Chromium, measured through the DevTools
// protocol. Prints a table, writes bench/results/latest.json and latest.md, and (a full run)
// appends a line to history.jsonl and redraws history.svg. Targets are reported as met or not
// met; they never fail the run.
//
//   node bench/run.mjs [--quick] [--runs=7] [--cycles=1000] [--feed-changed=1000,100]
//                      [--only=bytes,navigation,mount,update,sparkline,scroll,drag,feed,memory]
//                      [--ours-entry=path/to/index.ts|.js] [--out=bench/results]
//
// --quick: 3 runs, the 16- and 500-quote rows only, into bench/.build/quick.
// --ours-entry measures another build of the library in place of dist/market-ticker.bundle.js
// (bundled here with esbuild, minified): a quick way to try a change before the real build.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { appendHistory, writeChart } from './lib/history.mjs';
import { Bench } from './lib/measure.mjs';
import { options, ROOT } from './lib/options.mjs';
import { buildOursFromEntry, buildReactPage, IMPLS, implsFor } from './lib/pages.mjs';
import { markdown, table } from './lib/report.mjs';
import { metText, Results } from './lib/results.mjs';
import * as bytes from './scenarios/bytes.mjs';
import * as drag from './scenarios/drag.mjs';
import * as feed from './scenarios/feed.mjs';
import * as memory from './scenarios/memory.mjs';
import * as mount from './scenarios/mount.mjs';
import * as navigation from './scenarios/navigation.mjs';
import * as scroll from './scenarios/scroll.mjs';
import * as sparkline from './scenarios/sparkline.mjs';
import * as update from './scenarios/update.mjs';

/** In the order of the tables. */
const SCENARIOS = { bytes, navigation, mount, update, sparkline, scroll, drag, feed, memory };

const started = Date.now();
const startLoad = loadavg().map((l) => Number(l.toFixed(2)));
const log = (message) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);

function commit() {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages/market-ticker/src', 'bench/pages'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${hash}+changes` : hash;
  } catch {
    return 'unknown';
  }
}

async function main() {
  log(`runs ${options.runs} (+1 warm-up), ${options.cycles} mount cycles${options.quick ? ', quick' : ''}`);
  await buildReactPage();
  if (options.oursEntry)
    await buildOursFromEntry(
      options.oursEntry,
      IMPLS.find((i) => i.id === 'ours'),
    );
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const results = new Results(
    log,
    IMPLS.map((i) => i.id),
  );
  const bench = new Bench({
    browser,
    origin: server.url,
    impls: IMPLS,
    runs: options.runs,
    cycles: options.cycles,
    results,
    log,
  });
  let browserVersion;
  try {
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      if (!options.wanted(name)) continue;
      log(`-- ${name}`);
      // Each scenario sees only the pages measured in it (see IMPLS).
      bench.impls = implsFor(name);
      await scenario.run(bench, options);
    }
  } finally {
    browserVersion = browser.version();
    await browser.close();
    await server.close();
  }
  const meta = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: {
      os: `${osType()} ${release()} (${platform()})`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    browser: `Chromium ${browserVersion}`,
    loadAverage: { start: startLoad, end: loadavg().map((l) => Number(l.toFixed(2))) },
    runs: options.runs,
    cycles: options.cycles,
    quick: options.quick,
    files: results.files,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const { rows, breakdowns, extra } = results;
  await mkdir(options.out, { recursive: true });
  await writeFile(
    join(options.out, 'latest.json'),
    `${JSON.stringify({ ...meta, rows, breakdowns, ...extra }, null, 2)}\n`,
  );
  await writeFile(join(options.out, 'latest.md'), markdown(meta, results, IMPLS));
  if (options.history) {
    await appendHistory(join(options.out, 'history.jsonl'), meta, rows);
    await writeChart(join(options.out, 'history.jsonl'), join(options.out, 'history.svg'));
  }
  console.log(table(rows, IMPLS));
  const unmet = rows.filter((r) => r.target && !r.target.met);
  console.log(`\ntargets: ${rows.filter((r) => r.target?.met).length} met, ${unmet.length} not met`);
  for (const r of unmet) {
    const which = r.target.each ? `: ${metText(r.target, 'met', 'not met')}` : '';
    console.log(`  not met: ${r.label.trim()} (${r.target.text}${which})`);
  }
  log(`done in ${meta.seconds}s; results in ${options.out}/latest.{json,md}`);
}

await main();
