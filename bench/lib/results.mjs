// The rows of the results: medians with min and max per page, and each target met or not.

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), samples };
}

export function fmt(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (unit === 'B') return Math.abs(value) >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'ms' || unit === 'ms/s') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
  if (unit === 'count') return `${Number.isInteger(value) ? value : value.toFixed(1)}`;
  if (unit === 'px/s') return `${value.toFixed(1)} px/s`;
  if (unit === 'px') return `${value.toFixed(1)} px`;
  return `${value} ${unit}`;
}

/** A target's verdict: `met` or `notMet`, per page judged when there are several ("ours met, loader NOT MET"). */
export function metText(target, met, notMet) {
  if (!target.each) return target.met ? met : notMet;
  return Object.entries(target.each)
    .map(([id, ok]) => `${id} ${ok ? met : notMet}`)
    .join(', ');
}

/** Issue #18's goal for every mount and update row. */
export const nearReactAndVanilla = {
  text: '≤ 1.0× React and ≤ 1.25× vanilla',
  check: (m) => m.ours <= m.react && m.ours <= 1.25 * m.vanilla,
};

export class Results {
  rows = [];
  /** One traced run per scenario and page: where the main-thread time went. */
  breakdowns = [];
  /** Anything else kept in latest.json to explain outliers (scrolling windows). */
  extra = {};
  files = {};

  constructor(log, ids) {
    this.log = log;
    this.ids = ids;
  }

  breakdown(scenario, impl, phases) {
    this.breakdowns.push({ scenario, impl, ...phases });
  }

  /**
   * One line of the table. `values` maps a page to samples (or a summary); `target` judges
   * market-ticker's median against the others' medians: `check(medians, summaries, id)` for ours,
   * or for each page in `target.pages` that has a figure in the row. The target is met
   * when every page judged meets it; `each` says which did.
   */
  record(section, label, unit, values, target) {
    const summaries = Object.fromEntries(
      Object.entries(values).map(([id, v]) => [id, Array.isArray(v) ? summary(v) : v]),
    );
    const row = { section, label, unit, values: summaries };
    if (target) {
      const medians = Object.fromEntries(Object.entries(summaries).map(([id, s]) => [id, s.median]));
      const judged = target.pages ? target.pages.filter((id) => id in medians) : ['ours'];
      const each = Object.fromEntries(judged.map((id) => [id, target.check(medians, summaries, id)]));
      row.target = { text: target.text, met: judged.length > 0 && Object.values(each).every(Boolean) };
      if (judged.length > 1) row.target.each = each;
    }
    this.rows.push(row);
    const cells = this.ids
      .map((id) => (summaries[id] ? `${id} ${fmt(summaries[id].median, unit)}` : ''))
      .filter(Boolean);
    this.log(`${label}: ${cells.join(' | ')}${row.target ? ` -> ${metText(row.target, 'met', 'NOT MET')}` : ''}`);
  }
}
