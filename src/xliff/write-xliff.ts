// Writes XLIFF 2.0: one <file> per YAML file, one <unit> per text, source en and target zh as plain text.
import type { XliffFile } from './units.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** Our own attributes (guide, locality, the YAML file's sha256) live in this namespace, which XLIFF allows on xliff, file and unit. */
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

export function writeXliff(doc: XliffDocument): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const locality = doc.locality ? ` ag:locality="${escapeAttr(doc.locality)}"` : '';
  out.push(`<xliff xmlns="${XLIFF_NS}" xmlns:ag="${AG_NS}" version="2.0" srcLang="en" trgLang="zh" ag:guide="${escapeAttr(doc.guide)}"${locality}>`);
  doc.files.forEach((f, i) => {
    out.push(`  <file id="f${i + 1}" original="${escapeAttr(f.source.file)}" canResegment="no" ag:sha256="${f.sha256}">`);
    for (const u of f.units) {
      out.push(`    <unit id="${escapeAttr(u.id)}" name="${escapeAttr(u.id)}">`);
      out.push('      <notes>');
      for (const n of u.notes) out.push(`        <note category="${escapeAttr(n.category)}">${escapeText(n.text)}</note>`);
      out.push('      </notes>');
      const sub = u.stale ? ' subState="adapt-guide:stale"' : '';
      out.push(`      <segment state="${u.state}"${sub}>`);
      out.push(`        <source xml:space="preserve">${escapeText(u.source)}</source>`);
      if (u.target !== undefined) out.push(`        <target xml:space="preserve">${escapeText(u.target)}</target>`);
      out.push('      </segment>');
      out.push('    </unit>');
    }
    out.push('  </file>');
  });
  out.push('</xliff>');
  return out.join('\n') + '\n';
}
