// Expands `{{…}}` variables in one text: Handlebars in strict mode, no HTML escaping, no prototype access,
// only the built-in logic helpers (nothing that reaches the file system or the console).
import { compiler } from '../handlebars.js';
import type { MessageArgs } from '../../diagnostics/messages.js';
import { isSlot, slotDescription, type Json } from '../../model/types.js';
import { BoundedCache } from './bounded-cache.js';
import { guardPrinting, PrintRefused, printable, printHelpers, type PrintProblem } from './print-guard.js';

let env: typeof Handlebars | undefined;
/** The Handlebars environment of texts, made the first time a text needs the compiler (few do: compilePlain). */
function handlebars(): typeof Handlebars {
  if (!env) {
    env = compiler().create();
    env.unregisterHelper('log');
    env.unregisterHelper('helperMissing');
    env.unregisterHelper('blockHelperMissing');
    // A mustache prints a string, number or boolean, and `lookup` refuses a missing field (print-guard.ts).
    env.registerHelper('print', printHelpers.print);
    env.registerHelper('lookup', printHelpers.lookup);
  }
  return env;
}

const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup']);
const COMPILE: CompileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: { if: true, unless: true, each: true, with: true, lookup: true, print: true, log: false, helperMissing: false, blockHelperMissing: false } };
const RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, partials: {}, helpers: {} };

export type ExpandProblem =
  | { kind: 'missing-variable'; name: string }
  | { kind: 'unfilled-slot'; name: string; todo: string }
  /** `messageId`: `template-syntax` (Handlebars' own words in `reason`), `template-syntax-helper`, `template-syntax-statement`. */
  | { kind: 'template-syntax'; messageId: string; args: MessageArgs; hint?: string }
  | PrintProblem;

/** Handlebars' own message (a parse or runtime error), shown as it is. */
const handlebarsSays = (reason: string): ExpandProblem => ({ kind: 'template-syntax', messageId: 'template-syntax', args: { reason } });

interface Compiled {
  paths: string[][];
  problems: ExpandProblem[];
  run?: Handlebars.TemplateDelegate;
  /** For texts of plain variables only: the text between them, around the values of `paths` in order. */
  literals?: string[];
}

// Texts repeat across variants and languages; parsing each distinct text once keeps the matrix fast.
// Bounded: the shipped workspace has a few hundred texts with variables; `--watch` adds one per edit for ever.
export const compiledTexts = new BoundedCache<string, Compiled>(10_000);

/** `{{a.b.c}}`: a plain variable, nothing else Handlebars would read differently. */
const PLAIN = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*)\s*\}\}/g;
const RESERVED = new Set(['this', 'else', 'true', 'false', 'null', 'undefined']);

/**
 * Texts whose only mustaches are plain variables (all the shipped ones) skip Handlebars' compiler,
 * which writes and evaluates a JavaScript function per text: substituting the values gives the same
 * text (noEscape, strict: every path was checked to exist). Anything else returns undefined.
 */
function compilePlain(source: string): Compiled | undefined {
  const literals: string[] = [];
  const paths: string[][] = [];
  let last = 0;
  for (const m of source.matchAll(PLAIN)) {
    const parts = m[1]!.split('.');
    if (RESERVED.has(parts[0]!) || parts.some((p) => p === 'this')) return undefined;
    const before = m.index > 0 ? source[m.index - 1] : '';
    if (before === '\\' || before === '{' || source[m.index + m[0].length] === '}') return undefined;
    literals.push(source.slice(last, m.index));
    paths.push(parts);
    last = m.index + m[0].length;
  }
  literals.push(source.slice(last));
  if (literals.some((l) => l.includes('{{') || l.includes('\\{'))) return undefined;
  return { paths, problems: [], literals };
}

/** The literals between a text's plain `{{variables}}` and their paths; undefined for a text that uses more of Handlebars. */
export function plainVariables(source: string): { literals: string[]; paths: string[][] } | undefined {
  const compiled = compilePlain(source);
  return compiled?.literals ? { literals: compiled.literals, paths: compiled.paths } : undefined;
}

function compile(source: string): Compiled {
  return compiledTexts.getOrMake(source, (text) => compilePlain(text) ?? compileHandlebars(text));
}

