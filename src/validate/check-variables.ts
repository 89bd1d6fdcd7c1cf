// Variables a profile or override sets that no text uses: a warning, or an error with "did you mean" when the
// name is a near miss of a variable a guide declares or a text uses (`online_platfrom`), whose slot stays unfilled.
import { distance } from 'fastest-levenshtein';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import type { GuideNode, Json, OverrideFile, VariableDecl, Workspace } from '../model/types.js';

/** `{{vars.NAME}}`, `{{#if vars.NAME}}`: a variable name inside a mustache. */
const MUSTACHE = /\{\{[^}]*\}\}/g;
const VARIABLE = /(?:^|[^\w.])vars\.([a-z][a-z0-9_]*)/g;

/** The problems, and the files that have an error among them. */
export function checkVariables(workspace: Workspace): { diagnostics: Diagnostic[]; broken: string[] } {
  const usedByGuide = new Map<string, Set<string>>();
  for (const [id, guide] of workspace.guides) {
    const used = new Set<string>();
    namesInNode(guide.root, used);
    usedByGuide.set(id, used);
  }
  for (const byGuide of workspace.overrides.values()) {
    for (const [id, override] of byGuide) namesInOverride(override, usedByGuide.get(id) ?? new Set());
  }
  const declaredByGuide = new Map([...workspace.guides].map(([id, g]) => [id, new Set(Object.keys(g.vars))]));
  const diagnostics: Diagnostic[] = [];
  const check = (vars: Record<string, VariableDecl>, file: string, used: Set<string>, declared: Set<string>) => {
    for (const [name, decl] of Object.entries(vars)) {
      if (used.has(name) || declared.has(name)) continue;
      const near = nearest(name, [...new Set([...declared, ...used])], 3).filter((n) => distance(n, name) <= 2);
      const at = decl.nameAt ?? decl.at;
      if (near.length > 0) diagnostics.push(error('misspelt-variable', { name }, { at: { file, line: at.line, col: at.col }, hint: 'hint-did-you-mean', hintArgs: { suggestion: near.join('`, `') } }));
      else diagnostics.push(warning('unused-variable', { name }, { at: { file, line: at.line, col: at.col }, hint: 'hint-unused-variable' }));
    }
  };
  for (const byGuide of workspace.overrides.values()) {
    for (const [id, override] of byGuide) {
      if (!workspace.guides.has(id)) continue;
      check(override.vars, override.file, usedByGuide.get(id)!, declaredByGuide.get(id)!);
    }
  }
  const usedAnywhere = new Set([...usedByGuide.values()].flatMap((s) => [...s]));
  const declaredAnywhere = new Set([...declaredByGuide.values()].flatMap((s) => [...s]));
  for (const profile of [...workspace.cities.values(), ...workspace.sectors.values()]) check(profile.vars, profile.file, usedAnywhere, declaredAnywhere);
  return { diagnostics, broken: [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file!))] };
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
