// Variables a profile or override sets that no text uses: a warning, or an error with "did you mean" when the
// name is a near miss of a variable a guide declares or a text uses (`online_platfrom`), whose slot stays unfilled.
// The check works from each file's variable facts (what its texts use, what it declares), which the load
// keeps beside the file's model in the load cache: a build of one guide checks every file without building
// the other guides' models.
import { distance } from 'fastest-levenshtein';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import type { Glossary, Guide, GuideNode, Json, OverrideFile, Profile, VariableDecl } from '../model/types.js';

/** `{{vars.NAME}}`, `{{#if vars.NAME}}`: a variable name inside a mustache. */
const MUSTACHE = /\{\{[^}]*\}\}/g;
const VARIABLE = /(?:^|[^\w.])vars\.([a-z][a-z0-9_]*)/g;

/** A declared or set variable: its name and where the name is written. */
export interface VariableName {
  name: string;
  line: number;
  col: number;
}

/** What one file's texts use and what it declares, each in the order met: all the check needs of the file. */
export interface VariableFacts {
  used: string[];
  declared: VariableName[];
}

/**
 * The variable facts of the workspace's files that have a model, as the workspace holds the models:
 * guides by id; overrides by `${kind}:${locality}` then guide id; profiles of cities, then of sectors.
 */
export interface VariableFiles {
  guides: ReadonlyMap<string, VariableFacts>;
  overrides: ReadonlyMap<string, ReadonlyMap<string, { file: string; facts: VariableFacts }>>;
  profiles: readonly { file: string; facts: VariableFacts }[];
}

/** The facts of one file's model (a glossary declares and uses none). */
export function variableFacts(model: Guide | Profile | OverrideFile | Glossary): VariableFacts {
  const used = new Set<string>();
  if ('root' in model) namesInNode(model.root, used);
  else if ('operations' in model) namesInOverride(model, used);
  return { used: [...used], declared: 'vars' in model ? declaredNames(model.vars) : [] };
}

/** The problems, and the files that have an error among them. */
export function checkVariables(files: VariableFiles): { diagnostics: Diagnostic[]; broken: string[] } {
  const usedByGuide = new Map<string, Set<string>>();
  for (const [id, facts] of files.guides) usedByGuide.set(id, new Set(facts.used));
  for (const byGuide of files.overrides.values()) {
    for (const [id, override] of byGuide) {
      const used = usedByGuide.get(id) ?? new Set();
      for (const name of override.facts.used) used.add(name);
    }
  }
  const declaredByGuide = new Map([...files.guides].map(([id, g]) => [id, new Set(g.declared.map((d) => d.name))]));
  const diagnostics: Diagnostic[] = [];
  const check = (vars: readonly VariableName[], file: string, used: Set<string>, declared: Set<string>) => {
    for (const { name, line, col } of vars) {
      if (used.has(name) || declared.has(name)) continue;
      const near = nearest(name, [...new Set([...declared, ...used])], 3).filter((n) => distance(n, name) <= 2);
      if (near.length > 0) diagnostics.push(error('misspelt-variable', { name }, { at: { file, line, col }, hint: 'hint-did-you-mean', hintArgs: { suggestion: near.join('`, `') } }));
      else diagnostics.push(warning('unused-variable', { name }, { at: { file, line, col }, hint: 'hint-unused-variable' }));
    }
  };
  for (const byGuide of files.overrides.values()) {
    for (const [id, override] of byGuide) {
      if (!files.guides.has(id)) continue;
      check(override.facts.declared, override.file, usedByGuide.get(id)!, declaredByGuide.get(id)!);
    }
  }
  const usedAnywhere = new Set([...usedByGuide.values()].flatMap((s) => [...s]));
  const declaredAnywhere = new Set([...declaredByGuide.values()].flatMap((s) => [...s]));
  for (const profile of files.profiles) check(profile.facts.declared, profile.file, usedAnywhere, declaredAnywhere);
  return { diagnostics, broken: [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file!))] };
}

function declaredNames(vars: { [name: string]: VariableDecl }): VariableName[] {
  return Object.entries(vars).map(([name, decl]) => {
    const at = decl.nameAt ?? decl.at;
    return { name, line: at.line, col: at.col };
  });
}

function namesInNode(node: GuideNode, into: Set<string>): void {
  namesInValue(node.fields, into);
  for (const child of node.children) namesInNode(child, into);
}

function namesInOverride(override: OverrideFile, into: Set<string>): void {
  for (const op of override.operations) {
    if (op.op === 'change') namesInValue(op.set, into);
    else if (op.op === 'add') for (const node of op.nodes) namesInNode(node, into);
  }
}

function namesInValue(value: Json, into: Set<string>): void {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return;
    for (const mustache of value.match(MUSTACHE) ?? []) for (const m of mustache.matchAll(VARIABLE)) into.add(m[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => namesInValue(v, into));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) namesInValue(v, into);
}
