// A DOCX asked for after a build that made the guide's Markdown: the Markdown stage of the same inputs is
// remembered (its problems, its pictures), so only the model is made again, not the Markdown text. The
// DOCX and the problems reported are those a build with no cache gives; any change of input, or a
// Markdown file to make, runs the whole stage. Counted by a spy on the Markdown renderer.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ markdown: 0 }));
vi.mock('../../src/render/markdown/render-markdown.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/markdown/render-markdown.js')>();
  return {
    ...original,
    renderMarkdown: (...args: Parameters<typeof original.renderMarkdown>) => {
      calls.markdown++;
      return original.renderMarkdown(...args);
    },
  };
});

const { buildCommand } = await import('../../src/cli/commands/build.js');
const { LOCALISE_FIXTURES } = await import('../support/localise-fixture.js');
const { REPO } = await import('../support/cli.js');

const PICTURE = 'guides/international/fixture-guide/assets/workshop.png';

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'ag-model-stage-'));
  cpSync(join(LOCALISE_FIXTURES, '_base'), root, { recursive: true });
  const out = join(root, 'dist');
  const io = (cache: string) => ({ stdout: () => {}, stderr: () => {}, cwd: root, env: { ADAPT_GUIDE_CACHE_DIR: cache }, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false });
  const cache = mkdtempSync(join(tmpdir(), 'ag-model-stage-cache-'));
  /** A build; how many Markdown texts it rendered, what it reported, the DOCX it left. */
  const build = async (formats: string[], inCache = cache) => {
    const before = calls.markdown;
    const result = await buildCommand({ root, city: 'huzhou', guides: ['fixture-guide'], formats, out, quiet: true }, io(inCache));
    const docx = join(out, 'huzhou/fixture-guide.docx');
    return { exitCode: result.exitCode, diagnostics: result.diagnostics, rendered: calls.markdown - before, docx: formats.includes('docx') ? readFileSync(docx) : undefined, remove: () => rmSync(docx) };
  };
  return { root, out, build };
}

it('makes only the DOCX, the same bytes and problems as a build without cache, when the Markdown stage of the same inputs ran before', async () => {
  const { build } = setUp();
  const first = await build(['md', 'docx']);
  expect(first.exitCode).toBe(0);
  expect(first.rendered).toBe(1);
  // The stage's own problem (an unfilled slot) must come back from the record.
  expect(first.diagnostics.map((d) => d.rule)).toContain('unfilled-slot');
  first.remove();

  const again = await build(['docx']);
  expect(again.exitCode).toBe(0);
  expect(again.rendered).toBe(0);
  expect(again.docx!.equals(first.docx!)).toBe(true);
  expect(again.diagnostics).toEqual(first.diagnostics);

  const uncached = await build(['docx'], mkdtempSync(join(tmpdir(), 'ag-model-stage-none-')));
  expect(uncached.rendered).toBe(1);
  expect(uncached.docx!.equals(first.docx!)).toBe(true);
  expect(uncached.diagnostics).toEqual(again.diagnostics);
});

it('runs the whole stage when an input changed, or when the Markdown itself is to be made', async () => {
  const { root, out, build } = setUp();
  expect((await build(['md', 'docx'])).rendered).toBe(1);

  // Another picture under the same name: the DOCX embeds the new bytes.
  const picture = readFileSync(join(root, PICTURE));
  const other = Buffer.from(picture);
  other[other.length - 20] ^= 0xff;
  writeFileSync(join(root, PICTURE), other);
  const edited = await build(['docx']);
  expect(edited.rendered).toBe(1);
  const media = Object.entries(unzipSync(new Uint8Array(edited.docx!))).filter(([name]) => name.startsWith('word/media/'));
  expect(media.map(([, bytes]) => Buffer.from(bytes).equals(other))).toEqual([true]);

  // The Markdown file gone as well: it is made, so the stage runs.
  rmSync(join(out, 'huzhou/fixture-guide.md'));
  edited.remove();
  expect((await build(['md', 'docx'])).rendered).toBe(1);
  // Nothing gone: nothing made.
  expect((await build(['md', 'docx'])).rendered).toBe(0);
});

it('uses nothing remembered for a guide whose input another file breaks (the key does not see it): it fails as without a cache', async () => {
  // The shipped guides: Huzhou's profile declares a variable that its core-skills override uses.
  const root = mkdtempSync(join(tmpdir(), 'ag-model-stage-broken-'));
  cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  const profile = join(root, 'guides/cities/huzhou/profile.yaml');
  const override = join(root, 'guides/cities/huzhou/core-skills.yaml');
  writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^vars:\n/m, 'vars:\n  zz_note: {value: {zh: 甲, en: A}}\n'));
  writeFileSync(override, readFileSync(override, 'utf8').replace('{{vars.subsidy_per_year}}。', '{{vars.subsidy_per_year}}{{vars.zz_note}}。'));
  const out = join(root, 'dist');
  const cache = mkdtempSync(join(tmpdir(), 'ag-model-stage-cache-'));
  const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: { ADAPT_GUIDE_CACHE_DIR: cache }, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };
  const build = () => buildCommand({ root, city: 'huzhou', guides: ['green-skills'], formats: ['md', 'docx'], out, quiet: true }, io);
  const files = ['md', 'docx'].map((f) => join(out, `huzhou/green-skills.${f}`));
  expect((await build()).exitCode).toBe(0);
  expect(files.map((f) => existsSync(f))).toEqual([true, true]);

  // Misspelt in core-skills' override: the profile that declares it is broken, so every Huzhou guide fails.
  writeFileSync(override, readFileSync(override, 'utf8').replace('{{vars.zz_note}}', '{{vars.zz_notf}}'));
  rmSync(files[1]!);
  const broken = await build();
  expect(broken.exitCode).toBe(1);
  expect(broken.diagnostics.map((d) => d.rule)).toContain('misspelt-variable');
  expect(files.map((f) => existsSync(f))).toEqual([false, false]);
  // And again: still nothing.
  expect((await build()).exitCode).toBe(1);
  expect(files.map((f) => existsSync(f))).toEqual([false, false]);
});
