// Bad input: each a located diagnostic (rule id and line), never a crash or a truncated PDF.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/corpus.js';
import { runCli } from '../support/cli.js';
import { extractPdf } from '../support/pdf-text.js';
import { render } from '../support/render.js';

const FIXTURE = join(REPO, 'test/fixtures/pdf');
const rules = (ds: { rule: string; line?: number }[]) => ds.map((d) => [d.rule, d.line]);
const complete = (bytes: Buffer) => bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-6).toString().includes('%%EOF');

describe('bad Markdown input', () => {
  it('joins Chinese lines even where markdown-it leaves empty text tokens (cjk-breaks crash)', async () => {
    // Bold at a line start leaves an empty text token before it; a line break then crashed markdown-it-cjk-breaks.
    const md = '# 标题\n\n- **什么是优质学徒制**：定义\n  和权利。\n- 第二\n  `代码`\n  行尾。\n';
    const r = await render(md, { bare: true });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('定义和权利');
  });

  it('shows raw HTML as text, with a warning on its line', async () => {
    const r = await render('# 标题\n\n正文<b>粗</b>。\n\n<div class="x">\n块\n</div>\n', { bare: true });
    expect(rules(r.diagnostics)).toEqual([
      ['pdf-raw-html', 3],
      ['pdf-raw-html', 3],
      ['pdf-raw-html', 5],
    ]);
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('<b>');
    expect(text).toContain('<div class="x">');
  });

  it('reports missing, outside-root and fake images on their lines, and still makes a whole PDF', async () => {
    const md = '# 图片\n\n![缺失](assets/none.png)\n\n![外部](../../../package.json)\n\n![伪装](assets/fake.png)\n\n![远程](https://example.org/a.png)\n\n![标志](assets/logo.png)\n';
    const r = await render(md, { baseDir: FIXTURE });
    expect(rules(r.diagnostics)).toEqual([
      ['pdf-image-missing', 3],
      ['pdf-image-outside-root', 5],
      ['pdf-image-format', 7],
      ['pdf-image-remote', 9],
    ]);
    expect(complete(r.bytes)).toBe(true);
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('图片：缺失');
  });

  it('sets a 5,000-character word and an enormous table cell, with a warning for the word', async () => {
    const word = 'a'.repeat(5000);
    const cell = '很长的单元格内容，'.repeat(2000);
    const r = await render(`# 长词\n\n前文${word}后文。\n\n| 甲 | 乙 |\n| --- | --- |\n| ${cell} | 短 |\n`, {});
    expect(rules(r.diagnostics)).toEqual([['pdf-long-word', 3]]);
    expect(complete(r.bytes)).toBe(true);
    const text = (await extractPdf(r.bytes)).lines.filter((l) => !l.artifact).map((l) => l.text).join('').replace(/\s/g, '');
    expect(text).toContain(word);
    // The short cell sits beside the first line of the long one.
    expect(text.replace('短', '')).toContain(cell);
  });

  it('replaces characters the font lacks with a visible □ and names them', async () => {
    // Tangut and Old Italic: in none of the theme's fonts or fallbacks (emoji and ≒ are, see glyphs.test.ts).
    const r = await render('# 字形\n\n西夏文𗀀和古意大利文𐌀。\n', { bare: true });
    expect(r.diagnostics.map((d) => [d.rule, d.args.codepoint, d.line])).toEqual([
      ['pdf-missing-glyph', 'U+17000', 3],
      ['pdf-missing-glyph', 'U+10300', 3],
    ]);
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('西夏文□和古意大利文□');
  });

  it('reports an empty document', async () => {
    const r = await render('---\ntitle: 空\n---\n\n', {});
    expect(rules(r.diagnostics)).toEqual([['pdf-empty-document', 1]]);
    expect(complete(r.bytes)).toBe(true);
  });
});

