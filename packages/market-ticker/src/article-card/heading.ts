import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * The headline as a real `<h1>`…`<h6>` at the page's level. In a module of its own because the
 * bundle's template minifier cannot parse a tag name that is an expression; the card's other
 * templates stay minified.
 */
export function heading(level: number, content: unknown, lang: string | undefined): TemplateResult {
  const tag = HEADINGS[level] ?? HEADINGS[2];
  return staticHtml`<${tag} class="heading" part="heading" lang=${ifDefined(lang)}>${content}</${tag}>`;
}
