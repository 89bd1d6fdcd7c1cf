// The tagged structure read back from the PDF: list items are LI = Lbl + LBody, links are Link
// elements holding their text and their annotation (OBJR), each annotation pointing back to its
// Link element through /StructParent and the parent tree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/corpus.js';
import { extractPdf } from '../support/pdf-text.js';
import { PdfFile } from '../support/pdfua/objects.js';
import { readStructure } from '../support/pdfua/structure.js';
import { render } from '../support/render.js';

interface Node {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  children?: Node[];
}

interface PageStructure {
  page: number;
  tree: Node;
  /** Text of each marked-content id. */
  text: Map<string, string>;
  links: { id: string; contents: string }[];
}

async function structure(bytes: Uint8Array): Promise<PageStructure[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const out: PageStructure[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const tree = ((await page.getStructTree()) ?? { children: [] }) as Node;
    const text = new Map<string, string>();
    const open: string[] = [];
    const tc = await page.getTextContent({ includeMarkedContent: true });
    for (const it of tc.items as { type?: string; id?: string; str?: string }[]) {
      // A /Span with a /Lang (words in the other language) has no id: its text is its parent's.
      if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') open.push(it.id ?? open[open.length - 1] ?? '');
      else if (it.type === 'endMarkedContent') open.pop();
      else if (it.str && open.length && open[open.length - 1]) {
        const id = open[open.length - 1];
        text.set(id, (text.get(id) ?? '') + it.str);
      }
    }
    const annots = (await page.getAnnotations()) as { subtype: string; id: string; contentsObj?: { str: string } }[];
    out.push({ page: p - 1, tree, text, links: annots.filter((a) => a.subtype === 'Link').map((a) => ({ id: a.id, contents: a.contentsObj?.str ?? '' })) });
  }
  await pdf.destroy();
  return out;
}

function nodes(n: Node, role: string, acc: Node[] = []): Node[] {
  if (n.role === role) acc.push(n);
  for (const c of n.children ?? []) nodes(c, role, acc);
  return acc;
}

const textOf = (n: Node, s: PageStructure): string =>
  (n.children ?? []).map((c) => (c.type === 'content' ? s.text.get(c.id!) ?? '' : c.role ? textOf(c, s) : '')).join('');

/** The PDF's objects as written (pdfkit writes no object streams; dictionaries are plain text). */
function rawObjects(bytes: Uint8Array): Map<number, string> {
  const raw = Buffer.from(bytes).toString('latin1');
  const objs = new Map<number, string>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objs.set(Number(m[1]), m[2]);
  return objs;
}

const FIXTURE = join(REPO, 'test/fixtures/pdf');
const features = await render(readFileSync(join(FIXTURE, 'features.md'), 'utf8'), { baseDir: FIXTURE });
const featureStructure = await structure(features.bytes);

