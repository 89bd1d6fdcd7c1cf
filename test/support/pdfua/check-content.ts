// Content-level PDF/UA-1 checkpoints: every piece of page content is tagged (its MCID reachable from
// the structure tree through a consistent parent tree) or an artifact, never both, never neither; its
// language can be determined and matches its script; its characters map to Unicode and to real glyphs
// of an embedded font; form XObjects are used as 7.20 allows.
import type { PageContent, Painted } from './content.js';
import { isLanguageTag, type Report } from './finding.js';
import { glyphOf, type FontInfo } from './fonts.js';
import { PdfFile, Ref, textOf } from './objects.js';
import { languageOf, type Element, type StructTree } from './structure.js';

const PUA = /[\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u;
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

export function checkContent(file: PdfFile, tree: StructTree, pageNums: number[], content: PageContent, report: Report): void {
  const parentTree = file.numberTree(tree.root?.get('ParentTree'));
  const elementFor = (owner: number | undefined, mcid: number): Element | undefined => {
    if (owner === undefined) return undefined;
    const ref = file.array(parentTree.get(owner))[mcid];
    return ref instanceof Ref ? tree.byNum.get(ref.num) : undefined;
  };

  // Marked content inside the wrong kind.
  for (const n of content.nesting) {
    if (n.inner === 'artifact') report({ checkpoint: '01-003', clause: '7.1-1', page: n.page + 1, message: 'content marked as Artifact inside tagged content' });
    else report({ checkpoint: '01-004', clause: '7.1-1', page: n.page + 1, message: `tagged content (/${n.tag} with an MCID) inside an Artifact` });
  }

  // The parent tree and the structure tree agree on every MCID, both ways.
  const seen = new Set<string>();
  const pagesWithoutKey = new Set<number>();
  for (const u of content.mcids) {
    const at = `${u.page}:${u.owner}:${u.mcid}`;
    if (seen.has(at)) report({ checkpoint: '01-005', clause: '7.1-2 (ISO 32000-1 14.7.4.2)', page: u.page + 1, message: `MCID ${u.mcid} marks two pieces of content` });
    seen.add(at);
    if (u.owner === undefined) {
      pagesWithoutKey.add(u.page);
      continue;
    }
    const el = elementFor(u.owner, u.mcid);
    if (!el) report({ checkpoint: '01-005', clause: '7.1-2', page: u.page + 1, message: `MCID ${u.mcid}: the parent tree (key ${u.owner}) leads to no element of the structure tree` });
    else if (!el.mcids.some((m) => m.mcid === u.mcid && m.page === pageNums[u.page])) report({ checkpoint: '01-005', clause: '7.1-2', page: u.page + 1, object: el.num, message: `MCID ${u.mcid}: the parent tree names /${el.raw} (${el.num} 0 R), which does not hold it` });
  }
  for (const p of pagesWithoutKey) report({ checkpoint: '01-005', clause: '7.1-2', page: p + 1, message: 'the page has tagged content but no /StructParents' });
  const onPages = new Set(content.mcids.map((u) => `${pageNums[u.page]}:${u.mcid}`));
  for (const el of tree.elements) {
    for (const m of el.mcids) {
      if (!onPages.has(`${m.page}:${m.mcid}`)) report({ checkpoint: 'UA1 7.1', clause: '7.1 (ISO 32000-1 14.7.4.4)', object: el.num, message: `/${el.raw} (${el.num} 0 R) holds MCID ${m.mcid} of ${m.page === undefined ? 'no page' : `page object ${m.page}`}, which no content carries` });
    }
  }

  // Each piece of content: tagged or artifact; language; characters.
  const untagged = new Map<string, number>();
  const catalogLang = textOf(file.resolve(file.catalog?.get('Lang')));
  const fontFindings = new Map<string, { font: FontInfo; checkpoint: string; clause: string; what: string; codes: Set<number>; pages: Set<number> }>();
  const fontFinding = (font: FontInfo, checkpoint: string, clause: string, what: string, code: number, page: number) => {
    const key = `${font.name}|${checkpoint}|${what}`;
    let f = fontFindings.get(key);
    if (!f) fontFindings.set(key, (f = { font, checkpoint, clause, what, codes: new Set(), pages: new Set() }));
    f.codes.add(code);
    f.pages.add(page + 1);
  };
  const scripts = new Map<string, { page: number; el: Element | undefined; lang: string; text: string }>();
  for (const p of content.painted) {
    const artifact = p.stack.some((m) => m.tag === 'Artifact');
    const tagged = [...p.stack].reverse().find((m) => m.mcid !== undefined);
    if (!artifact && !tagged) {
      const key = `${p.page}|${p.kind}`;
      untagged.set(key, (untagged.get(key) ?? 0) + 1);
    }
    if (p.kind !== 'text') continue;
    const el = tagged ? elementFor(p.owner, tagged.mcid!) : undefined;
    const spanLang = [...p.stack].reverse().map((m) => textOf(file.resolve(m.props?.get('Lang')))).find((l) => l !== undefined);
    const actual = p.stack.some((m) => m.props?.has('ActualText')) || ancestors(el).some((e) => e.actualText !== undefined);
    const lang = spanLang ?? languageOf(el ?? null) ?? catalogLang;
    const text = characters(p, fontFinding, actual);
    if (!tagged || artifact || !text.trim()) continue;
    if (!isLanguageTag(lang)) {
      report({ checkpoint: '11-001', clause: '7.2-3', page: p.page + 1, ...(el ? { object: el.num } : {}), message: `the language of ${JSON.stringify(text.slice(0, 40))} cannot be determined` });
      continue;
    }
    // The script heuristic: Latin letters in text declared Chinese, or Han in text declared English,
    // are words in another language without their own /Lang.
    const other = /^zh\b/i.test(lang) ? LATIN : /^en\b/i.test(lang) ? HAN : undefined;
    if (other?.test(text)) {
      const key = `${p.page}|${el?.num}|${lang}`;
      const s = scripts.get(key);
      if (s) s.text += text;
      else scripts.set(key, { page: p.page, el, lang, text });
    }
  }
  for (const [key, n] of untagged) {
    const [page, kind] = key.split('|');
    report({ checkpoint: '01-005', clause: '7.1-2', page: Number(page) + 1, message: `${n} ${kind} painting operation(s) neither tagged nor marked as Artifact` });
  }
  for (const s of scripts.values()) {
    report({ checkpoint: '11-007', clause: '7.2-3 (script heuristic; Matterhorn: H)', page: s.page + 1, ...(s.el ? { object: s.el.num } : {}), message: `text in ${s.el ? `/${s.el.raw}` : 'content'} declared ${s.lang} has words in another script without their own /Lang: ${JSON.stringify(s.text.slice(0, 60))}` });
  }
  for (const f of fontFindings.values()) {
    const codes = [...f.codes].slice(0, 6).map((c) => c.toString(16).padStart(4, '0'));
    report({ checkpoint: f.checkpoint, clause: f.clause, page: Math.min(...f.pages), message: `font ${f.font.name}: ${f.what} (codes ${codes.join(', ')}${f.codes.size > 6 ? ', …' : ''}; pages ${[...f.pages].slice(0, 5).join(', ')})` });
  }

  // Form XObjects (7.20).
  for (const r of content.references) report({ checkpoint: '30-001', clause: '7.20-1', object: r, message: 'a reference XObject is drawn' });
  for (const [num, use] of content.forms) if (use.mcids && use.uses > 1) report({ checkpoint: '30-002', clause: '7.20-2', object: num, message: `a form XObject with MCIDs is drawn ${use.uses} times` });
}

function ancestors(el: Element | undefined): Element[] {
  const out: Element[] = [];
  for (let e = el; e; e = e.parent ?? undefined) out.push(e);
  return out;
}

type FontFinding = (font: FontInfo, checkpoint: string, clause: string, what: string, code: number, page: number) => void;

/** The text a show operator paints, and the font findings on its codes (7.21). */
function characters(p: Painted, finding: FontFinding, actualText: boolean): string {
  const font = p.font;
  if (!font) return '';
  let text = '';
  const codes = p.codes ?? [];
  if (!p.invisible && !font.embedded) finding(font, '31-009', '7.21.4.1-1', 'the font program is not embedded', codes[0] ?? 0, p.page);
  if (font.cidToGid === 'missing') finding(font, '31-005', '7.21.3.2-1', 'a Type 2 CID font without /CIDToGIDMap', 0, p.page);
  if (font.cidToGid === 'invalid') finding(font, '31-004', '7.21.3.2-1', '/CIDToGIDMap is neither a stream nor /Identity', 0, p.page);
  if (!font.toUnicode && font.bytesPerCode === 2) finding(font, '31-027', '7.21.7-1', 'a composite font without /ToUnicode', codes[0] ?? 0, p.page);
  for (const code of codes) {
    const u = font.toUnicode?.get(code);
    if (font.toUnicode && u === undefined) finding(font, '10-001', '7.2-2', 'character codes with no Unicode value in /ToUnicode', code, p.page);
    else if (u !== undefined && /\0/.test(u)) finding(font, '31-028', '7.21.7-2', 'character codes mapped to U+0000', code, p.page);
    else if (u !== undefined && /[\uFEFF\uFFFE]/.test(u)) finding(font, '31-029', '7.21.7-3', 'character codes mapped to U+FEFF or U+FFFE', code, p.page);
    else if (u !== undefined && PUA.test(u) && !actualText) finding(font, '10-001', '7.21.7 (private use)', 'character codes mapped to the Private Use Area without /ActualText', code, p.page);
    const glyph = glyphOf(font, code);
    if (glyph === 0) finding(font, '31-030', '7.21.8-1', 'character codes showing the .notdef glyph', code, p.page);
    else if (glyph !== undefined && font.glyphCount !== undefined && glyph >= font.glyphCount) finding(font, '31-011', '7.21.4.1-3', 'glyphs the embedded program does not contain', code, p.page);
    text += u ?? '';
  }
  return text;
}
