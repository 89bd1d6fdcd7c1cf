// Builds a Guide from a validated guide.yaml: the node tree, sources and declared variables.
import { error } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Guide, GuideSource, Json } from '../model/types.js';
import { buildNode, type BuildContext } from './build-node.js';
import { buildVars } from './build-vars.js';
import { guideTexts } from './text-entries.js';
import { checkUniqueIds } from './unique-ids.js';

type Obj = { [key: string]: Json };

export function buildGuide(parsed: ParsedYaml, folderId: string, dir: string, diagnostics: Diagnostic[]): Guide {
  const data = parsed.data as Obj;
  const ctx: BuildContext = { parsed, layer: 'international', diagnostics };
  if (data.id !== folderId) {
    diagnostics.push(error('guide-id-mismatch', { field: 'id', value: String(data.id), expected: folderId }, { at: locate(parsed, ['id']) }));
  }
  const { sources, vars, ...rest } = data;
  const root = buildNode(ctx, { ...rest, id: folderId }, [], 'guide');
  checkUniqueIds(root, folderId, diagnostics);
  return {
    id: folderId,
    file: parsed.file,
    dir,
    root,
    sources: (Array.isArray(sources) ? sources : []) as unknown as GuideSource[],
    vars: buildVars(ctx, vars, ['vars']),
    translatable: guideTexts(parsed, folderId),
  };
}
