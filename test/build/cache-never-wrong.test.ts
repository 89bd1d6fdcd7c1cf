// The build and load caches never serve a stale output as up to date, and never forget a result: each
// case below was a way to get a wrong or a needlessly rebuilt guide, run through the real bin.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, copyFixture, REPO, runCli } from '../support/cli.js';

const freshCache = () => mkdtempSync(join(tmpdir(), 'ag-never-wrong-'));
const GUIDE = 'guides/international/demo-guide/guide.yaml';
/** A same-length edit (both characters are three bytes in UTF-8). */
const edit = (text: string) => text.replace('从小处着手', '从大处着手');
// A build lists its files indented under its variant's heading.
const lines = (stdout: string, word: string) => stdout.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(word));

describe('the build cache is never wrong', () => {
  it('keys by real paths and checks outputs by content: a same-length edit built through another path is not served back', () => {
    const root = copyFixture('sample');
    const link = join(mkdtempSync(join(tmpdir(), 'ag-link-')), 'workspace');
    symlinkSync(root, link);
    const out = join(root, 'dist');
    const env = { ADAPT_GUIDE_CACHE_DIR: freshCache() };
    const build = (through: string) => runCli(['--guide', 'demo-guide', '--format', 'md', '--root', through, '--out', out], { env });
    const original = readFileSync(join(root, GUIDE), 'utf8');
    expect(build(link).code).toBe(0);
    writeFileSync(join(root, GUIDE), edit(original));
    expect(build(root).code).toBe(0);
    expect(readFileSync(join(out, 'international/demo-guide.md'), 'utf8')).toContain('从大处着手');
    writeFileSync(join(root, GUIDE), original);
    expect(build(link).code).toBe(0);
    expect(readFileSync(join(out, 'international/demo-guide.md'), 'utf8')).toContain('从小处着手');
  });

  it('keeps every job result under its own key: another variant, language or format in between rebuilds nothing that did not change', () => {
    const root = copyFixture('sample');
    const env = { ADAPT_GUIDE_CACHE_DIR: freshCache() };
    const build = (...extra: string[]) => runCli(['--root', root, '--city', 'testville', '--format', 'md', ...extra], { env, cwd: root });
    expect(lines(build().stdout, 'wrote')).toHaveLength(1);
    expect(build('--lang', 'en').code).toBe(0);
    expect(runCli(['--root', root, '--sector', 'oil', '--format', 'md'], { env, cwd: root }).code).toBe(0);
    const again = build();
    expect(lines(again.stdout, 'wrote')).toEqual([]);
    expect(again.stdout).toMatch(/nothing changed since the last build: 1 output/);
    // A second format: the Markdown is reused, the PDF made.
    const both = build('--format', 'md,pdf');
    expect(lines(both.stdout, 'unchanged')).toEqual([expect.stringMatching(/testville\/demo-guide\.md$/)]);
    expect(lines(both.stdout, 'wrote')).toEqual([expect.stringMatching(/testville\/demo-guide\.pdf /)]);
  });
});

describe('the build cache record', () => {
  const record = (cache: string) => join(cache, 'jobs', readdirSync(join(cache, 'jobs')).filter((f) => f.endsWith('.json'))[0]!);

  it('a damaged record costs time only: every output is made again, right', () => {
    const root = copyFixture('sample');
    const cache = freshCache();
    const build = () => runCli(['--root', root, '--city', 'testville', '--format', 'md'], { env: { ADAPT_GUIDE_CACHE_DIR: cache }, cwd: root });
    expect(lines(build().stdout, 'wrote')).toHaveLength(1);
    const output = join(root, 'dist/testville/demo-guide.md');
    const made = readFileSync(output, 'utf8');
    expect(lines(build().stdout, 'wrote')).toEqual([]);
    const file = record(cache);
    // Same length, one character of the body changed: the record no longer matches its digest.
    writeFileSync(file, readFileSync(file, 'utf8').replace('demo-guide', 'demo-gui-e'));
    const again = build();
    expect(again.code).toBe(0);
    expect(lines(again.stdout, 'wrote')).toHaveLength(1);
    expect(readFileSync(output, 'utf8')).toBe(made);
  });

  it('keeps one entry per output file: rebuilding after edits does not grow it', () => {
    const root = copyFixture('sample');
    const cache = freshCache();
    const build = () => runCli(['--root', root, '--city', 'testville', '--format', 'md'], { env: { ADAPT_GUIDE_CACHE_DIR: cache }, cwd: root });
    const entries = () => {
      const body = JSON.parse(JSON.parse(readFileSync(record(cache), 'utf8')).body) as { jobs: object; outputs: object };
      return [Object.keys(body.jobs).length, Object.keys(body.outputs).length];
    };
    const original = readFileSync(join(root, GUIDE), 'utf8');
    expect(build().code).toBe(0);
    expect(entries()).toEqual([1, 1]);
    writeFileSync(join(root, GUIDE), edit(original));
    expect(lines(build().stdout, 'wrote')).toHaveLength(1);
    writeFileSync(join(root, GUIDE), original);
    expect(lines(build().stdout, 'wrote')).toHaveLength(1);
    expect(entries()).toEqual([1, 1]);
  });
});

