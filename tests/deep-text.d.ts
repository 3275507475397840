export function deepText(root: Element | ShadowRoot | string): string;