describe('adapt-guide pdf', () => {
  const work = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-pdf-'));
    copyFileSync(join(FIXTURE, 'features.md'), join(dir, 'guide.md'));
    mkdirSync(join(dir, 'assets'));
    copyFileSync(join(FIXTURE, 'assets/logo.png'), join(dir, 'assets/logo.png'));
    return dir;
  };

  it('writes the PDF and reports it in --json; byte-identical across runs with SOURCE_DATE_EPOCH', () => {
    const dir = work();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const a = runCli(['pdf', 'guide.md', '-o', 'out/a.pdf', '--json'], { cwd: dir, env });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const json = JSON.parse(a.stdout);
    expect(json.outputs).toEqual([{ format: 'pdf', path: 'out/a.pdf', bytes: readFileSync(join(dir, 'out/a.pdf')).length, pages: 4 }]);
    const b = runCli(['pdf', 'guide.md', '-o', 'out/b.pdf'], { cwd: dir, env });
    expect(b.code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'out/a.pdf')), readFileSync(join(dir, 'out/b.pdf')))).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.pdf', 'b.pdf']); // no temporary files left
  });

  it('exits 1 on content errors, leaving no PDF, and 2 on usage errors, without stack traces', () => {
    const dir = work();
    writeFileSync(join(dir, 'bad.md'), '# 标题\n\n![缺失](assets/none.png)\n');
    writeFileSync(join(dir, 'bad.pdf'), 'old output');
    const bad = runCli(['pdf', 'bad.md'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.md:3:1: error:');
    expect(bad.stderr).toContain('[pdf-image-missing]');
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
    writeFileSync(join(dir, 'empty.md'), '');
    const empty = runCli(['pdf', 'empty.md'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('[empty-file]');
    const usage = runCli(['pdf', 'guide.md', '--no-such-flag'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('uses another font folder (--font-dir) and a theme file (--theme)', () => {
    const dir = work();
    const fonts = join(dir, 'fonts');
    mkdirSync(fonts);
    const pkg = join(REPO, 'node_modules/@expo-google-fonts/noto-sans-sc');
    copyFileSync(join(pkg, '500Medium/NotoSansSC_500Medium.ttf'), join(fonts, 'Body-Regular.ttf'));
    copyFileSync(join(pkg, '900Black/NotoSansSC_900Black.ttf'), join(fonts, 'Body-Bold.ttf'));
    writeFileSync(join(dir, 'theme.yaml'), 'page:\n  size: A5\nsizes:\n  body: 9\n');
    const r = runCli(['pdf', 'guide.md', '-o', 'g.pdf', '--font-dir', 'fonts', '--theme', 'theme.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const raw = readFileSync(join(dir, 'g.pdf')).toString('latin1');
    expect(raw).toContain('NotoSansSC-Medium');
    expect(raw).toContain('/MediaBox [0 0 419.53 595.28]');
    const broken = runCli(['pdf', 'guide.md', '--font-dir', 'nowhere'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('[font-dir-unreadable]');
  });
});

describe('links', () => {
  it('links to headings by their id, and warns of a link to no heading', async () => {
    const r = await render('# 第一章\n\n见[第二节](#第二节)和[不存在](#nowhere)。\n\n## 第二节\n\n正文。\n', { bare: true });
    expect(rules(r.diagnostics)).toEqual([['pdf-unknown-anchor', 3]]);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(r.bytes), verbosity: 0 }).promise;
    const links = (await (await doc.getPage(1)).getAnnotations()) as { dest?: string }[];
    expect(links.map((l) => l.dest)).toEqual(['第二节', 'nowhere']);
    expect(await doc.getDestination('第二节')).not.toBeNull();
    await doc.destroy();
  });
});

describe('hostile nesting', () => {
  it('sets 60 nested list levels and 80 nested quotes inside the page, without warnings', async () => {
    let md = '# 深\n\n';
    for (let i = 0; i < 60; i++) md += `${' '.repeat(i * 2)}- 第${i}层列表项目内容\n`;
    md += `\n${'>'.repeat(80)} 深引用内容测试文字\n`;
    const r = await render(md, { bare: true });
    expect(r.diagnostics).toEqual([]);
    const x = await extractPdf(r.bytes);
    const theme = (await import('../support/render.js')).defaultTheme;
    const t = await theme();
    for (const l of x.lines) expect(l.right).toBeLessThanOrEqual(t.page.width - t.page.margins.right + 0.5);
  });
});
