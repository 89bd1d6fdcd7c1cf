// Loads a whole workspace: every YAML file read, parsed, checked against its schema and built into the model.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
import { readText } from '../load/read-text.js';
import type { OverrideFile, Profile, Workspace } from '../model/types.js';
import { buildGlossary } from '../validate/build-glossary.js';
import { buildGuide } from '../validate/build-guide.js';
import { buildOverride } from '../validate/build-override.js';
import { buildProfile } from '../validate/build-profile.js';
import { checkSchema, type SchemaName } from '../validate/schema.js';
import { discover } from './discover.js';
import { isDir } from './find-root.js';

export interface LoadResult {
  workspace: Workspace;
  diagnostics: Diagnostic[];
}

export function loadWorkspace(root: string): LoadResult {
  const diagnostics: Diagnostic[] = [];
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
    return { workspace, diagnostics };
  }
  const files = discover(root);

  /** Reads, parses and schema-checks one file; returns it only when it can be built. */
  const load = (file: string, schema: SchemaName, build: (parsed: ParsedYaml, sink: Diagnostic[]) => void): void => {
    const sink: Diagnostic[] = [];
    const read = readText(join(root, file), file);
    if (!read.ok) sink.push(read.diagnostic);
    else {
      const { parsed, diagnostics: parseProblems } = parseYaml(read.text, file);
      sink.push(...parseProblems);
      if (parsed) {
        sink.push(...checkSchema(parsed, schema));
        try {
          build(parsed, sink);
        } catch {
          // Data the schema already rejected can trip the builder; its problems are reported above.
          if (!sink.some((d) => d.severity === 'error')) throw new Error(`cannot build ${file}`);
        }
      }
    }
    if (sink.some((d) => d.severity === 'error')) workspace.broken.add(file);
    diagnostics.push(...sink);
  };

  for (const [id, file] of files.guides) {
    if (!existsSync(join(root, file))) {
      diagnostics.push(error('missing-guide-file', { id }, { at: { file: `guides/international/${id}`, line: 1, col: 1 } }));
      continue;
    }
    load(file, 'guide', (parsed, sink) => workspace.guides.set(id, buildGuide(parsed, id, join(root, 'guides/international', id), sink)));
  }

  for (const loc of files.localities) {
    const dir = join(root, loc.profile, '..');
    const registry = loc.kind === 'city' ? workspace.cities : workspace.sectors;
    if (!existsSync(join(root, loc.profile))) {
      diagnostics.push(error('missing-profile', { kind: loc.kind, id: loc.id }, { at: { file: loc.profile.replace(/\/profile\.yaml$/, ''), line: 1, col: 1 }, hint: 'hint-missing-profile' }));
    } else {
      load(loc.profile, 'profile', (parsed, sink) => registry.set(loc.id, buildProfile(parsed, loc.kind, loc.id, dir, sink)));
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
      load(file, 'override', (parsed, sink) => byGuide.set(guideId, buildOverride(parsed, loc, guideId, sink)));
    }
    workspace.overrides.set(`${loc.kind}:${loc.id}`, byGuide);
  }

  if (files.glossary) load(files.glossary, 'glossary', (parsed, sink) => (workspace.glossary = buildGlossary(parsed, sink)));
  checkSectorReferences(workspace.cities, workspace.sectors, diagnostics);
  return { workspace, diagnostics };
}

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

