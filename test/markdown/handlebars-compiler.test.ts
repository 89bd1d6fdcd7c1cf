// A build of the shipped workspace runs on Handlebars' runtime alone (precompiled templates, plain
// variables); the compiler is loaded only when something is to be compiled, and then it is. Watched through
// the bin with NODE_DEBUG=module, which logs each CommonJS file Node loads (the runtime is bundled; the
// compiler is the installed package, required on first use).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runCli } from '../support/cli.js';

const COMPILER = /load "[^"]*node_modules\/handlebars\/lib\/index\.js"/;

describe("Handlebars' compiler", () => {
  it('is not in the bundle the bin runs', () => {
    const bundle = join(REPO, 'lib/bundle');
    const chunks = readdirSync(bundle).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    // The code generator's class, and the source-map library it pulls in.
    expect(chunks.filter((name) => /JavaScriptCompiler|SourceMapGenerator/.test(readFileSync(join(bundle, name), 'utf8')))).toEqual([]);
  });

  it('is not loaded to build the shipped guides', () => {
    const out = mkdtempSync(join(tmpdir(), 'ag-runtime-only-'));
    const run = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md,docx', '--root', REPO, '--out', out], { env: { NODE_DEBUG: 'module' } });
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    expect(run.stderr).not.toMatch(COMPILER);
    expect(readFileSync(join(out, 'huzhou/core-skills.md'), 'utf8')).toContain('# 生活与工作核心技能');
  });

  it("is loaded for a workspace's own template, which is then used as written", () => {
    const root = copyFixture('sample');
    mkdirSync(join(root, 'templates'), { recursive: true });
    const layout = readFileSync(join(REPO, 'templates/guide.md.hbs'), 'utf8');
    writeFileSync(join(root, 'templates/guide.md.hbs'), `${layout}\n本地附注\n`);
    const run = runCli(['--guide', 'demo-guide', '--format', 'md', '--root', root, '--out', join(root, 'dist')], { env: { NODE_DEBUG: 'module' } });
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    expect(run.stderr).toMatch(COMPILER);
    expect(readFileSync(join(root, 'dist/international/demo-guide.md'), 'utf8')).toMatch(/本地附注\n$/);
  });
});
