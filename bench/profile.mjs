// Where market-ticker's main-thread time goes: a CPU profile (self time per function, with
// readable names: the library is bundled unminified for this) and a trace breakdown (script,
// style, layout, paint) of one scenario at a time.
//
//   node bench/profile.mjs [--entry=packages/market-ticker/dist/index.js] [--top=25] [--sparkline] scenario...
//   --sparkline: every cell draws a 78-point line, as in bench/scenarios/sparkline.mjs.
//   scenarios: mount:500  update:500/500  update:1/2000  feed:1000  scroll:16
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { breakdown, traced } from './trace.mjs';
import { bundleOursPage } from './lib/pages.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/.build/profile');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const entry = resolve(ROOT, option('entry', 'packages/market-ticker/dist/index.js'));
const top = Number(option('top', 25));
const sparkline = args.includes('--sparkline');
const scenarios = args.filter((a) => !a.startsWith('--'));
if (scenarios.length === 0) scenarios.push('mount:500', 'update:500/500', 'update:1/2000', 'feed:1000');

/** Self and total milliseconds per function of a V8 CPU profile. */
function hotFunctions(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const next = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + next);
  });
  const key = (node) => {
    const f = node.callFrame;
    const where = f.url ? `${relative(ROOT, new URL(f.url).pathname.slice(1)) || f.url}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  const self = new Map();
  const total = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    self.set(key(node), (self.get(key(node)) ?? 0) + us / 1000);
    // Inclusive time: once per function on the stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us / 1000);
    }
  }
  return { self, total };
}

function printTop(title, map, n) {
  console.log(`  ${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
}

async function run(browser, origin, scenario) {
  const [kind, spec] = scenario.split(':');
  const [a, b] = spec.split('/').map(Number);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/bench/.build/profile/ours.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.mouse.move(640, 710);
  const stripSize = kind === 'mount' ? 0 : kind === 'update' ? b : a;
  await page.evaluate(
    async ({ n, size, lines }) => {
      const make = (count) => {
        const quotes = window.benchData.makeQuotes(count);
        return lines ? window.benchData.withHistory(quotes) : quotes;
      };
      if (lines) window.stripAttributes = { sparkline: '' };
      window.quotes = make(n);
      window.current = make(size);
      window.step = 1;
      if (size > 0) await window.bench.render(window.current);
    },
    { n: a, size: stripSize, lines: sparkline },
  );
  const action = {
    mount: () =>
      page.evaluate(async () => {
        window.bench.unmount();
        await window.bench.render(window.quotes);
      }),
    update: () =>
      page.evaluate(async (k) => {
        window.current = window.benchData.tick(window.current, k, window.step++);
        await window.bench.update(window.current);
      }, a),
    feed: () =>
      page.evaluate(async () => {
        for (let i = 0; i < 20; i++) {
          window.current = window.benchData.tick(window.current, window.current.length, window.step++);
          window.bench.update(window.current);
          await new Promise((r) => setTimeout(r, 100));
        }
        await window.harness.twoFrames();
      }),
    scroll: () => new Promise((r) => setTimeout(r, 2000)),
  }[kind];
  await action(); // warm-up
  await new Promise((r) => setTimeout(r, 300));

  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await new Promise((r) => setTimeout(r, 300));
  const events = await traced(cdp, action);
  await context.close();

  const phases = breakdown(events);
  console.log(`\n## ${scenario}`);
  console.log(
    `  trace: ${Object.entries(phases)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(1)}`)
      .join(', ')} (ms, frames)`,
  );
  const { self, total } = hotFunctions(profile);
  printTop('self time', self, top);
  printTop('total time', total, top);
  await writeFile(join(OUT, `${scenario.replace(/[:/]/g, '_')}.cpuprofile`), JSON.stringify(profile));
}

await mkdir(OUT, { recursive: true });
await bundleOursPage(entry, 'profile', { profile: true });
const server = await serveStatic(ROOT);
const browser = await launchChromium();
try {
  for (const scenario of scenarios) await run(browser, server.url, scenario);
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nprofiles in ${relative(ROOT, OUT)}/*.cpuprofile (open in Chrome DevTools > Performance)`);
