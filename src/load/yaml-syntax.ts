// Turns the parser's errors of one file into what an editor can act on: the first mistake, located, named
// from the parser's error code and a look at its source line, with a hint; the errors that follow from it
// are kept apart (shown with --all-errors), so one mistake is one diagnostic, in the UI's language.
import { Parser, type LineCounter, type YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import { findIndentProblem } from './yaml-indent.js';

/** The parser's codes this catalogue words (messages `yaml-error:CODE`); others are worded generically. */
export const WORDED_CODES = new Set([
  'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'TAB_AS_INDENT',
  'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE',
]);

interface Finding {
  offset: number;
  rule?: string;
  messageId: string;
  args?: Record<string, string | number>;
  hint?: string;
}

/** Every parser error of a file as diagnostics: duplicate keys each on their own; otherwise the first mistake, and the rest as `secondary`. */
export function syntaxDiagnostics(text: string, file: string, errors: readonly YAMLError[], lineCounter: LineCounter): Diagnostic[] {
  const at = (offset: number): SourceRef => ({ file, ...lineCounter.linePos(offset) });
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntax = sorted.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax.length === 0) return sorted.map((e) => duplicateKey(text, e, at));
  const first = syntax[0]!;
  const found = diagnose(text, first, lineCounter);
  const primary = error(found.rule ?? 'yaml-syntax', found.args ?? {}, { at: at(found.offset), messageId: found.messageId, ...(found.hint ? { hint: found.hint } : {}) });
  if (sorted.length > 1) primary.suppressed = sorted.length - 1;
  const rest = sorted.filter((e) => e !== first).map((e) => {
    const d = e.code === 'DUPLICATE_KEY' ? duplicateKey(text, e, at) : error('yaml-syntax', worded(e), { at: at(e.pos[0]), messageId: messageOf(e) });
    d.secondary = true;
    return d;
  });
  return [primary, ...rest];
}

function duplicateKey(text: string, e: YAMLError, at: (offset: number) => SourceRef): Diagnostic {
  const key = text.slice(e.pos[0], e.pos[1]).split(/[:\n]/)[0]!.trim();
  return error('duplicate-key', { key }, { at: at(e.pos[0]), messageId: 'yaml-duplicate-key', hint: 'hint-duplicate-key' });
}

const messageOf = (e: YAMLError) => (WORDED_CODES.has(e.code) ? `yaml-error:${e.code}` : 'yaml-syntax');
/** The parser's own words go only into the English message of a code this catalogue does not word. */
const worded = (e: YAMLError) => ({ code: e.code, reason: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });

/** The first mistake: what the source line shows, else what the parser's code says. */
function diagnose(text: string, first: YAMLError, lineCounter: LineCounter): Finding {
  if (first.code === 'TAB_AS_INDENT') return { offset: first.pos[0], rule: 'yaml-tab-indent', messageId: 'yaml-tab-indent', hint: 'hint-tab-indent' };
  const lines = text.split('\n');
  const lineStart = (n: number) => lineCounter.lineStarts[n - 1] ?? 0;
  const { line } = lineCounter.linePos(first.pos[0]);
  // A tab in the indentation near the error, which the parser may report as another mistake.
  for (let n = Math.max(1, line - 3); n <= Math.min(lines.length, line + 1); n++) {
    const tab = /^ *\t/.exec(lines[n - 1]!);
    if (tab) return { offset: lineStart(n) + tab[0].length - 1, rule: 'yaml-tab-indent', messageId: 'yaml-tab-indent', hint: 'hint-tab-indent' };
  }
  for (const n of [line, line - 1]) {
    if (n < 1) continue;
    const found = lookAtLine(lines[n - 1]!.replace(/\r$/, ''));
    if (found) return { ...found, offset: lineStart(n) + found.offset };
  }
  const unclosed = lastUnclosed(text, first.pos[0]);
  if (unclosed) return unclosed;
  const indent = findIndentProblem(lines, Math.max(1, line - 1), line + 1);
  if (indent) {
    const args = { key: indent.key, found: indent.found, expected: indent.expected, column: indent.expected + 1, sibling: indent.sibling.key, siblingLine: indent.sibling.line };
    return { offset: lineStart(indent.line) + indent.found, messageId: 'yaml-indent', args, hint: 'hint-yaml-indent' };
  }
  return { offset: first.pos[0], messageId: messageOf(first), args: worded(first) };
}

const FULLWIDTH_COLON = /^(\s*(?:-\s+)?|.*[{,]\s*)([A-Za-z_][\w-]*)\s*：/;
const FULLWIDTH_COMMA = /[{[].*?(，)\s*([A-Za-z_][\w-]*)\s*[:：]/;
const STRAY_BRACES = /^(\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?|.*[{,]\s*[\w-]+\s*:\s+)\{\{/;

/** Chinese punctuation typed where YAML needs its own, or a value starting with `{{`: offset within the line. */
function lookAtLine(source: string): Omit<Finding, 'offset'> & { offset: number } | undefined {
  const colon = FULLWIDTH_COLON.exec(source);
  if (colon) return { offset: source.indexOf('：', colon[1]!.length), messageId: 'yaml-fullwidth-colon', args: { key: colon[2]! }, hint: 'hint-fullwidth-colon' };
  const comma = FULLWIDTH_COMMA.exec(source);
  if (comma) return { offset: comma.index + comma[0].indexOf('，'), messageId: 'yaml-fullwidth-comma', args: { key: comma[2]! }, hint: 'hint-fullwidth-comma' };
  const braces = STRAY_BRACES.exec(source);
  if (braces) return { offset: braces[1]!.length, messageId: 'yaml-stray-braces', hint: 'hint-yaml-stray-braces' };
  return undefined;
}

type Token = { type?: string; offset?: number; source?: string; start?: unknown; end?: unknown } & Record<string, unknown>;

const CLOSERS: Record<string, string> = { '[': ']', '{': '}' };

/** The last `[`, `{` or quote opened before `limit` that is never closed, from yaml's concrete syntax tree. */
function lastUnclosed(text: string, limit: number): Finding | undefined {
  let found: Finding | undefined;
  const note = (f: Finding) => {
    if (f.offset <= limit && (!found || f.offset > found.offset)) found = f;
  };
  const pending: unknown[] = [];
  try {
    for (const token of new Parser().parse(text)) pending.push(token);
  } catch {
    return undefined;
  }
  // Iterative, so a file nested past the depth limit cannot exhaust the stack here.
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      pending.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const token = item as Token;
    if (token.type === 'flow-collection') {
      const open = (token.start as Token | undefined)?.source ?? '';
      const closed = Array.isArray(token.end) && token.end.some((t: Token) => t.source === CLOSERS[open]);
      if (!closed && CLOSERS[open]) note({ offset: token.offset!, messageId: 'yaml-unclosed-flow', args: { open, close: CLOSERS[open]! }, hint: 'hint-unclosed-flow' });
    } else if (token.type === 'double-quoted-scalar' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(token.source ?? '')) {
      note({ offset: token.offset!, messageId: 'yaml-unclosed-quote', args: { quote: '"' }, hint: 'hint-unclosed-double-quote' });
    } else if (token.type === 'single-quoted-scalar' && !/^'(?:[^']|'')*'$/.test(token.source ?? '')) {
      note({ offset: token.offset!, messageId: 'yaml-unclosed-quote', args: { quote: "'" }, hint: 'hint-unclosed-single-quote' });
    }
    for (const value of Object.values(token)) if (value && typeof value === 'object') pending.push(value);
  }
  return found;
}
