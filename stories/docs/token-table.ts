/**
 * The theming guide's live table: every CSS custom property that any element documents (from
 * custom-elements.json), with its description and its value in each theme and trend convention,
 * measured in this browser by rendering each element and reading its computed style.
 *
 * The public properties are only read through `var(--market-ticker-…, fallback)` into private
 * tokens on `:host` (`--_up`), so the public name has no computed value unless a page sets one:
 * the table reads the private token instead (found in the element's own stylesheet, see
 * tokenDefaults in manifest.ts), then resolves it to a colour in each theme with a probe that sits
 * in the same `color-scheme`. A value set by the page on an ancestor shows up here too.
 *
 * Each value is measured in four settings (light and dark, green-up and red-up: a quote cell with
 * `trend-colors="red-up"` swaps up and down), and each text or indicator colour gets its WCAG
 * contrast ratio on what it is drawn on: the element's background and, for the colours inside a
 * quote cell, the highlight tints behind a price that rose or fell.
 */
import { createElement, useEffect, useRef } from 'react';
import { html, nothing, render } from 'lit';
import { elementDeclarations, tokenDefaults } from './manifest.js';

type Theme = 'light' | 'dark';
type Convention = 'green-up' | 'red-up';
const THEMES: Theme[] = ['light', 'dark'];
const CONVENTIONS: Convention[] = ['green-up', 'red-up'];

/** The four columns of values: each theme in each trend-colour convention. */
interface Setting {
  key: string;
  theme: Theme;
  convention: Convention;
  title: string;
}
const SETTINGS: Setting[] = THEMES.flatMap((theme) =>
  CONVENTIONS.map((convention) => ({
    key: `${theme} ${convention}`,
    theme,
    convention,
    title: `${theme === 'light' ? 'Light' : 'Dark'}, ${convention === 'green-up' ? 'green up' : 'red up'}`,
  })),
);

interface Contrast {
  /** What the colour sits on: the background, or a highlight behind a changed price. */
  on: string;
  ratio: number;
  /** WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for a focus ring or an indicator dot (1.4.11). */
  minimum: number;
}

interface Cell {
  text: string;
  colour?: string;
  contrasts: Contrast[];
}

interface Row {
  name: string;
  description: string;
  elements: string[];
  values: Record<string, Cell>;
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
/** Marks that are not text (a focus ring, the status dot): WCAG asks 3:1 of them, not 4.5:1. */
const NON_TEXT = /(focus|open|pre-open|break|closed)-color$/;
/** What a quote cell draws on its highlight tint while a changed price is highlighted. */
const ON_HIGHLIGHT = /^--market-ticker-(up|down|flat|text)-color$/;
/** Where trend colours take effect: the quote cell swaps up and down (and their tints) for red-up. */
const TREND_ELEMENT = 'quote-cell';

/**
 * Where an element's tokens resolve in a convention: for red-up, the element in its shadow root
 * that carries the `red-up` class (the quote cell's base), else the host.
 */
function scopeOf(element: Element, convention: Convention): Element {
  return (convention === 'red-up' && element.shadowRoot?.querySelector('.red-up')) || element;
}

async function measure(): Promise<Row[]> {
  const declarations = elementDeclarations().filter((d) => d.tagName && customElements.get(d.tagName));
  const rows = new Map<string, Row>();
  for (const declaration of declarations) {
    for (const property of declaration.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        elements: [],
        values: {},
      };
      row.elements.push(declaration.tagName!);
      rows.set(property.name, row);
    }
  }

