// Font subsetting for the PDF: copies the used glyphs' outlines (and the components of composite
// glyphs) into a small TrueType file, as fontkit's TTFSubset does, without decoding any outline.
// `pdfkitFont` wraps a TrueTypeFont in the shape pdfkit accepts as a document's default font (never drawn with).
import type { TrueTypeFont } from './truetype.js';

export class TrueTypeSubset {
  /** Old glyph id of each new glyph id; glyph 0 (.notdef) always first. */
  readonly glyphs: number[] = [0];
  private readonly mapping = new Map<number, number>([[0, 0]]);

  constructor(private readonly font: TrueTypeFont) {}

  /** A second new id for a glyph already included (one glyph standing for two characters). */
  duplicateGlyph(id: number): number {
    return this.glyphs.push(id) - 1;
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'object' ? glyph.id : glyph;
    let gid = this.mapping.get(id);
    if (gid === undefined) {
      gid = this.glyphs.push(id) - 1;
      this.mapping.set(id, gid);
    }
    return gid;
  }

  encode(): Uint8Array {
    const f = this.font;
    // Composite glyphs name other glyphs: include them too, renumbered (the list grows as we go).
    const outlines: Uint8Array[] = [];
    for (let i = 0; i < this.glyphs.length; i++) outlines.push(this.remapComposite(f.glyphData(this.glyphs[i])));
    const n = this.glyphs.length;
    const glyfLen = outlines.reduce((a, o) => a + ((o.length + 3) & ~3), 0);
    const glyf = new Uint8Array(glyfLen);
    const loca = new DataView(new ArrayBuffer((n + 1) * 4));
    let off = 0;
    outlines.forEach((o, i) => {
      loca.setUint32(i * 4, off);
      glyf.set(o, off);
      off += (o.length + 3) & ~3;
    });
    loca.setUint32(n * 4, off);
    const hmtx = new DataView(new ArrayBuffer(n * 4));
    this.glyphs.forEach((g, i) => {
      hmtx.setUint16(i * 4, f.advanceOf(g));
      hmtx.setInt16(i * 4 + 2, f.lsbOf(g));
    });
    const head = copy(f.table('head')!);
    new DataView(head.buffer).setUint32(8, 0);
    new DataView(head.buffer).setInt16(50, 1); // long loca offsets
    const hhea = copy(f.table('hhea')!);
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy(f.table('maxp')!);
    new DataView(maxp.buffer).setUint16(4, n);
    const post = new Uint8Array(32);
    const srcPost = f.table('post');
    if (srcPost) post.set(srcPost.subarray(0, 32));
    new DataView(post.buffer).setUint32(0, 0x00030000); // no glyph names
    const tables: [string, Uint8Array][] = [
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', new Uint8Array(hmtx.buffer)],
      ['loca', new Uint8Array(loca.buffer)],
      ['maxp', maxp],
      ['post', post],
    ];
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const t = f.table(tag);
      if (t) tables.push([tag, t]);
    }
    tables.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return assemble(tables);
  }

  private remapComposite(data: Uint8Array): Uint8Array {
    if (data.length < 10) return data;
    const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (v.getInt16(0) >= 0) return data;
    const out = copy(data);
    const w = new DataView(out.buffer);
    let p = 10;
    for (;;) {
      const flags = w.getUint16(p);
      w.setUint16(p + 2, this.includeGlyph(w.getUint16(p + 2)));
      p += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) p += 2;
      else if (flags & 0x0040) p += 4;
      else if (flags & 0x0080) p += 8;
      if (!(flags & 0x0020)) break;
    }
    return out;
  }
}

function copy(b: Uint8Array): Uint8Array {
  const c = new Uint8Array(b.length);
  c.set(b);
  return c;
}

/** Sum of the big-endian 32-bit words of `b` from `start` for `length` bytes (4-aligned, zero-padded in `b`). */
function checksum(b: Uint8Array, start = 0, length = b.length): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const end = start + ((length + 3) & ~3);
  let sum = 0;
  for (let i = start; i < end; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file from its tables (sorted by tag), with checksums and head.checkSumAdjustment. */
function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const n = tables.length;
  let pow = 1;
  let log = 0;
  while (pow * 2 <= n) {
    pow *= 2;
    log++;
  }
  const headerLen = 12 + 16 * n;
  const total = headerLen + tables.reduce((a, [, t]) => a + ((t.length + 3) & ~3), 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, pow * 16);
  v.setUint16(8, log);
  v.setUint16(10, n * 16 - pow * 16);
  let off = headerLen;
  let headOffset = 0;
  tables.forEach(([tag, t], i) => {
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(r + k, tag.charCodeAt(k));
    out.set(t, off);
    v.setUint32(r + 4, checksum(out, off, t.length));
    v.setUint32(r + 8, off);
    v.setUint32(r + 12, t.length);
    if (tag === 'head') headOffset = off;
    off += (t.length + 3) & ~3;
  });
  v.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The font object pdfkit 0.20's EmbeddedFont expects (it checks for `layout`, never calls it: we place glyphs ourselves). */
export function pdfkitFont(f: TrueTypeFont): object {
  return {
    postscriptName: f.postscriptName,
    unitsPerEm: f.unitsPerEm,
    ascent: f.ascent,
    descent: f.descent,
    lineGap: f.lineGap,
    capHeight: f.capHeight,
    xHeight: f.xHeight,
    italicAngle: f.italicAngle,
    bbox: f.bbox,
    'OS/2': { sFamilyClass: f.familyClass },
    post: { isFixedPitch: f.isFixedPitch },
    head: { macStyle: { italic: f.italic } },
    getGlyph: (id: number) => ({ id, advanceWidth: f.advanceOf(id) }),
    createSubset: () => new TrueTypeSubset(f),
    layout: () => {
      throw new Error('adapt-guide places glyphs itself; pdfkit text layout is not used');
    },
  };
}
