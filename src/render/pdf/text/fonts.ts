// One parsed font per file per process, with cached glyph lookups: parsing a 10 MB CJK font and
// asking fontkit for each glyph again per document would dominate the time of every later document.
import { readFileSync } from 'node:fs';
import { loadFontkit, type FontkitFont } from './cjs.js';
import { readKerning, type Kerning } from './kerning.js';
import { pdfkitFont, TrueTypeSubset } from './subset.js';
import { openTrueType } from './truetype.js';

/** A font as the composer sees it: fontkit object plus per-code-point caches. */
export interface Face {
  /** Key under which pdfkit registers the font in a document. */
  readonly key: string;
  readonly path: string;
  /** The font object handed to pdfkit as the document's default font (ours for TrueType, fontkit's for CFF fonts). */
  readonly font: object;
  /** What embedding the font in a PDF needs (embedded-font.ts). */
  readonly program: FontProgram;
  /** Advance in em (1 = font size) of a code point, or -1 when the font lacks it. */
  advance(cp: number): number;
  /** fontkit glyph id of a code point (0 when missing). */
  glyphId(cp: number): number;
  /** Kerning between two code points set one after the other, in em (negative: closer); 0 when the
   * font has none (its GPOS `kern` pairs, read on the first call: kerning.ts). */
  kern(left: number, right: number): number;
  readonly ascent: number; // em
  readonly descent: number; // em, negative
}

/** A font's metrics and outlines as the PDF's font objects need them (units: the font's own). */
export interface FontProgram {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  /** OS/2 sFamilyClass, post isFixedPitch, head macStyle italic: the descriptor's flags. */
  familyClass: number;
  isFixedPitch: boolean;
  italic: boolean;
  advanceOf(gid: number): number;
  createSubset(): FontSubset;
}

/** The glyphs of a font one document uses, renumbered from 0 (.notdef), and encoded as a font file. */
export interface FontSubset {
  /** The subset's id of a glyph, added on first use. */
  includeGlyph(gid: number): number;
  /** A second subset id for a glyph already included (one glyph standing for two characters). */
  duplicateGlyph(gid: number): number;
  encode(): Uint8Array;
}

/** A document's faces (theme.fonts, parsed): body, bold (headings, strong), the Latin companion (its bold for strong text in running text), fallbacks. */
export interface Faces {
  regular: Face;
  bold: Face;
  latin: { regular?: LazyFace; italic?: LazyFace; bold?: LazyFace; boldItalic?: LazyFace };
  fallbacks: LazyFace[];
}

const faces = new Map<string, Face>();

/** The face for a font file, parsed on first use and kept for the process. Throws if unreadable (the caller reports). */
export function faceFor(path: string): Face {
  let face = faces.get(path);
  if (!face) {
    face = makeFace(path, `f${faces.size}`);
    faces.set(path, face);
  }
  return face;
}

/** A face read only when a character is first looked up in it (the Latin companion, fallbacks: most
 * documents need few of them). An unreadable file acts as a font with no characters; `error` says why. */
export interface LazyFace extends Face {
  readonly error: string | undefined;
}

/** The program of a face that could not be read: it has no characters, so nothing is ever embedded from it. */
const NO_PROGRAM: FontProgram = {
  postscriptName: 'none',
  unitsPerEm: 1000,
  ascent: 880,
  descent: -120,
  capHeight: 0,
  xHeight: 0,
  italicAngle: 0,
  bbox: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
  familyClass: 0,
  isFixedPitch: false,
  italic: false,
  advanceOf: () => 0,
  createSubset: () => {
    throw new Error('an unreadable font has no glyphs to embed');
  },
};

export function lazyFaceFor(path: string): LazyFace {
  let real: Face | undefined = faces.get(path);
  let error: string | undefined;
  const get = (): Face => {
    if (!real) {
      try {
        real = faceFor(path);
      } catch (e) {
        error = (e as Error).message;
        real = { key: 'none', path, font: {}, program: NO_PROGRAM, ascent: 0.88, descent: -0.12, advance: () => -1, glyphId: () => 0, kern: () => 0 };
      }
    }
    return real as Face;
  };
  return {
    path,
    get key() {
      return get().key;
    },
    get font() {
      return get().font;
    },
    get program() {
      return get().program;
    },
    get ascent() {
      return get().ascent;
    },
    get descent() {
      return get().descent;
    },
    get error() {
      return error;
    },
    advance: (cp) => get().advance(cp),
    glyphId: (cp) => get().glyphId(cp),
    kern: (left, right) => get().kern(left, right),
  };
}

