/**
 * Every text a user could see or hear under `root` (an element, a shadow root, or a selector for
 * the elements to read), through nested shadow roots: text, and the aria-label, title and alt
 * attributes. Self-contained, so that the node-side checks can hand it to `page.evaluate`.
 */
export function deepText(root) {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element) {
      // A server-rendered shadow root keeps its <style>; no one sees or hears it.
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const attr of ['aria-label', 'title', 'alt']) {
        const value = node.getAttribute(attr);
        if (value) text += ` ${value} `;
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  if (typeof root === 'string') document.querySelectorAll(root).forEach(walk);
  else walk(root);
  return text;
}
