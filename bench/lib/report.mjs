// latest.md and the table printed at the end of a run.
import { VIEWPORT } from './measure.mjs';
import { fmt, metText } from './results.mjs';

export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

/**
 * The pages with a column for `rows`: every page measured in all scenarios, and a page measured in
 * some only where one of the rows has its figures. Then one ratio column per page and peer.
 */
export function columns(rows, impls) {
  const pages = impls.filter((i) => !i.scenarios || rows.some((r) => r.values[i.id]));
  const peers = pages.filter((i) => i.peer);
  const ratios = pages.filter((i) => !i.peer).flatMap((i) => peers.map((peer) => [i, peer]));
  return { pages, ratios };
}

const ratioTitle = ([a, b]) => `${a.id} ÷ ${b.id}`;
const ratioOf = (row, [a, b]) => ratio(row.values[a.id]?.median, row.values[b.id]?.median);

function cell(s, unit) {
  if (!s) return '–';
  if (s.samples.length === 1 || s.min === s.max) return fmt(s.median, unit);
  return `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

const READING = [
  '- Mount and update times are dominated by the browser’s style, layout and paint of a very wide row of up to 2,000 cells, which every page pays; the vanilla page shows that floor. The React and vanilla pages follow the list with a full copy; market-ticker copies only the cells that fill the width. Script is a small part except where the breakdown says otherwise.',
  '- Steady scrolling: every page with a running animation gets one short main-thread task per compositor frame from the browser (frame presentation feedback, about 30 µs, 60 a second). It is in “all tasks”, and left out of the next row. No page runs a main-thread frame (BeginMainFrame) or any script while scrolling.',
  '- Drag: each pointer move is one main-thread task (input, then a style recalculation of the moved track); react-fast-marquee has no drag, so React has no figures. market-ticker starts following after a 5 px click slop, without a jump, so it moves a little less than the pointer.',
  '- Busy feed: a missed frame is a gap of more than 1.5 frame intervals between animation frames, counted in frame intervals measured at rest on the same page. The feed’s timer keeps running when the page falls behind, so a run can last longer than its nominal length.',
  '- Memory: `Runtime.getHeapUsage` after forced GC counts V8’s compiled code, which keeps growing while the JIT warms up; the heap-snapshot rows split that from the objects a leak would leave behind. Single runs.',
];

export function markdown(meta, results, impls) {
  const { rows, breakdowns } = results;
  const lines = [];
  lines.push('# market-ticker benchmarks', '');
  lines.push(
    `${meta.date} · ${meta.commit} · ${meta.machine.os} · ${meta.machine.cpus} × ${meta.machine.cpuModel} · ${meta.machine.memoryGB} GB · Node ${meta.machine.node} · ${meta.browser} (headless) · viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    '',
    `Load average (1, 5, 15 min) at start ${meta.loadAverage.start.join(', ')}, at end ${meta.loadAverage.end.join(', ')}: other work on this machine inflates wall-clock figures (navigation to strip on screen) more than main-thread figures, which are thread CPU time.`,
    '',
    `Each figure is the median of ${meta.runs} runs after a discarded warm-up run, with (min–max), unless it is a single measurement. ` +
      'Main-thread time is the change in `TaskDuration` from `Performance.getMetrics` in thread time (script, style, layout, paint and everything else the renderer main thread did). ' +
      'Updates are applied through `window.bench.update` and include the two frames that follow.',
    '',
    `Pages: ${impls.map((i) => `**${i.id}** = ${i.label}${i.scenarios ? ` (${i.scenarios.join(' and ')} only)` : ''}`).join(', ')}.`,
    '',
  );
  for (const section of [...new Set(rows.map((r) => r.section))]) {
    const sectionRows = rows.filter((r) => r.section === section);
    const { pages, ratios } = columns(sectionRows, impls);
    const header = ['', ...pages.map((i) => i.column), ...ratios.map(ratioTitle), 'target', ''];
    lines.push('', `### ${section}`, '');
    lines.push(`|${header.map((h) => (h ? ` ${h} ` : ' ')).join('|')}|`, `|${' --- |'.repeat(header.length)}`);
    for (const row of sectionRows) {
      const met = row.target ? metText(row.target, '✅ met', '❌ not met') : '';
      const cells = [
        row.label.trim(),
        ...pages.map((i) => cell(row.values[i.id], row.unit)),
        ...ratios.map((pair) => ratioOf(row, pair)),
        row.target?.text ?? '',
        met,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  if (breakdowns.length) {
    lines.push('', '### Where the main-thread time went (one traced run of each, ms)', '');
    lines.push(
      'Self time of trace events on the renderer main thread, by kind; style or layout forced from script counts as style or layout.',
      '',
    );
    lines.push('| scenario | page | all tasks | script | GC | style | layout | paint, layerize, commit | other |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const scenarios = [...new Set(breakdowns.map((b) => b.scenario))];
    const order = (b) => scenarios.indexOf(b.scenario) * 10 + impls.findIndex((i) => i.id === b.impl);
    for (const b of [...breakdowns].sort((x, y) => order(x) - order(y))) {
      const n = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
      lines.push(
        `| ${b.scenario} | ${b.impl} | ${n(b.task)} | ${n(b.script)} | ${n(b.gc)} | ${n(b.style)} | ${n(b.layout)} | ${n(b.paint)} | ${n(b.other + b.parse)} |`,
      );
    }
  }
  lines.push('', '### Reading the figures', '', ...READING);
  const unmet = rows.filter((r) => r.target && !r.target.met);
  lines.push('', '### Targets', '');
  lines.push(`${rows.filter((r) => r.target?.met).length} met, ${unmet.length} not met.`);
  for (const r of unmet)
    lines.push(
      `- not met: ${r.section} / ${r.label.trim()} (${r.target.text}${r.target.each ? `: ${metText(r.target, 'met', 'not met')}` : ''})`,
    );
  lines.push(
    '',
    `Shipped scripts: ${impls.map((i) => `${i.id}: ${(results.files[i.id] ?? []).join(', ')}`).join('; ')}.`,
    '',
  );
  return lines.join('\n');
}

export function table(rows, impls) {
  const { pages, ratios } = columns(rows, impls);
  const header = ['metric', ...pages.map((i) => i.column), ...ratios.map(ratioTitle), 'target'];
  const body = rows.map((r) => [
    r.label,
    ...pages.map((i) => (r.values[i.id] ? fmt(r.values[i.id].median, r.unit) : '–')),
    ...ratios.map((pair) => ratioOf(r, pair)),
    r.target ? metText(r.target, 'met', 'NOT MET') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
