import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Property name (custom properties included) to value; `undefined` leaves it out. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the CSSOM, in the browser. Lit's `styleMap` writes the
 * `style` attribute on its first render, which a strict Content-Security-Policy
 * (`style-src 'self'`) blocks and reports; `style.setProperty` is allowed. On the server it
 * renders the attribute text, so server-rendered HTML has the same look before hydration.
 * Bind it to the style attribute: `<div style=${styleProperties({ '--_x': '1px' })}>`.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('styleProperties() must be the whole value of a style attribute');
    }
  }

  render(properties: StyleProperties): string {
    return Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [StyleProperties]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
