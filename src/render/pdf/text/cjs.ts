// Loads the CommonJS builds of pdfkit, fontkit and linebreak: faster to load than their ESM builds,
// and pdfkit then shares our fontkit instance instead of loading a second copy.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The parts of a fontkit glyph the composer reads. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

/** The parts of a fontkit font the composer reads (fontkit ships no types). */
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  glyphForCodePoint(cp: number): FontkitGlyph;
  hasGlyphForCodePoint(cp: number): boolean;
  getGlyph(gid: number): FontkitGlyph;
  createSubset(): { includeGlyph(gid: number): number; glyphs: number[]; encode(): Uint8Array };
  layout: unknown;
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}

let fontkit: Fontkit | undefined;
export function loadFontkit(): Fontkit {
  fontkit ??= require('fontkit') as Fontkit;
  return fontkit;
}

export type PdfKitConstructor = typeof import('pdfkit');
let pdfkit: PdfKitConstructor | undefined;
export function loadPdfkit(): PdfKitConstructor {
  pdfkit ??= require('pdfkit') as PdfKitConstructor;
  return pdfkit;
}

interface LineBreakerCtor {
  new (text: string): { nextBreak(): { position: number; required: boolean } | null };
}
let linebreak: LineBreakerCtor | undefined;
export function loadLineBreaker(): LineBreakerCtor {
  linebreak ??= require('linebreak') as LineBreakerCtor;
  return linebreak;
}
