// The wizard through a pseudo-terminal: a person who has never seen the tool gets their city's guides.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { KEY, startInPty } from '../support/pty.js';

describe('the wizard', () => {
  it('asks city, sector, guides, formats and language, then builds and says where the files are', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ag-wizard-'));
    const pty = startInPty([], { cwd: out, env: { ADAPT_GUIDE_OUT: '' } });
    await pty.waitFor(/Which city\?/);
    // The first choice is "no city", then the cities in order: chongqing, huzhou.
    pty.send(KEY.down + KEY.down + KEY.enter);
    await pty.waitFor(/Which sector/);
    pty.send(KEY.enter);
    await pty.waitFor(/Which guides\?/);
    // Untick all but the first guide: down, space ×3.
    pty.send(KEY.down + KEY.space + KEY.down + KEY.space + KEY.down + KEY.space + KEY.enter);
    await pty.waitFor(/Which formats\?/);
    // Untick PDF (keep the test fast), tick DOCX (third).
    pty.send(KEY.space + KEY.down + KEY.down + KEY.space + KEY.enter);
    await pty.waitFor(/Which language\?/);
    pty.send(KEY.enter);
    expect(await pty.exit).toBe(0);
    expect(pty.output()).toMatch(/dist\/huzhou\/core-skills\.md/);
    expect(existsSync(join(out, 'dist/huzhou/core-skills.md'))).toBe(true);
    expect(existsSync(join(out, 'dist/huzhou/core-skills.docx'))).toBe(true);
    expect(existsSync(join(out, 'dist/huzhou/core-skills.pdf'))).toBe(false);
    expect(existsSync(join(out, 'dist/huzhou/green-skills.md'))).toBe(false);
  });

  it('without a terminal prints the help and exits 2, never waiting for input', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: adapt-guide/);
    expect(run.stderr).toMatch(/needs a terminal/);
  });
});
