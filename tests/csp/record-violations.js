// The first script on the CSP test page (a classic script, so it runs before any module): records
// every Content-Security-Policy and Trusted Types violation, and every uncaught error, for
// scripts/check-csp.mjs to read back.
window.__csp = { violations: [], errors: [], feedStatuses: [] };

/** `market-ticker#strip > div.track`: the element, and the hosts of the shadow roots it is in. */
function describe(node) {
  const parts = [];
  for (let n = node; n instanceof Element;) {
    parts.unshift(
      `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`,
    );
    const root = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : null;
  }
  return parts.join(' > ');
}
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__csp.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      disposition: event.disposition,
      element: describe(event.composedPath()[0]),
    });
  },
  true,
);
window.addEventListener('error', (event) => {
  window.__csp.errors.push(String(event.error?.stack ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.__csp.errors.push(String(event.reason?.stack ?? event.reason));
});
// WebKit's WebDriver reports no console messages: console errors are recorded here as well.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__csp.errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
