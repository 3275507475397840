// The visual test's one review page: a summary, then reference, actual and diff side by side for
// every shot that failed. Written to the output folder next to the images it shows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const figure = (title, file) =>
  file
    ? `<figure><figcaption>${title}</figcaption><a href="${escape(file)}"><img src="${escape(file)}" alt="${title}"></a></figure>`
    : `<figure><figcaption>${title}</figcaption><p class="none">none</p></figure>`;

/**
 * results: [{ name, story, locale, theme, status: 'passed' | 'failed' | 'missing' | 'updated' | 'new',
 * message?, files?: { reference?, actual?, diff? } }]; summary: one line of text; storybook: the
 * build folder, relative to `dir`, for links to each story.
 */
export function writeReport(dir, { results, summary, orphans = [], storybook }) {
  const problems = results.filter((r) => r.status === 'failed' || r.status === 'missing');
  const count = (status) => results.filter((r) => r.status === status).length;
  const rows = problems
    .map(
      (r) => `<section>
  <h2>${escape(r.name)}</h2>
  <p><a href="${escape(storybook)}/iframe.html?id=${encodeURIComponent(r.story)}&amp;viewMode=story&amp;globals=locale:${escape(r.locale)};theme:${escape(r.theme)}">${escape(r.story)}</a>,
  ${escape(r.locale)}, ${escape(r.theme)}: <strong>${escape(r.message)}</strong></p>
  <div class="row">${figure('Reference', r.files?.reference)}${figure('Actual', r.files?.actual)}${figure('Diff (red: differs)', r.files?.diff)}</div>
</section>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual test: ${problems.length ? `${problems.length} to review` : 'no differences'}</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #16191d; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin: 0 0 0.25rem; }
  section { border-top: 1px solid #d5dae0; padding-block: 1rem; }
  .row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
  figure { margin: 0; flex: 1 1 0; min-width: 16rem; }
  figcaption { font-weight: 600; margin-bottom: 0.25rem; }
  img { max-width: 100%; border: 1px solid #d5dae0; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  .none { color: #5b6470; font-style: italic; }
  code { background: #f1f3f5; padding: 0 0.2em; }
</style>
</head>
<body>
<h1>Visual test</h1>
<p>${escape(summary)}</p>
<ul>
  <li>${count('passed')} matched their reference</li>
  <li>${count('failed')} differ from their reference</li>
  <li>${count('missing')} have no reference yet</li>
  ${count('updated') + count('new') ? `<li>${count('updated')} references updated, ${count('new')} written for the first time</li>` : ''}
  ${orphans.length ? `<li>${orphans.length} reference images belong to no story: ${orphans.map((o) => `<code>${escape(o)}</code>`).join(', ')}</li>` : ''}
</ul>
${problems.length ? '<p>To accept the actual images as the new references: <code>npm run test:visual -- --update</code> (review each diff first).</p>' : ''}
${rows}
</body>
</html>
`;
  writeFileSync(join(dir, 'index.html'), html);
}
