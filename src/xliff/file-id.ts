// The id of an XLIFF <file>: names the YAML file it holds, so a file that lost `original` (re-saved by a
// tool that keeps only ids) still finds its way back. `international.<guide>`, `city.<id>.<guide>`, `sector.<id>.<guide>`.
import type { LocalityKind } from '../model/types.js';
import type { SourceFile } from '../translate/sources.js';

export interface FileAddress {
  guide: string;
  locality?: { kind: LocalityKind; id: string };
}

export function fileIdOf(source: SourceFile): string {
  return source.locality ? `${source.locality.kind}.${source.locality.id}.${source.guide}` : `international.${source.guide}`;
}

const ID = '[a-z0-9-]+';
const PATTERN = new RegExp(`^(?:international\\.(${ID})|(city|sector)\\.(${ID})\\.(${ID}))$`);

/** Undefined for an id this tool did not write (`f1` of an older export, or another tool's). */
export function parseFileId(id: string): FileAddress | undefined {
  const m = PATTERN.exec(id);
  if (!m) return undefined;
  return m[1] ? { guide: m[1] } : { guide: m[4]!, locality: { kind: m[2] as LocalityKind, id: m[3]! } };
}
