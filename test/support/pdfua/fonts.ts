// What the PDF/UA checker needs of a font: how many bytes a character code takes, its ToUnicode
// map, whether the program is embedded and how many glyphs it holds, and how a code becomes a glyph.
import { Dict, PdfFile, PdfString, Stream, isName, nameOf, operations } from './objects.js';

export interface FontInfo {
  name: string;
  /** Composite (Type0) fonts take two bytes a code here (Identity-H and the other 2-byte CMaps). */
  bytesPerCode: 1 | 2;
  subtype: string;
  /** null when the font has no /ToUnicode. */
  toUnicode: Map<number, string> | null;
  embedded: boolean;
  /** Glyphs in the embedded TrueType program (maxp), when it can be read. */
  glyphCount?: number;
  /** A Type 2 CID font's /CIDToGIDMap: 'Identity', a map, 'missing' or 'invalid'; undefined for other fonts. */
  cidToGid?: 'Identity' | 'missing' | 'invalid' | Uint16Array;
}

export function readFont(file: PdfFile, font: Dict): FontInfo {
  const subtype = nameOf(font.get('Subtype')) ?? '';
  const composite = subtype === 'Type0';
  const descendant = composite ? file.dict(file.array(font.get('DescendantFonts'))[0]) : undefined;
  const described = descendant ?? font;
  const descriptor = file.dict(described.get('FontDescriptor'));
  const program = descriptor && (['FontFile', 'FontFile2', 'FontFile3'].map((k) => file.resolve(descriptor.get(k))).find((s) => s instanceof Stream) as Stream | undefined);
  const toUnicode = file.resolve(font.get('ToUnicode'));
  const info: FontInfo = {
    name: nameOf(font.get('BaseFont')) ?? '',
    bytesPerCode: composite ? 2 : 1,
    subtype: composite ? `Type0/${nameOf(descendant?.get('Subtype')) ?? ''}` : subtype,
    toUnicode: toUnicode instanceof Stream ? parseToUnicode(toUnicode.data()) : null,
    embedded: program !== undefined || subtype === 'Type3',
  };
  if (program && descriptor?.has('FontFile2')) {
    const count = trueTypeGlyphCount(program.data());
    if (count !== undefined) info.glyphCount = count;
  }
  if (descendant && isName(descendant.get('Subtype'), 'CIDFontType2')) {
    const map = file.resolve(descendant.get('CIDToGIDMap'));
    if (map === undefined) info.cidToGid = 'missing';
    else if (isName(map, 'Identity')) info.cidToGid = 'Identity';
    else if (map instanceof Stream) {
      const d = map.data();
      const gids = new Uint16Array(d.length >> 1);
      for (let i = 0; i < gids.length; i++) gids[i] = d.readUInt16BE(i * 2);
      info.cidToGid = gids;
    } else info.cidToGid = 'invalid';
  }
  return info;
}

/** The glyph a code shows (composite fonts with an identity CMap: code = CID; then CIDToGIDMap). */
export function glyphOf(font: FontInfo, code: number): number | undefined {
  if (font.bytesPerCode === 1) return undefined;
  const map = font.cidToGid;
  if (map instanceof Uint16Array) return map[code] ?? 0;
  return map === 'Identity' || map === undefined ? code : undefined;
}

/** A ToUnicode CMap's bfchar and bfrange entries: code → text. */
export function parseToUnicode(data: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  const utf16 = (s: PdfString) => {
    const b = Buffer.from(s.bytes);
    if (b.length % 2) return b.toString('latin1');
    b.swap16();
    return b.toString('utf16le');
  };
  const num = (s: PdfString) => s.bytes.reduce((n, x) => n * 256 + x, 0);
  for (const { op, operands } of operations(data)) {
    if (op === 'endbfchar') {
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const [src, dst] = [operands[i], operands[i + 1]];
        if (src instanceof PdfString && dst instanceof PdfString) out.set(num(src), utf16(dst));
      }
    } else if (op === 'endbfrange') {
      for (let i = 0; i + 2 < operands.length; i += 3) {
        const [lo, hi, dst] = [operands[i], operands[i + 1], operands[i + 2]];
        if (!(lo instanceof PdfString && hi instanceof PdfString)) continue;
        for (let c = num(lo), k = 0; c <= num(hi) && k < 0x10000; c++, k++) {
          if (Array.isArray(dst)) {
            const d = dst[k];
            if (d instanceof PdfString) out.set(c, utf16(d));
          } else if (dst instanceof PdfString) {
            const b = Buffer.from(dst.bytes);
            b.writeUInt16BE((b.readUInt16BE(b.length - 2) + k) & 0xffff, b.length - 2);
            out.set(c, utf16(new PdfString(b)));
          }
        }
      }
    }
  }
  return out;
}

/** numGlyphs from a TrueType program's maxp table. */
function trueTypeGlyphCount(data: Buffer): number | undefined {
  if (data.length < 12) return undefined;
  const tables = data.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (at + 16 > data.length) return undefined;
    if (data.toString('latin1', at, at + 4) === 'maxp') {
      const offset = data.readUInt32BE(at + 8);
      return offset + 6 <= data.length ? data.readUInt16BE(offset + 4) : undefined;
    }
  }
  return undefined;
}
