// `adapt-guide schema overrides`: writes schemas/overrides/<guide>.schema.json, listing the ids an override file may target.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { error } from '../../diagnostics/diagnostic.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { overrideSchema } from '../../translate/override-schema.js';
import { translationSources } from '../../translate/sources.js';
import { SCHEMA_DIR } from '../../validate/schema-dir.js';
import { checkId, idList } from '../check-ids.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';

export interface SchemaOptions {
  root?: string;
  guide?: string[];
  ui: UiLang;
}

export function schemaOverridesCommand(options: SchemaOptions, io: CliIO): CommandResult {
  const opened = openWorkspace(options.root, io.cwd);
  const { workspace, diagnostics } = opened;
  if (opened.shipped) throw new UsageError('shipped-workspace', { root: workspace.root }, 'hint-init-workspace');
  const guides = idList(options.guide).map((g) => checkId('guide', g, workspace));
  const sources = translationSources(workspace);
  const dir = join(workspace.root, 'schemas');
  const written: { file: string; ids: number }[] = [];
  try {
    mkdirSync(join(dir, 'overrides'), { recursive: true });
    // The generated schemas extend the shipped ones by relative reference; a workspace elsewhere gets copies.
    for (const name of ['override', 'common']) {
      const target = join(dir, `${name}.schema.json`);
      if (!existsSync(target)) copyFileSync(join(SCHEMA_DIR, `${name}.schema.json`), target);
    }
    for (const [id, guide] of sources.guides) {
      if (guides.length && !guides.includes(id)) continue;
      const overrides = [...sources.overrides.values()].map((m) => m.get(id)).filter((f) => f !== undefined);
      const schema = overrideSchema(guide, overrides);
      const file = join(dir, 'overrides', `${id}.schema.json`);
      writeAtomic(file, JSON.stringify(schema, null, 2) + '\n');
      const ids = (((schema.properties as { operations: { items: { properties: { change: { enum: string[] } } } } }).operations.items.properties.change.enum) ?? []).length;
      written.push({ file: relative(workspace.root, file).split('\\').join('/'), ids });
    }
  } catch (e) {
    diagnostics.push(error('write-failed', { path: 'schemas/overrides', reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { at: { file: 'schemas/overrides' } }));
  }
  const text = written.map((w) => message('schema-written', { file: w.file, ids: w.ids }, options.ui)).join('\n') + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, written }, text };
}
