// Turns one text field of a node into the string of an output language: language choice with a visible
// fallback, slots as placeholders, variables expanded, HTML kept out; every problem a located diagnostic.
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { isSlot, type GuideNode, type Json, type Lang, type SourceRef } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { nearest } from '../../diagnostics/suggest.js';
import { expandVariables } from './expand-variables.js';
import { guardHtml } from './guard-html.js';
import { fallbackMarker, slotPlaceholder } from './markers.js';
import { contextIn, rawContext } from './variable-context.js';

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
    const value = fieldAt(node.fields, field);
    if (value === undefined || value === null) return '';
    if (isSlot(value)) {
      const at = where(node, field);
      once(`slot:${at.file}:${at.line}:${field}:${node.id}`, () => bag.warning('unfilled-slot', { todo: value.todo }, { at, guide, node: node.id }));
      return slotPlaceholder(value.todo, lang);
    }
    let source: string;
    let used: Lang = lang;
    let leaf = field;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') source = String(value);
    else if (typeof value === 'object' && !Array.isArray(value) && typeof value[lang] === 'string' && value[lang] !== '') {
      source = value[lang] as string;
      leaf = `${field}.${lang}`;
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      used = lang === 'zh' ? 'en' : 'zh';
      if (typeof value[used] !== 'string') return '';
      source = value[used] as string;
      leaf = `${field}.${used}`;
      const args = { field, node: node.id, guide, lang, fallback: used };
      once(`translation:${node.id}:${field}:${lang}`, () =>
        options.strict ? bag.error('missing-translation', args, { at: where(node, leaf), guide, node: node.id }) : bag.warning('missing-translation', args, { at: where(node, leaf), guide, node: node.id }),
      );
    } else return '';
    const at = where(node, leaf);
    const expanded = expandVariables(source, contexts[used], raw);
    for (const problem of expanded.problems) {
      if (problem.kind === 'missing-variable') {
        const guess = nearest(problem.name, variableNames(raw), 3);
        const hint: { hint: string; hintArgs: Record<string, string> } = guess.length > 0 ? { hint: 'hint-did-you-mean', hintArgs: { suggestion: guess.join('`, `') } } : { hint: 'hint-known-variables', hintArgs: { known: Object.keys(raw).map((k) => `${k}.*`).join(', ') } };
        once(`var:${at.file}:${at.line}:${problem.name}`, () => bag.error('missing-variable', { name: problem.name, field: leaf, node: node.id, guide }, { at, guide, node: node.id, ...hint }));
      } else if (problem.kind === 'unfilled-slot') {
        once(`slot-var:${problem.name}`, () => bag.warning('unfilled-slot', { todo: problem.todo, name: problem.name }, { at, guide, node: node.id }));
      } else {
        once(`syntax:${at.file}:${at.line}:${leaf}`, () => bag.error('template-syntax', { field: leaf, node: node.id, reason: problem.reason }, { at, guide, node: node.id }));
      }
    }
    const guarded = guardHtml(expanded.text);
    if (guarded.changed) once(`html:${node.id}:${leaf}`, () => bag.warning('raw-html', { field: leaf, node: node.id }, { at, guide, node: node.id }));
    return used === lang ? guarded.text : fallbackMarker(lang) + guarded.text;
  };
}
