// Glyph-level checks of a PDF (issue 20), kept apart from typography-check.ts: each glyph's place
// read from the content stream through pdf.js's operator list (text matrix, font size, character
// spacing, TJ numbers), so gaps between glyphs are measured, not guessed from extracted text.
// - Latin word spaces on full justified lines: median and 99th percentile, in em;
// - the Han–Latin gap (S1/J1): ¼ to ⅓ em;
// - no `.notdef` glyph (glyph 0) and no □ stand-in for a character the fonts lack.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Glyph {
  page: number; // 0-based
  /** Baseline in page coordinates (from the bottom). */
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
  /** Character code in the font (the glyph id for Identity-H fonts). */
  code: number;
  artifact: boolean;
}

export interface GlyphLine {
  page: number;
  y: number;
  size: number;
  glyphs: Glyph[];
  left: number;
  right: number;
  artifact: boolean;
}

interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
  originalCharCode?: number;
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Every glyph of a PDF with its place, grouped into lines (same page, same baseline, same size). */
export async function extractGlyphLines(bytes: Uint8Array): Promise<GlyphLine[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const glyphs: Glyph[] = [];
  for (let p = 0; p < pdf.numPages; p++) {
    const page = await pdf.getPage(p + 1);
    const ops = await page.getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: [Matrix, number][] = []; // the CTM and the character spacing (text state) of each q
    let tm: Matrix = [1, 0, 0, 1, 0, 0];
    let size = 0;
    let tc = 0;
    let artifact = 0;
    const marked: boolean[] = [];
    for (let k = 0; k < ops.fnArray.length; k++) {
      const fn = ops.fnArray[k];
      const args = ops.argsArray[k] as unknown[];
      if (fn === OPS.save) stack.push([ctm, tc]);
      else if (fn === OPS.restore) [ctm, tc] = stack.pop() ?? [ctm, tc];
      else if (fn === OPS.transform) ctm = mul(args as Matrix, ctm);
      else if (fn === OPS.beginText) tm = [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.setTextMatrix) tm = [...(args[0] as number[])] as Matrix;
      else if (fn === OPS.setFont) size = args[1] as number;
      else if (fn === OPS.setCharSpacing) tc = args[0] as number;
      else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
        const isArtifact = args[0] === 'Artifact';
        marked.push(isArtifact);
        if (isArtifact) artifact++;
      } else if (fn === OPS.endMarkedContent) {
        if (marked.pop()) artifact--;
      } else if (fn === OPS.showText) {
        const m = mul(tm, ctm);
        const scale = Math.hypot(m[0], m[1]);
        let x = 0; // in text space
        for (const g of args[0] as (PdfGlyph | number)[]) {
          if (typeof g === 'number') {
            x -= (g * size) / 1000;
            continue;
          }
          const w = (g.width * size) / 1000;
          const x0 = m[4] + x * m[0];
          glyphs.push({ page: p, y: m[5], x0, x1: x0 + w * m[0], size: size * scale, text: g.unicode, code: g.originalCharCode ?? -1, artifact: artifact > 0 });
          x += w + tc;
        }
        // The pen moves on for the next TJ of this text object.
        tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + x * tm[0], tm[5] + x * tm[1]];
      }
    }
  }
  const lines = new Map<string, GlyphLine>();
  for (const g of glyphs) {
    const key = `${g.page}:${g.y.toFixed(1)}:${g.size.toFixed(2)}:${g.artifact}`;
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { page: g.page, y: g.y, size: g.size, glyphs: [], left: Infinity, right: -Infinity, artifact: g.artifact }));
    l.glyphs.push(g);
  }
  const out = [...lines.values()];
  for (const l of out) {
    l.glyphs.sort((a, b) => a.x0 - b.x0);
    const ink = l.glyphs.filter((g) => g.text.trim() !== '');
    l.left = ink.length ? ink[0].x0 : 0;
    l.right = ink.length ? ink[ink.length - 1].x1 : 0;
  }
  return out.sort((a, b) => a.page - b.page || b.y - a.y);
}

/** The right end of the glyphs on a page's baseline at a size (content, not artifacts): for a text
 * line extracted by pdf-text.ts, where its ink ends. */
export function inkRights(lines: readonly GlyphLine[]): (l: { page: number; y: number; size: number }) => number | undefined {
  const byPage = new Map<number, GlyphLine[]>();
  for (const g of lines) if (!g.artifact) byPage.set(g.page, [...(byPage.get(g.page) ?? []), g]);
  return (l) => {
    let right: number | undefined;
    for (const g of byPage.get(l.page) ?? []) {
      if (Math.abs(g.y - l.y) < 0.2 && Math.abs(g.size - l.size) < 0.05) right = Math.max(right ?? -Infinity, g.right);
    }
    return right;
  };
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}]$/u;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const ALNUM = /^[\p{Script=Latin}\p{Nd}]$/u;

