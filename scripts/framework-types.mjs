// Framework template types generated from packages/market-ticker/custom-elements.json (run by the
// package's `manifest` script): for each framework, its declaration of our tags, with each
// element's properties typed as its class declares them (attribute values included: `mode` is
// `'scroll' | 'static'`) and each event the manifest lists as a listener prop whose event is the
// package's HTMLElementEventMap entry (typed details). Written to dist/types/<framework>.d.ts, each
// with an empty dist/types/<framework>.js so that the export resolves in every tool:
//   import type {} from 'market-ticker/types/react.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PACKAGE = resolve(import.meta.dirname, '../packages/market-ticker');
const OUT = join(PACKAGE, 'dist/types');

const manifest = JSON.parse(readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ mod, declaration }) => ({
    tag: declaration.tagName,
    className: declaration.name,
    module: `../${mod.path.replace(/^dist\//, '')}`,
    events: [...new Set((declaration.events ?? []).map((event) => event.name).filter(Boolean))],
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs at build time: do not edit.\n';
const imports = elements.map((e) => `import type { ${e.className} } from '${e.module}';`).join('\n');
const OWN = `/** The element's own properties (not HTMLElement's, not methods), all optional. */
type Own<E> = Partial<{ [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]: E[K] }>;`;
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const listener = (event) => `(event: HTMLElementEventMap['${event}']) => void`;
const events = (element, prop) =>
  `{ ${element.events.map((event) => `'${prop(event)}'?: ${listener(event)};`).join(' ')} }`;
const kebabOn = (event) => `on${event}`;

const frameworks = {
  // React 19: properties by name, listeners as `on<event-name>`.
  react: () => `${HEADER}import type { DOMAttributes, HTMLAttributes, Key, Ref } from 'react';
${imports}

${OWN}
type Props<E extends HTMLElement> = Own<E> & Omit<HTMLAttributes<E>, keyof Own<E> | keyof DOMAttributes<E>> & { key?: Key; ref?: Ref<E>; class?: string; children?: unknown };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tag}': Props<${e.className}> & ${events(e, kebabOn)};`).join('\n')}
    }
  }
}
`,
  // Preact: the same shape in Preact's JSX namespace.
  preact: () => `${HEADER}import type { HTMLAttributes, Ref } from 'preact';
${imports}

${OWN}
type Props<E extends HTMLElement> = Own<E> & Omit<HTMLAttributes<E>, keyof Own<E>> & { ref?: Ref<E> };

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tag}': Props<${e.className}> & ${events(e, kebabOn)};`).join('\n')}
    }
  }
}
`,
  // Vue 3: GlobalComponents, events as `on<EventName>` props (what `@event-name` checks against).
  vue: () => `${HEADER}import type { DefineComponent } from 'vue';
${imports}

${OWN}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tag}': DefineComponent<Own<${e.className}> & ${events(e, (event) => `on${camel(`-${event}`)}`)}>;`).join('\n')}
  }
}
`,
  // Svelte 5: svelte/elements, listeners as `on<event-name>` attributes.
  svelte: () => `${HEADER}import type { HTMLAttributes } from 'svelte/elements';
${imports}

${OWN}
type Props<E extends HTMLElement> = Own<E> & Omit<HTMLAttributes<E>, keyof Own<E>>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `    '${e.tag}': Props<${e.className}> & ${events(e, kebabOn)};`).join('\n')}
  }
}
`,
};

mkdirSync(OUT, { recursive: true });
for (const [name, generate] of Object.entries(frameworks)) {
  writeFileSync(join(OUT, `${name}.d.ts`), generate());
  writeFileSync(
    join(OUT, `${name}.js`),
    `${HEADER}// Types only: import type {} from 'market-ticker/types/${name}.js';\nexport {};\n`,
  );
}
console.log(`framework types: ${elements.length} elements -> dist/types/{${Object.keys(frameworks).join(',')}}.d.ts`);
