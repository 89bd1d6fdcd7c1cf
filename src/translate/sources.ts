// The files the translator tools work on (guides and override files), as the loaded model recorded their texts.
import type { BilingualText, FileTexts, Guide, LocalityKind, OverrideFile, Workspace } from '../model/types.js';

export interface SourceFile extends FileTexts {
  file: string;
  guide: string;
  /** Absent for an international guide. */
  locality?: { kind: LocalityKind; id: string };
  /** The guide's title (of an international guide file). */
  title?: BilingualText;
}

/** The guide file and every override file of each guide; files the loader found broken are left out. */
export interface TranslationSources {
  guides: Map<string, SourceFile>;
  /** keyed by `${kind}:${id}`, then guide id */
  overrides: Map<string, Map<string, SourceFile>>;
}

export function translationSources(workspace: Workspace): TranslationSources {
  const out: TranslationSources = { guides: new Map(), overrides: new Map() };
  for (const guide of workspace.guides.values()) {
    if (workspace.broken.has(guide.file)) continue;
    out.guides.set(guide.id, { file: guide.file, guide: guide.id, title: guide.root.fields.title as BilingualText, ...textsOf(guide) });
  }
  for (const [key, byGuide] of workspace.overrides) {
    const map = new Map<string, SourceFile>();
    for (const [guideId, override] of byGuide) {
      if (!workspace.guides.has(guideId) || workspace.broken.has(override.file)) continue;
      map.set(guideId, { file: override.file, guide: guideId, locality: override.locality, ...textsOf(override) });
    }
    out.overrides.set(key, map);
  }
  return out;
}

/** A file's texts as translators see them; a workspace loaded without them (a build's) is a mistake of the caller. */
export function textsOf(file: Guide | OverrideFile): FileTexts {
  if (!file.translatable) throw new Error(`${file.file} was loaded without its texts (loadWorkspace's \`texts\`)`);
  return file.translatable;
}
