// Writes XLIFF 2.0: one <file> per YAML file, one <unit> per text; source en and target zh as text with
// protected inline codes (<ph/> for variables, <pc> for emphasis and links), each showing its source syntax.
import { fileIdOf } from './file-id.js';
import { mayDrop, type Inline } from './inline.js';
import { protect, protectTarget } from './protect.js';
import { zhMark, type XliffFile, type XliffNote } from './units.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** Our own attributes live in this namespace, which XLIFF allows on xliff, file and unit. */
export const AG_NS = 'urn:adapt-guide:xliff:1';

export interface XliffDocument {
  guide: string;
  locality?: string;
  files: XliffFile[];
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const PC_TYPES: { [role: string]: string } = {
  b: 'type="fmt" subType="xlf:b"',
  i: 'type="fmt" subType="xlf:i"',
  s: 'type="fmt"',
  link: 'type="link"',
};

/**
 * canCopy="no": a CAT tool lets no code be doubled; canDelete="no" on variables and links, which must
 * stay (emphasis may go). Every code may move: word order differs.
 */
export function inlineXml(content: readonly Inline[]): string {
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') out += escapeText(part);
    else if (part.kind === 'ph') {
      const type = part.role === 'var' ? 'type="ui" subType="xlf:var"' : 'type="link"';
      const shown = escapeAttr(part.original);
      out += `<ph id="${part.id}" ${type} canCopy="no" canDelete="no" disp="${shown}" equiv="${shown}"/>`;
    } else {
      const start = escapeAttr(part.start);
      const end = escapeAttr(part.end);
      const canDelete = mayDrop(part) ? '' : ' canDelete="no"';
      out += `<pc id="${part.id}" ${PC_TYPES[part.role]} canCopy="no"${canDelete} dispStart="${start}" dispEnd="${end}" equivStart="${start}" equivEnd="${end}">`;
      out += `${inlineXml(part.content)}</pc>`;
    }
  }
  return out;
}

function notesXml(notes: readonly XliffNote[], indent: string): string[] {
  if (notes.length === 0) return [];
  return [`${indent}<notes>`, ...notes.map((n) => `${indent}  <note category="${escapeAttr(n.category)}">${escapeText(n.text)}</note>`), `${indent}</notes>`];
}

export function writeXliff(doc: XliffDocument): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const locality = doc.locality ? ` ag:locality="${escapeAttr(doc.locality)}"` : '';
  out.push(`<xliff xmlns="${XLIFF_NS}" xmlns:ag="${AG_NS}" version="2.0" srcLang="en" trgLang="zh" ag:guide="${escapeAttr(doc.guide)}"${locality}>`);
  for (const f of doc.files) {
    out.push(`  <file id="${fileIdOf(f.source)}" original="${escapeAttr(f.source.file)}" canResegment="no">`);
    out.push(...notesXml(f.notes, '    '));
    for (const u of f.units) {
      // The namespace is declared again on each unit: tools that re-save a file often keep a unit's
      // attributes but not the root's declarations.
      out.push(`    <unit id="${escapeAttr(u.id)}" name="${escapeAttr(u.id)}" xmlns:ag="${AG_NS}" ag:zh="${zhMark(u.target)}">`);
      out.push(...notesXml(u.notes, '      '));
      const sub = u.stale ? ' subState="adapt-guide:stale"' : '';
      out.push(`      <segment state="${u.state}"${sub}>`);
      const source = protect(u.source);
      out.push(`        <source xml:space="preserve">${inlineXml(source)}</source>`);
      if (u.target !== undefined) out.push(`        <target xml:space="preserve">${inlineXml(protectTarget(u.target, source))}</target>`);
      out.push('      </segment>');
      out.push('    </unit>');
    }
    out.push('  </file>');
  }
  out.push('</xliff>');
  return out.join('\n') + '\n';
}
