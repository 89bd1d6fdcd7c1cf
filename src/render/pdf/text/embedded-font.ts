// Embeds a face in one PDF as a Type0 font (Identity-H, CIDs = subset glyph ids) whose subset grows as
// the glyph writer uses glyphs, and writes its objects when the document is finished. Our own module,
// so that the composer never reaches into pdfkit's font objects: pdfkit only gets finished objects
// through doc.ref() and the page's font resources. The dictionaries follow what pdfkit 0.20 writes.
import type { Face, FontProgram, FontSubset } from './fonts.js';

/** pdfkit's indirect object (doc.ref): its data is serialised when it ends. */
interface PdfRef {
  end(chunk?: Uint8Array | string): void;
}
type RefMaker = (data?: object) => PdfRef;

export class EmbeddedFont {
  /** The Type0 font dictionary, referenced from every page that uses the font. */
  readonly ref: PdfRef;
  private readonly dictionary: Record<string, unknown> = {};
  readonly subset: FontSubset;
  /** Per subset glyph id: advance in 1/1000 em, and the code points it stands for. */
  readonly widths: number[];
  readonly unicode: number[][] = [[0]];
  /** Per code point of the Basic Multilingual Plane: its subset glyph id + 1 (0: not used yet); the
   * other planes' in a map. A typed array, not a sparse one: it is read for every glyph written. */
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();

  constructor(
    private readonly makeRef: RefMaker,
    readonly face: Face,
    /** The font's resource name on a page. */
    readonly id: string,
  ) {
    this.ref = makeRef(this.dictionary);
    this.subset = face.program.createSubset();
    this.widths = [face.program.advanceOf(0) * (1000 / face.program.unitsPerEm)];
  }

  /** The subset glyph id of `cp`, as 4 hex digits, adding its glyph to the subset on first use. */
  hex(cp: number): string {
    const known = cp < 0x10000 ? this.bmp[cp] : (this.astral.get(cp) ?? 0);
    if (known > 0) return glyphHex(known - 1);
    const face = this.face;
    let gid = this.subset.includeGlyph(face.glyphId(cp));
    if (this.unicode[gid] !== undefined && this.unicode[gid][0] !== cp) {
      // One glyph for two characters (… and ⋯): give this one its own copy so that
      // copying the text gives back the character written (C1).
      gid = this.subset.duplicateGlyph(face.glyphId(cp));
    }
    this.widths[gid] ??= face.advance(cp) * 1000;
    this.unicode[gid] ??= [cp];
    if (cp < 0x10000) this.bmp[cp] = gid + 1;
    else this.astral.set(cp, gid + 1);
    return glyphHex(gid);
  }

  /** Writes the font program, its descriptor, the CID font, the ToUnicode map and the Type0 dictionary. */
  embed(): void {
    const p = this.face.program;
    const scale = 1000 / p.unitsPerEm;
    const program = this.subset.encode();
    // A TrueType subset is an sfnt file; a CFF one is a bare CFF table.
    const cff = !isSfnt(program);
    const fontFile = this.makeRef(cff ? { Subtype: 'CIDFontType0C' } : {});
    fontFile.end(program);
    const familyClass = p.familyClass >> 8;
    let flags = 1 << 2; // symbolic: glyphs outside the standard Latin set
    if (p.isFixedPitch) flags |= 1 << 0;
    if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
    if (familyClass === 10) flags |= 1 << 3;
    if (p.italic) flags |= 1 << 6;
    // A subset's name starts with six capitals of its own (ISO 32000-1, 9.6.4).
    const tag = [1, 2, 3, 4, 5, 6].map((i) => String.fromCharCode((this.id.charCodeAt(i) || 73) + 17)).join('');
    const name = `${tag}+${p.postscriptName.replaceAll(' ', '_')}`;
    const { bbox } = p;
    const descriptor = this.makeRef({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale],
      ItalicAngle: p.italicAngle,
      Ascent: p.ascent * scale,
      Descent: p.descent * scale,
      CapHeight: (p.capHeight || p.ascent) * scale,
      XHeight: (p.xHeight || 0) * scale,
      StemV: 0,
      [cff ? 'FontFile3' : 'FontFile2']: fontFile,
    });
    descriptor.end();
    const descendant = this.makeRef({
      Type: 'Font',
      Subtype: cff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.widths],
      ...(cff ? {} : { CIDToGIDMap: 'Identity' }),
    });
    descendant.end();
    const toUnicode = this.makeRef();
    toUnicode.end(toUnicodeCMap(this.unicode));
    Object.assign(this.dictionary, { Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [descendant], ToUnicode: toUnicode });
    this.ref.end();
  }
}

function isSfnt(b: Uint8Array): boolean {
  const v = b.length >= 4 ? ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0 : 0;
  return v === 0x00010000 || v === 0x74727565;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** The ToUnicode CMap: each CID to the UTF-16 of the characters it shows, in ranges of 256. */
export function toUnicodeCMap(unicode: readonly (readonly number[] | undefined)[]): string {
  const entries: string[] = [];
  for (let cid = 0; cid < unicode.length; cid++) {
    const encoded: string[] = [];
    for (let cp of unicode[cid] ?? []) {
      if (cp > 0xffff) {
        cp -= 0x10000;
        encoded.push(hex4(((cp >>> 10) & 0x3ff) | 0xd800));
        cp = 0xdc00 | (cp & 0x3ff);
      }
      encoded.push(hex4(cp));
    }
    entries.push(`<${encoded.join(' ')}>`);
  }
  const ranges: string[] = [];
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

/** Glyph ids as 4 hex digits, made once per process (subset ids are small and dense: an array). */
const GLYPH_HEX: string[] = [];
function glyphHex(gid: number): string {
  while (GLYPH_HEX.length <= gid) GLYPH_HEX.push(hex4(GLYPH_HEX.length));
  return GLYPH_HEX[gid];
}