export interface Stats {
  count: number;
  median: number;
  p99: number;
  max: number;
}

function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const q = (f: number) => (v.length ? v[Math.min(v.length - 1, Math.ceil(f * v.length) - 1)] : 0);
  return { count: v.length, median: q(0.5), p99: q(0.99), max: v.length ? v[v.length - 1] : 0 };
}

/** Gaps between inked glyphs of a line where the text has a space (a space glyph, or a gap over 0.1 em), with the glyphs beside them. */
function spaces(l: GlyphLine): { gap: number; before: Glyph; after: Glyph }[] {
  const out: { gap: number; before: Glyph; after: Glyph }[] = [];
  let prev: Glyph | undefined;
  let spaceGlyph = false;
  for (const g of l.glyphs) {
    if (g.text.trim() === '') {
      spaceGlyph = true;
      continue;
    }
    if (prev) {
      const gap = g.x0 - prev.x1;
      if (spaceGlyph || gap > 0.1 * l.size) out.push({ gap: gap / l.size, before: prev, after: g });
    }
    prev = g;
    spaceGlyph = false;
  }
  return out;
}

export interface LineFilter {
  bodySize: number;
  /** x of the measure's right end(s): a line ending there (±tolerance) is a full justified line. */
  rights: number[];
  tolerance?: number;
  firstBodyPage?: number;
  /** Body paragraph lines as extracted with their structure (pdf-text.ts): only these count (the
   * contents' entries and table rows reach the measure too). */
  paragraphs?: readonly { page: number; y: number; role?: string }[];
}

function inParagraph(l: GlyphLine, o: LineFilter): boolean {
  if (!o.paragraphs) return true;
  return o.paragraphs.some((p) => p.page === l.page && Math.abs(p.y - l.y) < 0.5 && (p.role === undefined || p.role === 'P'));
}

const isFullBodyLine = (l: GlyphLine, o: LineFilter) =>
  inParagraph(l, o) &&
  !l.artifact && Math.abs(l.size - o.bodySize) < 0.05 && l.page >= (o.firstBodyPage ?? 0) && o.rights.some((r) => Math.abs(l.right - r) <= (o.tolerance ?? 0.5));

/** Word spaces (between two Latin glyphs) on full justified body lines, in em. */
export function wordSpaceStats(lines: readonly GlyphLine[], o: LineFilter): Stats {
  const gaps: number[] = [];
  for (const l of lines) {
    if (!isFullBodyLine(l, o)) continue;
    for (const s of spaces(l)) if (LATIN.test(s.before.text) && LATIN.test(s.after.text)) gaps.push(s.gap);
  }
  return stats(gaps);
}

export interface GlyphFinding {
  rule: 'S1' | 'notdef' | 'missing';
  page: number; // 1-based
  text: string;
  detail: string;
}

/** S1/J1: between an ideograph and a Latin letter or digit on a body line, a gap of ¼ to ⅓ em. */
export function hanLatinGapFindings(lines: readonly GlyphLine[], o: LineFilter & { min?: number; max?: number }): GlyphFinding[] {
  const min = o.min ?? 0.24;
  const max = o.max ?? 1 / 3 + 0.01;
  const out: GlyphFinding[] = [];
  for (const l of lines) {
    if (l.artifact || Math.abs(l.size - o.bodySize) >= 0.05 || l.page < (o.firstBodyPage ?? 0)) continue;
    const ink = l.glyphs.filter((g) => g.text.trim() !== '');
    for (let i = 1; i < ink.length; i++) {
      const a = ink[i - 1];
      const b = ink[i];
      if (!((IDEOGRAPH.test(a.text) && ALNUM.test(b.text)) || (ALNUM.test(a.text) && IDEOGRAPH.test(b.text)))) continue;
      const gap = (b.x0 - a.x1) / l.size;
      if (gap < min || gap > max) {
        out.push({ rule: 'S1', page: l.page + 1, text: ink.map((g) => g.text).join(''), detail: `${a.text}|${b.text}: ${gap.toFixed(3)} em` });
      }
    }
  }
  return out;
}

/** No `.notdef` glyph (code 0 of a CID font) and no □ (U+25A1) where the source has none. */
export function missingGlyphFindings(lines: readonly GlyphLine[], source?: string): GlyphFinding[] {
  const out: GlyphFinding[] = [];
  const boxesInSource = source === undefined ? 0 : [...source].filter((c) => c === '□').length;
  let boxes = 0;
  for (const l of lines) {
    for (const g of l.glyphs) {
      const text = l.glyphs.map((x) => x.text).join('');
      if (g.code === 0) out.push({ rule: 'notdef', page: l.page + 1, text, detail: `.notdef glyph for «${g.text}»` });
      if (g.text === '□' && ++boxes > boxesInSource) out.push({ rule: 'missing', page: l.page + 1, text, detail: '□ stands in for a character the fonts lack' });
    }
  }
  return out;
}
