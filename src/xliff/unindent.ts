// Undoes the indentation a pretty-printing XML writer puts inside a source or target that has no
// xml:space="preserve" (XLIFF then leaves white space to the tool): the npm `xliff` library, for one,
// puts a line break and indentation before every inline element and before the closing tag around them.
import type { ReadNode } from './read-xliff.js';

const INDENT = /\n[ \t]*$/;

/**
 * Removes one line break and its indentation before each inline element and before each closing tag of
 * an element holding elements — only when every such place has one, the mark of a pretty printer;
 * otherwise the text is left as it is.
 */
export function unindent(nodes: ReadNode[]): ReadNode[] {
  return allIndented(nodes) && hasElements(nodes) ? strip(nodes) : nodes;
}

function hasElements(nodes: ReadNode[]): boolean {
  return nodes.some((n) => typeof n !== 'string');
}

function allIndented(nodes: ReadNode[]): boolean {
  if (!hasElements(nodes)) return true;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (typeof n === 'string') continue;
    const before = nodes[i - 1];
    if (typeof before !== 'string' || !INDENT.test(before)) return false;
    if (!allIndented(n.children)) return false;
  }
  const last = nodes[nodes.length - 1];
  return typeof last === 'string' && INDENT.test(last);
}

function strip(nodes: ReadNode[]): ReadNode[] {
  const out: ReadNode[] = [];
  nodes.forEach((n, i) => {
    if (typeof n !== 'string') {
      out.push({ ...n, children: hasElements(n.children) ? strip(n.children) : n.children });
      return;
    }
    const next = nodes[i + 1];
    const cut = next === undefined || typeof next !== 'string' ? n.replace(INDENT, '') : n;
    if (cut !== '') out.push(cut);
  });
  return out;
}
