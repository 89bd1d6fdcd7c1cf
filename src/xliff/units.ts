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
  notes: { category: string; text: string }[];
}

export interface XliffFile {
  source: SourceFile;
  /** sha256 of the YAML text at export, to refuse an import into a file that changed since. */
  sha256: string;
  units: XliffUnit[];
}

const both = (t: BilingualText | undefined) => [t?.en, t?.zh].filter(Boolean).join(' / ');

export function localityName(workspace: Workspace, source: SourceFile): string {
  if (!source.locality) return 'International edition / 国际通用版';
  const p: Profile | undefined = (source.locality.kind === 'city' ? workspace.cities : workspace.sectors).get(source.locality.id);
  return `${source.locality.kind} ${source.locality.id}: ${both(p?.name) || source.locality.id}`;
}

/** Every text of `source` that has an en to translate from. `guide` is the international guide file. */
export function unitsOf(workspace: Workspace, source: SourceFile, guide: SourceFile): XliffUnit[] {
  const international = new Map(guide.texts.map((t) => [t.unit, t]));
  const guideTitle = guide.title;
  const locality = localityName(workspace, source);
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
    const notes = [
      { category: 'guide', text: `${source.guide}: ${both(guideTitle)}` },
      { category: 'locality', text: locality },
    ];
    const section = sectionOf(source, guide, entry);
    if (section) notes.push({ category: 'section', text: section });
    notes.push({ category: 'format', text: 'Markdown; keep every {{variable}} exactly as in the source.' });
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
