// `feedback apply`: a proposal → an edit of the locality's override of that guide (the field's text in the proposal's
// language, variables kept, `based-on` recorded), and the entry marked applied. Refused, with the reason, when the
// proposal cannot be carried over exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { editFile } from '../edit-yaml/edit-file.js';
import type { YamlChange } from '../edit-yaml/edit-yaml.js';
import type { FileEdit } from '../edit-yaml/write-files.js';
import { localiseGuide } from '../localise/localise.js';
import { walk } from '../localise/tree-state.js';
import { isSlot, slotDescription, type GuideNode, type Json, type OverrideFile, type VariantSpec, type Workspace } from '../model/types.js';
import { slotPlaceholder } from '../render/text/markers.js';
import { fieldAt } from '../render/text/resolve-text.js';
import { contextIn, rawContext } from '../render/text/variable-context.js';
import { fingerprint } from '../translate/fingerprint.js';
import type { StoredEntry } from './entry.js';
import { parseVariant } from './parse-variant.js';
import type { FeedbackStore } from './read-store.js';
import { rebuildText, type FieldSource } from './rebuild-text.js';
import { setEntryFields } from './write-entries.js';
import { textsOf } from '../translate/sources.js';

export interface ApplyPlan {
  edits: FileEdit[];
  created: { file: string; absPath: string; text: string }[];
  /** The override file written. */
  override?: string;
  spec?: VariantSpec;
  diagnostics: Diagnostic[];
}

export function planApply(workspace: Workspace, store: FeedbackStore, entry: StoredEntry): ApplyPlan {
  const plan: ApplyPlan = { edits: [], created: [], diagnostics: [] };
  const fail = (rule: string, args: Record<string, string> = {}, hint?: string) => {
    plan.diagnostics.push(error(rule, { id: entry.id, ...args }, { at: entry.at, ...(hint ? { hint } : {}) }));
    return plan;
  };
  if (entry.kind !== 'proposal') return fail('feedback-apply-comment', {}, 'hint-feedback-apply-comment');
  if (entry.state !== 'open') return fail('feedback-apply-not-open', { state: entry.state });
  const spec = parseVariant(workspace, entry.variant);
  if (!spec) return fail('feedback-unknown-variant', { guide: entry.guide, variant: entry.variant });
  const adapted = workspace.guides.has(entry.guide) ? localiseGuide(workspace, entry.guide, spec).adapted : undefined;
  if (!adapted) return fail('feedback-unknown-variant', { guide: entry.guide, variant: entry.variant });
  let node: GuideNode | undefined;
  walk(adapted.guide.root, (n) => {
    if (n.id === entry.node) node = n;
  });
  const field = entry.field!;
  const lang = entry.lang!;
  const value = node && fieldAt(node.fields, field);
  if (!node || value === undefined) return fail('feedback-unknown-node', { node: entry.node!, guide: entry.guide, what: entry.id, edition: '' }, 'hint-feedback-unknown-node');

  const context = contextIn(rawContext(adapted), lang);
  const valueOf = (name: string): string | undefined => {
    let v: Json | undefined = context;
    for (const part of name.split('.')) v = v && typeof v === 'object' && !Array.isArray(v) ? v[part] : undefined;
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
  };
  let source: FieldSource;
  if (isSlot(value)) source = { kind: 'slot', placeholder: slotPlaceholder(slotDescription(value.todo, lang), lang) };
  else if (typeof value === 'string') source = { kind: 'text', source: value, valueOf };
  else if (value && typeof value === 'object' && !Array.isArray(value) && typeof value[lang] === 'string') source = { kind: 'text', source: value[lang] as string, valueOf };
  else return fail('feedback-apply-untranslated', { node: entry.node!, field, lang });

  const rebuilt = rebuildText(source, entry.original!, entry.proposed!);
  if (!rebuilt.ok) {
    if (rebuilt.why === 'variable-edited') return fail('feedback-apply-variable-edited', { name: rebuilt.name }, 'hint-feedback-apply-variable-edited');
    if (rebuilt.why === 'slot-kept') return fail('feedback-apply-slot-kept');
    if (rebuilt.why === 'text-changed') return fail('feedback-apply-text-changed', { near: rebuilt.near }, 'hint-feedback-apply-text-changed');
    return fail('feedback-apply-template');
  }
  const text = rebuilt.text;
  const newValue: { [lang: string]: string } | string = typeof value === 'string' ? text : { [lang]: text };

  const internationalEn = internationalText(workspace, entry.guide, entry.node!, field);
  const basedOn = internationalEn ? fingerprint(internationalEn) : undefined;
  const kindFolder = entry.locality.kind === 'city' ? 'cities' : 'sectors';
  const file = `guides/${kindFolder}/${entry.locality.id}/${entry.guide}.yaml`;
  const override = workspace.overrides.get(`${entry.locality.kind}:${entry.locality.id}`)?.get(entry.guide);
  plan.override = file;
  plan.spec = spec;
  const parts = field.split('.');

  if (!override) {
    const item = changeItem(entry.node!, field, newValue, basedOn);
    plan.created.push({ file, absPath: join(workspace.root, file), text: newOverride(entry.guide, item) });
  } else {
    const changes = overrideChanges(workspace, override, entry.node!, parts, lang, newValue, basedOn);
    if ('problem' in changes) {
      plan.diagnostics.push(changes.problem);
      return plan;
    }
    const edited = editFile(workspace.root, file, textsOf(override).sha256, changes.changes);
    if (edited.problem) {
      plan.diagnostics.push(edited.problem);
      return plan;
    }
    if (edited.edit) plan.edits.push(edited.edit);
  }
  const stored = store.files.find((f) => f.file === entry.file)!;
  const marked = setEntryFields(stored, entry.index, { state: 'applied' });
  if (marked.failure) plan.diagnostics.push(error('yaml-edit-failed', marked.failure.args, { messageId: marked.failure.messageId, at: { file: entry.file, line: 1, col: 1 } }));
  else if (marked.edit) plan.edits.push(marked.edit);
  return plan;
}

