// Turns one text field of a node into the string of an output language: language choice with a visible
// fallback, slots as placeholders, variables expanded, HTML kept out; every problem a located diagnostic.
import { error, warning, type DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { slotDescription, type GuideNode, type Json, type Lang, type Profile, type SourceRef } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { nearest } from '../../diagnostics/suggest.js';
import { expandVariables } from './expand-variables.js';
import { finishText } from './finish-text.js';
import { pickLanguage } from './pick-language.js';
import { fallbackMarker, slotPlaceholder } from './markers.js';
import { contextIn, rawContext } from './variable-context.js';
import { pinpoint } from './pinpoint.js';

export interface TextOptions {
  /** A missing translation is an error, not a warning. */
  strict: boolean;
}

/** `(node, 'cells.party', 'zh')` → the text to print. */
export type TextResolver = (node: GuideNode, field: string, lang: Lang) => string;

/** `vars.subsidy`, `locality.bureau`, …: the names a text may use, for "did you mean". */
function variableNames(raw: Json): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.entries(raw).flatMap(([scope, value]) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).map((k) => `${scope}.${k}`) : [scope]));
}

const DIGITS = /^\d+$/;

export function fieldAt(fields: { [key: string]: Json }, path: string): Json | undefined {
  let value: Json | undefined = fields;
  // Walks `cells.party` / `answers.0` part by part without splitting the path: it is asked for every text of every variant.
  for (let start = 0; ; ) {
    const dot = path.indexOf('.', start);
    const part = dot < 0 ? path.slice(start) : path.slice(start, dot);
    if (Array.isArray(value)) value = DIGITS.test(part) ? value[Number(part)] : undefined;
    else if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, part)) value = value[part];
    else return undefined;
    if (dot < 0 || value === undefined) return value;
    start = dot + 1;
  }
}

/** A text of a node in one language, its variables expanded (not yet finished for printing). */
export type ExpandedText = { kind: 'none' } | { kind: 'slot'; placeholder: string } | { kind: 'text'; text: string; used: Lang; leaf: string };

/** `(node, 'cells.party', 'zh')` → the text with its variables expanded; its problems go to the bag. */
export type TextExpander = (node: GuideNode, field: string, lang: Lang) => ExpandedText;

/** The resolver's first half: language choice, slots, variables. Every error a text can have is found here. */
export function textExpander(adapted: AdaptedGuide, options: TextOptions, bag: DiagnosticBag, once = reportOnce()): TextExpander {
  const guide = adapted.guide.id;
  const raw = rawContext(adapted);
  const contexts: Record<Lang, Json> = { zh: contextIn(raw, 'zh'), en: contextIn(raw, 'en') };

  return (node, field, lang) => {
    const picked = pickLanguage(fieldAt(node.fields, field), lang);
    if (picked.kind === 'none') return picked;
    if (picked.kind === 'slot') {
      const at = where(node, field);
      once(`slot:${at.file}:${at.line}:${field}:${node.id}`, () => bag.warning('unfilled-slot', { todo: slotDescription(picked.todo) }, { at, guide, node: node.id, ...fillTextHint(adapted, node.id, field) }));
      return { kind: 'slot', placeholder: slotPlaceholder(slotDescription(picked.todo, lang), lang) };
    }
    const { source, used } = picked;
    const leaf = field + picked.suffix;
    if (used !== lang) {
      const args = { field, node: node.id, guide, lang, fallback: used };
      once(`translation:${node.id}:${field}:${lang}`, () => bag.add((options.strict ? error : warning)('missing-translation', args, { at: where(node, leaf), guide, node: node.id })));
    }
    const expanded = expandVariables(source, contexts[used], raw);
    for (const problem of expanded.problems) {
      const at = where(node, leaf);
      if (problem.kind === 'missing-variable') {
        const there = pinpoint(at, source, problem.name);
        once(`var:${there.file}:${there.line}:${there.col}:${problem.name}`, () => bag.error('missing-variable', { name: problem.name, field: leaf, node: node.id, guide }, { at: there, guide, node: node.id, ...variableHint(problem.name, raw) }));
      } else if (problem.kind === 'not-printable') {
        const there = pinpoint(at, source, problem.name);
        once(`print:${there.file}:${there.line}:${problem.name}`, () => bag.error('not-printable', { name: problem.name, field: leaf, node: node.id }, { at: there, guide, node: node.id, messageId: `not-printable-${problem.value}`, hint: 'hint-not-printable' }));
      } else if (problem.kind === 'unfilled-slot') {
        // A variable still to be filled in is reported once per guide, at the first text that shows it.
        once(`slot-var:${problem.name}`, () => bag.warning('unfilled-slot', { todo: problem.todo, name: problem.name, source: valueSource(adapted, problem.name) }, { at, guide, node: node.id, messageId: 'unfilled-slot-variable', ...fillVariableHint(adapted, problem.name) }));
      } else {
        const there = pinpoint(at, source);
        once(`syntax:${there.file}:${there.line}:${leaf}`, () => bag.error('template-syntax', { field: leaf, node: node.id, ...problem.args }, { messageId: problem.messageId, at: there, guide, node: node.id, ...(problem.hint ? { hint: problem.hint } : {}) }));
      }
    }
    return { kind: 'text', text: expanded.text, used, leaf };
  };
}

