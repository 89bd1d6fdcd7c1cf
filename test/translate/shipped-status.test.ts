// The shipped workspace: status gives real figures, and every translation and override is recorded as reviewed.
// When this fails after an edit of the guides, look at what `adapt-guide status` lists and run `adapt-guide review`.
import { describe, expect, it } from 'vitest';
import { translationSources } from '../../src/translate/sources.js';
import { guideStatus } from '../../src/translate/status.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import type { VariantSpec } from '../../src/model/types.js';
import { REPO, runCli } from '../support/cli.js';

const { workspace } = loadWorkspace(REPO);
const sources = translationSources(workspace);

function leftOver(spec: VariantSpec): string[] {
  return [...workspace.guides.keys()].flatMap((id) => {
    const r = guideStatus(workspace, sources, id, spec)!;
    return [...r.stale, ...r.staleOverrides, ...r.unreviewed].map((i) => `${r.variant}: ${i.file}:${i.line} ${i.what}`);
  });
}

describe('status of the shipped workspace', () => {
  it('the international guides: real figures, nothing stale or unreviewed (through the bin)', () => {
    const run = runCli(['status', '--json', '--fail-on', 'stale,unreviewed'], { cwd: REPO });
    const reports = JSON.parse(run.stdout).reports as { guide: string; texts: number; translated: number }[];
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const r of reports) {
      expect(r.texts, r.guide).toBeGreaterThan(100);
      expect(r.translated / r.texts, r.guide).toBeGreaterThan(0.9);
    }
    expect(run.code, run.stderr).toBe(0);
  });

  it('every city (with its sectors) and every sector: nothing stale or unreviewed', () => {
    const variants: VariantSpec[] = [
      ...[...workspace.cities.values()].map((c) => ({ city: c.id, sectors: c.sectors })),
      ...[...workspace.sectors.keys()].map((s) => ({ sectors: [s] })),
    ];
    expect(variants.length).toBeGreaterThanOrEqual(6);
    expect(variants.flatMap(leftOver)).toEqual([]);
  });
});
