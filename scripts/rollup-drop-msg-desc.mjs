// A rollup plugin that drops the `desc` of every `msg(…, { id, desc })` call. The description is
// for translators: `lit-localize extract` reads it from the TypeScript sources into the XLIFF
// files, and @lit/localize's runtime reads only `id` (runtime-msg.js), so in built code it is
// bytes a page downloads for nothing (about 2.6 KB minified in the single file).
import MagicString from 'magic-string';

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

const isDesc = (property) =>
  property.type === 'Property' &&
  !property.computed &&
  (property.key.name ?? property.key.value) === 'desc' &&
  property.value.type === 'Literal';

export default function dropMsgDesc({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'drop-msg-desc',
    transform(code, id) {
      if (!include.test(id) || !code.includes('desc')) return null;
      const edits = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        const options = node.type === 'CallExpression' && node.callee.name === 'msg' && node.arguments[1];
        if (options?.type !== 'ObjectExpression') return;
        const { properties } = options;
        properties.forEach((property, i) => {
          if (!isDesc(property)) return;
          // With the comma before it (or after it, when it comes first).
          const start = i > 0 ? properties[i - 1].end : property.start;
          const end = i > 0 ? property.end : (properties[i + 1]?.start ?? property.end);
          edits.remove(start, end);
          changed = true;
        });
      });
      return changed ? { code: edits.toString(), map: edits.generateMap({ hires: true }) } : null;
    },
  };
}
