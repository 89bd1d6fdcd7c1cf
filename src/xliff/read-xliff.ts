// Reads an XLIFF 2.0 file (as exported, or as a CAT tool saved it) into files and units, with the line of each.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';

export interface ReadUnit {
  id: string;
  source: string;
  /** Absent when the unit has no target; `inline` when the target holds markup this tool does not write. */
  target?: string;
  inline: boolean;
  state: string;
  at: SourceRef;
}

export interface ReadFile {
  original: string;
  sha256?: string;
  at: SourceRef;
  units: ReadUnit[];
}

export interface ReadXliff {
  guide?: string;
  files: ReadFile[];
}

type El = { [key: string]: unknown };
const ARRAYS = new Set(['file', 'group', 'unit', 'note', 'segment', 'ignorable']);

export function readXliff(xml: string, file: string): { xliff?: ReadXliff; diagnostics: Diagnostic[] } {
  const at = (line = 1, col = 1): SourceRef => ({ file, line, col });
  if (/<!DOCTYPE/i.test(xml)) return { diagnostics: [error('xliff-malformed', {}, { messageId: 'xliff-malformed-doctype', at: at(lineOf(xml, xml.search(/<!DOCTYPE/i))) })] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    // fast-xml-parser reports a truncated file as a list of the elements left open; say so in words, at the end of the file.
    const open = /^Invalid '\[(.*)\]' found/s.exec(valid.err.msg);
    if (open) {
      const names = [...open[1].matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`).join(', ');
      return { diagnostics: [error('xliff-malformed', { names }, { messageId: 'xliff-malformed-truncated', at: at(lineOf(xml, xml.length), 1) })] };
    }
    return { diagnostics: [error('xliff-malformed', { reason: valid.err.msg }, { at: at(valid.err.line, valid.err.col) })] };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    isArray: (name) => ARRAYS.has(name),
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    alwaysCreateTextNode: true,
  });
  const root = (parser.parse(xml) as El).xliff as El | undefined;
  if (!root || typeof root !== 'object') return { diagnostics: [error('xliff-not-xliff', {}, { messageId: 'xliff-not-xliff-no-root', at: at() })] };
  if (root['@_version'] !== '2.0') return { diagnostics: [error('xliff-not-xliff', { version: String(root['@_version'] ?? 'missing') }, { messageId: 'xliff-not-xliff-version', at: at() })] };
  const places = elementPlaces(xml);
  const files: ReadFile[] = [];
  ((root.file as El[] | undefined) ?? []).forEach((f, i) => {
    const place = places[i] ?? { at: 1, units: new Map<string, number>() };
    const units: ReadUnit[] = [];
    collectUnits(f, units, (id) => at(place.units.get(id) ?? place.at));
    const rf: ReadFile = { original: String(f['@_original'] ?? ''), at: at(place.at), units };
    if (typeof f['@_sha256'] === 'string') rf.sha256 = f['@_sha256'];
    files.push(rf);
  });
  const guide = typeof root['@_guide'] === 'string' ? root['@_guide'] : undefined;
  return { xliff: { ...(guide ? { guide } : {}), files }, diagnostics: [] };
}

function collectUnits(container: El, into: ReadUnit[], at: (id: string) => SourceRef): void {
  for (const g of (container.group as El[] | undefined) ?? []) collectUnits(g, into, at);
  for (const u of (container.unit as El[] | undefined) ?? []) {
    const id = String(u['@_id'] ?? '');
    // A unit's content is its segments and ignorables in order; a CAT tool may have split it.
    const parts = [...((u.segment as El[] | undefined) ?? []), ...((u.ignorable as El[] | undefined) ?? [])];
    let source = '';
    let target = '';
    let hasTarget = false;
    let inline = false;
    const states: string[] = [];
    for (const s of (u.segment as El[] | undefined) ?? []) states.push(String(s['@_state'] ?? 'initial'));
    for (const p of parts) {
      const src = textOf(p.source);
      const tgt = p.target === undefined ? undefined : textOf(p.target);
      source += src.text;
      inline ||= src.inline || Boolean(tgt?.inline);
      if (tgt) {
        hasTarget = true;
        target += tgt.text;
      } else target += src.text;
    }
    const order = ['initial', 'translated', 'reviewed', 'final'];
    const state = states.length ? states.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b)) : 'initial';
    into.push({ id, source, ...(hasTarget ? { target } : {}), inline, state, at: at(id) });
  }
}

function textOf(node: unknown): { text: string; inline: boolean } {
  if (node === undefined || node === null) return { text: '', inline: false };
  if (typeof node !== 'object') return { text: String(node), inline: false };
  const el = node as El;
  const inline = Object.keys(el).some((k) => k !== '#text' && !k.startsWith('@_'));
  return { text: typeof el['#text'] === 'string' ? el['#text'] : String(el['#text'] ?? ''), inline };
}

/** The line of each <file> and of each <unit> in it, found in the text with comments and CDATA blanked out. */
function elementPlaces(xml: string): { at: number; units: Map<string, number> }[] {
  const blank = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const out: { at: number; units: Map<string, number> }[] = [];
  const tag = /<(?:[A-Za-z_][\w.-]*:)?(file|unit)\b([^>]*)>/g;
  for (let m = tag.exec(blank); m; m = tag.exec(blank)) {
    const line = lineOf(xml, m.index);
    if (m[1] === 'file') out.push({ at: line, units: new Map() });
    else {
      const id = /\bid\s*=\s*(["'])(.*?)\1/.exec(m[2])?.[2];
      if (id !== undefined && out.length) out[out.length - 1].units.set(id, line);
    }
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
