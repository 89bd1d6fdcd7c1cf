// Loads one workspace file: parse, schema-check and build it into its part of the model.
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
import type { Glossary, Guide, LocalityKind, OverrideFile, Profile } from '../model/types.js';
import { buildGlossary } from '../validate/build-glossary.js';
import { buildGuide } from '../validate/build-guide.js';
import { buildOverride } from '../validate/build-override.js';
import { buildProfile } from '../validate/build-profile.js';
import { checkSchema } from '../validate/schema.js';
import { changedNumbers } from '../validate/var-numbers.js';
import { variableFacts, type VariableFacts } from '../validate/check-variables.js';

export type LoadTask =
  | { kind: 'guide'; file: string; id: string }
  | { kind: 'profile'; file: string; locality: { kind: LocalityKind; id: string } }
  | { kind: 'override'; file: string; locality: { kind: LocalityKind; id: string }; guide: string }
  | { kind: 'glossary'; file: string };

/**
 * One file's part of the model (when it could be built; it may still have errors) and its facts: what the
 * workspace-wide checks need of it, which a command that does not use the model reads without it. Plain data.
 */
export interface LoadedFile {
  model?: Guide | Profile | OverrideFile | Glossary;
  facts: FileFacts;
}

export interface FileFacts {
  diagnostics: Diagnostic[];
  /** What its texts use and what it declares: present when the model is. */
  variables?: VariableFacts;
}

/** What loads a file's text: `loadFileText`, handed to the workspace load by whoever loaded this module. */
export type ParseFile = (root: string, task: LoadTask, text: string) => LoadedFile;

/** Parses `text` (the content of `task.file`), checks it against its schema and builds its model. */
export function loadFileText(root: string, task: LoadTask, text: string): LoadedFile {
  const { parsed, diagnostics } = parseYaml(text, task.file);
  if (!parsed) return { facts: { diagnostics } };
  diagnostics.push(...checkSchema(parsed, task.kind), ...changedNumbers(parsed));
  let model: LoadedFile['model'];
  try {
    model = build(root, task, parsed, diagnostics);
  } catch {
    // Data the schema already rejected can trip a builder; its problems are reported above.
    if (!diagnostics.some((d) => d.severity === 'error')) throw new Error(`cannot build ${task.file}`);
    return { facts: { diagnostics } };
  }
  return model ? { model, facts: { diagnostics, variables: variableFacts(model) } } : { facts: { diagnostics } };
}

function build(root: string, task: LoadTask, parsed: ParsedYaml, sink: Diagnostic[]): LoadedFile['model'] {
  switch (task.kind) {
    case 'guide':
      return buildGuide(parsed, task.id, join(root, 'guides/international', task.id), sink);
    case 'profile':
      return buildProfile(parsed, task.locality.kind, task.locality.id, join(root, task.file, '..'), sink);
    case 'override':
      return buildOverride(parsed, task.locality, task.guide, sink);
    case 'glossary':
      return buildGlossary(parsed, sink);
  }
}
