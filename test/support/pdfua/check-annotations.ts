// Annotation PDF/UA-1 checkpoints (7.18): a link annotation sits in a /Link element (its
// /StructParent leading there, the element holding it as an OBJR) and describes itself in /Contents;
// other annotations sit directly in an /Annot element; a page with annotations orders its tabs by
// structure (/Tabs /S).
import { isLanguageTag, type Report } from './finding.js';
import { Dict, PdfFile, Ref, nameOf, textOf } from './objects.js';
import { languageOf, type StructTree } from './structure.js';

/** Subtypes ISO 32000-1 12.5.6 defines. */
const DEFINED = new Set('Text Link FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly StrikeOut Stamp Caret Ink Popup FileAttachment Sound Movie Widget Screen PrinterMark TrapNet Watermark 3D Redact'.split(' '));

export function checkAnnotations(file: PdfFile, tree: StructTree, pages: { num: number; dict: Dict }[], report: Report): void {
  const parentTree = file.numberTree(tree.root?.get('ParentTree'));
  const catalogLang = textOf(file.resolve(file.catalog?.get('Lang')));
  pages.forEach(({ dict }, i) => {
    const page = i + 1;
    const annots = file.array(dict.get('Annots'));
    if (!annots.length) return;
    const tabs = nameOf(file.resolve(dict.get('Tabs')));
    if (tabs === undefined) report({ checkpoint: '28-008', clause: '7.18.3-1', page, message: 'a page with annotations has no /Tabs' });
    else if (tabs !== 'S') report({ checkpoint: '28-009', clause: '7.18.3-1', page, message: `a page with annotations has /Tabs /${tabs}, not /S` });
    for (const ref of annots) {
      const a = file.dict(ref);
      if (!a) continue;
      const num = ref instanceof Ref ? ref.num : -1;
      const subtype = nameOf(a.get('Subtype')) ?? '';
      const at = { page, object: num };
      if (subtype === 'TrapNet') report({ checkpoint: '28-007', clause: '7.18.2-2', ...at, message: 'a TrapNet annotation' });
      if (subtype === 'Popup') continue; // a popup belongs to its parent annotation
      const key = file.resolve(a.get('StructParent'));
      const target = typeof key === 'number' ? parentTree.get(key) : undefined;
      const el = target instanceof Ref ? tree.byNum.get(target.num) : undefined;
      const holds = el?.objects.includes(num) ?? false;
      const contents = textOf(file.resolve(a.get('Contents')));
      if (subtype === 'PrinterMark') {
        if (el) report({ checkpoint: '28-017', clause: '7.18.8-1', ...at, message: 'a PrinterMark annotation is in the structure tree' });
        continue;
      }
      if (subtype === 'Link') {
        if (!el || el.type !== 'Link' || !holds) report({ checkpoint: '28-011', clause: '7.18.5-1', ...at, message: el ? `the link annotation's /StructParent leads to /${el.type} (${el.num} 0 R)${holds ? '' : ', which does not hold it as an OBJR'}` : 'the link annotation is not in a /Link element (no /StructParent, or the parent tree leads nowhere)' });
        if (!contents?.trim()) report({ checkpoint: '28-012', clause: '7.18.5-2', ...at, message: 'the link annotation has no /Contents (alternate description)' });
      } else if (subtype !== 'Widget') {
        if (!DEFINED.has(subtype)) report({ checkpoint: '28-006', clause: '7.18.2-1', ...at, message: `an annotation of undefined subtype /${subtype}` });
        if (!el || el.type !== 'Annot' || !holds) report({ checkpoint: '28-002', clause: '7.18.1-2', ...at, message: `a /${subtype} annotation is not a direct child of an /Annot element` });
        if (!contents?.trim() && !el?.alt?.trim()) report({ checkpoint: '28-004', clause: '7.18.1-4', ...at, message: `a /${subtype} annotation has neither /Contents nor an /Alt on its element` });
      }
      if (contents !== undefined && !isLanguageTag(textOf(file.resolve(a.get('Lang'))) ?? languageOf(el ?? null) ?? catalogLang)) report({ checkpoint: '11-004', clause: '7.2-3', ...at, message: 'the language of the annotation\'s /Contents cannot be determined' });
    }
  });
}
