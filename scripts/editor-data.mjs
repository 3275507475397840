// Editor data generated from packages/market-ticker/custom-elements.json (run by the package's
// `manifest` script, after the analyzer): `vscode.html-custom-data.json` (VS Code's HTML custom
// data, version 1.1) and `web-types.json` (JetBrains Web Types). Tags, attributes with their
// values (string-literal unions, read through the type aliases the declarations export), events
// and descriptions all come from the manifest, so editors cannot drift from the code.
// Also exports `editorData()` and `missingFromEditorData()` for the package check.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE = resolve(import.meta.dirname, '../packages/market-ticker');

/** `export type Name = 'a' | 'b';` in the declarations: alias name -> its literal values. */
function typeAliases(dir = join(PACKAGE, 'dist')) {
  const aliases = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, name, body] of text.matchAll(/export type (\w+) = ([^;]+);/g)) aliases.set(name, body);
  }
  return aliases;
}

/** The string literals a manifest type text allows (`'a' | B | undefined`), aliases expanded. */
function literals(typeText, aliases, seen = new Set()) {
  if (!typeText) return [];
  return typeText.split('|').flatMap((part) => {
    const term = part.trim();
    const literal = /^'([^']*)'$/.exec(term);
    if (literal) return [literal[1]];
    if (aliases.has(term) && !seen.has(term)) return literals(aliases.get(term), aliases, new Set([...seen, term]));
    return [];
  });
}

/** Every element of the manifest with its attributes (values resolved) and events. */
export function editorData() {
  const manifest = JSON.parse(readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  const aliases = typeAliases();
  const elements = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ mod, declaration }) => ({
      tag: declaration.tagName,
      className: declaration.name,
      module: mod.path,
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const type = attribute.type?.text;
        return {
          name: attribute.name,
          property: attribute.fieldName,
          type: type ?? (declaration.members?.find((m) => m.name === attribute.fieldName)?.type?.text || 'string'),
          values: literals(type, aliases),
          boolean: type === 'boolean',
          description: attribute.description ?? '',
          default: attribute.default,
        };
      }),
      events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  return { name: pkg.name, version: pkg.version, elements };
}

export function vscodeData({ elements }) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: element.description,
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(attribute.boolean ? { valueSet: 'v' } : {}),
        ...(attribute.values.length ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
    })),
    // Boolean attributes take no value, as VS Code's own data marks them.
    valueSets: [{ name: 'v', values: [] }],
  };
}

export function webTypes({ name, version, elements }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: element.description,
          source: {
            module: `${name}/${element.module.replace(/^dist\//, '').replace(/^(.+)\/\1\.js$/, '$1.js')}`,
            symbol: element.className,
          },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            // Only literal defaults: a constant's name (`DEFAULT_SPEED`) means nothing in an editor.
            ...(/^('[^']*'|-?\d+(\.\d+)?|true|false)$/.test(attribute.default ?? '')
              ? { default: attribute.default.replace(/^'(.*)'$/, '$1') }
              : {}),
            value: attribute.boolean
              ? { kind: 'no-value', type: 'boolean' }
              : {
                  kind: 'plain',
                  type: attribute.values.length
                    ? attribute.values.map((v) => `'${v}'`).join(' | ')
                    : attribute.type.replace(/\s*\|\s*undefined$/, ''),
                },
            ...(attribute.values.length ? { values: attribute.values.map((v) => ({ name: v })) } : {}),
          })),
          js: {
            properties: element.attributes.map((attribute) => ({
              name: attribute.property,
              description: attribute.description,
              type: attribute.type,
            })),
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
          },
        })),
      },
    },
  };
}

/**
 * What the written files lack: every attribute (and every literal value) of every element in the
 * manifest must be in both. Returns a list of problems, empty when complete.
 */
export function missingFromEditorData(vscode, jetbrains, data = editorData()) {
  const problems = [];
  for (const element of data.elements) {
    const tag = vscode.tags.find((t) => t.name === element.tag);
    const web = jetbrains.contributions.html.elements.find((e) => e.name === element.tag);
    if (!tag) problems.push(`vscode.html-custom-data.json lacks <${element.tag}>`);
    if (!web) problems.push(`web-types.json lacks <${element.tag}>`);
    for (const attribute of element.attributes) {
      const a = tag?.attributes.find((x) => x.name === attribute.name);
      const w = web?.attributes.find((x) => x.name === attribute.name);
      if (!a) problems.push(`vscode.html-custom-data.json: <${element.tag}> lacks ${attribute.name}`);
      if (!w) problems.push(`web-types.json: <${element.tag}> lacks ${attribute.name}`);
      for (const value of attribute.values) {
        if (a && !a.values?.some((v) => v.name === value))
          problems.push(`vscode.html-custom-data.json: <${element.tag} ${attribute.name}> lacks the value ${value}`);
        if (w && !w.values?.some((v) => v.name === value))
          problems.push(`web-types.json: <${element.tag} ${attribute.name}> lacks the value ${value}`);
      }
      if (a && !a.description) problems.push(`<${element.tag} ${attribute.name}> has no description`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = editorData();
  const vscode = vscodeData(data);
  const jetbrains = webTypes(data);
  writeFileSync(join(PACKAGE, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
  writeFileSync(join(PACKAGE, 'web-types.json'), `${JSON.stringify(jetbrains, null, 2)}\n`);
  const problems = missingFromEditorData(vscode, jetbrains, data);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const attributes = data.elements.reduce((sum, e) => sum + e.attributes.length, 0);
  console.log(
    `editor data: ${data.elements.length} elements, ${attributes} attributes -> vscode.html-custom-data.json, web-types.json`,
  );
}
