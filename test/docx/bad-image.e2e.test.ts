// A picture no format can show: a located error of its guide in every format, nothing half-written,
// no output of an earlier build left in its place; a good picture is embedded in the DOCX.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { measureImage } from '../../src/output/image-check.js';
import { parseJson, runCli } from '../support/cli.js';
import { LOCALISE_FIXTURES } from '../support/localise-fixture.js';

const PICTURE = 'guides/international/fixture-guide/assets/workshop.png';

/** A copy of the base fixture workspace (a guide with a picture) to break. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ag-docx-picture-'));
  cpSync(join(LOCALISE_FIXTURES, '_base'), dir, { recursive: true });
  return dir;
}

function srcLine(root: string): number {
  const lines = readFileSync(join(root, 'guides/international/fixture-guide/guide.yaml'), 'utf8').split('\n');
  return lines.findIndex((l) => /^\s*src: /.test(l)) + 1;
}

describe('pictures', () => {
  it('a good one is embedded in the DOCX, where mammoth finds it with its alt text', async () => {
    const root = workspace();
    const run = runCli(['--city', 'huzhou', '--format', 'md,docx', '--out', join(root, 'dist'), '--json'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const docx = readFileSync(join(root, 'dist/huzhou/fixture-guide.docx'));
    expect(Object.keys(unzipSync(new Uint8Array(docx))).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    const { value } = await mammoth.convertToHtml({ buffer: docx });
    expect(value).toMatch(/<img alt="车间" src="data:image\/png;base64,[^"]+" \/><\/p><p><a id="ag_[0-9a-f]{16}"><\/a>车间一角/);
  });

  it.each([
    ['not a PNG or JPEG', 'image-format', Buffer.from('GIF89a\x04\x00\x04\x00\x00\x00\x00;', 'latin1')],
    ['a PNG cut short', 'image-broken', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])('one that is %s fails its guide in every format, at the YAML that names it', (_, rule, bytes) => {
    const root = workspace();
    const out = join(root, 'dist');
    const good = runCli(['--city', 'huzhou', '--format', 'md,docx', '--out', out, '--quiet'], { cwd: root });
    expect(good.code, good.stderr).toBe(0);
    writeFileSync(join(root, PICTURE), bytes);
    const run = runCli(['--city', 'huzhou', '--format', 'md,docx', '--out', out, '--json'], { cwd: root });
    expect(run.code).toBe(1);
    const json = parseJson(run);
    const problem = json.diagnostics.find((d) => d.rule === rule);
    expect(problem).toMatchObject({ file: 'guides/international/fixture-guide/guide.yaml', line: srcLine(root), severity: 'error', node: expect.any(String) });
    expect(json.outputs).toEqual([]);
    expect(existsSync(join(out, 'huzhou/fixture-guide.md'))).toBe(false);
    expect(existsSync(join(out, 'huzhou/fixture-guide.docx'))).toBe(false);
    expect(run.stderr).toBe('');
  });
});

describe('measureImage', () => {
  const png = readFileSync(join(__dirname, '../fixtures/localise/_base', PICTURE));

  it('reads the size of a PNG and of a JPEG from their headers', () => {
    expect(measureImage(png)).toEqual({ image: { type: 'png', width: 4, height: 4 } });
    // SOI, an APP0 segment, then SOF0 with height 32 and width 48.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x30, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(measureImage(jpeg)).toEqual({ image: { type: 'jpg', width: 48, height: 32 } });
  });

  it('tells another format from a damaged file', () => {
    expect(measureImage(Buffer.from('<svg/>'))).toEqual({ problem: 'image-format' });
    expect(measureImage(png.subarray(0, 16))).toEqual({ problem: 'image-broken' });
    expect(measureImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0, 0, 0, 0]))).toEqual({ problem: 'image-broken' });
  });
});
