// The variables of a variant: the guide's declared defaults, then each layer's profile and override vars.
import type { Guide, Provenance, VariableDecl } from '../model/types.js';
import { INTERNATIONAL_LAYER } from './layers.js';
import type { Layer, ResolvedVariable } from './types.js';

export function resolveVariables(guide: Guide, layers: readonly Layer[]): { [name: string]: ResolvedVariable } {
  const vars: { [name: string]: ResolvedVariable } = Object.create(null);
  const apply = (decls: { [name: string]: VariableDecl } | undefined, layer: string) => {
    for (const [name, decl] of Object.entries(decls ?? {})) {
      const at: Provenance = { ...decl.at, layer };
      vars[name] = { value: decl.value, at };
    }
  };
  apply(guide.vars, INTERNATIONAL_LAYER);
  for (const layer of layers) {
    if (layer.kind === 'international') continue;
    apply(layer.profile?.vars, layer.name);
    apply(layer.override?.vars, layer.name);
  }
  return vars;
}
