/**
 * The theming guide's live table: every CSS custom property that any element documents (from
 * custom-elements.json), with its description and its value in the light and the dark theme,
 * measured in this browser by rendering each element and reading its computed style.
 *
 * The public properties are only read through `var(--market-ticker-…, fallback)` into private
 * tokens on `:host` (`--_up`), so the public name has no computed value unless a page sets one:
 * the table reads the private token instead (found in the element's own stylesheet, see
 * tokenDefaults in manifest.ts), then resolves it to a colour in each theme with a probe that sits
 * in the same `color-scheme`. A value set by the page on an ancestor shows up here too.
 */
import { createElement, useEffect, useRef } from 'react';
import { html, nothing, render } from 'lit';
import { elementDeclarations, tokenDefaults } from './manifest.js';

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];

interface Row {
  name: string;
  description: string;
  elements: string[];
  /** The token as the elements declare it, e.g. `light-dark(#0b7a35, #4cc38a)`. */
  declared: string;
  values: Record<Theme, { text: string; colour?: string; contrast?: number }>;
}

const isColour = (name: string) => /(color|background)$/.test(name);

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function rgbOf(computed: string): number[] | undefined {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(computed);
  return match ? match.slice(1, 4).map(Number) : undefined;
}

const hex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Colours read as text or marks on the element's background: the table gives their contrast. */
const FOREGROUND = /(up|down|flat|text|muted|focus|open|pre-open|break|closed|link)-color$/;

async function measure(): Promise<Row[]> {
  const declarations = elementDeclarations().filter((d) => d.tagName && customElements.get(d.tagName));
  const rows = new Map<string, Row>();
  for (const declaration of declarations) {
    for (const property of declaration.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        elements: [],
        declared: '',
        values: { light: { text: '' }, dark: { text: '' } },
      };
      row.elements.push(declaration.tagName!);
      rows.set(property.name, row);
    }
  }

  // One instance of each element per theme, out of sight, plus a probe to resolve colours.
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position: absolute; left: -10000px; top: 0; width: 600px;';
  const surfaces = Object.fromEntries(
    THEMES.map((theme) => {
      const surface = document.createElement('div');
      surface.style.colorScheme = theme;
      for (const declaration of declarations) surface.append(document.createElement(declaration.tagName!));
      const probe = document.createElement('span');
      probe.className = 'probe';
      surface.append(probe);
      stage.append(surface);
      return [theme, surface];
    }),
  ) as unknown as Record<Theme, HTMLElement>;
  // In the body, not in the table's container: the stage is not content (and not checked by axe).
  document.body.append(stage);
  try {
    await Promise.all(
      [...stage.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
    const defaults = new Map(declarations.map((d) => [d.tagName!, tokenDefaults(d.tagName!)]));
    for (const theme of THEMES) {
      const surface = surfaces[theme];
      const probe = surface.querySelector<HTMLElement>('.probe')!;
      const resolveColour = (value: string) => {
        probe.style.color = '';
        probe.style.color = value;
        return probe.style.color ? rgbOf(getComputedStyle(probe).color) : undefined;
      };
      for (const row of rows.values()) {
        const tag = row.elements.find((t) => defaults.get(t)?.has(row.name)) ?? row.elements[0];
        const element = surface.querySelector(tag)!;
        const token = defaults.get(tag)?.get(row.name);
        const style = getComputedStyle(element);
        // A value set by the page wins; else the private token the element reads it into.
        const value =
          style.getPropertyValue(row.name).trim() ||
          (token?.privateName ? style.getPropertyValue(token.privateName).trim() : '') ||
          token?.fallback ||
          '';
        if (!row.declared) row.declared = value;
        const cell: Row['values'][Theme] = { text: value || '—' };
        if (isColour(row.name) && value) {
          const rgb = resolveColour(value);
          if (rgb) {
            cell.colour = hex(rgb);
            cell.text = hex(rgb);
            if (FOREGROUND.test(row.name)) {
              const background = resolveColour(style.getPropertyValue('--_background').trim() || 'Canvas');
              if (background) cell.contrast = contrast(rgb, background);
            }
          }
        }
        row.values[theme] = cell;
      }
    }
  } finally {
    stage.remove();
  }
  // Shared tokens first (the ones a site themes with), then each element's own.
  return [...rows.values()].sort((a, b) => b.elements.length - a.elements.length || a.name.localeCompare(b.name));
}

/** `code` spans in a manifest description, as the docs tables show them. */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

function renderTable(container: HTMLElement, rows: Row[] | undefined, error?: string) {
  const cell = (value: Row['values'][Theme]) => html`<td>
    ${value.colour
      ? html`<span
          aria-hidden="true"
          style="display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em; margin-inline-end: 0.35em;
            border: 1px solid #8888; border-radius: 2px; background: ${value.colour};"
        ></span>`
      : nothing}<code>${value.text}</code>${value.contrast
      ? html`<br /><small>${value.contrast.toFixed(2)}:1 on the background</small>`
      : nothing}
  </td>`;
  render(
    html`<table class="docs-token-table">
      <caption style="text-align: start; padding-block-end: 0.5rem;">
        Every CSS custom property of the library, measured in this browser${rows ? ` (${rows.length})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">What it styles</th>
          <th scope="col">Light theme</th>
          <th scope="col">Dark theme</th>
        </tr>
      </thead>
      <tbody>
        ${rows
          ? rows.map(
              (row) => html`<tr>
                <th scope="row" style="text-align: start;"><code>${row.name}</code></th>
                <td>${withCode(row.description)}<br /><small>Used by ${row.elements.map((t, i) => html`${i ? ', ' : ''}<code>&lt;${t}&gt;</code>`)}</small></td>
                ${cell(row.values.light)} ${cell(row.values.dark)}
              </tr>`,
            )
          : html`<tr>
              <td colspan="4">${error ?? 'Measuring…'}</td>
            </tr>`}
      </tbody>
    </table>`,
    container,
  );
}

/** `<TokenTable />` in MDX: the live table of custom properties. */
export function TokenTable() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let cancelled = false;
    renderTable(container, undefined);
    measure().then(
      (rows) => !cancelled && renderTable(container, rows),
      (error: unknown) => !cancelled && renderTable(container, undefined, `Could not measure: ${String(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return createElement('div', { ref, className: 'docs-check-a11y', 'data-token-table': '' });
}
