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
 * do not use). It gets stand-ins that load the real module on first use, so nothing breaks if a
 * later pdfkit call does need one. The bundle (scripts/bundle.mjs) carries pdfkit itself and wires
 * the same stand-ins in when it is built; run from lib/ or src/, Node's loader is asked for them.
 */
export function loadPdfkit(): PdfKitConstructor {
  if (pdfkit) return pdfkit;
  if (typeof __AG_BUNDLED_PDFKIT__ === 'function') return (pdfkit = __AG_BUNDLED_PDFKIT__() as PdfKitConstructor);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return STAND_INS.has(request) ? pdfkitStandIn(request) : load.call(this, request, ...rest);
  };
  try {
    pdfkit = require('pdfkit') as PdfKitConstructor;
  } finally {
    Module._load = load;
  }
  return pdfkit;
}

/** Set by the bundle (scripts/bundle-shims/pdfkit.mjs): pdfkit as bundled. */
declare const __AG_BUNDLED_PDFKIT__: (() => unknown) | undefined;

const STAND_INS = new Set(['fontkit', '@noble/ciphers/aes', '@noble/hashes/utils', 'linebreak']);
const standIns = new Map<string, unknown>();

/** What pdfkit gets when it asks for `name` (one of STAND_INS). */
export function pdfkitStandIn(name: string): unknown {
  let s = standIns.get(name);
  if (s) return s;
  // The real modules, from pdfkit's own place in node_modules, when first really used.
  const real = (n: string) => createRequire(require.resolve('pdfkit'))(n) as Record<string | symbol, unknown>;
  if (name === 'fontkit') s = { create: (...args: unknown[]) => (loadFontkit().create as (...a: unknown[]) => unknown)(...args) };
  else if (name === 'linebreak') {
    s = function LineBreaker(text: string) {
      return new (loadLineBreaker())(text);
    };
  } else if (name === '@noble/hashes/utils') {
    // Every document writes its /ID with bytesToHex; the rest of this module is for encryption.
    s = new Proxy({}, { get: (_t, key) => (key === 'bytesToHex' ? bytesToHex : real(name)[key]) });
  } else s = new Proxy({}, { get: (_t, key) => real(name)[key] });
  standIns.set(name, s);
  return s;
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
