/**
 * Brings a part of a chart up to date with new markup by changing only what differs: attributes
 * and text in place, nodes only where the structure changed. Setting innerHTML on an SVG group
 * reparses it as foreign content, which measured several times slower than patching the few
 * coordinates an edited assumption moves. (For HTML parts innerHTML was faster than parsing and
 * walking; and what a slider drag moves is not markup at all but slots, see slots.ts.)
 */
const template = document.createElement('template');

function parse(container: Element, markup: string): Node[] {
  // SVG children must be parsed in SVG context or they come out as unknown HTML elements.
  const svg = container instanceof SVGElement;
  template.innerHTML = svg ? `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>` : markup;
  const root = svg ? template.content.firstChild! : template.content;
  return [...root.childNodes];
}

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function patch(current: Node, next: Node) {
  if (current.nodeType !== Node.ELEMENT_NODE) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const from = current as Element;
  const to = next as Element;
  for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of [...to.attributes])
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  morphChildren(from, [...to.childNodes]);
}

function morphChildren(parent: Node, next: Node[]) {
  const current = [...parent.childNodes];
  next.forEach((node, index) => {
    const existing = current[index];
    if (!existing) parent.appendChild(node);
    else if (sameKind(existing, node)) patch(existing, node);
    else parent.replaceChild(node, existing);
  });
  for (let index = next.length; index < current.length; index++) parent.removeChild(current[index]);
}

export function morph(container: Element, markup: string) {
  morphChildren(container, parse(container, markup));
}
