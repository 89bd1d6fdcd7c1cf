// The DOCX the real bin builds for Huzhou, reviewed by editing its XML as Word saves a review (a tracked deletion and
// insertion in a body, another in a table cell, a comment on a heading), comes back on the right node ids; the
// proposals apply to the right places of Huzhou's override, which validates and builds; a second import adds nothing.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseJson, REPO, runCli } from '../support/cli.js';
import { addWordComment } from '../support/review-docx.js';

const REVIEWED = 'date="2026-12-02T10:00:00Z"';

/** `text` inside one w:t of the body, split so that `del` is a tracked deletion and `ins` a tracked insertion after it. */
function trackChange(xml: string, before: string, del: string, ins: string, after: string): string {
  const whole = `${before}${del}${after}`;
  const at = xml.indexOf(whole);
  expect(at, whole).toBeGreaterThan(0);
  expect(xml.indexOf(whole, at + 1), `${whole} once`).toBe(-1);
  const marks = `${before}</w:t></w:r><w:del w:id="9001" w:author="王芳" ${REVIEWED.replace('date', 'w:date')}><w:r><w:delText xml:space="preserve">${del}</w:delText></w:r></w:del><w:ins w:id="9002" w:author="王芳" ${REVIEWED.replace('date', 'w:date')}><w:r><w:t xml:space="preserve">${ins}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">${after}`;
  return xml.slice(0, at) + marks + xml.slice(at + whole.length);
}

async function review(path: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let xml = await zip.file('word/document.xml')!.async('string');
  xml = trackChange(xml, '会同', '有关', '财政等', '部门制定');
  xml = trackChange(xml, '节约能源和材料；发现泄漏', '及时', '立即', '报告。');
  zip.file('word/document.xml', xml);
  await addWordComment(zip, '湖州市政策要点', '李明', '县区配套政策也请列出。');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('feedback on the DOCX the bin builds', () => {
  it('Huzhou core-skills: reviewed in its XML, imported on the right nodes, applied, built; twice is once', { timeout: 300_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'ag-feedback-docx-'));
    cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
    const built = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'docx', '--root', root, '--out', join(root, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    const untouched = runCli(['feedback', 'import', join(root, 'dist/huzhou/core-skills.docx'), '--city', 'huzhou', '--root', root, '--json']);
    expect(untouched.code, untouched.stderr).toBe(0);
    expect(parseJson(untouched).added).toEqual([]);

    const reviewed = join(root, 'core-skills.reviewed.docx');
    await review(join(root, 'dist/huzhou/core-skills.docx'), reviewed);
    const imported = runCli(['feedback', 'import', reviewed, '--city', 'huzhou', '--root', root, '--json']);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const added = parseJson(imported).added as { id: string; kind: string; node: string; field: string; lang: string; author: string; quote?: string; proposed?: string }[];
    expect(added.map((e) => [e.kind, e.node, e.field, e.lang, e.author])).toEqual([
      ['proposal', 'huzhou-core-row-green', 'cells.example', 'zh', '王芳'],
      ['proposal', 'implementation-local-text', 'body', 'zh', '王芳'],
      ['comment', 'implementation-local', 'title', 'zh', '李明'],
    ]);
    expect(added[2].quote).toBe('湖州市政策要点');

    // A program that drops custom XML parts when it saves: the map is made again from the document properties.
    const zip = await JSZip.loadAsync(readFileSync(reviewed));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('customXml/'))) zip.remove(name);
    const stripped = join(root, 'stripped.docx');
    writeFileSync(stripped, await zip.generateAsync({ type: 'nodebuffer' }));
    const other = mkdtempSync(join(tmpdir(), 'ag-feedback-docx-'));
    cpSync(join(REPO, 'guides'), join(other, 'guides'), { recursive: true });
    const fromProperties = runCli(['feedback', 'import', stripped, '--city', 'huzhou', '--root', other, '--json']);
    expect(fromProperties.code, fromProperties.stdout + fromProperties.stderr).toBe(0);
    expect((parseJson(fromProperties).added as { id: string }[]).map((e) => e.id)).toEqual(added.map((e) => e.id));
    expect(added[0].proposed).toBe('正确分类存放废料和废品；节约能源和材料；发现泄漏立即报告。');

    for (const e of added.filter((a) => a.kind === 'proposal')) {
      const r = runCli(['feedback', 'apply', e.id, '--root', root]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
    const override = readFileSync(join(root, 'guides/cities/huzhou/core-skills.yaml'), 'utf8');
    expect(override).toContain('由{{locality.bureau}}会同财政等部门制定。');
    expect(override).toContain('zh: 正确分类存放废料和废品；节约能源和材料；发现泄漏立即报告。');
    const data = parse(override) as { operations: { change?: string; 'based-on'?: Record<string, string> }[] };
    expect(data.operations.find((o) => o.change === 'implementation-local-text')!['based-on']).toEqual({ body: '2788df7d' });
    expect(parseJson(runCli(['validate', '--root', root, '--json'])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const md = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md,docx', '--root', root, '--out', join(root, 'dist')]);
    expect(md.code, md.stderr).toBe(0);
    const text = readFileSync(join(root, 'dist/huzhou/core-skills.md'), 'utf8');
    expect(text).toContain('湖州市人力资源和社会保障局会同财政等部门制定');
    expect(text).toContain('发现泄漏立即报告');

    const before = readFileSync(join(root, 'guides/cities/huzhou/feedback/core-skills.yaml'), 'utf8');
    const again = runCli(['feedback', 'import', reviewed, '--city', 'huzhou', '--root', root, '--json']);
    expect(parseJson(again).added).toEqual([]);
    expect(readFileSync(join(root, 'guides/cities/huzhou/feedback/core-skills.yaml'), 'utf8')).toBe(before);
    expect(parse(before).entries.map((e: { state: string }) => e.state)).toEqual(['applied', 'applied', 'open']);
  });
});
