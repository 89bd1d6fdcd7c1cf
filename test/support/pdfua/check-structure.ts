// Structure-level PDF/UA-1 checkpoints: tables, lists, TOC, ruby and warichu nested as ISO 32000-1
// Tables 333 and 336–338 allow; figures and formulas with alternative text; heading levels; header
// cells with /Scope; notes with unique IDs; the language of alternative text.
import { isLanguageTag, type Report } from './finding.js';
import { PdfFile, textOf } from './objects.js';
import { attribute, languageOf, type Element, type StructTree } from './structure.js';

/** Allowed parents and children per type (ISO 32000-1 Tables 333, 336, 337, 338; Caption where 32000 allows it). */
const NESTING: Record<string, { checkpoint: string; table: string; parents?: string[]; children?: string[] }> = {
  Table: { checkpoint: '09-004', table: '337', children: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'] },
  THead: { checkpoint: '09-004', table: '337', parents: ['Table'], children: ['TR'] },
  TBody: { checkpoint: '09-004', table: '337', parents: ['Table'], children: ['TR'] },
  TFoot: { checkpoint: '09-004', table: '337', parents: ['Table'], children: ['TR'] },
  TR: { checkpoint: '09-004', table: '337', parents: ['Table', 'THead', 'TBody', 'TFoot'], children: ['TH', 'TD'] },
  TH: { checkpoint: '09-004', table: '337', parents: ['TR'] },
  TD: { checkpoint: '09-004', table: '337', parents: ['TR'] },
  L: { checkpoint: '09-005', table: '336', children: ['LI', 'L', 'Caption'] },
  LI: { checkpoint: '09-005', table: '336', parents: ['L'], children: ['Lbl', 'LBody'] },
  Lbl: { checkpoint: '09-005', table: '336', parents: ['LI', 'TOCI'] },
  LBody: { checkpoint: '09-005', table: '336', parents: ['LI'] },
  TOC: { checkpoint: '09-006', table: '333', children: ['TOCI', 'TOC', 'Caption'] },
  TOCI: { checkpoint: '09-006', table: '333', parents: ['TOC'], children: ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC'] },
  Ruby: { checkpoint: '09-007', table: '338', children: ['RB', 'RT', 'RP'] },
  RB: { checkpoint: '09-007', table: '338', parents: ['Ruby'] },
  RT: { checkpoint: '09-007', table: '338', parents: ['Ruby'] },
  RP: { checkpoint: '09-007', table: '338', parents: ['Ruby'] },
  Warichu: { checkpoint: '09-008', table: '338', children: ['WT', 'WP'] },
  WT: { checkpoint: '09-008', table: '338', parents: ['Warichu'] },
  WP: { checkpoint: '09-008', table: '338', parents: ['Warichu'] },
};

export function checkStructure(file: PdfFile, tree: StructTree, report: Report): void {
  const at = (el: Element) => (el.num >= 0 ? { object: el.num } : {});
  const catalogLang = textOf(file.resolve(file.catalog?.get('Lang')));
  for (const el of tree.elements) {
    const rule = NESTING[el.type];
    if (rule?.parents && !(el.parent && rule.parents.includes(el.parent.type))) {
      report({ checkpoint: rule.checkpoint, clause: '7.2-1', ...at(el), message: `/${el.type} (${el.num} 0 R) is a child of ${el.parent ? `/${el.parent.type}` : 'the structure tree root'}; ISO 32000-1 Table ${rule.table} allows ${rule.parents.map((t) => `/${t}`).join(', ')}` });
    }
    for (const c of el.children) {
      if (rule?.children && !rule.children.includes(c.type)) report({ checkpoint: rule.checkpoint, clause: '7.2-1', ...at(c), message: `/${el.type} (${el.num} 0 R) holds /${c.type} (${c.num} 0 R); ISO 32000-1 Table ${rule.table} allows ${rule.children.map((t) => `/${t}`).join(', ')}` });
    }
    if (el.type === 'Figure' && !el.alt?.trim() && !el.actualText?.trim()) report({ checkpoint: '13-004', clause: '7.3-3', ...at(el), message: `/Figure (${el.num} 0 R) has neither /Alt nor /ActualText` });
    if (el.type === 'Formula' && !el.alt?.trim()) report({ checkpoint: '17-002', clause: '7.7-1', ...at(el), message: `/Formula (${el.num} 0 R) has no /Alt` });
    if ((el.alt !== undefined || el.actualText !== undefined || el.dict.has('E')) && !isLanguageTag(languageOf(el) ?? catalogLang)) {
      report({ checkpoint: '11-002', clause: '7.2-3', ...at(el), message: `the language of /${el.type}'s /Alt, /ActualText or /E cannot be determined` });
    }
    const hs = el.children.filter((c) => c.type === 'H');
    if (hs.length > 1) report({ checkpoint: '14-006', clause: '7.4.4-1', ...at(el), message: `/${el.type} (${el.num} 0 R) holds ${hs.length} /H elements` });
  }

  // Headings: numbered ones start at H1 and never skip a level going down; not mixed with /H.
  const numbered = tree.elements.filter((e) => /^H[1-9]\d*$/.test(e.type));
  if (numbered.length && tree.elements.some((e) => e.type === 'H')) report({ checkpoint: '14-007', clause: '7.4.4-3', message: 'the document uses both /H and numbered /H1…/Hn headings' });
  if (numbered.length && numbered[0].type !== 'H1') report({ checkpoint: '14-002', clause: '7.4.2-1', ...at(numbered[0]), message: `the first heading is /${numbered[0].type}, not /H1` });
  for (let i = 1; i < numbered.length; i++) {
    const [prev, cur] = [Number(numbered[i - 1].type.slice(1)), Number(numbered[i].type.slice(1))];
    if (cur > prev + 1) report({ checkpoint: '14-003', clause: '7.4-1', ...at(numbered[i]), message: `/H${cur} (${numbered[i].num} 0 R) follows /H${prev}: a heading level is skipped` });
  }

  // Header cells: /Scope, unless the table links its cells to headers with /Headers and /ID.
  for (const table of tree.elements.filter((e) => e.type === 'Table')) {
    const cells = descendants(table).filter((e) => e.type === 'TH' || e.type === 'TD');
    if (cells.some((c) => attribute(file, c, 'Table', 'Headers') !== undefined)) continue;
    for (const th of cells.filter((c) => c.type === 'TH')) {
      if (attribute(file, th, 'Table', 'Scope') === undefined) report({ checkpoint: '15-003', clause: '7.5-2', ...at(th), message: `/TH (${th.num} 0 R) has no /Scope attribute (and the table uses no /Headers)` });
    }
  }

  // Notes: an /ID, unique.
  const ids = new Map<string, number>();
  for (const note of tree.elements.filter((e) => e.type === 'Note')) {
    const id = file.resolve(note.dict.get('ID'));
    const key = id === undefined ? undefined : JSON.stringify(textOf(id) ?? id);
    if (key === undefined) report({ checkpoint: '19-003', clause: '7.9-2', ...at(note), message: `/Note (${note.num} 0 R) has no /ID` });
    else {
      if (ids.has(key)) report({ checkpoint: '19-004', clause: '7.9-2', ...at(note), message: `/Note (${note.num} 0 R) repeats the /ID of ${ids.get(key)} 0 R` });
      ids.set(key, note.num);
    }
  }
}

function descendants(el: Element, out: Element[] = []): Element[] {
  for (const c of el.children) {
    out.push(c);
    if (c.type !== 'Table') descendants(c, out);
  }
  return out;
}
