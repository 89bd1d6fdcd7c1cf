// The texts one variant shows, read from its layers: the international guide, then each sector's and the city's override file.
import type { TextEntry, VariantSpec, Workspace } from '../model/types.js';
import type { SourceFile, TranslationSources } from './sources.js';

/** One text as the variant shows it: which file wrote it, and its effective en and zh. */
export interface VariantText {
  source: SourceFile;
  entry: TextEntry;
  en?: string;
  zh?: string;
  /** The `reviewed:` record of the text map, when it holds its own en. */
  record?: string;
  /** The zh of an override that keeps the international en: its staleness is the override's `based-on`. */
  overridesZhOnly: boolean;
}

export interface VariantView {
  guide: SourceFile;
  /** The override files of the variant, in layer order. */
  layers: SourceFile[];
  texts: VariantText[];
  removed: Set<string>;
}

export function layerFiles(sources: TranslationSources, guideId: string, spec: VariantSpec): SourceFile[] {
  const keys = [...spec.sectors.map((s) => `sector:${s}`), ...(spec.city ? [`city:${spec.city}`] : [])];
  return keys.map((k) => sources.overrides.get(k)?.get(guideId)).filter((f): f is SourceFile => f !== undefined);
}

export function variantView(workspace: Workspace, sources: TranslationSources, guideId: string, spec: VariantSpec): VariantView | undefined {
  const guide = sources.guides.get(guideId);
  if (!guide || !workspace.guides.has(guideId)) return undefined;
  const layers = layerFiles(sources, guideId, spec);
  const byUnit = new Map<string, VariantText>();
  for (const entry of guide.texts) byUnit.set(entry.unit, plain(guide, entry));
  const descendants = new Map<string, string[]>();
  for (const n of guide.nodes.values()) descendants.set(n.id, n.descendants);
  const removed = new Set<string>();
  for (const layer of layers) {
    for (const n of layer.nodes.values()) descendants.set(n.id, n.descendants);
    for (const entry of layer.texts) {
      const below = byUnit.get(entry.unit);
      if (entry.change !== undefined && entry.text && entry.text.en === undefined && below) {
        byUnit.set(entry.unit, { source: layer, entry, en: below.en, zh: entry.text.zh, overridesZhOnly: true });
      } else {
        byUnit.set(entry.unit, plain(layer, entry));
      }
    }
    for (const op of layer.operations) {
      if (op.op !== 'remove') continue;
      removed.add(op.target);
      for (const d of descendants.get(op.target) ?? []) removed.add(d);
    }
  }
  const texts = [...byUnit.values()].filter((t) => !removed.has(t.entry.node));
  return { guide, layers, texts, removed };
}

function plain(source: SourceFile, entry: TextEntry): VariantText {
  const t: VariantText = { source, entry, overridesZhOnly: false };
  if (entry.text?.en !== undefined) t.en = entry.text.en;
  if (entry.text?.zh !== undefined) t.zh = entry.text.zh;
  if (entry.text?.reviewed !== undefined) t.record = entry.text.reviewed;
  return t;
}