  // One instance of each element per theme and convention, out of sight, plus a probe to resolve colours.
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position: absolute; left: -10000px; top: 0; width: 600px;';
  const surfaces = new Map<string, HTMLElement>();
  for (const setting of SETTINGS) {
    const surface = document.createElement('div');
    surface.style.colorScheme = setting.theme;
    for (const declaration of declarations) {
      const element = document.createElement(declaration.tagName!);
      element.setAttribute('trend-colors', setting.convention);
      if (declaration.tagName === TREND_ELEMENT) element.setAttribute('symbol', '^HSI');
      surface.append(element);
    }
    const probe = document.createElement('span');
    probe.className = 'probe';
    surface.append(probe);
    stage.append(surface);
    surfaces.set(setting.key, surface);
  }
  // In the body, not in the table's container: the stage is not content (and not checked by axe).
  document.body.append(stage);
  try {
    await Promise.all(
      [...stage.querySelectorAll('*')].map(
        (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
      ),
    );
    const defaults = new Map(declarations.map((d) => [d.tagName!, tokenDefaults(d.tagName!)]));
    for (const setting of SETTINGS) {
      const surface = surfaces.get(setting.key)!;
      const probe = surface.querySelector<HTMLElement>('.probe')!;
      const resolveColour = (value: string) => {
        probe.style.color = '';
        probe.style.color = value;
        return probe.style.color ? rgbOf(getComputedStyle(probe).color) : undefined;
      };
      for (const row of rows.values()) {
        const hasToken = (t: string) => defaults.get(t)?.has(row.name);
        const tag =
          (row.elements.includes(TREND_ELEMENT) && hasToken(TREND_ELEMENT)
            ? TREND_ELEMENT
            : row.elements.find(hasToken)) ?? row.elements[0];
        const token = defaults.get(tag)?.get(row.name);
        const style = getComputedStyle(scopeOf(surface.querySelector(tag)!, setting.convention));
        const read = (name: string) => style.getPropertyValue(name).trim();
        // A value set by the page wins; else the private token the element reads it into.
        const value = read(row.name) || (token?.privateName ? read(token.privateName) : '') || token?.fallback || '';
        const cell: Cell = { text: value || '—', contrasts: [] };
        const rgb = isColour(row.name) && value ? resolveColour(value) : undefined;
        if (rgb) {
          cell.colour = cell.text = hex(rgb);
          if (FOREGROUND.test(row.name)) {
            const grounds: Array<[string, string]> = [['background', read('--_background') || 'Canvas']];
            if (tag === TREND_ELEMENT && ON_HIGHLIGHT.test(row.name)) {
              grounds.push(['up highlight', read('--_flash-up')], ['down highlight', read('--_flash-down')]);
            }
            for (const [on, ground] of grounds) {
              const background = ground ? resolveColour(ground) : undefined;
              if (background)
                cell.contrasts.push({
                  on,
                  ratio: contrast(rgb, background),
                  minimum: NON_TEXT.test(row.name) ? 3 : 4.5,
                });
            }
          }
        }
        row.values[setting.key] = cell;
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

/** A ratio as WCAG writes it, rounded down so that 4.499 never reads as 4.50. */
const ratioText = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

function renderTable(container: HTMLElement, rows: Row[] | undefined, error?: string) {
  const cell = (value: Cell) => html`<td>
    ${
      value.colour
        ? html`<span
          aria-hidden="true"
          style="display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em; margin-inline-end: 0.35em;
            border: 1px solid #8888; border-radius: 2px; background: ${value.colour};"
        ></span>`
        : nothing
    }<code>${value.text}</code>${value.contrasts.map(
      (c) =>
        html`<br /><small>${ratioText(c.ratio)} on ${c.on}${c.ratio < c.minimum ? html` <strong>(below ${c.minimum}:1)</strong>` : nothing}</small>`,
    )}
  </td>`;
  render(
    html`<table class="docs-token-table">
      <caption style="text-align: start; padding-block-end: 0.5rem;">
        Every CSS custom property of the library, measured in this browser${rows ? ` (${rows.length})` : ''}, in both themes
        and both trend-colour conventions. Under each text and indicator colour: its WCAG contrast ratio on the background,
        and for a quote cell's colours on the highlight behind a price that rose or fell (AA asks 4.5:1 of text, 3:1 of a
        focus ring or status dot).
      </caption>
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">What it styles</th>
          ${SETTINGS.map((setting) => html`<th scope="col">${setting.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${
          rows
            ? rows.map(
                (row) => html`<tr>
                <th scope="row" style="text-align: start;"><code>${row.name}</code></th>
                <td>${withCode(row.description)}<br /><small>Used by ${row.elements.map((t, i) => html`${i ? ', ' : ''}<code>&lt;${t}&gt;</code>`)}</small></td>
                ${SETTINGS.map((setting) => cell(row.values[setting.key]!))}
              </tr>`,
              )
            : html`<tr>
              <td colspan=${2 + SETTINGS.length}>${error ?? 'Measuring…'}</td>
            </tr>`
        }
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
