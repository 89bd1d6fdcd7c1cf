import { describe, expect, it } from 'vitest';
import { liveProgress, summaryTable } from '../../src/cli/progress.js';

describe('build progress', () => {
  it('rewrites one line per finished job on a terminal, and clears it at the end', () => {
    const out: string[] = [];
    let t = 0;
    const p = liveProgress(true, 2, (s) => out.push(s), 'en', () => (t += 500));
    p.done({ variant: 'huzhou', guide: 'green-skills', failed: false, files: 2, reused: false, ms: 10 });
    p.done({ variant: 'huzhou', guide: 'core-skills', failed: true, files: 0, reused: false, ms: 10 });
    p.finish();
    expect(out[0]).toBe('\r\x1b[K[1/2] ✓ huzhou · green-skills  (0 failed, 0.5 s)');
    expect(out[1]).toBe('\r\x1b[K[2/2] ✗ huzhou · core-skills  (1 failed, 1.0 s)');
    expect(out[2]).toBe('\r\x1b[K');
  });
  it('prints nothing when not on a terminal', () => {
    const out: string[] = [];
    const p = liveProgress(false, 5, (s) => out.push(s), 'en');
    p.done({ variant: 'a', guide: 'b', failed: false, files: 1, reused: false, ms: 1 });
    p.finish();
    expect(out).toEqual([]);
  });
  it('sums jobs per variant in the summary table, aligned (Chinese headings count double width)', () => {
    const rows = [
      { variant: 'huzhou', guide: 'a', failed: false, files: 2, reused: false, ms: 1500 },
      { variant: 'huzhou', guide: 'b', failed: true, files: 0, reused: false, ms: 500 },
      { variant: 'tianjin+petroleum', guide: 'a', failed: false, files: 2, reused: true, ms: 100 },
    ];
    expect(summaryTable(rows, 'en').split('\n')).toEqual([
      'variant            guides  failed  unchanged  files   time',
      'huzhou                  2       1          0      2  2.0 s',
      'tianjin+petroleum       1       0          1      2  0.1 s',
      '',
    ]);
    expect(summaryTable(rows, 'zh').split('\n').slice(0, 2)).toEqual(['版本               指南  失败  未改动  文件    用时', 'huzhou                2     1       0     2  2.0 秒']);
  });
});
