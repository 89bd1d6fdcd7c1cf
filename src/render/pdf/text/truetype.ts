// A minimal TrueType (glyf) reader: the tables the composer and the PDF need, read straight from
// the file's bytes. fontkit would do the same, but loading it, parsing a 10 MB CJK font with it and
// subsetting through it costs more than the rest of a fresh `adapt-guide pdf` run together.
// CFF-flavoured OpenType fonts are not read here (the caller falls back to fontkit for those).
import { closeSync, openSync, readSync } from 'node:fs';

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
  /** Raw table bytes, or undefined (GPOS is read from the file on the first call). */
  table(tag: string): Uint8Array | undefined;
}

/** The tables read: metrics, character map, name, and what a subset copies (no layout tables). */
const USED = new Set(['head', 'hhea', 'maxp', 'hmtx', 'loca', 'cmap', 'name', 'post', 'OS/2', 'cvt ', 'fpgm', 'prep']);
/** Tables read only when first asked for (`table`): GPOS, for kerning Latin pairs (kerning.ts). */
const LATER = new Set(['GPOS']);

/** Opens a TrueType (glyf) font file, reading every table but the outlines; undefined for other formats. */
export function openTrueType(path: string): TrueTypeFont | undefined {
  const fd = openSync(path, 'r');
  const read = (offset: number, length: number) => {
    const b = Buffer.alloc(length);
    readSync(fd, b, 0, length, offset);
    return b;
  };
  const header = read(0, 12);
  const version = header.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565) {
    closeSync(fd);
    return undefined;
  }
  const n = header.readUInt16BE(4);
  const records = read(12, n * 16);
  const tables = new Map<string, Uint8Array>();
  let glyf: { offset: number; length: number } | undefined;
  const later = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < n; i++) {
    const p = i * 16;
    const tag = records.toString('latin1', p, p + 4);
    const offset = records.readUInt32BE(p + 8);
    const length = records.readUInt32BE(p + 12);
    if (tag === 'glyf') glyf = { offset, length };
    else if (USED.has(tag)) tables.set(tag, read(offset, length));
    else if (LATER.has(tag)) later.set(tag, { offset, length });
  }
  if (!glyf) {
    closeSync(fd);
    return undefined;
  }
  // Outlines are read when a subset first needs them and kept (a guide uses a few thousand at
  // most); the file stays open for the process.
  const { offset } = glyf;
  const outlines = new Map<number, Uint8Array>();
  const font = readTrueType(tables, (start, length) => {
    if (length === 0) return new Uint8Array(0);
    let o = outlines.get(start);
    if (!o) outlines.set(start, (o = read(offset + start, length)));
    return o;
  });
  return {
    ...font,
    table: (tag) => {
      const at = later.get(tag);
      if (at && !tables.has(tag)) tables.set(tag, read(at.offset, at.length));
      return tables.get(tag);
    },
  };
}

function readTrueType(tables: Map<string, Uint8Array>, glyphBytes: (start: number, length: number) => Uint8Array): TrueTypeFont {
  const view = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`the font has no \`${tag}\` table`);
    return new DataView(t.buffer, t.byteOffset, t.byteLength);
  };
  const head = view('head');
  const hhea = view('hhea');
  const maxp = view('maxp');
  const hmtx = view('hmtx');
  const loca = view('loca');
  const post = tables.has('post') ? view('post') : undefined;
  const os2 = tables.has('OS/2') ? view('OS/2') : undefined;
  const longLoca = head.getInt16(50) === 1;
  const numGlyphs = maxp.getUint16(4);
  const nHM = hhea.getUint16(34);
  const locaAt = (g: number) => (longLoca ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2);
  const cmapLookup = readCmap(view('cmap'), 0);
  return {
    postscriptName: (tables.has('name') ? readPostscriptName(view('name'), 0) : undefined) ?? 'Font',
    unitsPerEm: head.getUint16(18),
    ascent: hhea.getInt16(4),
    descent: hhea.getInt16(6),
    lineGap: hhea.getInt16(8),
    capHeight: os2 && os2.byteLength >= 90 ? os2.getInt16(88) : hhea.getInt16(4),
    xHeight: os2 && os2.byteLength >= 88 ? os2.getInt16(86) : 0,
    italicAngle: post ? post.getInt32(4) / 65536 : 0,
    isFixedPitch: post ? post.getUint32(12) !== 0 : false,
    italic: (head.getUint16(44) & 2) !== 0,
    familyClass: os2 ? os2.getInt16(30) : 0,
    bbox: { minX: head.getInt16(36), minY: head.getInt16(38), maxX: head.getInt16(40), maxY: head.getInt16(42) },
    numGlyphs,
    glyphIdOf: (cp) => {
      const g = cmapLookup(cp);
      return g < numGlyphs ? g : 0;
    },
    advanceOf: (g) => hmtx.getUint16(4 * (g < nHM ? g : nHM - 1)),
    lsbOf: (g) => (g < nHM ? hmtx.getInt16(4 * g + 2) : hmtx.getInt16(4 * nHM + 2 * (g - nHM))),
    glyphData: (g) => glyphBytes(locaAt(g), locaAt(g + 1) - locaAt(g)),
    table: (tag) => tables.get(tag),
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
