// Reads the YAML files the translator commands work on (guides and override files) into parsed documents.
import { join } from 'node:path';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
import { readText } from '../load/read-text.js';
import type { LocalityKind, Workspace } from '../model/types.js';
import { guideTexts, overrideTexts, type FileTexts } from './texts.js';

export interface SourceFile extends FileTexts {
  file: string;
  guide: string;
  /** Absent for an international guide. */
  locality?: { kind: LocalityKind; id: string };
  parsed: ParsedYaml;
}

/** The guide file and every override file of each guide; files the loader found broken are left out. */
export interface TranslationSources {
  guides: Map<string, SourceFile>;
  /** keyed by `${kind}:${id}`, then guide id */
  overrides: Map<string, Map<string, SourceFile>>;
  /** Profiles, keyed by `${kind}:${id}`: for the slots they hold. */
  profiles: Map<string, ParsedYaml>;
}

export function readSources(workspace: Workspace): TranslationSources {
  const out: TranslationSources = { guides: new Map(), overrides: new Map(), profiles: new Map() };
  for (const guide of workspace.guides.values()) {
    const src = readSource(workspace, guide.file, guide.id);
    if (src) out.guides.set(guide.id, src);
  }
  for (const [key, byGuide] of workspace.overrides) {
    const map = new Map<string, SourceFile>();
    for (const [guideId, override] of byGuide) {
      if (!workspace.guides.has(guideId)) continue;
      const src = readSource(workspace, override.file, guideId, override.locality);
      if (src) map.set(guideId, src);
    }
    out.overrides.set(key, map);
  }
  for (const profile of [...workspace.cities.values(), ...workspace.sectors.values()]) {
    const parsed = readParsed(workspace, profile.file);
    if (parsed) out.profiles.set(`${profile.kind}:${profile.id}`, parsed);
  }
  return out;
}

export function readSource(workspace: Workspace, file: string, guide: string, locality?: { kind: LocalityKind; id: string }): SourceFile | undefined {
  const parsed = readParsed(workspace, file);
  if (!parsed) return undefined;
  const texts = locality ? overrideTexts(parsed.data) : guideTexts(parsed.data, guide);
  return { file, guide, ...(locality ? { locality } : {}), parsed, ...texts };
}

function readParsed(workspace: Workspace, file: string): ParsedYaml | undefined {
  if (workspace.broken.has(file)) return undefined;
  const read = readText(join(workspace.root, file), file);
  return read.ok ? parseYaml(read.text, file).parsed : undefined;
}
