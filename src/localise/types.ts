// The shapes the localise stage produces: an adapted guide, its layers and the history of every node.
import type { Guide, Json, LocalityKind, NodeType, OverrideFile, Profile, Provenance, VariantSpec } from '../model/types.js';

/** One layer of a variant: the international guide, a sector or the city, with its override file (if any). */
export interface Layer {
  /** `international`, `sector:petroleum`, `city:huzhou` — the name provenance records. */
  name: string;
  kind: 'international' | LocalityKind;
  profile?: Profile;
  override?: OverrideFile;
}

/** One field leaf a layer wrote: its path in `fields`, the value before (absent when new) and after. */
export interface FieldChange {
  path: string;
  before?: Json;
  after: Json;
}

/** What one layer did to one node. */
export interface HistoryEntry {
  layer: string;
  action: 'defined' | 'changed' | 'added' | 'removed';
  /** The node's type, on `defined` and `added` (so a removed node still says what it was). */
  nodeType?: NodeType;
  at: Provenance;
  /** For `changed`: every leaf written. */
  changes?: FieldChange[];
  /** For `added`: where (`after funding`, `end of guide`). */
  position?: string;
}

/** A variable's value after all layers, and where it was set. */
export interface ResolvedVariable {
  value: Json;
  at: Provenance;
}

/** A guide after applying every layer of a variant: the tree, the variables and the provenance of both. */
export interface AdaptedGuide {
  guide: Guide;
  variant: VariantSpec;
  layers: Layer[];
  vars: { [name: string]: ResolvedVariable };
  /** Per node id (removed nodes included), in layer order. */
  history: Map<string, HistoryEntry[]>;
}
