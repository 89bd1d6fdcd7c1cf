// Loads a whole workspace: every YAML file read, parsed, checked against its schema and built into the model.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import { digest } from '../cache/digest.js';
import { MAX_FILE_BYTES, readText } from '../load/read-text.js';
import type { Glossary, Guide, OverrideFile, Profile, Workspace } from '../model/types.js';
import { discover } from './discover.js';
import { checkVariables } from '../validate/check-variables.js';
import { LoadCache } from './load-cache.js';
import { loadFileText, type LoadedFile, type LoadTask } from './load-file.js';
import { isDir } from './find-root.js';

export interface LoadResult {
  workspace: Workspace;
  diagnostics: Diagnostic[];
  /**
   * Workspace-relative path → digest of the bytes each YAML file's parsed text was decoded from (or of why
   * it could not be read): what a build fingerprints, so a file edited while it is loaded can never be cached as another.
   */
  digests: Map<string, string>;
}

export interface LoadOptions {
  /** Parse every file afresh, whatever the load cache holds. */
  force?: boolean;
}

/**
 * `env` decides where the load cache lives (ADAPT_GUIDE_CACHE_DIR) and whether it is used
 * (ADAPT_GUIDE_CACHE=off); the result is the same either way.
 */
export function loadWorkspace(root: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const digests = new Map<string, string>();
  const workspace: Workspace = {
    root,
    guides: new Map(),
    cities: new Map(),
    sectors: new Map(),
    overrides: new Map(),
    broken: new Set(),
  };
  if (isDir(join(root, 'templates'))) workspace.templatesDir = join(root, 'templates');
  if (!isDir(join(root, 'guides'))) {
    diagnostics.push(error('no-guides-folder', { root }));
    return { workspace, diagnostics, digests };
  }
  const files = discover(root);

  const cache = LoadCache.open(root, env, options);
  /** Reads one file and loads it (or takes its model from the cache); adds its problems; returns its model. */
  const load = <T>(task: LoadTask): T | undefined => {
    const read = readText(join(root, task.file), task.file, MAX_FILE_BYTES, [root]);
    let loaded: LoadedFile;
    if (!read.ok) {
      loaded = { diagnostics: [read.diagnostic] };
      digests.set(task.file, `unreadable:${read.diagnostic.rule}`);
    } else {
      // Of the bytes the text was decoded from: the same fingerprint of the same text, without encoding it again.
      const textDigest = digest(read.bytes);
      digests.set(task.file, textDigest);
      const key = cache.key(task, textDigest);
      const hit = cache.get(task, key);
      if (hit) loaded = hit;
      else {
        loaded = loadFileText(root, task, read.text);
        cache.set(task, key, loaded);
      }
    }
    if (loaded.diagnostics.some((d) => d.severity === 'error')) workspace.broken.add(task.file);
    diagnostics.push(...loaded.diagnostics);
    return loaded.model as T | undefined;
  };

  for (const [id, file] of files.guides) {
    if (!existsSync(join(root, file))) {
      diagnostics.push(error('missing-guide-file', { id }, { at: { file: `guides/international/${id}`, line: 1, col: 1 } }));
      workspace.broken.add(file);
      continue;
    }
    const guide = load<Guide>({ kind: 'guide', file, id });
    if (guide) workspace.guides.set(id, guide);
  }

  for (const loc of files.localities) {
    // Variant folders join ids with `+` (`huzhou+petroleum`): an id of other characters could name another variant's folder.
    if (!LOCALITY_ID.test(loc.id)) {
      diagnostics.push(error('bad-locality-id', { kind: loc.kind, id: loc.id }, { at: { file: loc.profile, line: 1, col: 1 }, hint: 'hint-locality-id' }));
      continue;
    }
    const locality = { kind: loc.kind, id: loc.id };
    const registry = loc.kind === 'city' ? workspace.cities : workspace.sectors;
    if (!existsSync(join(root, loc.profile))) {
      diagnostics.push(error('missing-profile', { kind: loc.kind, id: loc.id }, { at: { file: loc.profile.replace(/\/profile\.yaml$/, ''), line: 1, col: 1 }, hint: 'hint-missing-profile' }));
    } else {
      const profile = load<Profile>({ kind: 'profile', file: loc.profile, locality });
      if (profile) registry.set(loc.id, profile);
    }
    const byGuide = new Map<string, OverrideFile>();
    for (const [guideId, file] of loc.overrides) {
      if (!files.guides.some(([g]) => g === guideId)) {
        const guess = nearest(guideId, files.guides.map(([g]) => g), 1)[0];
        diagnostics.push(
          error('unknown-guide-override', { guide: guideId }, {
            at: { file, line: 1, col: 1 },
            hint: guess ? 'hint-did-you-mean' : 'hint-known',
            hintArgs: guess ? { suggestion: guess } : { known: files.guides.map(([g]) => g).join(', ') },
          }),
        );
        workspace.broken.add(file);
        continue;
      }
      const override = load<OverrideFile>({ kind: 'override', file, locality, guide: guideId });
      if (override) byGuide.set(guideId, override);
    }
    workspace.overrides.set(`${loc.kind}:${loc.id}`, byGuide);
  }

  if (files.glossary) {
    const glossary = load<Glossary>({ kind: 'glossary', file: files.glossary });
    if (glossary) workspace.glossary = glossary;
  }
  cache.save();
  checkSectorReferences(workspace.cities, workspace.sectors, diagnostics);
  const variables = checkVariables(workspace);
  diagnostics.push(...variables.diagnostics);
  for (const file of variables.broken) workspace.broken.add(file);
  return { workspace, diagnostics, digests };
}

/** Lower-case letters, digits and hyphens: the folder names `build` can join into one variant's name. */
const LOCALITY_ID = /^[a-z0-9][a-z0-9-]*$/;

function checkSectorReferences(cities: Map<string, Profile>, sectors: Map<string, Profile>, diagnostics: Diagnostic[]): void {
  for (const city of cities.values()) {
    city.sectors.forEach((sector, i) => {
      if (sectors.has(sector)) return;
      const guess = nearest(sector, sectors.keys(), 1)[0];
      diagnostics.push(
        error('unknown-sector-ref', { sector }, {
          at: city.sectorsAt[i],
          hint: guess ? 'hint-did-you-mean' : 'hint-known',
          hintArgs: guess ? { suggestion: guess } : { known: [...sectors.keys()].join(', ') || '(none)' },
        }),
      );
    });
  }
}

