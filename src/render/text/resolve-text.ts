// Turns one text field of a node into the string of an output language: language choice with a visible
// fallback, slots as placeholders, variables expanded, HTML kept out; every problem a located diagnostic.
import { error, warning, type DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { slotDescription, type GuideNode, type Json, type Lang, type Profile, type SourceRef } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { nearest } from '../../diagnostics/suggest.js';
import { expandVariables } from './expand-variables.js';
import { guardHtml, guardLinks } from './guard-html.js';
import { portableEmphasis } from './portable-emphasis.js';
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

export function fieldAt(fields: { [key: string]: Json }, path: string): Json | undefined {
  if (!path.includes('.')) return Object.prototype.hasOwnProperty.call(fields, path) ? fields[path] : undefined;
  let value: Json | undefined = fields;
  for (const part of path.split('.')) {
    if (Array.isArray(value) && /^\d+$/.test(part)) value = value[Number(part)];
    else if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, part)) value = value[part];
    else return undefined;
  }
  return value;
}

export function textResolver(adapted: AdaptedGuide, options: TextOptions, bag: DiagnosticBag): TextResolver {
  const guide = adapted.guide.id;
  const raw = rawContext(adapted);
  const contexts: Record<Lang, Json> = { zh: contextIn(raw, 'zh'), en: contextIn(raw, 'en') };
  const reported = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };
  const where = (node: GuideNode, path: string): SourceRef => {
    if (node.prov[path]) return node.prov[path];
    const inside = Object.keys(node.prov).find((leaf) => leaf.startsWith(`${path}.`));
    return inside ? node.prov[inside] : node.at;
  };

  return (node, field, lang) => {
    const picked = pickLanguage(fieldAt(node.fields, field), lang);
    if (picked.kind === 'none') return '';
    if (picked.kind === 'slot') {
      const at = where(node, field);
      once(`slot:${at.file}:${at.line}:${field}:${node.id}`, () => bag.warning('unfilled-slot', { todo: slotDescription(picked.todo) }, { at, guide, node: node.id, ...fillTextHint(adapted, node.id, field) }));
      return slotPlaceholder(slotDescription(picked.todo, lang), lang);
    }
    const { source, used } = picked;
    const leaf = field + picked.suffix;
    const at = where(node, leaf);
    if (used !== lang) {
      const args = { field, node: node.id, guide, lang, fallback: used };
      once(`translation:${node.id}:${field}:${lang}`, () => bag.add((options.strict ? error : warning)('missing-translation', args, { at, guide, node: node.id })));
    }
    const expanded = expandVariables(source, contexts[used], raw);
    for (const problem of expanded.problems) {
      if (problem.kind === 'missing-variable') {
        const there = pinpoint(at, source, problem.name);
        once(`var:${there.file}:${there.line}:${there.col}:${problem.name}`, () => bag.error('missing-variable', { name: problem.name, field: leaf, node: node.id, guide }, { at: there, guide, node: node.id, ...variableHint(problem.name, raw) }));
      } else if (problem.kind === 'not-printable') {
        const there = pinpoint(at, source, problem.name);
        once(`print:${there.file}:${there.line}:${problem.name}`, () => bag.error('not-printable', { name: problem.name, field: leaf, node: node.id }, { at: there, guide, node: node.id, messageId: `not-printable-${problem.value}`, hint: 'hint-not-printable' }));
      } else if (problem.kind === 'unfilled-slot') {
        // A variable still to be filled in is reported once per guide, at the first text that shows it.
        const args = { todo: problem.todo, name: problem.name, source: valueSource(adapted, problem.name) };
        once(`slot-var:${problem.name}`, () => bag.warning('unfilled-slot', args, { at, guide, node: node.id, messageId: 'unfilled-slot-variable', ...fillVariableHint(adapted, problem.name) }));
      } else {
        const there = pinpoint(at, source);
        once(`syntax:${there.file}:${there.line}:${leaf}`, () => bag.error('template-syntax', { field: leaf, node: node.id, ...problem.args }, { messageId: problem.messageId, at: there, guide, node: node.id, ...(problem.hint ? { hint: problem.hint } : {}) }));
      }
    }
    const links = guardLinks(expanded.text);
    if (links.unsafe.length > 0) once(`link:${node.id}:${leaf}`, () => bag.warning('unsafe-link', { field: leaf, node: node.id, href: links.unsafe[0]!.slice(0, 60) }, { at, guide, node: node.id, hint: 'hint-unsafe-link' }));
    const guarded = guardHtml(links.text);
    if (guarded.changed || (links.unsafe.length > 0 && guardHtml(expanded.text).changed)) once(`html:${node.id}:${leaf}`, () => bag.warning('raw-html', { field: leaf, node: node.id }, { at, guide, node: node.id }));
    const placed = portableEmphasis(guarded.text);
    if (placed.unfixed > 0) once(`emphasis:${node.id}:${leaf}`, () => bag.warning('emphasis-not-portable', { field: leaf, node: node.id }, { at, guide, node: node.id, hint: 'hint-emphasis-not-portable' }));
    return used === lang ? placed.text : fallbackMarker(lang) + placed.text;
  };
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
