/**
 * A tag taken by another definition (another library, or a second copy of this one) keeps that
 * definition: a second `define` would throw. Say so once per tag, naming it, since the page then
 * shows elements that this copy does not control. Each element module calls
 * `customElements.define` itself, where the manifest analyzer finds it, and this otherwise.
 */
const warned = new Set<string>();

export function warnIfTaken(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag) === element || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `market-ticker: <${tag}> is already defined by another script; that definition is kept and this one is not registered.`,
  );
}
