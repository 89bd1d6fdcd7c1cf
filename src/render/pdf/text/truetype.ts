// A minimal TrueType (glyf) reader: the tables the composer and the PDF need, read straight from
// the file's bytes. fontkit would do the same, but loading it, parsing a 10 MB CJK font with it and
// subsetting through it costs more than the rest of a fresh `adapt-guide pdf` run together.
// CFF-flavoured OpenType fonts are not read here (the caller falls back to fontkit for those).

export interface TrueTypeFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  isFixedPitch: boolean;
  italic: boolean;
  familyClass: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  numGlyphs: number;
  /** Glyph id of a code point, 0 when the font has none. */
  glyphIdOf(cp: number): number;
  /** Advance width in font units. */
  advanceOf(gid: number): number;
  lsbOf(gid: number): number;
  /** The glyph's outline bytes (empty for a blank glyph). */
  glyphData(gid: number): Uint8Array;
  /** Raw table bytes, or undefined. */
  table(tag: string): Uint8Array | undefined;
}

export function isTrueTypeGlyf(buf: Uint8Array): boolean {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = v.getUint32(0);
  return (version === 0x00010000 || version === 0x74727565) && tableDirectory(v).has('glyf');
}

function tableDirectory(v: DataView): Map<string, { offset: number; length: number }> {
  const n = v.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < n; i++) {
    const p = 12 + i * 16;
    const tag = String.fromCharCode(v.getUint8(p), v.getUint8(p + 1), v.getUint8(p + 2), v.getUint8(p + 3));
    tables.set(tag, { offset: v.getUint32(p + 8), length: v.getUint32(p + 12) });
  }
  return tables;
}

export function readTrueType(buf: Uint8Array): TrueTypeFont {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const dir = tableDirectory(v);
  const need = (tag: string) => {
    const t = dir.get(tag);
    if (!t) throw new Error(`the font has no \`${tag}\` table`);
    return t.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const loca = need('loca');
  const glyf = need('glyf');
  const post = dir.get('post')?.offset;
  const os2 = dir.get('OS/2');
  const longLoca = v.getInt16(head + 50) === 1;
  const numGlyphs = v.getUint16(maxp + 4);
  const nHM = v.getUint16(hhea + 34);
  const locaAt = (g: number) => (longLoca ? v.getUint32(loca + g * 4) : v.getUint16(loca + g * 2) * 2);
  const cmapLookup = readCmap(v, need('cmap'));
  const unitsPerEm = v.getUint16(head + 18);
  return {
    postscriptName: readPostscriptName(v, dir.get('name')?.offset) ?? 'Font',
    unitsPerEm,
    ascent: v.getInt16(hhea + 4),
    descent: v.getInt16(hhea + 6),
    lineGap: v.getInt16(hhea + 8),
    capHeight: os2 && os2.length >= 90 ? v.getInt16(os2.offset + 88) : v.getInt16(hhea + 4),
    xHeight: os2 && os2.length >= 88 ? v.getInt16(os2.offset + 86) : 0,
    italicAngle: post === undefined ? 0 : v.getInt32(post + 4) / 65536,
    isFixedPitch: post === undefined ? false : v.getUint32(post + 12) !== 0,
    italic: (v.getUint16(head + 44) & 2) !== 0,
    familyClass: os2 ? v.getInt16(os2.offset + 30) : 0,
    bbox: { minX: v.getInt16(head + 36), minY: v.getInt16(head + 38), maxX: v.getInt16(head + 40), maxY: v.getInt16(head + 42) },
    numGlyphs,
    glyphIdOf: (cp) => {
      const g = cmapLookup(cp);
      return g < numGlyphs ? g : 0;
    },
    advanceOf: (g) => v.getUint16(hmtx + 4 * (g < nHM ? g : nHM - 1)),
    lsbOf: (g) => (g < nHM ? v.getInt16(hmtx + 4 * g + 2) : v.getInt16(hmtx + 4 * nHM + 2 * (g - nHM))),
    glyphData: (g) => buf.subarray(glyf + locaAt(g), glyf + locaAt(g + 1)),
    table: (tag) => {
      const t = dir.get(tag);
      return t && buf.subarray(t.offset, t.offset + t.length);
    },
  };
}

/** The best Unicode cmap subtable: format 12 (full Unicode) over format 4 (BMP). */
function readCmap(v: DataView, cmap: number): (cp: number) => number {
  const n = v.getUint16(cmap + 2);
  let f4 = -1;
  let f12 = -1;
  for (let i = 0; i < n; i++) {
    const platform = v.getUint16(cmap + 4 + i * 8);
    const encoding = v.getUint16(cmap + 6 + i * 8);
    const off = cmap + v.getUint32(cmap + 8 + i * 8);
    const format = v.getUint16(off);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = off;
    if (format === 4 && f4 < 0) f4 = off;
  }
  if (f12 >= 0) {
    const groups = v.getUint32(f12 + 12);
    const base = f12 + 16;
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const p = base + mid * 12;
        if (cp < v.getUint32(p)) hi = mid - 1;
        else if (cp > v.getUint32(p + 4)) lo = mid + 1;
        else return v.getUint32(p + 8) + (cp - v.getUint32(p));
      }
      return 0;
    };
  }
  if (f4 >= 0) {
    const segX2 = v.getUint16(f4 + 6);
    const ends = f4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      let lo = 0;
      let hi = segX2 / 2 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp > v.getUint16(ends + mid * 2)) lo = mid + 1;
        else hi = mid - 1;
      }
      const s = lo;
      if (s >= segX2 / 2 || cp < v.getUint16(starts + s * 2)) return 0;
      const delta = v.getInt16(deltas + s * 2);
      const ro = v.getUint16(ranges + s * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const at = ranges + s * 2 + ro + (cp - v.getUint16(starts + s * 2)) * 2;
      const g = v.getUint16(at);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    };
  }
  return () => 0;
}

function readPostscriptName(v: DataView, name: number | undefined): string | undefined {
  if (name === undefined) return undefined;
  const count = v.getUint16(name + 2);
  const strings = name + v.getUint16(name + 4);
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    if (v.getUint16(r + 6) !== 6) continue;
    const platform = v.getUint16(r);
    const len = v.getUint16(r + 8);
    const off = strings + v.getUint16(r + 10);
    let s = '';
    if (platform === 3 || platform === 0) for (let k = 0; k < len; k += 2) s += String.fromCharCode(v.getUint16(off + k));
    else for (let k = 0; k < len; k++) s += String.fromCharCode(v.getUint8(off + k));
    if (s) return s;
  }
  return undefined;
}