/** The changes to an existing override file: the node's own text if the file adds the node, else its `change` (new or extended). */
function overrideChanges(workspace: Workspace, override: OverrideFile, node: string, parts: string[], lang: string, value: { [lang: string]: string } | string, basedOn?: string): { changes: YamlChange[] } | { problem: Diagnostic } {
  const data = parse(readCurrent(workspace.root, override.file)) as { operations?: Json[] } | null;
  const field = parts.join('.');
  const last = parts.at(-1)!;
  const set = (path: (string | number)[]): YamlChange => {
    const now = valueAt(data, [...path, ...parts]);
    // A text map in block or flow style keeps its other language; a slot or a plain string is replaced whole.
    if (typeof value !== 'string' && now && typeof now === 'object' && !Array.isArray(now) && !isSlot(now)) return { map: [...path, ...parts], key: lang, value: value[lang] };
    return { map: [...path, ...parts.slice(0, -1)], key: last, value, replace: true };
  };
  const added = textsOf(override).nodes.get(node);
  if (added && added.path.length > 0) return { changes: [set([...added.path])] };
  const ofNode = textsOf(override).changes.filter((c) => c.target === node);
  const change = ofNode.find((c) => c.fields.includes(field)) ?? ofNode[0];
  if (change) {
    const path = ['operations', change.index, 'set'];
    const changes: YamlChange[] = [set(path)];
    if (basedOn) changes.push({ map: ['operations', change.index], key: 'based-on', value: { [field]: basedOn } });
    return { changes };
  }
  const item = changeItem(node, field, value, basedOn);
  if (!Array.isArray(data?.operations)) return { problem: error('feedback-apply-no-operations', {}, { at: { file: override.file, line: 1, col: 1 }, hint: 'hint-feedback-apply-no-operations' }) };
  return { changes: [{ append: ['operations'], items: [item] }] };
}

/** The file's data now; editFile then checks its text is still the one the model was loaded from before editing. */
function readCurrent(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8').replace(/^\ufeff/, '');
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function internationalText(workspace: Workspace, guide: string, node: string, field: string): string | undefined {
  let found: string | undefined;
  const root = workspace.guides.get(guide)?.root;
  if (!root) return undefined;
  walk(root, (n) => {
    if (n.id !== node) return;
    const v = fieldAt(n.fields, field);
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.en === 'string') found = v.en;
  });
  return found;
}

/** One `change` operation as the source of a sequence item: the text as a block when it has several lines. */
function changeItem(node: string, field: string, value: { [lang: string]: string } | string, basedOn?: string): string {
  const nested: Record<string, unknown> = {};
  let at = nested;
  const parts = field.split('.');
  parts.forEach((p, i) => {
    if (i === parts.length - 1) at[p] = value;
    else at = (at[p] = {}) as Record<string, unknown>;
  });
  const set = stringify(nested, { lineWidth: 0, blockQuote: 'literal', version: '1.2' }).replace(/\n$/, '');
  return [`change: ${node}`, ...(basedOn ? [`based-on: {${field}: ${basedOn}}`] : []), 'set:', ...set.split('\n').map((l) => `  ${l}`)].join('\n');
}

function newOverride(guide: string, item: string): string {
  const body = item.split('\n').map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n');
  return ['# yaml-language-server: $schema=../../../schemas/override.schema.json', `# Overrides of the guide \`${guide}\` for this locality (reviewers' proposals applied with adapt-guide feedback apply).`, `guide: ${guide}`, 'operations:', body, ''].join('\n');
}
