// An officer's first hour, through the real bin on the shipped workspace: a build prints a screenful, in a
// fixed order; names they know work; Ctrl-C is a cancel (exit 130), never a crash or half a file.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cliEnv, copyFixture, parseJson, REPO, runCli } from '../support/cli.js';
import { startInPty } from '../support/pty.js';

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** The real bin without blocking the test worker (a PDF build takes a while under load). */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `ag-${name}-`));

describe('a build prints what an officer needs, in order', () => {
  it('`--city huzhou` on the shipped workspace: its files, one left-to-do line, the summary; at most 15 lines', async () => {
    const out = fresh('officer');
    const run = await runAsync(['--city', 'huzhou', '--out', out]);
    expect(run.code).toBe(0);
    const printed = [...lines(run.stdout), ...lines(run.stderr)];
    expect(printed.length).toBeLessThanOrEqual(15);
    const [heading, ...files] = lines(run.stdout);
    expect(heading).toMatch(/^huzhou: 4 guide\(s\), 8 file\(s\), [\d.]+ s$/);
    expect(files).toHaveLength(8);
    expect(files.every((f) => /^ {2}wrote .*\/huzhou\/[a-z-]+\.(md|pdf) \(\d+ bytes\)$/.test(f))).toBe(true);
    const [todo, summary, ...rest] = lines(run.stderr);
    expect(rest).toEqual([]);
    expect(todo).toMatch(/^huzhou: still to do: \d+ slot\(s\) to fill in; to list them: adapt-guide status --city huzhou$/);
    expect(summary).toMatch(/^0 error\(s\), \d+ warning\(s\) \(--verbose prints each warning\)$/);
  });

  it('--verbose prints each warning, --quiet nothing but errors, --json everything as before', () => {
    const out = fresh('officer-v');
    const args = ['--city', 'huzhou', '--format', 'md', '--out', out];
    const json = parseJson(runCli([...args, '--json']));
    const warnings = json.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(20);
    expect((json.outputs as unknown[]).length).toBe(4);
    const verbose = runCli([...args, '--verbose']);
    expect(lines(verbose.stderr).filter((l) => / warning: /.test(l))).toHaveLength(warnings.length);
    expect(lines(verbose.stderr).at(-1)).toBe(`0 error(s), ${warnings.length} warning(s)`);
    const quiet = runCli([...args, '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
  });

  it('a failed guide: its "not written" line, then the errors in full, then the left-to-do line and the summary last', () => {
    const root = copyFixture('sample');
    appendFileSync(join(root, 'guides/cities/testville/demo-guide.yaml'), '  - bad: [\n');
    const run = runCli(['build', '--all', '--format', 'md', '--root', root, '--out', join(root, 'dist')]);
    expect(run.code).toBe(1);
    // Several variants: one table row each, no file list.
    expect(run.stdout).toMatch(/^variant +guides +failed/);
    expect(run.stdout).not.toMatch(/wrote /);
    const err = lines(run.stderr);
    const firstError = err.findIndex((l) => / error: /.test(l));
    expect(firstError).toBe(0);
    expect(err.some((l) => / warning: /.test(l))).toBe(false);
    expect(err.at(-1)).toMatch(/^\d+ error\(s\), \d+ warning\(s\)/);
    const one = runCli(['--city', 'testville', '--format', 'md', '--root', root, '--out', join(root, 'dist')]);
    const [heading, notWritten, ...rest] = lines(one.stdout);
    expect(heading).toMatch(/^testville: 1 guide\(s\), 1 file\(s\), [\d.]+ s$/);
    expect(notWritten).toMatch(/^ {2}not written: .*testville\/demo-guide\.md \(the errors follow\)$/);
    expect(rest).toEqual([]);
    expect(lines(one.stderr)[0]).toMatch(/demo-guide\.yaml:\d+:\d+: error: /);
  });
});

describe('names people use', () => {
  it('--city 湖州, 湖州市 and Huzhou build Huzhou; --sector 石油 is petroleum; a guide by its title', () => {
    const out = fresh('names');
    for (const city of ['湖州', '湖州市', 'Huzhou', 'HUZHOU']) {
      const run = runCli(['--city', city, '--guide', '优质学徒制', '--format', 'md', '--out', out, '--json']);
      expect(run.code).toBe(0);
      expect((parseJson(run).outputs as { variant: string; guide: string }[]).map((o) => [o.variant, o.guide])).toEqual([['huzhou', 'quality-apprenticeship']]);
    }
    const sector = runCli(['--city', 'tianjin', '--sector', '石油', '--guide', 'Core skills for life and work', '--format', 'md', '--out', out, '--json']);
    expect(sector.code).toBe(0);
    expect((parseJson(sector).outputs as { variant: string; guide: string }[]).map((o) => [o.variant, o.guide])).toEqual([['tianjin+petroleum', 'core-skills']]);
    expect(existsSync(join(out, 'huzhou/quality-apprenticeship.md'))).toBe(true);
  });

  it('other commands take names too: status, explain, slots export, xliff export', () => {
    const dir = fresh('names-other');
    expect(parseJson(runCli(['status', '--city', '湖州', '--guide', '优质学徒制', '--json'])).reports).toEqual([expect.objectContaining({ guide: 'quality-apprenticeship', variant: 'huzhou' })]);
    expect(runCli(['explain', '--city', 'Huzhou', '--guide', '优质学徒制', 'funding-subsidy']).code).toBe(0);
    expect(runCli(['slots', 'export', '--city', '湖州', '-o', join(dir, 's.csv')]).code).toBe(0);
    expect(readFileSync(join(dir, 's.csv'), 'utf8')).toContain('huzhou');
    expect(runCli(['xliff', 'export', '--guide', '优质学徒制', '--city', '湖州', '-o', join(dir, 'x.xlf')]).code).toBe(0);
    expect(readFileSync(join(dir, 'x.xlf'), 'utf8')).toContain('city:huzhou');
  });

  it('suggests from ids and both names', () => {
    for (const typo of ['湖洲', 'Huzou', 'huzou']) {
      const run = runCli(['--city', typo, '--format', 'md']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('did you mean `huzhou`?');
    }
  });
});

describe('small gaps', () => {
  it('--version and -V print the version; the top-level help shows the wizard', () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) expect(runCli([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(runCli(['--help']).stdout).toMatch(/^ {2}adapt-guide +in a terminal, with no options: a wizard asks/m);
    expect(runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/向导/);
  });

  it('pdf says where it wrote', () => {
    const dir = fresh('pdf');
    writeFileSync(join(dir, 'note.md'), '# 说明\n\n一段文字。\n');
    const run = runCli(['pdf', 'note.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote note\.pdf \(\d+ bytes, \d+ page\(s\)\)\n$/);
  });
});

describe('cancel is not a crash', () => {
  it('Ctrl-C in the wizard (a pseudo-terminal): 已取消, exit 130, nothing built', async () => {
    const cwd = fresh('wizard-cancel');
    const pty = startInPty([], { cwd, env: { LANG: 'zh_CN.UTF-8' } });
    await pty.waitFor(/选择城市/);
    await pty.waitFor(/↑↓ 移动/);
    pty.send('\x03');
    expect(await pty.exit).toBe(130);
    const screen = pty.output();
    expect(screen).toMatch(/已取消/);
    expect(screen).not.toMatch(/内部错误|internal error|ExitPromptError/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('Ctrl-C during a build: cancelled, exit 130, no temporary or truncated file left', async () => {
    const out = fresh('build-cancel');
    const child = spawn(process.execPath, [BIN, 'build', '--all', '--force', '--out', out], { env: cliEnv({ ADAPT_GUIDE_CACHE: 'off' }) });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the first files are there, in the middle of the build.
    const files = () => readdirSync(out, { recursive: true }).map(String);
    for (let i = 0; i < 600 && !files().some((f) => f.endsWith('.pdf')); i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/\ncancelled\n$/);
    expect(stderr).not.toMatch(/internal error/);
    const left = files();
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const pdf of left.filter((f) => f.endsWith('.pdf'))) expect(readFileSync(join(out, pdf)).subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('Ctrl-C during a build: the guides that were finished are remembered, and the next build reuses them', async () => {
    const out = fresh('build-cancel-remember');
    const env = cliEnv({ ADAPT_GUIDE_CACHE_DIR: fresh('build-cancel-cache') });
    const child = spawn(process.execPath, [BIN, 'build', '--all', '--out', out], { env });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const files = () => readdirSync(out, { recursive: true }).map(String);
    for (let i = 0; i < 600 && files().filter((f) => f.endsWith('.pdf')).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const made = files().filter((f) => f.endsWith('.pdf'));
    expect(made.length).toBeGreaterThan(0);
    const again = runCli(['build', '--all', '--out', out, '--json'], { env });
    expect(again.code, again.stderr).toBe(0);
    const outputs = (parseJson(again).outputs as { path: string; state: string }[]).filter((o) => o.path.endsWith('.pdf'));
    expect(outputs).toHaveLength(32);
    // Every guide finished before the cancel is reused; the one being typeset when it came may not be.
    const reused = outputs.filter((o) => o.state === 'reused').length;
    expect(reused).toBeGreaterThanOrEqual(made.length - 1);
    expect(reused).toBeLessThan(32);
  });
});
