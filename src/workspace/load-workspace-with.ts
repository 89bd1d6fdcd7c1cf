// Loads a whole workspace: every YAML file read, parsed, checked against its schema and built into the model.
// The parser is given by the caller (load-workspace.ts: always; load-workspace-lazily.ts: once a file needs
// it), so that a command whose every file is in the load cache never loads the YAML parser and builders.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import type { Glossary, Guide, OverrideFile, Profile, Workspace } from '../model/types.js';
import { discover } from './discover.js';
import { checkVariables, type VariableFacts } from '../validate/check-variables.js';
import { LoadCache } from './load-cache.js';
import { loadCachedFile, type ReadFiles } from './cached-file.js';
import type { LoadTask, ParseFile } from './load-file.js';
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
  /**
   * The guides whose models the command uses, by id: the workspace then holds those guides and their
   * overrides only. Every file is still read and checked (its problems, the workspace-wide checks), from
   * the facts the load cache keeps beside each model, so the diagnostics are those of a whole load. A name
   * that is not the id of one of the workspace's guides (a title, a typo) loads every guide, so that the
   * command can resolve or refuse it. Default: every guide.
   */
  guides?: readonly string[];
  /**
   * With each guide's and override's texts as translators see them (`translatable`): what the translator
   * tools read. A build leaves them out: they are half a guide's model. Default: true.
   */
  texts?: boolean;
}

/** Thrown inside a load without a parser when a file must be parsed: the load is given up, with no effect. */
class ParserNeeded extends Error {}

/**
 * What a load given up for want of the parser leaves for the same load taken up again: the bytes it read
 * of each file (so that each is read once) and the load cache it opened.
 */
export interface LoadAttempt {
  reads: ReadFiles;
  cache?: LoadCache;
}

/**
 * `env` decides where the load cache lives (ADAPT_GUIDE_CACHE_DIR) and whether it is used
 * (ADAPT_GUIDE_CACHE=off); the result is the same either way. Undefined when a file is to be parsed and
 * `parse` was not given: nothing was written, and the same load with a parser and the same `attempt`
 * gives the result.
 */
export function loadWorkspaceWith(root: string, env: NodeJS.ProcessEnv, options: LoadOptions, parse: ParseFile | undefined, attempt: LoadAttempt = { reads: new Map() }): LoadResult | undefined {
  try {
    return loadAll(root, env, options, parse, attempt);
  } catch (err) {
    if (err instanceof ParserNeeded) return undefined;
    throw err;
  }
}

function loadAll(root: string, env: NodeJS.ProcessEnv, options: LoadOptions, parse: ParseFile | undefined, attempt: LoadAttempt): LoadResult {
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

  const wanted = wantedGuides(options.guides, files.guides);
  const cache = (attempt.cache ??= LoadCache.open(root, env, options));
  const texts = options.texts ?? true;
  /**
   * Reads one file and loads it (or takes what the cache holds of it: its facts, and its model when
   * `model`); adds its problems; returns its model (when asked for) and its variables.
   */
  const load = <T>(task: LoadTask, model = true): { model?: T; variables?: VariableFacts } => {
    const cached = loadCachedFile(root, task, cache, { model, texts }, parse, attempt.reads);
    if (!cached) throw new ParserNeeded();
    const { loaded, digest } = cached;
    digests.set(task.file, digest);
    if (loaded.facts.diagnostics.some((d) => d.severity === 'error')) workspace.broken.add(task.file);
    diagnostics.push(...loaded.facts.diagnostics);
    return { ...(loaded.model ? { model: loaded.model as T } : {}), ...(loaded.facts.variables ? { variables: loaded.facts.variables } : {}) };
  };
  // The variable facts of every file that has a model, held as the workspace holds the models.
  const variables = { guides: new Map<string, VariableFacts>(), overrides: new Map<string, Map<string, { file: string; facts: VariableFacts }>>(), cities: [] as { file: string; facts: VariableFacts }[], sectors: [] as { file: string; facts: VariableFacts }[] };

  for (const [id, file] of files.guides) {
    if (!existsSync(join(root, file))) {
      diagnostics.push(error('missing-guide-file', { id }, { at: { file: `guides/international/${id}`, line: 1, col: 1 } }));
      workspace.broken.add(file);
      continue;
    }
    const guide = load<Guide>({ kind: 'guide', file, id }, !wanted || wanted.has(id));
    if (guide.variables) variables.guides.set(id, guide.variables);
    if (guide.model) workspace.guides.set(id, guide.model);
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
      if (profile.variables) variables[loc.kind === 'city' ? 'cities' : 'sectors'].push({ file: loc.profile, facts: profile.variables });
      if (profile.model) registry.set(loc.id, profile.model);
    }
    const byGuide = new Map<string, OverrideFile>();
    const factsByGuide = new Map<string, { file: string; facts: VariableFacts }>();
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
      const override = load<OverrideFile>({ kind: 'override', file, locality, guide: guideId }, !wanted || wanted.has(guideId));
      if (override.variables) factsByGuide.set(guideId, { file, facts: override.variables });
      if (override.model) byGuide.set(guideId, override.model);
    }
    workspace.overrides.set(`${loc.kind}:${loc.id}`, byGuide);
    variables.overrides.set(`${loc.kind}:${loc.id}`, factsByGuide);
  }

  if (files.glossary) {
    const glossary = load<Glossary>({ kind: 'glossary', file: files.glossary });
    if (glossary.model) workspace.glossary = glossary.model;
  }
  cache.save();
  checkSectorReferences(workspace.cities, workspace.sectors, diagnostics);
  const checked = checkVariables({ guides: variables.guides, overrides: variables.overrides, profiles: [...variables.cities, ...variables.sectors] });
  diagnostics.push(...checked.diagnostics);
  for (const file of checked.broken) workspace.broken.add(file);
  return { workspace, diagnostics, digests };
}

/** The ids of the guides whose models are wanted; undefined: all (none asked for, or a name that is not an id). */
function wantedGuides(asked: readonly string[] | undefined, guides: readonly [string, string][]): Set<string> | undefined {
  if (!asked || asked.length === 0) return undefined;
  const ids = new Set(guides.map(([id]) => id));
  return asked.every((a) => ids.has(a)) ? new Set(asked) : undefined;
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

