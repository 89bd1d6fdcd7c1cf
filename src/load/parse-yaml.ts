// Parses YAML text into a document that keeps every node's source range, within limits against hostile input.
import { isAlias, isCollection, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Json, SourceRef } from '../model/types.js';
import { syntaxDiagnostics } from './yaml-syntax.js';

export const MAX_ALIASES = 100;
export const MAX_DEPTH = 64;

export interface ParsedYaml {
  file: string;
  text: string;
  data: Json;
  /** The document's root node: every value and key below it keeps its source range (undefined for an empty file). */
  root: Node | undefined;
  /** Turns a node's offset into a 1-based line and column. */
  lineCounter: LineCounter;
}

export interface ParseResult {
  parsed?: ParsedYaml;
  diagnostics: Diagnostic[];
}

/** Parses with `yaml`; its errors become located diagnostics. */
export function parseYaml(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false, version: '1.2', logLevel: 'error' });
  const at = (offset: number): SourceRef => ({ file, ...lineCounter.linePos(offset) });
  const diagnostics: Diagnostic[] = [];
  // Nesting deep enough to exhaust yaml's recursion is reported by yaml as a stack overflow.
  const overflow = doc.errors.find((e) => /Maximum call stack size exceeded/.test(e.message));
  if (overflow) return { diagnostics: [error('yaml-depth-limit', { limit: MAX_DEPTH }, { at: at(overflow.pos[0]) })] };
  if (doc.errors.length > 0) return { diagnostics: syntaxDiagnostics(text, file, doc.errors, lineCounter) };

  // Aliases, depth and tags are checked on the tree before toJS, so an alias bomb is never expanded.
  let aliases = 0;
  let tooDeep = false;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_ALIASES) {
        diagnostics.push(error('yaml-alias-limit', { limit: MAX_ALIASES }, { at: at(node.range?.[0] ?? 0) }));
        return visit.BREAK;
      }
    }
    if (isNode(node) && (isCollection(node) || isScalar(node)) && node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
      diagnostics.push(error('yaml-custom-tag', { tag: node.tag }, { at: at(node.range?.[0] ?? 0) }));
    }
    if (!tooDeep && path.length > MAX_DEPTH * 2) {
      tooDeep = true;
      diagnostics.push(error('yaml-depth-limit', { limit: MAX_DEPTH }, { at: at(isNode(node) ? (node.range?.[0] ?? 0) : 0) }));
      return visit.BREAK;
    }
    return undefined;
  });
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED' && !diagnostics.some((d) => d.rule === 'yaml-custom-tag')) {
      diagnostics.push(error('yaml-custom-tag', { tag: w.message.split(' ')[2] ?? '?' }, { at: at(w.pos[0]) }));
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  let data: Json;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Json;
  } catch (e) {
    return { diagnostics: [error('yaml-alias-limit', { limit: MAX_ALIASES }, { at: at(0) })] };
  }
  return { parsed: { file, text, data, root: isNode(doc.contents) ? doc.contents : undefined, lineCounter }, diagnostics };
}
