// Finds the line whose indentation breaks the nesting of the lines above it: what a YAML parser reports,
// often a line early or as a different mistake, when a key is indented one space too many or too few.

export interface IndentProblem {
  /** 1-based line of the misplaced key, its indentation, and the indentation of the entries it belongs with. */
  line: number;
  key: string;
  found: number;
  expected: number;
  /** The entry at the expected indentation nearest above it. */
  sibling: { line: number; key: string };
}

interface Level {
  indent: number;
  line: number;
  key: string;
}

const ENTRY = /^(-(?:\s+|$))?(?:((?:[^\s#'"{[\]}:,-][^:#]*?)|"[^"]*"|'[^']*')\s*:(?:\s+|$))?(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;

/**
 * The first line from `from` to `to` (1-based) that is indented where no open map or list is; lines above
 * `from` that break the nesting are taken as they are, so only the window near the parser's error is judged.
 */
export function findIndentProblem(lines: readonly string[], from: number, to: number): IndentProblem | undefined {
  const stack: Level[] = [];
  /** The indentation a child of the last entry must exceed, when the last entry opened a block (`key:` or `-`). */
  let opened: number | undefined;
  /** Lines deeper than this belong to the last entry's value (a block scalar, or a plain text over several lines). */
  let valueOf: { indent: number; block: boolean; content?: number } | undefined;
  let openFlow = 0;
  for (let n = 1; n <= Math.min(to, lines.length); n++) {
    const raw = lines[n - 1]!.replace(/\r$/, '');
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    if (openFlow > 0) {
      openFlow = Math.max(0, openFlow + flowDepth(content));
      continue;
    }
    const indent = raw.length - content.length;
    if (valueOf && indent > valueOf.indent) {
      // A deeper line continues the value above it, unless it is a `key:` under a value that is text, or
      // a `key:` less indented than the block text it follows.
      const m = ENTRY.exec(content);
      valueOf.content ??= indent;
      const misplaced = m?.[2] && !m[1] && (!valueOf.block || indent < valueOf.content);
      if (misplaced && n >= from) return problem(n, m[2]!, indent, stack);
      continue;
    }
    valueOf = undefined;
    const m = ENTRY.exec(content)!;
    const [, dash, key, rest = ''] = m;
    let valid: boolean;
    if (opened !== undefined && (indent > opened || (indent === opened && dash))) {
      stack.push({ indent, line: n, key: key ?? '-' });
      valid = true;
    } else {
      const open = [...stack];
      while (stack.length > 0 && stack.at(-1)!.indent > indent) stack.pop();
      valid = stack.length === 0 ? indent === 0 : stack.at(-1)!.indent === indent;
      if (!valid && n >= from && (key || dash)) return problem(n, key ?? '-', indent, open);
      // Taken as it is (above the window): the lines after it are judged against it.
      if (!valid || stack.length === 0) stack.push({ indent, line: n, key: key ?? '-' });
      else Object.assign(stack.at(-1)!, { line: n, key: key ?? '-' });
    }
    opened = undefined;
    let entryIndent = indent;
    if (dash && key) {
      // `- key: value` opens the item's map at the key's column.
      entryIndent = indent + dash.length;
      stack.push({ indent: entryIndent, line: n, key });
    }
    const value = rest.trim();
    if ((key || dash) && (value === '' || value.startsWith('#'))) opened = entryIndent;
    else if (BLOCK_SCALAR.test(value)) valueOf = { indent: entryIndent, block: true };
    else {
      valueOf = { indent: entryIndent, block: false };
      openFlow = Math.max(0, flowDepth(value));
    }
  }
  return undefined;
}

function problem(line: number, key: string, found: number, stack: readonly Level[]): IndentProblem {
  // The open level nearest to where the line is; between two, the deeper one (a sibling of the line above).
  let best: Level | undefined;
  for (const level of stack) if (!best || Math.abs(level.indent - found) <= Math.abs(best.indent - found)) best = level;
  const sibling = best ?? { indent: 0, line: 1, key: '' };
  return { line, key, found, expected: sibling.indent, sibling: { line: sibling.line, key: sibling.key } };
}

/** How many flow brackets a value leaves open, outside quotes (a value that starts a `[…]` or `{…}` over several lines). */
function flowDepth(text: string): number {
  if (!/^[[{]/.test(text) && !/[[{]\s*$/.test(text)) return 0;
  let depth = 0;
  let quote = '';
  // A quote opens a quoted value only where a value starts (an apostrophe inside `college's` does not).
  let valueStart = true;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if ((ch === '"' || ch === "'") && valueStart) quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === '#' && depth === 0) break;
    if (ch !== ' ') valueStart = ch === '[' || ch === '{' || ch === ',' || ch === ':';
  }
  return depth;
}