export function textResolver(adapted: AdaptedGuide, options: TextOptions, bag: DiagnosticBag): TextResolver {
  const guide = adapted.guide.id;
  const once = reportOnce();
  const expand = textExpander(adapted, options, bag, once);
  return (node, field, lang) => {
    const expanded = expand(node, field, lang);
    if (expanded.kind === 'none') return '';
    if (expanded.kind === 'slot') return expanded.placeholder;
    const { leaf, used } = expanded;
    const finished = finishText(expanded.text);
    if (finished.unsafe.length > 0) once(`link:${node.id}:${leaf}`, () => bag.warning('unsafe-link', { field: leaf, node: node.id, href: finished.unsafe[0]!.slice(0, 60) }, { at: where(node, leaf), guide, node: node.id, hint: 'hint-unsafe-link' }));
    if (finished.rawHtml) once(`html:${node.id}:${leaf}`, () => bag.warning('raw-html', { field: leaf, node: node.id }, { at: where(node, leaf), guide, node: node.id }));
    if (finished.unfixed > 0) once(`emphasis:${node.id}:${leaf}`, () => bag.warning('emphasis-not-portable', { field: leaf, node: node.id }, { at: where(node, leaf), guide, node: node.id, hint: 'hint-emphasis-not-portable' }));
    return used === lang ? finished.text : fallbackMarker(lang) + finished.text;
  };
}

/** Runs a report the first time its key is seen. */
function reportOnce(): (key: string, report: () => void) => void {
  const reported = new Set<string>();
  return (key, report) => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };
}

/** Where a text (or, for a map of texts, its first leaf) was set. */
function where(node: GuideNode, path: string): SourceRef {
  if (node.prov[path]) return node.prov[path];
  const inside = Object.keys(node.prov).find((leaf) => leaf.startsWith(`${path}.`));
  return inside ? node.prov[inside] : node.at;
}

/** The file (and line, for a variable) that sets the value a text shows: where to fill it in. */
function valueSource(adapted: AdaptedGuide, name: string): string {
  const [scope, key] = name.split('.');
  if (scope === 'vars' && adapted.vars[key]) return `${adapted.vars[key].at.file}:${adapted.vars[key].at.line}`;
  const profiles = adapted.layers.flatMap((layer) => (layer.profile ? [layer.profile] : []));
  const kind = scope === 'locality' ? undefined : scope;
  const profile = [...profiles].reverse().find((p) => (kind ? p.kind === kind : p.kind === 'city')) ?? profiles.at(-1);
  return profile ? profile.file : adapted.guide.file;
}

/** The locality a variant's own values go to: its city, else its (last) sector; none for the international edition. */
function ownLocality(adapted: AdaptedGuide): Profile | undefined {
  return adapted.layers.flatMap((layer) => (layer.profile ? [layer.profile] : [])).at(-1);
}

/** `guides/cities/huzhou/`: the folder of a locality's own files. */
function localityFolder(profile: Profile): string {
  return profile.file.slice(0, profile.file.lastIndexOf('/') + 1);
}

/** Where this variant's value of a variable goes: the locality's profile, never the shared international file. */
function fillVariableHint(adapted: AdaptedGuide, name: string): { hint?: string; hintArgs?: Record<string, string> } {
  const [scope, key] = name.split('.');
  const profile = ownLocality(adapted);
  if (!profile || scope !== 'vars' || !key) return {};
  // A slot the locality itself declared (in an override's vars, which win over the profile's) is filled where it is.
  const setIn = adapted.vars[key]?.at.file;
  const file = setIn && setIn.startsWith(localityFolder(profile)) ? setIn : profile.file;
  return { hint: 'hint-fill-variable', hintArgs: { file, name: key } };
}

/** Where this variant's text goes in place of a slot: an override of that node in the locality's file for the guide. */
function fillTextHint(adapted: AdaptedGuide, node: string, field: string): { hint?: string; hintArgs?: Record<string, string> } {
  const profile = ownLocality(adapted);
  if (!profile) return {};
  const file = `${localityFolder(profile)}${adapted.guide.id}.yaml`;
  return { hint: 'hint-fill-text', hintArgs: { file, node, field } };
}

/** "Did you mean" the nearest variable names, else the scopes there are. */
function variableHint(name: string, raw: Json): { hint: string; hintArgs: Record<string, string> } {
  const guess = nearest(name, variableNames(raw), 3);
  if (guess.length > 0) return { hint: 'hint-did-you-mean', hintArgs: { suggestion: guess.join('`, `') } };
  const scopes = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  return { hint: 'hint-known-variables', hintArgs: { known: scopes.map((k) => `${k}.*`).join(', ') } };
}
