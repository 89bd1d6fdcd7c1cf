// The guide model: the typed shapes every stage after loading works on.

/** A place in a workspace file: path relative to the workspace root, 1-based line and column. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export type OutputLang = Lang | 'bilingual';

/** Plain JSON data as read from YAML (after validation). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A bilingual text: `{en, zh}`. `reviewed` is the fingerprint of the en text the zh was last reviewed against. */
export interface BilingualText {
  en?: string;
  zh?: string;
  reviewed?: string;
}

/** What a slot asks for: one description, or one per language (each edition prints its own). */
export type SlotTodo = string | { zh?: string; en?: string };

/** A value still to be filled in: `{todo: "湖州市人社局联系电话"}` or `{todo: {zh: …, en: …}}`. */
export interface Slot {
  todo: SlotTodo;
}

export type Text = BilingualText | Slot;

export function isSlot(value: unknown): value is Slot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const todo = (value as Slot).todo;
  return typeof todo === 'string' || (typeof todo === 'object' && todo !== null && !Array.isArray(todo) && (typeof todo.zh === 'string' || typeof todo.en === 'string'));
}

/** A slot's description in `lang`, else in the other language. Diagnostics use the zh one, as the content does. */
export function slotDescription(todo: SlotTodo, lang: Lang = 'zh'): string {
  if (typeof todo === 'string') return todo;
  return todo[lang] ?? todo[lang === 'zh' ? 'en' : 'zh'] ?? '';
}

export type NodeType =
  | 'guide'
  | 'section'
  | 'text'
  | 'list'
  | 'checklist'
  | 'table'
  | 'callout'
  | 'image'
  | 'item'
  | 'row';

