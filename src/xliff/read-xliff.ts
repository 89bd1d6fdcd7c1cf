// Reads an XLIFF 2.0 file (as exported, as a CAT tool saved it, or re-saved by another XLIFF library) into
// files and units, each unit's source and target as text with inline elements, each with its place.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import { unindent } from './unindent.js';
import { AG_NS, XLIFF_NS } from './write-xliff.js';

export interface ReadElement {
  name: string;
  attrs: { [name: string]: string };
  at: SourceRef;
  children: ReadNode[];
}

export type ReadNode = string | ReadElement;

export interface ReadContent {
  nodes: ReadNode[];
  at: SourceRef;
}

export interface ReadUnit {
  id: string;
  /** The unit's segments and ignorables in order, joined. */
  source: ReadContent;
  /** Absent when no segment has a target; a segment without one counts with its source. */
  target?: ReadContent;
  state: string;
  /** `ag:zh`: the fingerprint of the zh when the file was exported (lost when a tool drops our attributes). */
  zhAtExport?: string;
  at: SourceRef;
}

export interface ReadFile {
  id: string;
  original?: string;
  at: SourceRef;
  units: ReadUnit[];
}

export interface ReadXliff {
  guide?: string;
  files: ReadFile[];
}

const STATES = ['initial', 'translated', 'reviewed', 'final'];
const MAX_XML_DEPTH = 100;

interface Part {
  source?: ReadContent;
  target?: ReadContent;
}

interface UnitDraft {
  id: string;
  at: SourceRef;
  zhAtExport?: string;
  parts: Part[];
  states: string[];
}

/** Thrown from the parser's error handler to stop at the first error. */
class Stop extends Error {}

export function readXliff(xml: string, file: string): { xliff?: ReadXliff; diagnostics: Diagnostic[] } {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const diagnostics: Diagnostic[] = [];
  const fail = (reason: string, line = parser.line, col = parser.column, rule = 'xliff-malformed') => {
    diagnostics.push(error(rule, { reason }, { at: { file, line, col: Math.max(col, 1) } }));
    throw new Stop();
  };
  let root: { version?: string; guide?: string } | undefined;
  const files: ReadFile[] = [];
  let unit: UnitDraft | undefined;
  let part: Part | undefined;
  /** The inline elements open inside a source or target, innermost last; [0] is the source or target itself. */
  let inline: ReadElement[] = [];
  /** xml:space of each open element, innermost last. */
  const preserve: boolean[] = [];
  let foreignDepth = 0;

  parser.on('error', (e) => fail(e.message.replace(/^.*?:\d+:\d+: /, '')));
  parser.on('doctype', () => fail('a DOCTYPE is not allowed in XLIFF'));
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) fail(`it declares encoding ${decl.encoding}: only UTF-8 is read (save it as UTF-8)`);
  });
  const text = (t: string) => {
    if (inline.length > 0 && foreignDepth === 0) inline[inline.length - 1]!.children.push(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  // Where a tag starts: at `opentagstart` the parser has just read `<name` and one more character.
  let at: SourceRef = { file, line: 1, col: 1 };
  parser.on('opentagstart', (tag) => {
    at = { file, line: parser.line, col: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    // A real XLIFF file nests a dozen levels; 200,000 nested <pc> would take the reader minutes.
    if (preserve.length >= MAX_XML_DEPTH) {
      diagnostics.push(error('xliff-too-deep', { limit: MAX_XML_DEPTH }, { at }));
      throw new Stop();
    }
    const space = tag.attributes['xml:space']?.value;
    preserve.push(space === undefined ? (preserve[preserve.length - 1] ?? false) : space === 'preserve');
    const attr = (local: string, uri = '') => Object.values(tag.attributes).find((a) => a.local === local && a.uri === uri)?.value;
    if (!root && (tag.uri !== XLIFF_NS || tag.local !== 'xliff')) fail(`the root element is <${tag.name}> in namespace "${tag.uri}", not <xliff> in ${XLIFF_NS}`, at.line, at.col, 'xliff-not-xliff');
    if (foreignDepth > 0 || (tag.uri !== XLIFF_NS && inline.length === 0)) {
      foreignDepth++;
      return;
    }
    if (inline.length > 0) {
      const el: ReadElement = { name: tag.uri === XLIFF_NS ? tag.local : tag.name, attrs: plainAttributes(tag), at, children: [] };
      inline[inline.length - 1]!.children.push(el);
      inline.push(el);
      return;
    }
    switch (tag.local) {
      case 'xliff':
        root = { ...optional('version', attr('version')), ...optional('guide', attr('guide', AG_NS)) };
        break;
      case 'file':
        files.push({ id: attr('id') ?? '', ...optional('original', attr('original')), at, units: [] });
        break;
      case 'unit':
        unit = { id: attr('id') ?? '', at, ...optional('zhAtExport', attr('zh', AG_NS)), parts: [], states: [] };
        break;
      case 'segment':
      case 'ignorable':
        part = {};
        if (tag.local === 'segment') unit?.states.push(attr('state') ?? 'initial');
        break;
      case 'source':
      case 'target':
        if (part) inline = [{ name: tag.local, attrs: {}, at, children: [] }];
        break;
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    const preserved = preserve.pop() ?? false;
    if (foreignDepth > 0) {
      foreignDepth--;
      return;
    }
    if (inline.length > 1) {
      inline.pop();
      return;
    }
    if (inline.length === 1 && part) {
      const el = inline[0]!;
      const content: ReadContent = { nodes: preserved ? el.children : unindent(el.children), at: el.at };
      if (el.name === 'source') part.source = content;
      else part.target = content;
      inline = [];
      return;
    }
    if (tag.local === 'segment' || tag.local === 'ignorable') {
      if (part && unit) unit.parts.push(part);
      part = undefined;
    } else if (tag.local === 'unit' && unit) {
      files[files.length - 1]?.units.push(finishUnit(unit));
      unit = undefined;
    }
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { diagnostics };
  }
  const top = { file, line: 1, col: 1 };
  if (!root) return { diagnostics: [error('xliff-not-xliff', { reason: 'no <xliff> element' }, { at: top })] };
  if (root.version !== '2.0') return { diagnostics: [error('xliff-not-xliff', { reason: `version is ${root.version ?? 'missing'}, not 2.0` }, { at: top })] };
  return { xliff: { ...optional('guide', root.guide), files }, diagnostics: [] };
}

function finishUnit(u: UnitDraft): ReadUnit {
  const source: ReadNode[] = [];
  const target: ReadNode[] = [];
  let hasTarget = false;
  let targetAt: SourceRef | undefined;
  for (const p of u.parts) {
    source.push(...(p.source?.nodes ?? []));
    if (p.target) {
      hasTarget = true;
      targetAt ??= p.target.at;
      target.push(...p.target.nodes);
    } else target.push(...(p.source?.nodes ?? []));
  }
  const state = u.states.length ? u.states.reduce((a, b) => (STATES.indexOf(a) <= STATES.indexOf(b) ? a : b)) : 'initial';
  const sourceAt = u.parts.find((p) => p.source)?.source?.at ?? u.at;
  return {
    id: u.id,
    source: { nodes: source, at: sourceAt },
    ...(hasTarget ? { target: { nodes: target, at: targetAt ?? u.at } } : {}),
    state,
    ...optional('zhAtExport', u.zhAtExport),
    at: u.at,
  };
}

function plainAttributes(tag: SaxesTagNS): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const a of Object.values(tag.attributes)) if (a.uri === '') out[a.local] = a.value;
  return out;
}

function optional<K extends string>(key: K, value: string | undefined): { [k in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: string };
}
