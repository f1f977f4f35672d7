/** What KaTeX wrote in a page: its formulas' classes and the characters they draw. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const isFormula = (node: Element) =>
  Array.isArray(node.properties.className) && node.properties.className.some((name) => /^katex/.test(String(name)));

/** Each formula's outermost element in `html` (.katex, or the .katex-display around a displayed one). */
function formulas(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node) => {
    if (!isFormula(node)) return;
    found.push(node);
    return 'skip';
  });
  return found;
}

/** Every class on KaTeX's markup in `html`: on each formula's outermost element and everything inside it. */
export function mathClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const formula of formulas(html))
    visit(formula, 'element', (node) => {
      for (const name of node.properties.className ?? []) classes.add(String(name));
    });
  return classes;
}

/**
 * Every character of the formulas in `html`: what they draw, and their MathML copy (laid out in
 * KaTeX's fonts too, though hidden), but not the TeX source each keeps as an annotation.
 */
export function mathText(html: string): Set<string> {
  const chars = new Set<string>();
  for (const formula of formulas(html))
    visit(formula, (node) => {
      if (node.type === 'element' && node.tagName === 'annotation') return 'skip';
      if (node.type === 'text') for (const char of node.value) chars.add(char);
    });
  return chars;
}
