/**
 * Reads the library's `custom-elements.json` for Storybook: the docs tables (argTypes) of every
 * element and the theming guide's token table. The manifest is generated from the elements' JSDoc
 * by `npm run build`, so the docs cannot drift from the code.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from '../../packages/market-ticker/custom-elements.json';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
}
interface Attribute extends Described {
  fieldName?: string;
}
export interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

export { manifest };

/** Every custom element the manifest declares, in module order. */
export function elementDeclarations(): Declaration[] {
  return (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

export function declarationOf(tagName: string): Declaration | undefined {
  return elementDeclarations().find((declaration) => declaration.tagName === tagName);
}

/** `'scroll' | 'static' | undefined` -> `['scroll', 'static']`; undefined when not a literal union. */
function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** A property the docs call read-only: reflected state the element computes itself. */
function isReadOnly(description: string | undefined): boolean {
  return /\bRead-only\b/.test(description ?? '');
}

function controlFor(typeText: string | undefined, readOnly: boolean): InputType['control'] {
  if (readOnly) return false;
  const options = literalOptions(typeText);
  if (options) return { type: options.length > 3 ? 'select' : 'inline-radio' };
  const base = (typeText ?? 'string').replace(/\s*\|\s*undefined/g, '').trim();
  if (base === 'boolean') return { type: 'boolean' };
  if (base === 'number') return { type: 'number' };
  if (base === 'string') return { type: 'text' };
  return { type: 'object' };
}

const isColourToken = (name: string) => /(color|background)$/.test(name);

/**
 * The docs table and controls of one element, from the manifest:
 * - attributes (with the property they set, one row each, named by the attribute);
 * - properties that have no attribute (e.g. `quotes`), named by the property;
 * - events (logged in the Actions panel by the preview's event decorator);
 * - slots, CSS shadow parts (`::part(name)`) and CSS custom properties.
 * Private and protected members, methods and statics stay out. CSS custom properties have
 * colour or text controls that work: the preview applies them to the story's surface, from
 * where they inherit into the element.
 */
export function argTypesFor(tagName: string): ArgTypes | undefined {
  const declaration = declarationOf(tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};
  const members = new Map(
    (declaration.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
      .map((m) => [m.name, m]),
  );

  for (const attribute of declaration.attributes ?? []) {
    const member = attribute.fieldName ? members.get(attribute.fieldName) : undefined;
    const typeText = member?.type?.text ?? attribute.type?.text;
    const description = member?.description ?? attribute.description ?? '';
    const readOnly = isReadOnly(description);
    const property =
      attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    const reflects = member?.reflects ? ' Reflected.' : '';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${description}${property}${reflects}`,
      type: { name: 'other', value: typeText ?? 'string', required: false },
      options: literalOptions(typeText),
      control: controlFor(typeText, readOnly),
      table: {
        category: 'attributes',
        type: { summary: typeText ?? 'string' },
        defaultValue: member?.default !== undefined ? { summary: member.default } : undefined,
      },
      // The property this attribute sets, for the preview's renameToStoryArgs enhancer.
      ...(attribute.fieldName ? { property: attribute.fieldName } : {}),
    } as InputType;
    if (attribute.fieldName) members.delete(attribute.fieldName);
  }

  for (const member of members.values()) {
    if (member.attribute) continue;
    const typeText = member.type?.text;
    const readOnly = member.readonly === true || isReadOnly(member.description);
    argTypes[member.name] = {
      name: member.name,
      description: `${member.description ?? ''} Property only (no attribute): set it from script.`.trim(),
      control: readOnly ? false : { type: 'object' },
      table: {
        category: 'properties',
        type: { summary: typeText ?? 'unknown' },
        defaultValue: member.default !== undefined ? { summary: member.default } : undefined,
      },
    };
  }

  for (const event of declaration.events ?? []) {
    argTypes[event.name] = {
      name: event.name,
      description: `${event.description ?? ''} Bubbles and is composed; shown in the Actions panel.`.trim(),
      control: false,
      table: { category: 'events', type: { summary: 'CustomEvent' } },
    };
  }

  for (const slot of declaration.slots ?? []) {
    const key = slot.name ? `slot="${slot.name}"` : 'default slot';
    argTypes[key] = {
      name: key,
      description: slot.description ?? '',
      control: false,
      table: { category: 'slots', type: { summary: 'HTML' } },
    };
  }

  for (const part of declaration.cssParts ?? []) {
    const key = `::part(${part.name})`;
    argTypes[key] = {
      name: key,
      description: part.description ?? '',
      control: false,
      table: { category: 'css shadow parts', type: { summary: `${tagName}::part(${part.name})` } },
    };
  }

  const defaults = tokenDefaults(tagName);
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: `${property.description ?? ''} Inherits: set it on any ancestor.`.trim(),
      control: { type: isColourToken(property.name) ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        type: { summary: isColourToken(property.name) ? '<color>' : 'CSS value' },
        defaultValue: defaults.get(property.name) ? { summary: defaults.get(property.name)!.fallback } : undefined,
      },
    };
  }
  return argTypes;
}

/** One public token as the element's stylesheet reads it into a private one. */
export interface TokenDefault {
  /** The private token on `:host`, e.g. `--_up`. */
  privateName: string;
  /** The fallback after the public name, with private tokens it uses resolved (e.g. `light-dark(#0b7a35, #4cc38a)`). */
  fallback: string;
}

/**
 * Reads, from a registered element's own stylesheets, how each public custom property is used:
 * `--_up: var(--market-ticker-up-color, var(--_green))` gives `--_up` and the default
 * `light-dark(#0b7a35, #4cc38a)`. A default the stylesheets do not show comes from
 * DOCUMENTED_DEFAULTS below.
 */
export function tokenDefaults(tagName: string): Map<string, TokenDefault> {
  const result = new Map<string, TokenDefault>();
  const element = typeof customElements !== 'undefined' ? customElements.get(tagName) : undefined;
  const styles =
    (element as unknown as { elementStyles?: Array<{ cssText?: string }> } | undefined)?.elementStyles ?? [];
  const text = styles.map((style) => style.cssText ?? '').join('\n');
  const privateValues = new Map<string, string>();
  for (const [, name, value] of text.matchAll(/(--_[\w-]+)\s*:\s*([^;]+);/g)) {
    if (!privateValues.has(name)) privateValues.set(name, value.trim());
  }
  const resolvePrivate = (value: string, depth = 0): string =>
    depth > 4
      ? value
      : value.replace(/var\((--_[\w-]+)\)/g, (whole, name: string) =>
          privateValues.has(name) ? resolvePrivate(privateValues.get(name)!, depth + 1) : whole,
        );
  for (const [name, value] of privateValues) {
    const match = /^var\((--market-ticker-[\w-]+)\s*,\s*([\s\S]+)\)$/.exec(value);
    if (!match || result.has(match[1])) continue;
    result.set(match[1], { privateName: name, fallback: resolvePrivate(match[2].trim()) });
  }
  for (const [name, fallback] of Object.entries(DOCUMENTED_DEFAULTS)) {
    if (!result.has(name) && (declarationOf(tagName)?.cssProperties ?? []).some((p) => p.name === name)) {
      result.set(name, { privateName: '', fallback });
    }
  }
  return result;
}

/**
 * Defaults for public tokens that an element reads directly with `var(--x, fallback)` in a rule,
 * where no private token on `:host` carries them. Only consulted when the stylesheet parse above
 * finds nothing; keep it in step with src/styles/tokens.ts.
 */
export const DOCUMENTED_DEFAULTS: Record<string, string> = {
  '--market-ticker-item-gap': '1.25em',
};
