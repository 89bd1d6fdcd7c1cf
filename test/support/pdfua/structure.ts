// The structure tree as a validator reads it: elements with their type (before and after the role
// map), parent, attributes and kids — marked-content references (page + MCID), object references
// (annotations) and child elements —, in document order.
import { Dict, PdfFile, Ref, isName, nameOf, textOf, type PdfValue } from './objects.js';

export interface Element {
  /** Object number (-1 for a direct dictionary). */
  num: number;
  /** /S as written. */
  raw: string;
  /** /S after the role map (the raw type when unmapped or circular). */
  type: string;
  parent: Element | null;
  children: Element[];
  /** Marked content it holds: page object number and MCID. */
  mcids: { page: number | undefined; mcid: number }[];
  /** Objects it holds through OBJR (annotations). */
  objects: number[];
  dict: Dict;
  lang?: string;
  alt?: string;
  actualText?: string;
}

export const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

export interface StructTree {
  root: Dict | undefined;
  /** Every element reached from the root, in document (pre-)order. */
  elements: Element[];
  byNum: Map<number, Element>;
  roleMap: Map<string, string>;
  /** A role chain that never reaches a standard type, or loops. */
  mapping(raw: string): { type: string; circular: boolean; standard: boolean };
}

export function readStructure(file: PdfFile): StructTree {
  const root = file.dict(file.catalog?.get('StructTreeRoot'));
  const roleMap = new Map<string, string>();
  for (const [k, v] of file.dict(root?.get('RoleMap'))?.entries ?? []) {
    const n = nameOf(file.resolve(v));
    if (n) roleMap.set(k, n);
  }
  const mapping = (raw: string) => {
    const seen = new Set<string>();
    let t = raw;
    while (!STANDARD_TYPES.has(t) && roleMap.has(t)) {
      if (seen.has(t)) return { type: raw, circular: true, standard: false };
      seen.add(t);
      t = roleMap.get(t)!;
    }
    return { type: t, circular: false, standard: STANDARD_TYPES.has(t) };
  };
  const elements: Element[] = [];
  const byNum = new Map<number, Element>();
  const visit = (v: PdfValue | undefined, parent: Element | null, page: number | undefined, depth: number) => {
    const d = file.dict(v);
    if (!d || depth > 256) return;
    const num = v instanceof Ref ? v.num : -1;
    if (num >= 0 && byNum.has(num)) return; // an element reached twice: read once
    const raw = nameOf(d.get('S')) ?? '';
    const el: Element = { num, raw, type: mapping(raw).type, parent, children: [], mcids: [], objects: [], dict: d };
    const lang = textOf(file.resolve(d.get('Lang')));
    const alt = textOf(file.resolve(d.get('Alt')));
    const actualText = textOf(file.resolve(d.get('ActualText')));
    if (lang !== undefined) el.lang = lang;
    if (alt !== undefined) el.alt = alt;
    if (actualText !== undefined) el.actualText = actualText;
    if (num >= 0) byNum.set(num, el);
    elements.push(el);
    parent?.children.push(el);
    const pg = d.get('Pg') instanceof Ref ? (d.get('Pg') as Ref).num : page;
    for (const k of file.array(d.get('K'))) {
      const kid = k instanceof Ref ? file.resolve(k) : k;
      if (typeof kid === 'number') el.mcids.push({ page: pg, mcid: kid });
      else if (kid instanceof Dict && isName(kid.get('Type'), 'MCR')) {
        const p = kid.get('Pg');
        el.mcids.push({ page: p instanceof Ref ? p.num : pg, mcid: Number(kid.get('MCID')) });
      } else if (kid instanceof Dict && isName(kid.get('Type'), 'OBJR')) {
        const o = kid.get('Obj');
        if (o instanceof Ref) el.objects.push(o.num);
      } else if (kid instanceof Dict) visit(k, el, pg, depth + 1);
    }
  };
  if (root) for (const k of file.array(root.get('K'))) visit(k, null, undefined, 0);
  return { root, elements, byNum, roleMap, mapping };
}

/** An element's attribute (in /A, a dictionary or an array of them and revision numbers) of an owner. */
export function attribute(file: PdfFile, el: Element, owner: string, key: string): PdfValue | undefined {
  for (const a of file.array(el.dict.get('A'))) {
    const d = file.dict(a);
    if (d && isName(d.get('O'), owner) && d.has(key)) return file.resolve(d.get(key));
  }
  return undefined;
}

/** The language in force for an element: its own /Lang or the nearest ancestor's. */
export function languageOf(el: Element | null): string | undefined {
  for (let e = el; e; e = e.parent) if (e.lang !== undefined) return e.lang;
  return undefined;
}
