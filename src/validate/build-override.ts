// Builds an OverrideFile from a validated override YAML: its variables and its operations in order.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { error } from '../diagnostics/diagnostic.js';
import { locate, locateKey } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import type { AddPosition, Json, LocalityKind, Operation, OverrideFile, Provenance, TextPlace } from '../model/types.js';
import { buildNode, checkTexts, inferType, recordLeaves, type BuildContext } from './build-node.js';
import { buildVars } from './build-vars.js';
import { checkSchema } from './schema.js';
import { overrideTexts } from './text-entries.js';

type Obj = { [key: string]: Json };

const NODE_SCHEMA: Record<string, string> = {
  item: 'common.schema.json#/definitions/item',
  row: 'common.schema.json#/definitions/row',
  section: 'common.schema.json#/definitions/section',
};
const CONTENT_SCHEMA = 'common.schema.json#/definitions/contentNode';

export function buildOverride(
  parsed: ParsedYaml,
  locality: { kind: LocalityKind; id: string },
  guideId: string,
  diagnostics: Diagnostic[],
): OverrideFile {
  const data = parsed.data as Obj;
  const ctx: BuildContext = { parsed, layer: `${locality.kind}:${locality.id}`, diagnostics };
  if (data.guide !== guideId) {
    diagnostics.push(error('guide-id-mismatch', { field: 'guide', value: String(data.guide), expected: guideId }, { at: locate(parsed, ['guide']) }));
  }
  const operations: Operation[] = [];
  const list = Array.isArray(data.operations) ? (data.operations as Obj[]) : [];
  list.forEach((op, i) => {
    const path = ['operations', i];
    const at = locate(parsed, path);
    if (typeof op.change === 'string') {
      const set = (op.set ?? {}) as Obj;
      const leaves: Record<string, Provenance> = {};
      recordLeaves(ctx, set, [...path, 'set'], '', leaves);
      const setAt: Record<string, TextPlace> = {};
      for (const [k, p] of Object.entries(leaves)) setAt[k] = { file: p.file, line: p.line, col: p.col, ...(p.braces ? { braces: p.braces } : {}) };
      // A field's own key, where a problem with the field itself is shown (an unknown field: the misspelt name).
      for (const key of Object.keys(set)) setAt[key] ??= locateKey(parsed, [...path, 'set'], key);
      checkTexts(ctx, set, [...path, 'set'], { languages: true });
      operations.push({ op: 'change', target: op.change, set, setAt, at });
    } else if (Array.isArray(op.add)) {
      const position = (['before', 'after', 'start', 'end'] as const).find((p) => typeof op[p] === 'string') as AddPosition;
      const nodes = (op.add as Obj[]).map((node, j) => {
        const nodePath = [...path, 'add', j];
        const type = inferType(node);
        const schema = typeof node.type === 'string' ? CONTENT_SCHEMA : NODE_SCHEMA[type];
        diagnostics.push(...checkSchema(parsed, schema, node, nodePath));
        return buildNode(ctx, node, nodePath, type);
      });
      operations.push({ op: 'add', position, target: String(op[position]), nodes, at });
    } else if (typeof op.remove === 'string') {
      operations.push({ op: 'remove', target: op.remove, at });
    }
  });
  return { locality, guide: guideId, file: parsed.file, vars: buildVars(ctx, data.vars, ['vars']), operations, translatable: overrideTexts(parsed) };
}