function compileHandlebars(source: string): Compiled {
  try {
    const hb = handlebars();
    const ast = hb.parse(source);
    const paths: string[][] = [];
    const problems: ExpandProblem[] = [];
    collect(ast, paths, problems);
    return problems.length > 0 ? { paths, problems } : { paths, problems, run: hb.compile(guardPrinting(ast), COMPILE) };
  } catch {
    // Handlebars' parse error quotes a cut-off excerpt: say what is wrong in the user's words instead.
    return { paths: [], problems: [{ kind: 'template-syntax', messageId: 'template-syntax-braces', args: {}, hint: 'hint-template-braces' }] };
  }
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

type AnyNode = hbs.AST.Node;

/** Variable paths used at the top level (inside `each` / `with` the context changes: strict mode checks those). */
function collect(node: AnyNode, paths: string[][], problems: ExpandProblem[]): void {
  switch (node.type) {
    case 'Program':
      for (const statement of (node as unknown as hbs.AST.Program).body) collect(statement as AnyNode, paths, problems);
      return;
    case 'MustacheStatement':
    case 'SubExpression':
    case 'BlockStatement': {
      const n = node as unknown as hbs.AST.BlockStatement;
      const isCall = n.params.length > 0 || node.type !== 'MustacheStatement';
      if (isCall) {
        const helper = n.path.type === 'PathExpression' ? (n.path as hbs.AST.PathExpression).original : '';
        if (!HELPERS.has(helper)) problems.push({ kind: 'template-syntax', messageId: 'template-syntax-helper', args: { helper } });
      } else collect(n.path as AnyNode, paths, problems);
      for (const param of n.params) collect(param as AnyNode, paths, problems);
      for (const pair of n.hash?.pairs ?? []) collect(pair.value as AnyNode, paths, problems);
      if (node.type === 'BlockStatement') {
        const helper = (n.path as hbs.AST.PathExpression).original;
        if (helper === 'if' || helper === 'unless') {
          if (n.program) collect(n.program as AnyNode, paths, problems);
          if (n.inverse) collect(n.inverse as AnyNode, paths, problems);
        }
      }
      return;
    }
    case 'PathExpression': {
      const p = node as unknown as hbs.AST.PathExpression;
      if (!p.data && p.depth === 0 && p.parts.length > 0) paths.push(p.parts);
      return;
    }
    case 'ContentStatement':
    case 'CommentStatement':
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'UndefinedLiteral':
    case 'NullLiteral':
      return;
    default:
      problems.push({ kind: 'template-syntax', messageId: 'template-syntax-statement', args: { statement: node.type.replace(/Statement$/, '').toLowerCase() } });
  }
}

/** Returned by `lookup` for a path that does not exist. */
const MISSING = Symbol('missing');

function lookup(context: Json, parts: string[]): Json | typeof MISSING {
  let value: Json = context;
  for (const part of parts) {
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(part) || Number(part) >= value.length) return MISSING;
      value = value[Number(part)];
    } else if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, part)) value = value[part];
    else return MISSING;
  }
  return value;
}

/**
 * Expands `source` against `context` (already in the output language); `raw` is the same context
 * before slots became placeholders, to report which slots a text shows.
 */
export function expandVariables(source: string, context: Json, raw: Json): { text: string; problems: ExpandProblem[] } {
  if (!source.includes('{{')) return { text: source, problems: [] };
  const compiled = compile(source);
  const problems: ExpandProblem[] = [...compiled.problems];
  const values: Json[] = [];
  let blocking = problems.length > 0;
  for (const parts of compiled.paths) {
    const value = lookup(context, parts);
    if (value === MISSING) {
      problems.push({ kind: 'missing-variable', name: parts.join('.') });
      blocking = true;
      continue;
    }
    values.push(value);
    const rawValue = lookup(raw, parts);
    if (rawValue !== MISSING && isSlot(rawValue)) problems.push({ kind: 'unfilled-slot', name: parts.join('.'), todo: slotDescription(rawValue.todo) });
  }
  if (blocking) return { text: source, problems };
  // Plain variables (noEscape, every path checked above): the values between the literals, as Handlebars would print them.
  const { literals } = compiled;
  if (literals) {
    let text = literals[0];
    for (let i = 0; i < values.length; i++) {
      const printed = printable(values[i], compiled.paths[i]!.join('.'));
      if (typeof printed !== 'string') return { text: source, problems: [...problems, printed] };
      text += printed + literals[i + 1];
    }
    return { text, problems };
  }
  if (!compiled.run) return { text: source, problems };
  try {
    return { text: compiled.run(context, RUNTIME), problems };
  } catch (err) {
    if (err instanceof PrintRefused) return { text: source, problems: [...problems, err.problem] };
    const reason = firstLine(err);
    const missing = /^"?([^"\s]+)"? not defined in/.exec(reason);
    problems.push(missing ? { kind: 'missing-variable', name: missing[1] } : handlebarsSays(reason));
    return { text: source, problems };
  }
}
