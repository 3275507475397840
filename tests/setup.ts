/**
 * Loaded before every test file (web-test-runner.config.js, testRunnerHtml).
 *
 * A failed assertion carries its `actual` and `expected` values to the runner. When one is a DOM
 * node, @web/test-runner's serializer walks from it into the whole page and never returns, so the
 * run hangs until its timeout instead of reporting the failure. Nodes are replaced by their markup.
 */
// Not from @open-wc/testing: loading it before mocha would skip its automatic fixture cleanup.
// Before Lit loads: elements a test renders on the server hydrate (tests/fixture.ts); others are unaffected.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { Assertion } from '@esm-bundle/chai';

const describeNode = (node: Node): string =>
  node instanceof Element ? node.outerHTML.slice(0, 300) : `${node.nodeName} ${node.textContent?.slice(0, 100) ?? ''}`;

const plain = (value: unknown): unknown => {
  if (value instanceof Node) return describeNode(value);
  if (value instanceof NodeList || value instanceof HTMLCollection) return [...value].map(describeNode);
  if (Array.isArray(value) && value.some((item) => item instanceof Node)) return value.map(plain);
  return value;
};

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    failure.actual = plain(failure.actual);
    failure.expected = plain(failure.expected);
    throw error;
  }
};

// Lit's dev-mode warnings (change-in-update, class-field shadowing, …) are bugs: collected here,
// before Lit loads, and failed by the root hook in tests/support.ts. Its dev-mode banner is not.
const litWarnings: string[] = [];
(window as unknown as { __litWarnings: string[] }).__litWarnings = litWarnings;
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
  warn(...args);
};
