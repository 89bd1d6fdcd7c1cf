// Kerning from a font's GPOS table: the lookups of its `kern` feature (for Latin script, else the
// default script) that adjust pairs of glyphs, PairPos formats 1 (pairs listed per first glyph) and
// 2 (a matrix of glyph classes), also inside Extension lookups. Only the first glyph's x advance is
// read (what Latin kerning uses); placement changes and device tables are left out.
// The table is parsed when the first pair is asked for, and each pair's value is kept, so a
// document pays for the few hundred pairs it sets, not for the font's thousands.

/** Kerning between two glyph ids, in font units (negative: closer); 0 when the font has none. */
export type Kerning = (left: number, right: number) => number;

const NONE: Kerning = () => 0;

/** The font's pair kerning, or a function that always gives 0 when it has no `kern` feature. */
export function readKerning(gpos: Uint8Array | undefined): Kerning {
  if (!gpos || gpos.byteLength < 10) return NONE;
  const v = new DataView(gpos.buffer, gpos.byteOffset, gpos.byteLength);
  const subtables = kernSubtables(v);
  if (subtables.length === 0) return NONE;
  const known = new Map<number, number>();
  return (left, right) => {
    const key = left * 0x10000 + right;
    let k = known.get(key);
    if (k === undefined) {
      k = 0;
      for (const lookup of subtables) {
        for (const pair of lookup) {
          const got = pair(left, right);
          if (got !== undefined) {
            k += got;
            break; // the first subtable of a lookup that applies decides
          }
        }
      }
      known.set(key, k);
    }
    return k;
  };
}

/** A subtable: the first glyph's x-advance change for a pair, or undefined when it does not apply. */
type PairTable = (left: number, right: number) => number | undefined;

/** The pair-adjustment subtables of the `kern` feature's lookups, lookup by lookup in lookup-list order. */
function kernSubtables(v: DataView): PairTable[][] {
  const scriptList = v.getUint16(4);
  const featureList = v.getUint16(6);
  const lookupList = v.getUint16(8);
  const features = featuresOf(v, scriptList);
  const lookups = new Set<number>();
  const featureCount = v.getUint16(featureList);
  for (let i = 0; i < featureCount; i++) {
    const rec = featureList + 2 + i * 6;
    if (tagAt(v, rec) !== 'kern' || (features && !features.has(i))) continue;
    const feature = featureList + v.getUint16(rec + 4);
    const n = v.getUint16(feature + 2);
    for (let k = 0; k < n; k++) lookups.add(v.getUint16(feature + 4 + k * 2));
  }
  const out: PairTable[][] = [];
  for (const index of [...lookups].sort((a, b) => a - b)) {
    const lookup = lookupList + v.getUint16(lookupList + 2 + index * 2);
    const type = v.getUint16(lookup);
    const count = v.getUint16(lookup + 4);
    const tables: PairTable[] = [];
    for (let k = 0; k < count; k++) {
      let sub = lookup + v.getUint16(lookup + 6 + k * 2);
      let subType = type;
      if (type === 9) {
        subType = v.getUint16(sub + 2);
        sub += v.getUint32(sub + 4);
      }
      if (subType !== 2) continue;
      const format = v.getUint16(sub);
      if (format === 1) tables.push(pairFormat1(v, sub));
      else if (format === 2) tables.push(pairFormat2(v, sub));
    }
    if (tables.length) out.push(tables);
  }
  return out;
}

/** The feature indices of the Latin script's default language (else the default script's); undefined: take every `kern` feature. */
function featuresOf(v: DataView, scriptList: number): Set<number> | undefined {
  const count = v.getUint16(scriptList);
  let chosen: number | undefined;
  for (const want of ['latn', 'DFLT']) {
    for (let i = 0; i < count && chosen === undefined; i++) {
      const rec = scriptList + 2 + i * 6;
      if (tagAt(v, rec) === want) chosen = scriptList + v.getUint16(rec + 4);
    }
    if (chosen !== undefined) break;
  }
  if (chosen === undefined) return undefined;
  const defaultLangSys = v.getUint16(chosen);
  if (defaultLangSys === 0) return undefined;
  const langSys = chosen + defaultLangSys;
  const n = v.getUint16(langSys + 4);
  const out = new Set<number>();
  for (let k = 0; k < n; k++) out.add(v.getUint16(langSys + 6 + k * 2));
  return out;
}

