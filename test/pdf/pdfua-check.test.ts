// The PDF/UA-1 checker can fail: a well-tagged PDF gives no finding, and each Matterhorn failure
// condition it implements is found once the same file is broken in that one way (a key dropped, an
// element retagged, a content stream edited, an object added), written back by test/support/pdfua/write.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/corpus.js';
import { CHECKED, checkPdfUa } from '../support/pdfua-check.js';
import { Dict, Name, PdfFile, PdfString, Ref, Stream, isName, type PdfValue } from '../support/pdfua/objects.js';
import { addObject, setStreamData, writePdf } from '../support/pdfua/write.js';
import { render } from '../support/render.js';

const FIXTURE = join(REPO, 'test/fixtures/pdf');
const base = (await render(readFileSync(join(FIXTURE, 'features.md'), 'utf8'), { baseDir: FIXTURE })).bytes;

type Change = (f: PdfFile) => void;

const dicts = (f: PdfFile, test: (d: Dict) => boolean): [number, Dict][] =>
  [...f.objects].filter((e): e is [number, Dict] => e[1] instanceof Dict && test(e[1])).sort((a, b) => a[0] - b[0]);
const elements = (f: PdfFile, type: string) => dicts(f, (d) => isName(d.get('S'), type)).map(([, d]) => d);
const first = (f: PdfFile, type: string): Dict => elements(f, type)[0] ?? fail(`no /${type}`);
const retag = (d: Dict, type: string) => d.entries.set('S', new Name(type));
const catalog = (f: PdfFile): Dict => f.catalog ?? fail('no catalog');
const structRoot = (f: PdfFile): Dict => f.dict(catalog(f).get('StructTreeRoot')) ?? fail('no structure tree');
const links = (f: PdfFile) => dicts(f, (d) => isName(d.get('Subtype'), 'Link'));
const type0 = (f: PdfFile): Dict => dicts(f, (d) => isName(d.get('Subtype'), 'Type0'))[0]?.[1] ?? fail('no Type0 font');
const descendant = (f: PdfFile): Dict => f.dict(f.array(type0(f).get('DescendantFonts'))[0]) ?? fail('no CID font');
const fail = (why: string): never => {
  throw new Error(why);
};

/** Edits a stream's text (decoded, Latin-1 so bytes survive). */
function editStream(f: PdfFile, ref: PdfValue | undefined, edit: (s: string) => string): void {
  const r = ref instanceof Ref ? ref : fail('not a reference');
  const s = f.objects.get(r.num);
  if (!(s instanceof Stream)) fail('not a stream');
  const before = (s as Stream).data().toString('latin1');
  const after = edit(before);
  if (after === before) fail('the edit changed nothing');
  setStreamData(f, r.num, after);
}
const page = (f: PdfFile, i: number) => f.pages()[i].dict;
const editContent = (f: PdfFile, i: number, edit: (s: string) => string) => {
  const c = page(f, i).get('Contents');
  editStream(f, Array.isArray(c) ? c[0] : c, edit);
};
const editAllContent = (f: PdfFile, edit: (s: string) => string) => {
  for (const p of f.pages()) {
    try {
      editContent(f, f.pages().findIndex((q) => q.num === p.num), edit);
    } catch {
      /* a page the edit does not touch */
    }
  }
};
const editToUnicode = (f: PdfFile, edit: (s: string) => string) => editStream(f, type0(f).get('ToUnicode'), edit);
const editXmp = (f: PdfFile, edit: (s: string) => string) => {
  const ref = catalog(f).get('Metadata');
  const r = ref instanceof Ref ? ref : fail('no metadata');
  const s = f.objects.get(r.num) as Stream;
  setStreamData(f, r.num, Buffer.from(edit(s.data().toString('utf8')), 'utf8'));
};
const annotate = (f: PdfFile, annot: Dict) => {
  const p = page(f, 0);
  p.entries.set('Annots', [...f.array(p.get('Annots')), addObject(f, annot)]);
};
const annot = (subtype: string, extra: [string, PdfValue][] = []) =>
  new Dict(new Map<string, PdfValue>([['Type', new Name('Annot')], ['Subtype', new Name(subtype)], ['Rect', [0, 0, 10, 10]], ...extra]));
