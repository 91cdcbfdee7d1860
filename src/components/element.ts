/** A child of {@link el}: an element, a text node or text. */
export type Child = Node | string;

/**
 * An element with its attributes and children, in the given document (a JSDOM one in tests).
 *
 * @example
 * el(document, "a", {href: "./x.html"}, "x").outerHTML // '<a href="./x.html">x</a>'
 */
export function el(document: Document, tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
