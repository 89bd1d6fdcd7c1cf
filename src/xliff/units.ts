// The XLIFF units of one guide or override file: one per text, keyed by node id and field, with its state and notes.
import type { BilingualText, Profile, TextEntry, Workspace } from '../model/types.js';
import { fingerprint } from '../translate/fingerprint.js';
import type { SourceFile } from '../translate/sources.js';
import { overrideState, translationState } from '../translate/staleness.js';

export type UnitState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface XliffUnit {
  id: string;
  entry: TextEntry;
  source: string;
  target?: string;
  state: UnitState;
  stale: boolean;
  /** The zh of an override that keeps the international en: reviewing it records `based-on`, not `reviewed`. */
  zhOnly: boolean;
  notes: XliffNote[];
}

export interface XliffNote {
  category: string;
  text: string;
}

export interface XliffFile {
  source: SourceFile;
  /** What holds for every unit of the file: the guide, the locality, the format. */
  notes: XliffNote[];
  units: XliffUnit[];
}

/** What `ag:zh` records of a unit's zh at export: its fingerprint, or `none`. */
export function zhMark(zh: string | undefined): string {
  return zh === undefined || zh.trim() === '' ? 'none' : fingerprint(zh);
}

const both = (t: BilingualText | undefined) => [t?.en, t?.zh].filter(Boolean).join(' / ');

export function localityName(workspace: Workspace, source: SourceFile): string {
  if (!source.locality) return 'International edition / 国际通用版';
  const p: Profile | undefined = (source.locality.kind === 'city' ? workspace.cities : workspace.sectors).get(source.locality.id);
  return `${source.locality.kind} ${source.locality.id}: ${both(p?.name) || source.locality.id}`;
}

export function fileNotes(workspace: Workspace, source: SourceFile, guide: SourceFile): XliffNote[] {
  return [
    { category: 'guide', text: `${source.guide}: ${both(guide.title)}` },
    { category: 'locality', text: localityName(workspace, source) },
    { category: 'format', text: 'Markdown. The codes stand for {{variables}} (placeholders) and for bold, italics and links (paired codes): keep each variable and link once, bold and italics at most once; you may move them.' },
  ];
}

/** Every text of `source` that has an en to translate from. `guide` is the international guide file. */
export function unitsOf(workspace: Workspace, source: SourceFile, guide: SourceFile): XliffUnit[] {
  const international = new Map(guide.texts.map((t) => [t.unit, t]));
  const units: XliffUnit[] = [];
  for (const entry of source.texts) {
    if (!entry.text) continue;
    const zhOnly = source.locality !== undefined && entry.change !== undefined && entry.text.en === undefined;
    const en = zhOnly ? international.get(entry.unit)?.text?.en : entry.text.en;
    if (en === undefined) continue;
    const zh = entry.text.zh;
    let state: UnitState;
    let stale = false;
    if (zh === undefined || zh.trim() === '') state = 'initial';
    else {
      const record = zhOnly ? source.changes.find((c) => c.index === entry.change)?.basedOn?.[entry.field] : entry.text.reviewed;
      const judged = zhOnly ? overrideState(en, record) : translationState(en, zh, record);
      stale = judged === 'stale';
      state = judged === 'reviewed' ? 'reviewed' : 'translated';
    }
    const notes: XliffNote[] = [];
    const section = sectionOf(source, guide, entry);
    if (section) notes.push({ category: 'section', text: section });
    if (stale) notes.push({ category: 'stale', text: `The en changed since this translation was last reviewed (now ${fingerprint(en)}).` });
    units.push({ id: entry.unit, entry, source: en, ...(zh !== undefined && zh.trim() !== '' ? { target: zh } : {}), state, stale, zhOnly, notes });
  }
  return units;
}

function sectionOf(source: SourceFile, guide: SourceFile, entry: TextEntry): string | undefined {
  const own = source.nodes.get(entry.node);
  if (own?.section) return both(own.section);
  const inGuide = guide.nodes.get(entry.node);
  if (inGuide?.section) return both(inGuide.section);
  // A node an override adds: the section of the node it is added beside or into.
  if (entry.path[0] === 'operations' && typeof entry.path[1] === 'number') {
    const anchor = source.operations.find((op) => op.index === entry.path[1] && op.op === 'add')?.target;
    const n = anchor ? guide.nodes.get(anchor) : undefined;
    if (n) return both(n.section ?? guide.title);
  }
  return undefined;
}
