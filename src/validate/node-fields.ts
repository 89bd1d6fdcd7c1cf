// The fields a node of each type may have (besides its id, type and children), as the published schemas define them.
import { readFileSync } from 'node:fs';
import { CHILDREN_KEY, type NodeType } from '../model/types.js';
import { SCHEMA_DIR } from './schema-dir.js';

const DEFINITION: Record<Exclude<NodeType, 'guide'>, string> = {
  section: 'section',
  text: 'textBlock',
  list: 'list',
  checklist: 'checklist',
  table: 'table',
  callout: 'callout',
  image: 'image',
  item: 'item',
  row: 'row',
};
/** Root fields of a guide that are not the guide node's own (kept apart from its tree). */
const NOT_ROOT_FIELDS = new Set(['sources', 'vars']);

let fields: Map<NodeType, string[]> | undefined;

export function fieldsOf(type: NodeType): string[] {
  fields ??= readFields();
  return fields.get(type) ?? [];
}

function readFields(): Map<NodeType, string[]> {
  const read = (name: string) => JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')) as { properties?: object; definitions?: Record<string, { properties?: object }> };
  const common = read('common');
  const guide = read('guide');
  const own = (type: NodeType, properties: object | undefined) =>
    Object.keys(properties ?? {}).filter((k) => k !== 'id' && k !== 'type' && k !== CHILDREN_KEY[type] && !(type === 'guide' && NOT_ROOT_FIELDS.has(k)));
  const out = new Map<NodeType, string[]>([['guide', own('guide', guide.properties)]]);
  for (const [type, definition] of Object.entries(DEFINITION) as [NodeType, string][]) out.set(type, own(type, common.definitions?.[definition]?.properties));
  return out;
}