/** Draws a new form XObject on the first page (inside an artifact), `times` times. */
const drawForm = (f: PdfFile, dict: [string, PdfValue][], data: string, times: number) => {
  const form = addObject(f, new Stream(new Dict(new Map<string, PdfValue>([['Type', new Name('XObject')], ['Subtype', new Name('Form')], ['BBox', [0, 0, 10, 10]], ...dict])), Buffer.from(data, 'latin1')));
  const resources = f.dict(page(f, 0).get('Resources')) ?? fail('no resources');
  const xobjects = f.dict(resources.get('XObject')) ?? new Dict();
  xobjects.entries.set('FmUA', form);
  resources.entries.set('XObject', xobjects);
  editContent(f, 0, (s) => `${s}\n${'/Artifact BMC /FmUA Do EMC\n'.repeat(times)}`);
};
const encrypt = (p?: number) => (f: PdfFile) => {
  const d = new Dict(new Map<string, PdfValue>([['Filter', new Name('Standard')], ['V', 1], ['R', 2], ['O', new PdfString(Buffer.alloc(32))], ['U', new PdfString(Buffer.alloc(32))]]));
  if (p !== undefined) d.entries.set('P', p);
  f.trailer.entries.set('Encrypt', d);
};
const noLang: Change = (f) => catalog(f).entries.delete('Lang');
/** A bfrange array's first mapped code (the subset's first glyph, always shown) gets another value. */
const firstCodeTo = (hex: string): Change => (f) => editToUnicode(f, (s) => s.replace(/\[<0000> <[0-9a-fA-F]{4}>/, `[<0000> <${hex}>`));
const firstShownCode = (hex: string): Change => (f) => editContent(f, 0, (s) => s.replace('[<', `[<${hex}`));

const CASES: [string, string, Change][] = [
  ['UA1 7.1', 'no /MarkInfo', (f) => catalog(f).entries.delete('MarkInfo')],
  ['UA1 7.1', 'a structure element holds an MCID no content carries', (f) => first(f, 'P').entries.set('K', [...f.array(first(f, 'P').get('K')), 777])],
  ['01-003', 'an artifact inside tagged content', (f) => editContent(f, 1, (s) => s.replace(/(\/\w+ <<\s*\/MCID \d+\s*>> BDC)/, '$1 /Artifact BMC 0 0 1 1 re f EMC'))],
  ['01-004', 'tagged content inside an artifact', (f) => editContent(f, 1, (s) => s.replace('/Artifact BMC', '/Artifact BMC /P <</MCID 900>> BDC EMC'))],
  ['01-005', 'a path outside any marked content', (f) => editContent(f, 1, (s) => `${s}\n0 0 10 10 re f\n`)],
  ['01-005', 'the parent tree names an element that does not hold the MCID', (f) => first(f, 'P').entries.set('K', [])],
  ['01-007', '/Suspects true', (f) => (f.dict(catalog(f).get('MarkInfo')) ?? fail('no MarkInfo')).entries.set('Suspects', true)],
  ['02-001', 'a non-standard type without a role map', (f) => retag(first(f, 'P'), 'Custom')],
  ['02-003', 'a circular role map', (f) => {
    structRoot(f).entries.set('RoleMap', new Dict(new Map<string, PdfValue>([['Custom', new Name('Custom2')], ['Custom2', new Name('Custom')]])));
    retag(first(f, 'P'), 'Custom');
  }],
  ['02-004', 'a standard type remapped', (f) => structRoot(f).entries.set('RoleMap', new Dict(new Map<string, PdfValue>([['P', new Name('Span')]])))],
  ['06-001', 'no XMP metadata', (f) => catalog(f).entries.delete('Metadata')],
  ['06-002', 'no PDF/UA identifier', (f) => editXmp(f, (s) => s.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, ''))],
  ['06-002', 'pdfuaid:part 2', (f) => editXmp(f, (s) => s.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, '<pdfuaid:part>2</pdfuaid:part>'))],
  ['06-003', 'no dc:title', (f) => editXmp(f, (s) => s.replace(/<dc:title>[\s\S]*?<\/dc:title>/, ''))],
  ['07-001', 'no /DisplayDocTitle', (f) => f.dict(catalog(f).get('ViewerPreferences'))?.entries.delete('DisplayDocTitle')],
  ['07-002', '/DisplayDocTitle false', (f) => f.dict(catalog(f).get('ViewerPreferences'))?.entries.set('DisplayDocTitle', false)],
  ['09-004', 'a TR outside a table', (f) => retag(first(f, 'Table'), 'Div')],
  ['09-005', 'an Lbl outside a list item', (f) => retag(first(f, 'LI'), 'P')],
  ['09-006', 'a TOC holding a P', (f) => retag(first(f, 'TOCI'), 'P')],
  ['09-007', 'an RB outside Ruby', (f) => retag(first(f, 'P'), 'RB')],
  ['09-008', 'a WT outside Warichu', (f) => retag(first(f, 'P'), 'WT')],
  ['10-001', 'codes missing from /ToUnicode', (f) => editToUnicode(f, (s) => s.replace(/\d+ beginbfrange[\s\S]*?endbfrange/g, ''))],
  ['10-001', 'a code mapped to the Private Use Area', firstCodeTo('e000')],
  ['11-001', 'no /Lang in the catalog', noLang],
  ['11-001', 'a /Lang that is not a language tag', (f) => catalog(f).entries.set('Lang', new PdfString(Buffer.from('')))],
  ['11-002', 'alternative text of unknown language', noLang],
  ['11-003', 'outline entries of unknown language', noLang],
  ['11-004', 'link /Contents of unknown language', noLang],
  ['11-006', 'metadata of unknown language', noLang],
  ['11-007', 'English words in Chinese text without their /Lang span', (f) => editAllContent(f, (s) => s.replace(/\/Span <<\s*\/Lang \(en\)\s*>> BDC/g, '/Span BMC'))],
  ['13-004', 'a Figure without /Alt', (f) => first(f, 'Figure').entries.delete('Alt')],
  ['14-002', 'the first heading is H2', (f) => elements(f, 'H1').forEach((h) => retag(h, 'H2'))],
  ['14-003', 'H4 after H2', (f) => retag(first(f, 'H2'), 'H4')],
  ['14-006', 'two H elements in one parent', (f) => {
    const [a, b] = elements(f, 'P').filter((p, _, all) => all.filter((q) => (q.get('P') as Ref).num === (p.get('P') as Ref).num).length > 1);
    retag(a, 'H');
    retag(b, 'H');
  }],
  ['14-007', 'H and H1 in one document', (f) => retag(first(f, 'P'), 'H')],
  ['15-003', 'a TH without /Scope', (f) => first(f, 'TH').entries.delete('A')],
  ['17-002', 'a Formula without /Alt', (f) => retag(first(f, 'P'), 'Formula')],
  ['19-003', 'a Note without /ID', (f) => retag(first(f, 'P'), 'Note')],
  ['19-004', 'two Notes with one /ID', (f) => {
    for (const p of elements(f, 'P').slice(0, 2)) {
      retag(p, 'Note');
      p.entries.set('ID', new PdfString(Buffer.from('n1')));
    }
  }],
  ['26-001', 'encrypted without /P', encrypt()],
  ['26-002', 'encrypted, /P without bit 10', encrypt(-4 - 512)],
  ['28-002', 'a Text annotation outside any Annot element', (f) => annotate(f, annot('Text', [['Contents', new PdfString(Buffer.from('note'))]]))],
  ['28-004', 'an annotation without /Contents', (f) => annotate(f, annot('Square'))],
  ['28-006', 'an annotation of undefined subtype', (f) => annotate(f, annot('Foo', [['Contents', new PdfString(Buffer.from('x'))]]))],
  ['28-007', 'a TrapNet annotation', (f) => annotate(f, annot('TrapNet'))],
  ['28-008', 'a page with annotations and no /Tabs', (f) => f.pages().forEach((p) => p.dict.entries.delete('Tabs'))],
  ['28-009', '/Tabs /R', (f) => f.pages().forEach((p) => p.dict.entries.set('Tabs', new Name('R')))],
  ['28-011', 'a link annotation outside its Link element', (f) => links(f)[0][1].entries.delete('StructParent')],
  ['28-012', 'a link annotation without /Contents', (f) => links(f)[0][1].entries.delete('Contents')],
  ['28-017', 'a PrinterMark annotation in the structure tree', (f) => annotate(f, annot('PrinterMark', [['StructParent', links(f)[0][1].get('StructParent') ?? 0]]))],
  ['30-001', 'a reference XObject', (f) => drawForm(f, [['Ref', new Dict()]], '', 1)],
  ['30-002', 'a form with MCIDs drawn twice', (f) => drawForm(f, [['StructParents', 9999]], '/P <</MCID 0>> BDC 0 0 1 1 re f EMC', 2)],
  ['31-004', 'a /CIDToGIDMap that is neither a stream nor /Identity', (f) => descendant(f).entries.set('CIDToGIDMap', new Name('Foo'))],
  ['31-005', 'no /CIDToGIDMap', (f) => descendant(f).entries.delete('CIDToGIDMap')],
  ['31-009', 'the font program not embedded', (f) => f.dict(descendant(f).get('FontDescriptor'))?.entries.delete('FontFile2')],
  ['31-011', 'a glyph the program does not have', firstShownCode('fff0')],
  ['31-027', 'a composite font without /ToUnicode', (f) => type0(f).entries.delete('ToUnicode')],
  ['31-028', 'a code mapped to U+0000', firstCodeTo('0000')],
  ['31-029', 'a code mapped to U+FEFF', firstCodeTo('feff')],
  ['31-030', 'the .notdef glyph shown', firstShownCode('0000')],
  ['UA1 7.17', 'a long document without an outline', (f) => catalog(f).entries.delete('Outlines')],
];

