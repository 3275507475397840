/**
 * Registers an element once. When the tag is taken by another definition (another library, or
 * a second copy of this one), the page keeps that one: a second `define` would throw. Say so once
 * per tag, naming it, since the page then shows elements that this copy does not control.
 */
const warned = new Set<string>();

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`market-ticker: <${tag}> is already defined by another script; that definition is kept and this one is not registered.`);
}
