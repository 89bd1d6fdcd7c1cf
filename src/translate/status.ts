// `status` for one guide and variant: the share translated, and every missing, stale, unreviewed, unfilled or off-glossary text.
import type { SourceRef, VariantSpec, Workspace } from '../model/types.js';
import { isSlot, slotDescription, variantName } from '../model/types.js';
import { checkGlossary } from './glossary-check.js';
import type { SourceFile, TranslationSources } from './sources.js';
import { overrideState, translationState } from './staleness.js';
import { variantView } from './variant-view.js';

export interface StatusItem {
  file: string;
  line: number;
  col: number;
  /** `<node>.<field>` of a text; `vars.<name>` of a variable; a profile field's path. */
  what: string;
  /** For a slot: what is to be filled in. For a glossary finding: the term expected. */
  detail?: string;
  rule?: string;
}

export interface GuideStatus {
  guide: string;
  variant: string;
  texts: number;
  translated: number;
  reviewed: number;
  missing: StatusItem[];
  stale: StatusItem[];
  staleOverrides: StatusItem[];
  unreviewed: StatusItem[];
  unfilled: StatusItem[];
  glossary: StatusItem[];
  /** Open reviewers' feedback on the guide (feedback import), from the variant's localities. */
  feedback: StatusItem[];
}

export const STATUS_KINDS = ['missing', 'stale', 'unreviewed', 'unfilled', 'glossary'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** How many findings of a kind a report has (`stale` counts stale translations and stale overrides). */
export function countOf(s: GuideStatus, kind: StatusKind): number {
  return kind === 'stale' ? s.stale.length + s.staleOverrides.length : s[kind].length;
}

const item = ({ file, line, col }: SourceRef, what: string, extra: Partial<StatusItem> = {}): StatusItem => ({ file, line, col, what, ...extra });

export function guideStatus(workspace: Workspace, sources: TranslationSources, guideId: string, spec: VariantSpec): GuideStatus | undefined {
  const view = variantView(workspace, sources, guideId, spec);
  if (!view) return undefined;
  const s: GuideStatus = {
    guide: guideId, variant: variantName(spec), texts: 0, translated: 0, reviewed: 0,
    missing: [], stale: [], staleOverrides: [], unreviewed: [], unfilled: [], glossary: [], feedback: [],
  };
  const internationalEn = new Map(view.guide.texts.map((t) => [t.unit, t.text?.en]));
  for (const t of view.texts) {
    const { at } = t.entry;
    if (t.entry.todo !== undefined) {
      s.unfilled.push(item(at.map, t.entry.unit, { detail: t.entry.todo }));
      continue;
    }
    s.texts++;
    // A zh-only change is judged by its based-on; overrideStates lists it when stale or unreviewed.
    const basedOn = t.source.changes.find((c) => c.index === t.entry.change)?.basedOn?.[t.entry.field];
    const state = t.overridesZhOnly
      ? overrideState(internationalEn.get(t.entry.unit), basedOn) === 'reviewed' ? 'reviewed' : 'counted'
      : translationState(t.en, t.zh, t.record);
    if (state !== 'missing') s.translated++;
    if (state === 'reviewed') s.reviewed++;
    if (state === 'missing') s.missing.push(item(at.en, t.entry.unit));
    if (state === 'stale') s.stale.push(item(at.reviewed, t.entry.unit));
    if (state === 'unreviewed') s.unreviewed.push(item(at.zh, t.entry.unit));
    for (const f of checkGlossary(workspace.glossary, t.en, t.zh)) {
      s.glossary.push(item(at.zh, t.entry.unit, { rule: f.rule, detail: `${f.found} → ${f.term.zh}` }));
    }
  }
  overrideStates(view.guide, view.layers, view.removed, s);
  unfilledOutsideTexts(workspace, guideId, spec, s);
  for (const list of [s.missing, s.stale, s.staleOverrides, s.unreviewed, s.unfilled, s.glossary]) list.sort(byPlace);
  return s;
}

function overrideStates(guide: SourceFile, layers: SourceFile[], removed: Set<string>, s: GuideStatus): void {
  const international = new Map(guide.texts.map((t) => [t.unit, t]));
  for (const layer of layers) {
    for (const change of layer.changes) {
      if (removed.has(change.target)) continue;
      for (const field of change.fields) {
        const en = international.get(`${change.target}.${field}`)?.text?.en;
        const state = overrideState(en, change.basedOn?.[field]);
        const what = `${change.target}.${field}`;
        if (state === 'stale') s.staleOverrides.push(item(change.at.basedOn[field], what));
        if (state === 'unreviewed') s.unreviewed.push(item(change.at.change, what, { detail: 'override' }));
      }
    }
  }
}

/** Slots in variables (the value each variable ends with) and in the profiles of the variant's localities. */
function unfilledOutsideTexts(workspace: Workspace, guideId: string, spec: VariantSpec, s: GuideStatus): void {
  const guide = workspace.guides.get(guideId)!;
  const vars = new Map<string, { value: unknown; at: { file: string; line: number; col: number } }>();
  for (const [name, decl] of Object.entries(guide.vars)) vars.set(name, decl);
  const localities = [...spec.sectors.map((id) => ['sector', id] as const), ...(spec.city ? [['city', spec.city] as const] : [])];
  for (const [kind, id] of localities) {
    const profile = (kind === 'city' ? workspace.cities : workspace.sectors).get(id);
    for (const [name, decl] of Object.entries(profile?.vars ?? {})) vars.set(name, decl);
    for (const [name, decl] of Object.entries(workspace.overrides.get(`${kind}:${id}`)?.get(guideId)?.vars ?? {})) vars.set(name, decl);
  }
  for (const [name, decl] of vars) {
    const v = decl.value;
    if (isSlot(v)) s.unfilled.push({ file: decl.at.file, line: decl.at.line, col: decl.at.col, what: `vars.${name}`, detail: slotDescription(v.todo) });
  }
  for (const [kind, id] of localities) {
    const profile = (kind === 'city' ? workspace.cities : workspace.sectors).get(id);
    // A profile that did not load cleanly is reported by the loader; its slots are not listed.
    if (!profile || workspace.broken.has(profile.file)) continue;
    for (const slot of profile.slots) s.unfilled.push(item(slot.at, slot.path, { detail: slot.todo }));
  }
}

function byPlace(a: StatusItem, b: StatusItem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;
}
