// Reads a `vars:` map (guide, profile or override) into declarations that remember their place.
import { locateKey, type DataPath } from '../load/locate.js';
import type { BilingualText, Json, VariableDecl } from '../model/types.js';
import { provenance, type BuildContext } from './build-node.js';

export function buildVars(ctx: BuildContext, vars: Json | undefined, path: DataPath): { [name: string]: VariableDecl } {
  const out: { [name: string]: VariableDecl } = {};
  if (!vars || typeof vars !== 'object' || Array.isArray(vars)) return out;
  for (const [name, decl] of Object.entries(vars)) {
    // `name: VALUE` is short for `name: {value: VALUE}` (the schema tells the two apart by the `value` key).
    const nameAt = locateKey(ctx.parsed, path, name);
    if (!isDeclaration(decl)) {
      if (decl !== null && decl !== undefined) out[name] = { value: decl, at: provenance(ctx, [...path, name]), nameAt };
      continue;
    }
    const v: VariableDecl = { value: decl.value ?? null, at: provenance(ctx, [...path, name, 'value']), nameAt };
    if (decl.description && typeof decl.description === 'object') v.description = decl.description as BilingualText;
    out[name] = v;
  }
  return out;
}

function isDeclaration(decl: Json): decl is { [key: string]: Json } {
  return typeof decl === 'object' && decl !== null && !Array.isArray(decl) && Object.prototype.hasOwnProperty.call(decl, 'value');
}
