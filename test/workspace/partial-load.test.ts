// loadWorkspace's `guides` and `texts`: a command about some guides gets only their models (and no texts
// when it asks for none), with the problems of the whole workspace, the same from the cache as without it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace, type LoadOptions } from '../../src/workspace/load-workspace.js';
import { edit, OTHER_OVERRIDE, twoGuides } from '../support/two-guides.js';

const noCache = { ADAPT_GUIDE_CACHE: 'off' };

describe('a load asked for some guides', () => {
  it('holds those guides and their overrides, and reports the problems of every file', () => {
    const root = twoGuides();
    edit(root, OTHER_OVERRIDE, (t) => `${t}vars:\n  hotlnie: {value: "1"}\n`);
    const whole = loadWorkspace(root, noCache);
    const part = loadWorkspace(root, noCache, { guides: ['demo-guide'] });
    expect([...whole.workspace.guides.keys()].sort()).toEqual(['demo-guide', 'other-guide']);
    expect([...part.workspace.guides.keys()]).toEqual(['demo-guide']);
    expect([...part.workspace.overrides.get('city:testville')!.keys()]).toEqual(['demo-guide']);
    expect(part.workspace.cities).toEqual(whole.workspace.cities);
    expect(part.diagnostics).toEqual(whole.diagnostics);
    expect(part.diagnostics.map((d) => d.rule)).toContain('misspelt-variable');
    expect(part.workspace.broken).toEqual(whole.workspace.broken);
    expect(part.digests).toEqual(whole.digests);
  });

  it('loads every guide when one is named otherwise than by its id (a title, a typo)', () => {
    const root = twoGuides();
    for (const guides of [['示例指南'], ['demo-guide', 'demo-guid']]) {
      expect([...loadWorkspace(root, noCache, { guides }).workspace.guides.keys()].sort()).toEqual(['demo-guide', 'other-guide']);
    }
  });

  it('leaves the texts out when asked, and gives the same workspace from the cache as without it', () => {
    const root = twoGuides();
    const env = { ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-partial-')) };
    const options: LoadOptions[] = [{}, { guides: ['other-guide'] }, { guides: ['demo-guide'], texts: false }, { texts: false }];
    for (const o of options) {
      const fresh = loadWorkspace(root, noCache, o);
      // Filled by a load that asked for something else, then read.
      loadWorkspace(root, env, options[(options.indexOf(o) + 1) % options.length]);
      const cached = loadWorkspace(root, env, o);
      expect(cached.workspace).toEqual(fresh.workspace);
      expect(cached.diagnostics).toEqual(fresh.diagnostics);
      const models = [...fresh.workspace.guides.values(), ...[...fresh.workspace.overrides.values()].flatMap((m) => [...m.values()])];
      expect(models.length).toBeGreaterThan(0);
      for (const model of models) expect(model.translatable !== undefined).toBe(o.texts !== false);
    }
  });
});
