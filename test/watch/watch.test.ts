// The watch machinery: saved files reported in one batch, and the builds they affect.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { affectedJobs } from '../../src/watch/affected.js';
import { watchFolders } from '../../src/watch/watch-files.js';

describe('affectedJobs', () => {
  const jobs = [
    { guide: 'qa', variant: 'international' },
    { guide: 'qa', variant: 'huzhou' },
    { guide: 'cs', variant: 'huzhou' },
  ];
  const inputs: Record<string, string[]> = {
    'qa international': ['guides/international/qa/guide.yaml', 'guides/international/qa/assets/'],
    'qa huzhou': ['guides/international/qa/guide.yaml', 'guides/international/qa/assets/', 'guides/cities/huzhou/profile.yaml', 'guides/cities/huzhou/qa.yaml'],
    'cs huzhou': ['guides/international/cs/guide.yaml', 'guides/cities/huzhou/profile.yaml'],
  };
  const of = (changed: string[]) => affectedJobs(changed, jobs, (j) => inputs[`${j.guide} ${j.variant}`]).map((j) => `${j.guide} ${j.variant}`);

  it('one override: that variant of that guide only', () => {
    expect(of(['guides/cities/huzhou/qa.yaml'])).toEqual(['qa huzhou']);
  });
  it('a profile: every guide of that locality; a guide: every variant of it; an asset: by its folder', () => {
    expect(of(['guides/cities/huzhou/profile.yaml'])).toEqual(['qa huzhou', 'cs huzhou']);
    expect(of(['guides/international/qa/guide.yaml'])).toEqual(['qa international', 'qa huzhou']);
    expect(of(['guides/international/qa/assets/logo.png'])).toEqual(['qa international', 'qa huzhou']);
  });
  it('a template: everything; a file nothing reads: nothing', () => {
    expect(of(['templates/text.md.hbs'])).toHaveLength(3);
    expect(of(['guides/cities/tianjin/notes.txt'])).toEqual([]);
  });
});

describe('watchFolders', () => {
  it('reports the files saved, in one batch, without temporary files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ag-watch-'));
    mkdirSync(join(root, 'guides/cities/x'), { recursive: true });
    const batches: string[][] = [];
    const watch = watchFolders(root, ['guides', 'templates'], (files) => batches.push(files), 50);
    try {
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(join(root, 'guides/cities/x/.qa.yaml.1.tmp'), 'a');
      writeFileSync(join(root, 'guides/cities/x/qa.yaml'), 'guide: qa\n');
      writeFileSync(join(root, 'guides/cities/x/qa.yaml'), 'guide: qa\n# again\n');
      for (let i = 0; i < 40 && batches.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(batches).toEqual([['guides/cities/x/qa.yaml']]);
    } finally {
      watch.close();
    }
  });
});
