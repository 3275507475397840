/**
 * Fails the test during which Lit issues a dev-mode warning (change-in-update, class-field
 * shadowing, …): each is a bug. tests/setup.ts collects them before Lit loads; the runner adds
 * this module to every test file (web-test-runner.config.js). No imports, so that loading it
 * changes no test's module order.
 */
const collected = (): string[] => (window as unknown as { __litWarnings: string[] }).__litWarnings;

/** Lit's warnings issued so far and not yet taken. */
export function takeLitWarnings(): string[] {
  return collected().splice(0);
}

// Lit issues each warning once per page, so the first test that causes it is the one to fail.
afterEach(function () {
  const warnings = takeLitWarnings();
  if (warnings.length > 0)
    throw new Error(`Lit dev-mode warning during "${this.currentTest?.fullTitle()}":\n${warnings.join('\n')}`);
});
