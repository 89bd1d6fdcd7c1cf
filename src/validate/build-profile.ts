// Builds a city's or sector's Profile from its validated profile.yaml.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import type { BilingualText, Json, LocalityKind, Profile } from '../model/types.js';
import { checkTexts, type BuildContext } from './build-node.js';
import { buildVars } from './build-vars.js';
import { profileSlots } from './text-entries.js';

type Obj = { [key: string]: Json };

export function buildProfile(parsed: ParsedYaml, kind: LocalityKind, id: string, dir: string, diagnostics: Diagnostic[]): Profile {
  const data = parsed.data as Obj;
  const ctx: BuildContext = { parsed, layer: `${kind}:${id}`, diagnostics };
  checkTexts(ctx, { name: data.name, notes: data.notes } as Obj, []);
  const { vars, sectors, ...rest } = data;
  return {
    kind,
    id,
    file: parsed.file,
    dir,
    name: (data.name ?? {}) as BilingualText,
    data: rest,
    sectors: Array.isArray(sectors) ? sectors.map(String) : [],
    sectorsAt: Array.isArray(sectors) ? sectors.map((_, i) => locate(parsed, ['sectors', i])) : [],
    vars: buildVars(ctx, vars, ['vars']),
    slots: profileSlots(parsed),
  };
}
