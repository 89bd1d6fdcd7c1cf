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
 * pdfkit loads, when it loads, modules a typesetting run never calls: fontkit (~90 ms; it only
 * parses fonts given as files, we hand it parsed ones), an AES cipher and hash helpers (encryption;
 * ~10 ms, of which a document uses only bytesToHex) and linebreak (its own text wrapping, which we
 * do not use). It gets stand-ins that load the real module on
 * first use, so nothing breaks if a later pdfkit call does need one.
 */
export function loadPdfkit(): PdfKitConstructor {
  if (pdfkit) return pdfkit;
  const fromPdfkit = createRequire(require.resolve('pdfkit'));
  const lazy = (name: string) => new Proxy({}, { get: (_t, key) => (fromPdfkit(name) as Record<string | symbol, unknown>)[key] });
  const standIns: Record<string, unknown> = {
    fontkit: { create: (...args: unknown[]) => (loadFontkit().create as (...a: unknown[]) => unknown)(...args) },
    '@noble/ciphers/aes': lazy('@noble/ciphers/aes'),
    // Every document writes its /ID with bytesToHex; the rest of this module is for encryption.
    '@noble/hashes/utils': new Proxy(
      {},
      { get: (_t, key) => (key === 'bytesToHex' ? bytesToHex : (fromPdfkit('@noble/hashes/utils') as Record<string | symbol, unknown>)[key]) },
    ),
    linebreak: function LineBreaker(text: string) {
      return new (loadLineBreaker())(text);
    },
  };
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request in standIns ? standIns[request] : load.call(this, request, ...rest);
  };
  try {
    pdfkit = require('pdfkit') as PdfKitConstructor;
  } finally {
    Module._load = load;
  }
  return pdfkit;
}

/** @noble/hashes' bytesToHex: lowercase hex of the bytes. */
function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

interface LineBreakerCtor {
  new (text: string): { nextBreak(): { position: number; required: boolean } | null };
}
let linebreak: LineBreakerCtor | undefined;
export function loadLineBreaker(): LineBreakerCtor {
  linebreak ??= require('linebreak') as LineBreakerCtor;
  return linebreak;
}
