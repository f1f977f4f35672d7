/**
 * rehype plugin: wide tables and display maths scroll sideways inside themselves on a narrow
 * screen instead of pushing the page wider, and keyboard users can reach them to scroll them.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

const hasClass = (node: Element, name: string) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

export default function rehypeScrollables() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (hasClass(node, 'katex-display')) {
        node.properties.tabIndex = 0;
        return;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && hasClass(parent, 'table-scroll')) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0 },
        children: [node],
      };
    });
  };
}
