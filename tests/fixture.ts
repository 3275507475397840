// One fixture helper for element tests, in two renderings: client-rendered, and server-rendered
// (@lit-labs/ssr in Node, tests/engines/ssr-plugin.js) then hydrated, as a page using SSR meets
// the elements. The server renders the built modules (dist/, so `npm run build` first) in the
// page's locale; hydration must then take over the server's nodes without a change.
import { fixture as clientFixture } from '@open-wc/testing';
import { hydrate } from '@lit-labs/ssr-client';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { getLocale } from '../packages/market-ticker/src/localization.js';

export const RENDERINGS = ['client-rendered', 'server-rendered and hydrated'] as const;
export type Rendering = (typeof RENDERINGS)[number];

export type Fixture = <T extends Element>(template: TemplateResult) => Promise<T>;

const containers: HTMLElement[] = [];

/** The server's HTML for `template` in a container of the page, not yet hydrated. */
export async function serverRendered(template: TemplateResult): Promise<HTMLElement> {
  // What the server gets is what JSON carries: a function (a listener, a valueOf) does not cross.
  const sent = JSON.parse(JSON.stringify(template)) as unknown;
  const html = await executeServerCommand<string, unknown>('server-render', { template: sent, locale: getLocale() });
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  container.setHTMLUnsafe(html ?? '');
  return container;
}

/** Hydrates what `serverRendered` made: the template's own bindings first, then the elements. */
export async function hydrated<T extends Element>(container: HTMLElement, template: TemplateResult): Promise<T> {
  hydrate(template, container);
  for (const deferred of container.querySelectorAll('[defer-hydration]')) deferred.removeAttribute('defer-hydration');
  const el = container.firstElementChild as T | null;
  if (el === null) throw new Error('the server rendered nothing');
  await (el as unknown as Partial<LitElement>).updateComplete;
  return el;
}

const serverFixture: Fixture = async (template) => hydrated(await serverRendered(template), template);

export function fixtureFor(rendering: Rendering): Fixture {
  return rendering === 'client-rendered' ? (template) => clientFixture(template) : serverFixture;
}

/** Declares `suite` once per rendering, with the fixture that renders that way. */
export function eachRendering(name: string, suite: (fixture: Fixture, rendering: Rendering) => void): void {
  for (const rendering of RENDERINGS) describe(`${name} (${rendering})`, () => suite(fixtureFor(rendering), rendering));
}

/**
 * `it` for a test whose set-up the server cannot see (a fake clock, closures added in the page, an
 * element the test defines, a NUL that the HTML parser replaces): declared in the client rendering
 * only, so it still runs once.
 */
export function itClientRendered(rendering: Rendering): (title: string, test: () => Promise<void>) => void {
  return rendering === 'client-rendered' ? (title, test) => void it(title, test) : () => undefined;
}

// @open-wc's fixtures clean up after each test by themselves; the server-rendered ones do not.
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});
