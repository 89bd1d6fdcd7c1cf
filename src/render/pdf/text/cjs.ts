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
  glyphForCodePoint(cp: number): FontkitGlyph;
  hasGlyphForCodePoint(cp: number): boolean;
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

/**
 * pdfkit requires fontkit when it loads (~90 ms), but only calls it to parse fonts given as files;
 * we hand it parsed font objects. So pdfkit gets a stand-in that loads fontkit on first real use.
 */
export function loadPdfkit(): PdfKitConstructor {
  if (pdfkit) return pdfkit;
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const lazyFontkit = { create: (...args: unknown[]) => (loadFontkit().create as (...a: unknown[]) => unknown)(...args) };
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'fontkit' ? lazyFontkit : load.call(this, request, ...rest);
  };
  try {
    pdfkit = require('pdfkit') as PdfKitConstructor;
  } finally {
    Module._load = load;
  }
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