describe('list structure', () => {
  it('makes every list item an LI holding a Lbl (bullet, number or box) and an LBody', () => {
    const lists = featureStructure.flatMap((s) => nodes(s.tree, 'L').map((l) => ({ l, s })));
    expect(lists.length).toBe(4); // the numbered list, two nested lists, the checklist
    const labels: string[] = [];
    for (const { l, s } of lists) {
      for (const li of l.children ?? []) {
        expect(li.role).toBe('LI');
        expect((li.children ?? []).map((c) => c.role)).toEqual(['Lbl', 'LBody']);
        const [lbl, body] = li.children!;
        expect(lbl.children?.some((c) => c.type === 'content')).toBe(true);
        labels.push(textOf(lbl, s).trim() || `alt:${lbl.alt ?? ''}`);
        // The label is not part of the item's text.
        expect(textOf(body, s)).not.toMatch(/^\s*(?:\d+\.|[•◦▪])/u);
      }
    }
    expect(labels).toEqual(['1.', '2.', '3.', '◦', '◦', '▪', '▪', 'alt:☐', 'alt:☑', 'alt:☐']);
  });

  it('labels an item that starts with a list: both markers on its first line', async () => {
    const r = await render('# 列表\n\n- - 第一层里的第二层\n  - 第二项\n- 1. 有序\n  2. 第二\n', { bare: true });
    const [s] = await structure(r.bytes);
    const labels = nodes(s.tree, 'Lbl').map((l) => textOf(l, s).trim());
    expect(labels).toEqual(['•', '◦', '◦', '•', '1.', '2.']);
  });

  it('sets the marker of an item that starts with a table, a picture, a heading or a rule, and of an empty item', async () => {
    const md = [
      '# 列表',
      '',
      '- | 列一 | 列二 |',
      '  |---|---|',
      '  | 甲 | 乙 |',
      '- ![车间](test/fixtures/localise/_base/guides/international/fixture-guide/assets/workshop.png)',
      '- ### 小标题开头的条目',
      '  正文。',
      '-',
      '- ***',
      '- 普通条目',
      '',
    ].join('\n');
    const r = await render(md, { bare: true });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [s] = await structure(r.bytes);
    const items = nodes(s.tree, 'LI');
    expect(items.length).toBe(6);
    for (const li of items) {
      const [lbl] = li.children!;
      expect(lbl.role).toBe('Lbl');
      expect(textOf(lbl, s).trim()).toBe('•');
    }
    // Each marker sits level with its item's first line: the table's header row, the heading.
    const { lines } = await extractPdf(r.bytes);
    const body = lines.filter((l) => !l.artifact);
    const bullets = body.filter((l) => l.text.trim() === '•');
    expect(bullets.length).toBe(6);
    expect(new Set(bullets.map((l) => l.page)).size).toBe(1);
    const yOf = (text: string) => body.find((l) => l.text.includes(text))!.y;
    expect(bullets[0].y).toBeCloseTo(yOf('列一'), 1);
    expect(bullets[1].y).toBeGreaterThan(yOf('车间')); // at the picture's top, above its caption
    expect(bullets[2].y).toBeCloseTo(yOf('小标题开头的条目'), 1);
    expect(bullets[3].y).toBeLessThan(yOf('正文'));
    expect(bullets[5].y).toBeCloseTo(yOf('普通条目'), 1);
    // Top to bottom in source order (PDF y grows upwards).
    const ys = bullets.map((l) => l.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
  });
});

describe('link structure', () => {
  it('makes each link a Link element holding its text and its annotation, in body and contents', () => {
    let count = 0;
    for (const s of featureStructure) {
      const linkNodes = nodes(s.tree, 'Link');
      for (const a of s.links) {
        const owners = linkNodes.filter((n) => n.children?.some((c) => c.type === 'object' && c.id === a.id));
        expect(owners.length, `annotation ${a.id} on page ${s.page + 1}`).toBe(1);
        expect(a.contents).not.toBe('');
        expect(textOf(owners[0], s).replace(/\s/g, '')).toContain(a.contents.replace(/\s/g, ''));
        count++;
      }
      // No Link element without an annotation.
      for (const n of linkNodes) expect(n.children?.some((c) => c.type === 'object')).toBe(true);
    }
    expect(count).toBe(5); // three TOC entries, two links in the body
    const body = featureStructure[2];
    const paragraphLinks = nodes(body.tree, 'P').flatMap((p) => (p.children ?? []).filter((c) => c.role === 'Link'));
    expect(paragraphLinks.map((l) => textOf(l, body))).toEqual(['国际劳工组织网站', '下一章']);
  });

  it("points each annotation's /StructParent at its Link element, whose OBJR names the annotation's page", () => {
    const objs = rawObjects(features.bytes);
    const root = [...objs.values()].find((o) => o.includes('/Type /StructTreeRoot'))!;
    const parentOf = new Map<number, number>();
    for (const m of root.matchAll(/^\s+(\d+) (\d+) 0 R$/gm)) parentOf.set(Number(m[1]), Number(m[2]));
    const annots = [...objs].filter(([, o]) => /\/Subtype \/Link/.test(o));
    expect(annots.length).toBe(5);
    for (const [n, o] of annots) {
      const key = Number(/\/StructParent (\d+)/.exec(o)?.[1]);
      const el = objs.get(parentOf.get(key)!)!;
      expect(el).toMatch(/\/S \/Link/);
      const objr = new RegExp(`/Type /OBJR\\s*/Obj ${n} 0 R\\s*/Pg (\\d+) 0 R`).exec(el);
      expect(objr, `OBJR for annotation ${n}`).not.toBeNull();
      expect(objs.get(Number(objr![1]))).toMatch(new RegExp(`/Annots \\[[^\\]]*\\b${n} 0 R`));
    }
  });

  it('keeps a link wrapped onto the next line one Link element, and splits one crossing a page', async () => {
    const link = '[湖州市人力资源和社会保障局职业技能培训线上平台的使用说明](https://example.org/training)';
    // Wrapped: the link starts at the 31st of the first line's 41 characters. Across a page: the
    // filler leaves the third paragraph's first line last on the page, the link starting in it.
    const md = `# 链接\n\n${'学'.repeat(30)}${link}后续说明。\n\n${'训'.repeat(41 * 34 - 10)}\n\n${'习'.repeat(60)}${link}${'练'.repeat(200)}。\n`;
    const r = await render(md, { bare: true });
    const s = await structure(r.bytes);
    const all = s.flatMap((ps) => nodes(ps.tree, 'Link').map((n) => ({ n, ps, objects: n.children!.filter((c) => c.type === 'object').length, text: textOf(n, ps) })));
    const full = '湖州市人力资源和社会保障局职业技能培训线上平台的使用说明';
    // Each Link element holds one annotation per line of its text on its page, and that text.
    for (const l of all) expect(l.objects).toBe(l.n.children!.filter((c) => c.type === 'content').length);
    const wrapped = all.find((l) => l.objects === 2 && l.text === full);
    expect(wrapped, JSON.stringify(all.map((l) => [l.ps.page, l.objects, l.text]))).toBeDefined();
    const split = all.filter((l) => l.text !== full);
    expect(split.map((l) => l.ps.page)).toEqual([split[0].ps.page, split[0].ps.page + 1]);
    expect(split.map((l) => l.text).join('')).toBe(full);
  });
});

describe('contents and heading structure', () => {
  it('puts the contents after the cover and before the body: an H1, then TOC > TOCI > Reference > Link', () => {
    const tree = readStructure(new PdfFile(features.bytes));
    const document = tree.elements.find((e) => e.type === 'Document')!;
    expect(document.children.slice(0, 4).map((e) => e.type)).toEqual(['Sect', 'H1', 'TOC', 'H1']);
    const toc = document.children[2];
    expect(toc.children.map((e) => e.type)).toEqual(['TOCI', 'TOCI', 'TOCI']);
    for (const item of toc.children) {
      expect(item.children.map((e) => e.type)).toEqual(['Reference']);
      expect(item.children[0].children.map((e) => e.type)).toEqual(['Link']);
    }
  });

  it('never skips a heading level in the tags, whatever the Markdown levels; the look keeps them', async () => {
    const r = await render('## 从二级开始\n\n正文。\n\n#### 四级\n\n正文。\n\n# 一级\n\n### 三级\n', { bare: true });
    const tree = readStructure(new PdfFile(r.bytes));
    expect(tree.elements.filter((e) => /^H\d$/.test(e.type)).map((e) => e.type)).toEqual(['H1', 'H2', 'H1', 'H2']);
    const sizes = (await extractPdf(r.bytes)).lines.filter((l) => /级/.test(l.text)).map((l) => l.size);
    expect(sizes[1]).toBeLessThan(sizes[0]); // #### is set smaller than ##
  });
});
