// `adapt-guide schema overrides`: the generated schema lists the valid ids, and an editor's validator flags a wrong one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, runCli } from '../support/cli.js';
import { CITY, freshWorkspace, read } from './support.js';

describe('schema overrides', () => {
  it('writes one schema per guide whose enums are the ids an override may target', () => {
    const root = freshWorkspace();
    const run = runCli(['schema', 'overrides', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('schemas/overrides/qa.schema.json');
    const schema = JSON.parse(readFileSync(join(root, 'schemas/overrides/qa.schema.json'), 'utf8'));
    const ops = schema.properties.operations.items.properties;
    expect(ops.change.enum).toContain('funding-row-employer');
    expect(ops.change.enum).toContain('lakeside-note'); // added by an override, so later layers may target it
    expect(ops.change.enum).not.toContain('qa');
    expect(ops.end.enum).toEqual(expect.arrayContaining(['guide', 'intro', 'funding-table', 'funding-check']));
    expect(ops.end.enum).not.toContain('intro-text');

    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const name of ['common', 'override']) ajv.addSchema(JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8')));
    // Added under its place, as an editor resolves it: ../override.schema.json from schemas/overrides/.
    ajv.addSchema(schema, 'overrides/qa.schema.json');
    const validate = ajv.getSchema('overrides/qa.schema.json')!;
    const good = parse(read(root, CITY));
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    const bad = { ...good, operations: [{ change: 'funding-tabel', set: { caption: { zh: '新' } } }] };
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/operations/0/change' && e.keyword === 'enum')).toBe(true);
  });
});

describe('validate reports glossary findings', () => {
  it('as located warnings with the expected term', () => {
    const root = freshWorkspace();
    const run = runCli(['validate', '--root', root, '--json']);
    expect(run.code).toBe(0);
    const found = JSON.parse(run.stdout).diagnostics.filter((d: { rule: string }) => d.rule.startsWith('glossary-'));
    const line = read(root, 'guides/international/qa/guide.yaml').split('\n').findIndex((l) => l.includes('已指定企业师父')) + 1;
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ rule: 'glossary-forbidden', severity: 'warning', file: 'guides/international/qa/guide.yaml', line, hint: 'the glossary term is `企业导师`' }),
      expect.objectContaining({ rule: 'glossary-term', severity: 'warning', file: 'guides/international/qa/guide.yaml', line }),
    ]));
  });
});
