// What a `{{…}}` may print: a string, a number or a boolean. A group of fields (`{{locality}}` would print
// "[object Object]"), a list, or nothing (`{{lookup locality "nmae"}}` would print "") is a problem that
// names the expression. Handlebars prints whatever it finds, so every mustache is rewritten to go
// through the `print` helper, and `lookup` is replaced by one that refuses a field that is not there.
import type { Json } from '../../model/types.js';

export type PrintProblem = { kind: 'not-printable'; name: string; value: 'group' | 'list' | 'nothing' } | { kind: 'missing-variable'; name: string };

/** Thrown by the helpers below while a text renders; expandVariables turns it into a problem. */
export class PrintRefused extends Error {
  constructor(readonly problem: PrintProblem) {
    super(problem.name);
  }
}

/** The text a value prints as, or the problem. */
export function printable(value: Json | undefined, name: string): string | PrintProblem {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return { kind: 'not-printable', name, value: Array.isArray(value) ? 'list' : value === null || value === undefined ? 'nothing' : 'group' };
}

export const printHelpers = {
  print(value: Json | undefined, name: string): string {
    const text = printable(value, name);
    if (typeof text !== 'string') throw new PrintRefused(text);
    return text;
  },
  lookup(object: Json | undefined, field: string | number, ...rest: unknown[]): Json {
    const name = typeof rest[0] === 'string' && rest.length > 1 ? (rest[0] as string) : `lookup … ${JSON.stringify(field)}`;
    if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, field)) throw new PrintRefused({ kind: 'missing-variable', name });
    return (object as { [key: string]: Json })[field as string];
  },
};

type Node = hbs.AST.Node & { [key: string]: unknown };

/** The expression as written, for messages: `locality.name`, `lookup locality "nmae"`. */
function written(node: hbs.AST.Expression): string {
  switch (node.type) {
    case 'PathExpression':
      return (node as hbs.AST.PathExpression).original;
    case 'StringLiteral':
      return JSON.stringify((node as hbs.AST.StringLiteral).value);
    case 'SubExpression': {
      const s = node as hbs.AST.SubExpression;
      return `(${[written(s.path), ...s.params.map(written)].join(' ')})`;
    }
    default:
      return String((node as unknown as { original?: unknown }).original ?? '');
  }
}

const literal = (value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral => ({ type: 'StringLiteral', value, original: value, loc });
const path = (name: string, loc: hbs.AST.SourceLocation): hbs.AST.PathExpression => ({ type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc });

/**
 * Rewrites a parsed text in place: `{{x}}` → `{{print x "x"}}`, `{{lookup a "b"}}` → `{{print (lookup a "b" "lookup a \"b\"") "…"}}`.
 * Every `lookup`, also inside blocks and sub-expressions, gets its written form as a last parameter.
 */
export function guardPrinting<T extends hbs.AST.Node>(node: T): T {
  visit(node as unknown as Node);
  return node;
}

function visit(node: Node): void {
  if (node.type === 'Program') for (const s of (node as unknown as hbs.AST.Program).body) visit(s as Node);
  if (node.type === 'BlockStatement') {
    const b = node as unknown as hbs.AST.BlockStatement;
    b.params.forEach((p) => visit(p as Node));
    if (b.program) visit(b.program as unknown as Node);
    if (b.inverse) visit(b.inverse as unknown as Node);
  }
  if (node.type === 'SubExpression') {
    const s = node as unknown as hbs.AST.SubExpression;
    s.params.forEach((p) => visit(p as Node));
    nameLookup(s);
  }
  if (node.type === 'MustacheStatement') {
    const m = node as unknown as hbs.AST.MustacheStatement;
    m.params.forEach((p) => visit(p as Node));
    nameLookup(m);
    const inner: hbs.AST.Expression =
      m.params.length > 0 ? ({ type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as unknown as hbs.AST.SubExpression) : (m.path as hbs.AST.Expression);
    const shown = m.params.length > 0 ? [written(m.path as hbs.AST.Expression), ...m.params.slice(0, (m.params as unknown[]).length - (isLookup(m) ? 1 : 0)).map(written)].join(' ') : written(inner);
    m.path = path('print', m.loc);
    m.params = [inner, literal(shown, m.loc)];
    (m as { hash?: unknown }).hash = undefined;
  }
}

function isLookup(n: { path: hbs.AST.Node }): boolean {
  return n.path.type === 'PathExpression' && (n.path as hbs.AST.PathExpression).original === 'lookup';
}

function nameLookup(n: hbs.AST.MustacheStatement | hbs.AST.SubExpression): void {
  if (!isLookup(n)) return;
  n.params.push(literal([written(n.path as hbs.AST.Expression), ...n.params.map(written)].join(' '), n.loc));
}
