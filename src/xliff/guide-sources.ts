// Reads only the YAML files an XLIFF exchange needs: the guides it names and their override files, not
// every guide of the workspace (each is a full parse with positions).
import type { Workspace } from '../model/types.js';
import { readSource, type SourceFile, type TranslationSources } from '../translate/sources.js';
import { parseFileId } from './file-id.js';
import type { ReadXliff } from './read-xliff.js';

/** The guides whose files an XLIFF's <file>s name, by `original` or by id. */
export function guidesOfXliff(workspace: Workspace, xliff: ReadXliff): Set<string> {
  const wanted = new Set<string>();
  if (xliff.guide !== undefined) wanted.add(xliff.guide);
  for (const f of xliff.files) {
    const byId = parseFileId(f.id)?.guide;
    if (byId !== undefined) wanted.add(byId);
    if (f.original === undefined) continue;
    for (const g of workspace.guides.values()) if (g.file === f.original) wanted.add(g.id);
    for (const byGuide of workspace.overrides.values()) for (const [guideId, o] of byGuide) if (o.file === f.original) wanted.add(guideId);
  }
  return wanted;
}

/** The guide files of `wanted` and all their override files, parsed. */
export function sourcesOfGuides(workspace: Workspace, wanted: ReadonlySet<string>): TranslationSources {
  const out: TranslationSources = { guides: new Map(), overrides: new Map(), profiles: new Map() };
  for (const id of wanted) {
    const guide = workspace.guides.get(id);
    const src = guide && readSource(workspace, guide.file, id);
    if (src) out.guides.set(id, src);
  }
  for (const [key, byGuide] of workspace.overrides) {
    const map = new Map<string, SourceFile>();
    for (const [guideId, o] of byGuide) {
      if (!wanted.has(guideId) || !workspace.guides.has(guideId)) continue;
      const src = readSource(workspace, o.file, guideId, o.locality);
      if (src) map.set(guideId, src);
    }
    out.overrides.set(key, map);
  }
  return out;
}
