// bench/results/history.jsonl: one line per full run (date, commit, each ratio of ours to the
// peers), and bench/results/history.svg, a small chart of the mount and update ratios over
// commits, drawn from it (shown in the README's performance section).
import { appendFile, readFile, writeFile } from 'node:fs/promises';

/** Sections whose row labels repeat elsewhere: their keys carry the section. */
function prefix(section) {
  if (section.startsWith('Navigation')) return 'navigation ';
  const feed = /^Busy feed: 1,000 quotes, (all|\d+)/.exec(section);
  return feed ? `feed ${feed[1] === 'all' ? 1000 : feed[1]} of 1000: ` : '';
}

/** `{ key: [÷React, ÷vanilla] }`: a sub-row is keyed under the row it belongs to. */
export function ratios(rows) {
  const out = {};
  let parent = '';
  for (const row of rows) {
    const label = row.label.trim();
    const sub = row.label.startsWith(' ');
    const key = sub ? `${parent} / ${label}` : prefix(row.section) + label;
    // A sub-row's parent by its subject alone ("16 quotes", "JS heap").
    if (!sub) parent = prefix(row.section) + label.split(/[:,]/)[0];
    const { ours, react, vanilla } = row.values;
    const r = (peer) =>
      ours && peer && Number.isFinite(ours.median) && peer.median
        ? Number((ours.median / peer.median).toFixed(3))
        : null;
    out[key] = [r(react), r(vanilla)];
  }
  return out;
}

export async function appendHistory(file, meta, rows) {
  const line = { date: meta.date, commit: meta.commit, ratios: ratios(rows) };
  await appendFile(file, `${JSON.stringify(line)}\n`);
}

export async function readHistory(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const SERIES = [
  'mount 16 quotes',
  'mount 500 quotes',
  'mount 2000 quotes',
  'update 1 of 16 quotes',
  'update all 16 quotes',
  'update all 500 quotes',
  'update 1 of 2000 quotes',
  'update all 2000 quotes',
];
const COLOURS = ['#1b6ac9', '#0f8a5f', '#7a4cc2', '#c2410c', '#b91c1c', '#a16207', '#0e7490', '#475569'];

/** Two panels, ours ÷ React and ours ÷ vanilla, one line per mount or update row, 1.0 marked. */
export function chart(history) {
  const width = 720;
  const panel = { w: 250, h: 170, top: 28, left: 40 };
  const runs = history.slice(-20);
  const all = runs.flatMap((run) => SERIES.flatMap((key) => run.ratios[key] ?? [])).filter(Number.isFinite);
  const max = Math.max(2, Math.ceil(Math.max(...all, 0) * 4) / 4);
  const x = (i) => (runs.length > 1 ? (i / (runs.length - 1)) * panel.w : panel.w / 2);
  const y = (v) => panel.h - (v / max) * panel.h;
  const parts = [];
  ['ours ÷ React + marquee', 'ours ÷ vanilla'].forEach((title, p) => {
    const ox = panel.left + p * (panel.w + 60);
    parts.push(`<g transform="translate(${ox},${panel.top})">`);
    parts.push(`<text x="0" y="-10" font-weight="600">${title}</text>`);
    for (let v = 0; v <= max; v += 0.5) {
      parts.push(`<line x1="0" x2="${panel.w}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>`);
      parts.push(`<text x="-6" y="${y(v) + 4}" text-anchor="end">${v.toFixed(1)}</text>`);
    }
    parts.push(`<line x1="0" x2="${panel.w}" y1="${y(1)}" y2="${y(1)}" stroke="#111" stroke-dasharray="4 3"/>`);
    SERIES.forEach((key, s) => {
      const points = runs
        .map((run, i) => [i, run.ratios[key]?.[p]])
        .filter(([, v]) => Number.isFinite(v))
        .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      if (points.length === 0) return;
      parts.push(`<polyline fill="none" stroke="${COLOURS[s]}" stroke-width="2" points="${points.join(' ')}"/>`);
      for (const point of points) {
        const [cx, cy] = point.split(',');
        parts.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${COLOURS[s]}"/>`);
      }
    });
    runs.forEach((run, i) => {
      parts.push(`<text x="${x(i)}" y="${panel.h + 14}" text-anchor="middle">${run.commit.slice(0, 7)}</text>`);
    });
    parts.push('</g>');
  });
  const legendTop = panel.top + panel.h + 34;
  SERIES.forEach((key, s) => {
    const lx = 10 + (s % 4) * 178;
    const ly = legendTop + Math.floor(s / 4) * 16;
    parts.push(`<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${COLOURS[s]}"/>`);
    parts.push(`<text x="${lx + 14}" y="${ly}">${key}</text>`);
  });
  const height = legendTop + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11" fill="#111">
<title>market-ticker main-thread time to mount and update, as a ratio to the peers, over commits (lower is faster; dashed: equal)</title>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

export async function writeChart(historyFile, svgFile) {
  await writeFile(svgFile, chart(await readHistory(historyFile)));
}