function tagAt(v: DataView, at: number): string {
  return String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
}

/** Size in bytes of a value record of this format (2 per field present). */
function recordSize(format: number): number {
  let n = 0;
  for (let f = format; f; f >>= 1) n += f & 1;
  return 2 * n;
}

/** Offset of XAdvance inside a value record of this format, or -1 when it has none. */
function xAdvanceAt(format: number): number {
  if (!(format & 4)) return -1;
  return 2 * ((format & 1) + ((format >> 1) & 1));
}

/** PairPos format 1: for each covered first glyph, its second glyphs in order with their values. */
function pairFormat1(v: DataView, sub: number): PairTable {
  const coverage = coverageOf(v, sub + v.getUint16(sub + 2));
  const format1 = v.getUint16(sub + 4);
  const size = 2 + recordSize(format1) + recordSize(v.getUint16(sub + 6));
  const x = xAdvanceAt(format1);
  return (left, right) => {
    const c = coverage(left);
    if (c < 0) return undefined;
    const set = sub + v.getUint16(sub + 10 + c * 2);
    let lo = 0;
    let hi = v.getUint16(set) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const rec = set + 2 + mid * size;
      const g = v.getUint16(rec);
      if (g < right) lo = mid + 1;
      else if (g > right) hi = mid - 1;
      else return x < 0 ? 0 : v.getInt16(rec + 2 + x);
    }
    return undefined; // no such pair: the next subtable may have it
  };
}

/** PairPos format 2: a value per (class of the first glyph, class of the second). */
function pairFormat2(v: DataView, sub: number): PairTable {
  const coverage = coverageOf(v, sub + v.getUint16(sub + 2));
  const format1 = v.getUint16(sub + 4);
  const format2 = v.getUint16(sub + 6);
  const class1 = classOf(v, sub + v.getUint16(sub + 8));
  const class2 = classOf(v, sub + v.getUint16(sub + 10));
  const count1 = v.getUint16(sub + 12);
  const count2 = v.getUint16(sub + 14);
  const size = recordSize(format1) + recordSize(format2);
  const x = xAdvanceAt(format1);
  return (left, right) => {
    if (coverage(left) < 0) return undefined;
    const c1 = class1(left);
    const c2 = class2(right);
    if (c1 >= count1 || c2 >= count2) return undefined;
    return x < 0 ? 0 : v.getInt16(sub + 16 + (c1 * count2 + c2) * size + x);
  };
}

/** A coverage table: the glyph's coverage index, or -1. */
function coverageOf(v: DataView, at: number): (g: number) => number {
  const format = v.getUint16(at);
  const n = v.getUint16(at + 2);
  if (format === 1) {
    return (g) => {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = v.getUint16(at + 4 + mid * 2);
        if (x < g) lo = mid + 1;
        else if (x > g) hi = mid - 1;
        else return mid;
      }
      return -1;
    };
  }
  if (format === 2) {
    return (g) => {
      const r = findRange(v, at + 4, n, g);
      return r < 0 ? -1 : v.getUint16(r + 4) + g - v.getUint16(r);
    };
  }
  return () => -1;
}

/** A class definition table: the glyph's class (0 when not listed). */
function classOf(v: DataView, at: number): (g: number) => number {
  const format = v.getUint16(at);
  if (format === 1) {
    const start = v.getUint16(at + 2);
    const n = v.getUint16(at + 4);
    return (g) => (g >= start && g < start + n ? v.getUint16(at + 6 + (g - start) * 2) : 0);
  }
  if (format === 2) {
    const n = v.getUint16(at + 2);
    return (g) => {
      const r = findRange(v, at + 4, n, g);
      return r < 0 ? 0 : v.getUint16(r + 4);
    };
  }
  return () => 0;
}

/** Binary search of `n` 6-byte (start, end, value) records from `at`: the record holding g, or -1. */
function findRange(v: DataView, at: number, n: number, g: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = at + mid * 6;
    if (g < v.getUint16(r)) hi = mid - 1;
    else if (g > v.getUint16(r + 2)) lo = mid + 1;
    else return r;
  }
  return -1;
}
