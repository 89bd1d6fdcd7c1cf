// The shipped workspace: status gives real figures, and every translation and override is recorded as reviewed.
// When this fails after an edit of the guides, look at the texts it lists and run `adapt-guide review`.
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../support/cli.js';

type Report = { guide: string; variant: string; texts: number; translated: number; stale: unknown[]; staleOverrides: unknown[]; unreviewed: unknown[] };

function status(...args: string[]): { code: number | null; reports: Report[] } {
  const run = runCli(['status', '--json', '--fail-on', 'stale,unreviewed', ...args], { cwd: REPO });
  return { code: run.code, reports: JSON.parse(run.stdout).reports };
}

describe('status of the shipped workspace', () => {
  it('the international guides: real figures, nothing stale or unreviewed', () => {
    const { code, reports } = status();
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const r of reports) {
      expect(r.texts, r.guide).toBeGreaterThan(100);
      expect(r.translated / r.texts, r.guide).toBeGreaterThan(0.9);
    }
    expect(code).toBe(0);
  });

  it('every city and the sector: nothing stale or unreviewed', () => {
    const list = JSON.parse(runCli(['list', '--json'], { cwd: REPO }).stdout) as { cities: { id: string; sectors: string[] }[]; sectors: { id: string }[] };
    const variants = [
      ...list.cities.map((c) => ['--city', c.id, ...c.sectors.flatMap((s) => ['--sector', s])]),
      ...list.sectors.map((s) => ['--sector', s.id]),
    ];
    expect(variants.length).toBeGreaterThanOrEqual(6);
    for (const v of variants) {
      const { code, reports } = status(...v);
      const left = reports.flatMap((r) => [...r.stale, ...r.staleOverrides, ...r.unreviewed].map(() => `${r.guide} ${r.variant}`));
      expect(left, v.join(' ')).toEqual([]);
      expect(code, v.join(' ')).toBe(0);
    }
  });
});
