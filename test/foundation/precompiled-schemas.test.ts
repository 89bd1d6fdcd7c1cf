// The validators `npm install` precompiles (scripts/compile-schemas.mjs) must match schemas/: a stale
// file would silently fall back to compiling at run time, and every command would start 0.15 s slower.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFilesHash } from '../../src/validate/schema.js';

const repo = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

describe('precompiled schema validators', () => {
  const mod = require(join(repo, 'lib/validate/validators.cjs')) as Record<string, unknown>;

  it('were built from the schema files as they are now', () => {
    expect(mod.__schemaHash).toBe(schemaFilesHash());
  });

  it('export a validator for every schema the loader asks for, with located errors', () => {
    for (const ref of ['guide', 'profile', 'override', 'glossary', 'common.schema.json#/definitions/item', 'common.schema.json#/definitions/row', 'common.schema.json#/definitions/section', 'common.schema.json#/definitions/contentNode']) {
      expect(typeof mod[ref], ref).toBe('function');
    }
    const validate = mod.profile as ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; parentSchema?: unknown }[] };
    expect(validate({ id: 'x', tittle: 1 })).toBe(false);
    // verbose: the loader's messages need the failing schema beside each error.
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.parentSchema)).toBe(true);
  });
});
