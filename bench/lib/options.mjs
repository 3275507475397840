// The command line of `npm run bench`, read once. `--quick` is for development: 3 runs, the 16- and
// 500-quote rows only, written to bench/.build/quick (never to results/ or the history).
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);

/** The old section names still work: js, load and heap. */
const ALIASES = { js: 'bytes', load: 'navigation', heap: 'memory' };

export const quick = args.quick === 'true';
const only = args.only ? new Set(args.only.split(',').map((s) => ALIASES[s] ?? s)) : null;

export const options = {
  quick,
  runs: Number(args.runs ?? (quick ? 3 : 7)),
  cycles: Number(args.cycles ?? 1000),
  feedChanged: String(args['feed-changed'] ?? '1000,100')
    .split(',')
    .map(Number),
  oursEntry: args['ours-entry'],
  out: resolve(ROOT, args.out ?? (quick ? 'bench/.build/quick' : 'bench/results')),
  /** Full runs of the committed results alone add a line to the history. */
  history: !quick && !args.out && !only && !args.runs && !args.cycles,
  /** Sizes of strip measured: the quick run keeps the two that development needs. */
  sizes: (n) => !quick || n === 16 || n === 500,
  wanted: (scenario) => (only ? only.has(scenario) : !quick || !['feed', 'memory'].includes(scenario)),
};
