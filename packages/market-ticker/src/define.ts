/**
 * A tag taken by another definition (another library, or a second copy of this one) keeps that
 * definition: a second `define` would throw. Say so once per page, naming the tag, since the page
 * then shows elements that this copy does not control. Each element module calls
 * `customElements.define` itself, where the manifest analyzer finds it, and this otherwise.
 *
 * "Once per page" holds across copies: the CDN loader, its chunks and the single file share the
 * flag through the global symbol registry, so two copies on one page warn once, not once a tag.
 */
const COPY = Symbol.for('market-ticker.copy');
const WARNED = Symbol.for('market-ticker.warned');
type Registry = { [COPY]?: string; [WARNED]?: boolean };
const registry = globalThis as Registry;

function warnOnce(message: string): void {
  if (registry[WARNED]) return;
  registry[WARNED] = true;
  console.warn(message);
}

export function warnIfTaken(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag) === element) return;
  warnOnce(
    `market-ticker: <${tag}> is already defined by another script; that definition is kept and this one is not registered.`,
  );
}

/**
 * Records `url` as the page's copy of the library (the single file calls it; the loader keeps the
 * same record), and warns once when another copy got there first.
 */
export function claimPage(url: string): void {
  if (!registry[COPY]) registry[COPY] = url;
  else if (registry[COPY] !== url) {
    warnOnce(`market-ticker: ${url} is a second copy of the library on this page (the first is ${registry[COPY]}).`);
  }
}