describe('the load cache is never wrong', () => {
  /**
   * Replaces a text inside the cached models (UTF-16, as V8 stores a Chinese string), keeping every size:
   * in the index and in each model and text part beside it.
   */
  const tamper = (cache: string) => {
    const files = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /^(load|models)-/.test(f) && statSync(join(cache, f)).isFile());
    const from = Buffer.from('从小处着手', 'utf16le');
    const to = Buffer.from('从大处着手', 'utf16le');
    let found = 0;
    for (const file of files) {
      const bytes = readFileSync(join(cache, file));
      for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1), found++) to.copy(bytes, at);
      writeFileSync(join(cache, file), bytes);
    }
    expect(found).toBeGreaterThan(0);
  };

  it('an edited cache entry is a miss, with or without --force', () => {
    const root = copyFixture('sample');
    const cache = freshCache();
    const build = (...extra: string[]) => runCli(['--guide', 'demo-guide', '--format', 'md', '--root', root, ...extra], { env: { ADAPT_GUIDE_CACHE_DIR: cache }, cwd: root });
    const output = join(root, 'dist/international/demo-guide.md');
    expect(build().code).toBe(0);
    tamper(cache);
    expect(build('--force').code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('从小处着手');
    tamper(cache);
    writeFileSync(output, '');
    expect(build().code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('从小处着手');
  });
});

describe('the tool is part of every key', () => {
  it('a theme edit that keeps the file size and time rebuilds the PDFs', () => {
    // A copy of the package (its own theme/), running on this checkout's dependencies.
    const pkg = mkdtempSync(join(tmpdir(), 'ag-package-'));
    for (const part of ['bin', 'lib', 'schemas', 'templates', 'theme', 'package.json']) cpSync(join(REPO, part), join(pkg, part), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
    const root = copyFixture('sample');
    const env = cliEnv({ ADAPT_GUIDE_CACHE_DIR: freshCache() });
    const build = () => spawnSync(process.execPath, [join(pkg, 'bin/adapt-guide.js'), '--guide', 'demo-guide', '--format', 'pdf', '--root', root], { env, cwd: root, encoding: 'utf8' }).stdout;
    // A time in whole seconds, which every file system keeps exactly.
    const theme = join(pkg, 'theme/default.json');
    utimesSync(theme, 1_700_000_000, 1_700_000_000);
    expect(lines(build(), 'wrote')).toHaveLength(1);
    const before = statSync(theme);
    const text = readFileSync(theme, 'utf8');
    const changed = text.replace('"#1f1f1f"', '"#5f1f1f"');
    expect(changed).not.toBe(text);
    writeFileSync(theme, changed);
    utimesSync(theme, 1_700_000_000, 1_700_000_000);
    expect(statSync(theme).size).toBe(before.size);
    expect(statSync(theme).mtimeMs).toBe(before.mtimeMs);
    expect(lines(build(), 'wrote')).toEqual([expect.stringMatching(/demo-guide\.pdf /)]);
    rmSync(pkg, { recursive: true, force: true });
  });
});