const checkpointsOf = (bytes: Uint8Array) => [...new Set(checkPdfUa(bytes, { outlineFromPages: 2 }).map((x) => x.checkpoint))].sort();

describe('the PDF/UA-1 checker', () => {
  it('finds nothing on a well-tagged PDF, as written and as rewritten by the test writer', () => {
    expect(checkPdfUa(base, { outlineFromPages: 2 })).toEqual([]);
    expect(checkPdfUa(writePdf(new PdfFile(base)), { outlineFromPages: 2 })).toEqual([]);
  });

  it.each(CASES)('%s: %s', (checkpoint, _what, change) => {
    const f = new PdfFile(base);
    change(f);
    const found = checkPdfUa(writePdf(f), { outlineFromPages: 2 });
    expect(found.map((x) => x.checkpoint)).toContain(checkpoint);
    for (const x of found.filter((y) => y.checkpoint === checkpoint)) expect(x.message).not.toBe('');
  });

  it('has a failing case for every checkpoint it claims to check', () => {
    const covered = new Set(CASES.map((c) => c.slice(0, 1)[0]));
    expect(CHECKED.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('reports a broken file at the place of the break: the page and the object', () => {
    const f = new PdfFile(base);
    const fig = dicts(f, (d) => isName(d.get('S'), 'Figure'))[0];
    fig[1].entries.delete('Alt');
    const [finding] = checkPdfUa(writePdf(f)).filter((x) => x.checkpoint === '13-004');
    expect(finding).toMatchObject({ checkpoint: '13-004', clause: '7.3-3', object: fig[0] });
    expect(checkpointsOf(writePdf(f))).toEqual(['13-004']);
  });
});