export const CALLOUT_KINDS = ['tip', 'note', 'case-study'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** The YAML key that holds a node's children, per node type (types without children are absent). */
export const CHILDREN_KEY: Partial<Record<NodeType, string>> = {
  guide: 'chapters',
  section: 'content',
  list: 'items',
  checklist: 'items',
  table: 'rows',
};

/** Every key that holds children, whatever the node type: the one list of them. */
export const CHILD_KEYS: ReadonlySet<string> = new Set(Object.values(CHILDREN_KEY));

/** Where a value of the adapted guide was set, and by which layer (`international`, `sector:petroleum`, `city:huzhou`). */
/** Where a text was written, and, for a text with `{{…}}`, where each of its `{{` is (1-based line, column, in order). */
export interface TextPlace extends SourceRef {
  braces?: [number, number][];
}

export interface Provenance extends TextPlace {
  layer: string;
}

/**
 * One addressable node of a guide. Everything except id, type and children lives in `fields`
 * as plain data (texts are `{en, zh}` maps); `prov` maps each leaf path of `fields`
 * (`title.zh`, `cells.status.en`, `kind`) to where it was set.
 */
export interface GuideNode {
  id: string;
  type: NodeType;
  fields: { [key: string]: Json };
  children: GuideNode[];
  at: Provenance;
  prov: { [path: string]: Provenance };
}

/** A path into a file's data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/**
 * A text map `{en, zh, reviewed}` (or a slot) of a guide or override file, as translators see it:
 * recorded when the file is loaded, with where it and each of its keys is written (a key not written
 * yet: the map's place, where it would go).
 */
export interface TextEntry {
  /** `<node>.<field>`: the id of the XLIFF unit, and what status prints. */
  unit: string;
  node: string;
  /** `title`, `body`, `cells.party`, `columns.party.label`, `answers.0`, `description` (of a variable). */
  field: string;
  /** Where the text map is in the file's data (what an edit of the file addresses). */
  path: DataPath;
  text?: BilingualText;
  todo?: string;
  /** For a text inside a `change` operation: the operation's index. */
  change?: number;
  at: { map: SourceRef; en: SourceRef; zh: SourceRef; reviewed: SourceRef };
}

/** A `change` operation, with the text fields it sets and the record of what it was based on. */
export interface ChangeEntry {
  index: number;
  target: string;
  fields: string[];
  basedOn?: { [field: string]: string };
  /** Where the operation's `change:` is, and where each field's `based-on` entry is (or would go). */
  at: { change: SourceRef; basedOn: { [field: string]: SourceRef } };
}

/** What a file says about one of its nodes: what it holds, the section it sits in, how to name it. */
export interface NodeInfo {
  id: string;
  path: DataPath;
  descendants: string[];
  section?: BilingualText;
  /** `type` of the node's data (`section` when it has none). */
  kind: string;
  /** Whether the node's data has a key that holds children (a target of `add: … start/end`). */
  parent: boolean;
  /** Its title, caption, text or body: what names it in an editor's completion list. */
  heading?: BilingualText;
}

/** `add` and `remove` operations of an override file, by index: what status and review follow. */
export interface OperationEntry {
  index: number;
  op: 'add' | 'remove';
  /** The node removed, or the node an add is placed at (`after`, `before`, `start`, `end`). */
  target: string;
  position?: AddPosition;
  /** The ids of the nodes an add adds. */
  adds?: string[];
}

/** Everything the translator tools (status, review, glossary checks, XLIFF) need of one file. */
export interface FileTexts {
  texts: TextEntry[];
  changes: ChangeEntry[];
  nodes: Map<string, NodeInfo>;
  operations: OperationEntry[];
  /** SHA-256 of the file's text as loaded: an XLIFF exported from it names it, to refuse a stale import. */
  sha256: string;
}

/** A declared variable: its value (a default, or a slot) and what it means. */
export interface VariableDecl {
  value: Json;
  description?: BilingualText;
  at: Provenance;
  /** Where its name is written (a misspelt name is shown there). */
  nameAt?: SourceRef;
}

export interface GuideSource {
  title: string;
  publisher: string;
  year: number;
  url?: string;
}

/** An international tool as loaded from guides/international/<id>/guide.yaml. */
export interface Guide {
  id: string;
  file: string;
  dir: string;
  /** The root node: type 'guide', fields title, subtitle, edition, publication, attribution; children are the chapters. */
  root: GuideNode;
  sources: GuideSource[];
  vars: { [name: string]: VariableDecl };
  /** Its texts as translators see them; absent when the workspace was loaded without them (a build: loadWorkspace's `texts`). */
  translatable?: FileTexts;
}

export type LocalityKind = 'city' | 'sector';

/** A city's or sector's profile.yaml. `data` keeps every field for `{{locality.*}}`. */
export interface Profile {
  kind: LocalityKind;
  id: string;
  file: string;
  dir: string;
  name: BilingualText;
  data: { [key: string]: Json };
  /** For a city: the sectors it is combined with in `build --all`. */
  sectors: string[];
  /** Where each entry of `sectors` was written. */
  sectorsAt: SourceRef[];
  vars: { [name: string]: VariableDecl };
  /** The slots `{todo: …}` of its fields outside `vars` (dotted path, what to fill in, where). */
  slots: { path: string; todo: string; at: SourceRef }[];
}

export type AddPosition = 'before' | 'after' | 'start' | 'end';

export type Operation =
  | { op: 'change'; target: string; set: { [key: string]: Json }; setAt: { [path: string]: TextPlace }; at: SourceRef }
  | { op: 'add'; position: AddPosition; target: string; nodes: GuideNode[]; at: SourceRef }
  | { op: 'remove'; target: string; at: SourceRef };

/** guides/cities/<city>/<guide>.yaml or guides/sectors/<sector>/<guide>.yaml. */
export interface OverrideFile {
  locality: { kind: LocalityKind; id: string };
  guide: string;
  file: string;
  vars: { [name: string]: VariableDecl };
  operations: Operation[];
  /** Its texts as translators see them; absent when the workspace was loaded without them (a build: loadWorkspace's `texts`). */
  translatable?: FileTexts;
}

export interface GlossaryTerm {
  id: string;
  en: string;
  zh: string;
  forbidden: string[];
  /** Other zh renderings that also satisfy the check in running text (e.g. 学徒 for apprenticeship). */
  accepted?: string[];
  note?: BilingualText;
  at: SourceRef;
}

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
}

/**
 * A whole workspace after loading and validation. A load asked for some guides (loadWorkspace's `guides`:
 * a build of `--guide X`) holds those guides and their overrides only; its problems are still those of
 * every file.
 */
export interface Workspace {
  root: string;
  templatesDir?: string;
  guides: Map<string, Guide>;
  cities: Map<string, Profile>;
  sectors: Map<string, Profile>;
  /** keyed by `${kind}:${localityId}` then guide id */
  overrides: Map<string, Map<string, OverrideFile>>;
  glossary?: Glossary;
  /** Workspace-relative paths of files that had errors while loading (a build of anything they feed fails). */
  broken: Set<string>;
}

/** Which layers one build applies: sectors in the order given, then the city. */
export interface VariantSpec {
  city?: string;
  sectors: string[];
}

export function variantName(spec: VariantSpec): string {
  if (!spec.city && spec.sectors.length === 0) return 'international';
  return [spec.city, ...spec.sectors].filter(Boolean).join('+');
}
