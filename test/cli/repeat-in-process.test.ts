// The CLI keeps no state between runs: `main` called several times in one process answers the same each time.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { localiseFixture } from '../support/localise-fixture.js';

function capture(root: string): { io: CliIO; out: () => string } {
  let stdout = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    cwd: root,
    env: { LANG: 'C' },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return { io, out: () => stdout };
}

describe('main run several times in one process', () => {
  it('validate reports the same diagnostics each time (an override error once, not once per earlier run)', async () => {
    const root = localiseFixture('unknown-target');
    const runs: { code: number; rules: string[] }[] = [];
    for (let i = 0; i < 3; i++) {
      const { io, out } = capture(root);
      const code = await main(['validate', '--json', '--root', root], io);
      const json = JSON.parse(out()) as { diagnostics: { rule: string; file?: string; line?: number }[] };
      runs.push({ code, rules: json.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`) });
    }
    expect(runs[0].code).toBe(1);
    expect(runs[0].rules.filter((r) => r.endsWith(' unknown-target'))).toHaveLength(1);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