function makeFace(path: string, key: string): Face {
  let font: object;
  let program: FontProgram;
  let upm: number;
  let ascent: number;
  let descent: number;
  let glyphOf: (cp: number) => { id: number; advanceWidth: number } | undefined;
  // Pair kerning (TrueType files: GPOS read when the first pair is asked for); none for CFF fonts.
  let kerning: (() => Kerning) | undefined;
  const tt = openTrueType(path);
  if (tt) {
    font = pdfkitFont(tt);
    program = { ...tt, advanceOf: (gid) => tt.advanceOf(gid), createSubset: () => new TrueTypeSubset(tt) };
    ({ unitsPerEm: upm, ascent, descent } = tt);
    let pairs: Kerning | undefined;
    kerning = () => (pairs ??= readKerning(tt.table('GPOS')));
    glyphOf = (cp) => {
      const id = tt.glyphIdOf(cp);
      return id === 0 ? undefined : { id, advanceWidth: tt.advanceOf(id) };
    };
  } else {
    // CFF-flavoured OpenType (e.g. a Noto Serif SC .otf): fontkit reads and subsets it.
    const fk = loadFontkit().create(readFileSync(path));
    if (typeof fk.glyphForCodePoint !== 'function') throw new Error('font collection files are not supported; give a .ttf or .otf file');
    font = fk;
    program = fontkitProgram(fk);
    ({ unitsPerEm: upm, ascent, descent } = fk);
    glyphOf = (cp) => {
      const g = fk.glyphForCodePoint(cp);
      return !g || g.id === 0 ? undefined : g;
    };
  }
  // Basic Multilingual Plane in typed arrays (fast path); astral planes in a map. Float64, not Float32:
  // a first lookup returns the exact advance, so a rounded cached one would make a document's layout
  // depend on what the process typeset before it (and PDFs differ between serial and parallel builds).
  const bmpAdvance = new Float64Array(0x10000).fill(NaN);
  const bmpGlyph = new Int32Array(0x10000).fill(-1);
  const astral = new Map<number, [number, number]>();
  const lookup = (cp: number): [number, number] => {
    const g = glyphOf(cp);
    return g ? [g.id, g.advanceWidth / upm] : [0, -1];
  };
  return {
    key,
    path,
    font,
    program,
    ascent: ascent / upm,
    descent: descent / upm,
    advance(cp) {
      if (cp < 0x10000) {
        const a = bmpAdvance[cp];
        if (a === a) return a; // not NaN
        const [id, adv] = lookup(cp);
        bmpAdvance[cp] = adv;
        bmpGlyph[cp] = id;
        return adv;
      }
      let e = astral.get(cp);
      if (!e) astral.set(cp, (e = lookup(cp)));
      return e[1];
    },
    glyphId(cp) {
      if (cp < 0x10000) {
        if (bmpGlyph[cp] < 0) this.advance(cp);
        return bmpGlyph[cp];
      }
      this.advance(cp);
      return astral.get(cp)![0];
    },
    kern(left, right) {
      if (!kerning) return 0;
      const a = this.glyphId(left);
      const b = this.glyphId(right);
      return a > 0 && b > 0 ? kerning()(a, b) / upm : 0;
    },
  };
}

/** A fontkit font (CFF-flavoured OpenType) as a FontProgram: its documented metrics, its tables for the flags, its subsetter. */
function fontkitProgram(fk: FontkitFont): FontProgram {
  const tables = fk as unknown as { 'OS/2'?: { sFamilyClass?: number }; post?: { isFixedPitch?: boolean }; head?: { macStyle?: { italic?: boolean } } };
  return {
    postscriptName: fk.postscriptName,
    unitsPerEm: fk.unitsPerEm,
    ascent: fk.ascent,
    descent: fk.descent,
    capHeight: fk.capHeight,
    xHeight: fk.xHeight,
    italicAngle: fk.italicAngle,
    bbox: fk.bbox,
    familyClass: tables['OS/2']?.sFamilyClass ?? 0,
    isFixedPitch: !!tables.post?.isFixedPitch,
    italic: !!tables.head?.macStyle?.italic,
    advanceOf: (gid) => fk.getGlyph(gid).advanceWidth,
    createSubset() {
      const subset = fk.createSubset();
      return {
        includeGlyph: (gid) => subset.includeGlyph(gid),
        // fontkit's subset keeps its glyphs in order in `glyphs`; a second entry is a second id.
        duplicateGlyph: (gid) => subset.glyphs.push(gid) - 1,
        encode: () => subset.encode(),
      };
    },
  };
}
