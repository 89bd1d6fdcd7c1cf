// The Huzhou DOCX opened as its consumers open it: mammoth (an independent reader) for the body, the
// footer, header, styles, properties and bookmark parts as XML; compared with the Markdown of the same build.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookmarkName, type BookmarkMap } from '../../src/docx/bookmark-map.js';
import { readMapXml } from '../../src/docx/read-map.js';
import { SLOT_PLACEHOLDER } from '../../src/render/docx/runs.js';
import { localiseGuide } from '../../src/localise/localise.js';
import type { GuideNode } from '../../src/model/types.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { REPO } from '../support/cli.js';
import { runCliAsync } from '../support/localise-fixture.js';

const LANGS = ['zh', 'en', 'bilingual'] as const;
type Lang = (typeof LANGS)[number];
const SUFFIX = { zh: '', en: '.en', bilingual: '.bilingual' } as const;
const FOOTER = { zh: ['第 ', ' 页 共 ', ' 页'], en: ['Page ', ' of '], bilingual: ['第 ', ' 页 共 ', ' 页'] } as const;
const ANSWER_HEAD = { zh: ['检查项', '备注'], en: ['Item', 'Remarks'], bilingual: ['检查项 / Item', '备注 / Remarks'] } as const;

const { workspace } = loadWorkspace(REPO);
const adapted = localiseGuide(workspace, 'core-skills', { city: 'huzhou', sectors: [] }).adapted!;

interface Built {
  json: { outputs: { format: string; path: string; bytes: number; state: string; lang: string; guide: string; variant: string }[] };
  parts: Record<string, string>;
  bytes: Uint8Array;
  html: string;
  markdown: string;
}

function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, new TextDecoder().decode(data)]));
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const plain = (html: string) => unescapeXml(html.replace(/<[^>]+>/g, ''));

/** The text of the runs between a bookmark's start and its end. */
function textInside(xml: string, name: string): string {
  const start = new RegExp(`<w:bookmarkStart w:name="${name}" w:id="(\\d+)"/>`).exec(xml);
  if (!start) return '';
  const end = xml.indexOf(`<w:bookmarkEnd w:id="${start[1]}"/>`, start.index);
  return [...xml.slice(start.index, end).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join('');
}

function* nodes(node: GuideNode): Generator<GuideNode> {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

const built = {} as Record<Lang, Built>;
const out = mkdtempSync(join(tmpdir(), 'ag-docx-'));

beforeAll(async () => {
  const runs = await Promise.all(LANGS.map((lang) => runCliAsync(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md,docx', '--lang', lang, '--out', out, '--json'])));
  for (const [i, lang] of LANGS.entries()) {
    expect(runs[i].code, runs[i].stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(out, 'huzhou', `core-skills${SUFFIX[lang]}.docx`)));
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["highlight[color='yellow'] => mark"] });
    built[lang] = { json: JSON.parse(runs[i].stdout), parts: partsOf(bytes), bytes, html: value, markdown: readFileSync(join(out, 'huzhou', `core-skills${SUFFIX[lang]}.md`), 'utf8') };
  }
}, 240_000);

describe.each(LANGS)('huzhou core-skills DOCX, %s', (lang) => {
  const doc = () => built[lang];
  const map = (): BookmarkMap => {
    const read = readMapXml(doc().parts['customXml/item1.xml']);
    if (!('map' in read)) throw new Error(`no map: ${read.problem} ${read.detail}`);
    return read.map;
  };

  it('is one of the build outputs --json lists, beside the Markdown', () => {
    const docx = doc().json.outputs.find((o) => o.format === 'docx');
    expect(docx).toMatchObject({ guide: 'core-skills', variant: 'huzhou', lang, path: expect.stringMatching(new RegExp(`huzhou/core-skills${SUFFIX[lang].replace('.', '\\.')}\\.docx$`)), bytes: doc().bytes.length });
    expect(['rebuilt', 'reused']).toContain(docx!.state);
  });

  it('has the Markdown headings, in order, as Heading 1–4 (h1–h4 to mammoth)', () => {
    const body = doc().markdown.slice(doc().markdown.indexOf('\n---\n') + 5);
    const fromMarkdown = [...body.matchAll(/^(#{1,6}) (.+)$/gm)].slice(1).map((m) => `${Math.min(m[1].length, 4)} ${m[2].replace(/\\(.)/g, '$1').replace(/\*\*/g, '')}`);
    const fromDocx = [...doc().html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${plain(m[2])}`);
    expect(fromMarkdown.length).toBeGreaterThan(20);
    expect(fromDocx).toEqual(fromMarkdown);
  });

  it('sets the headings, body and language in the styles: 黑体 and 宋体 with Latin companions, outline levels, zh-CN', () => {
    const styles = doc().parts['word/styles.xml'];
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"\/>.*<\/w:docDefaults>/s);
    expect(styles).toMatch(/<w:lang w:val="en-GB" w:eastAsia="zh-CN"\/>/);
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">(.*?)</w:style>`, 's').exec(styles)?.[1] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain('w:eastAsia="黑体"');
    }
    expect(doc().parts['docProps/core.xml']).toContain(`<dc:language>${lang === 'en' ? 'en-GB' : 'zh-CN'}</dc:language>`);
  });

  it('has a table of contents field Word updates on opening, after the cover', () => {
    const xml = doc().parts['word/document.xml'];
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(xml.indexOf('>TOC ')).toBeGreaterThan(xml.indexOf('w:pStyle w:val="Attribution"'));
    expect(doc().parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('has the guide title in the header and 第 N 页 共 M 页 from PAGE and NUMPAGES in the footer, none on the cover', () => {
    const footers = Object.entries(doc().parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const paged = footers.find((xml) => xml.includes('PAGE'));
    expect(paged).toBeDefined();
    const fields = [...paged!.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1].trim());
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    const words = [...paged!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(words.filter(Boolean)).toEqual(FOOTER[lang].filter(Boolean));
    const title = lang === 'en' ? 'Core skills for life and work' : '生活与工作核心技能';
    expect(Object.entries(doc().parts).some(([name, xml]) => /^word\/header\d+\.xml$/.test(name) && xml.includes(title))).toBe(true);
    expect(doc().parts['word/document.xml']).toContain('<w:titlePg/>');
  });

  it('prints every checklist as an answer table whose header repeats, a row per item', () => {
    const checklists = [...nodes(adapted.guide.root)].filter((n) => n.type === 'checklist');
    const answerTables = [...doc().html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => m[1]).filter((t) => {
      const head = [.../<tr>(.*?)<\/tr>/s.exec(t)![1].matchAll(/<th>(.*?)<\/th>/gs)].map((th) => plain(th[1]));
      return head[0] === ANSWER_HEAD[lang][0] && head.at(-1) === ANSWER_HEAD[lang][1];
    });
    expect(answerTables.length).toBe(checklists.length);
    for (const [i, table] of answerTables.entries()) {
      expect(table).toMatch(/^<thead><tr>(?:<th>.*?<\/th>)+<\/tr><\/thead>/s);
      expect((table.match(/<tr>/g) ?? []).length).toBe(checklists[i].children.length + 1);
    }
    const tables = [...nodes(adapted.guide.root)].filter((n) => n.type === 'table' || n.type === 'checklist').length;
    expect((doc().html.match(/<table>/g) ?? []).length).toBe(tables);
  });

  it('highlights every slot placeholder the Markdown shows', () => {
    const body = doc().markdown.slice(doc().markdown.indexOf('\n---\n') + 5).replace(/\\([[\]])/g, '$1');
    const expected = (body.match(SLOT_PLACEHOLDER) ?? []).sort();
    expect(expected.length).toBeGreaterThan(0);
    const marked = [...doc().html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => plain(m[1]));
    expect(marked.sort()).toEqual(expected);
  });

  it('wraps every node in a bookmark and each printed field in its own, all listed in the map part', () => {
    const xml = doc().parts['word/document.xml'];
    const names = [...xml.matchAll(/<w:bookmarkStart w:name="(ag_[0-9a-f]{16})"/g)].map((m) => m[1]);
    const m = map();
    expect(m).toMatchObject({ guide: 'core-skills', variant: 'huzhou', city: 'huzhou', sectors: [], lang, edition: '2026-11' });
    expect(m.bookmarks.map((b) => b.name)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    for (const b of m.bookmarks) expect(b.name).toBe(bookmarkName('core-skills', b.node, b.field, b.lang));
    const mapped = new Set(m.bookmarks.filter((b) => !b.field).map((b) => b.node));
    for (const node of nodes(adapted.guide.root)) expect(mapped.has(node.id), node.id).toBe(true);
    // mammoth sees each bookmark as an anchor.
    for (const name of names) expect(doc().html).toContain(`<a id="${name}">`);
  });

  it('puts a field bookmark around exactly the text of that field', () => {
    const xml = doc().parts['word/document.xml'];
    const headings = new Set([...doc().html.matchAll(/<h[1-4]>(.*?)<\/h[1-4]>/g)].flatMap((h) => plain(h[1]).split(' / ')));
    const titles = map().bookmarks.filter((b) => b.field === 'title' && [...nodes(adapted.guide.root)].some((n) => n.id === b.node && n.type === 'section'));
    expect(titles.length).toBeGreaterThan(20);
    for (const b of titles) expect(headings.has(textInside(xml, b.name)), `${b.node} ${b.lang}`).toBe(true);
    const langs = new Set(map().bookmarks.flatMap((b) => (b.lang ? [b.lang] : [])));
    expect([...langs].sort()).toEqual(lang === 'bilingual' ? ['en', 'zh'] : [lang]);
  });

  it('is a well-formed package: every part parses as namespaced XML, has a content type, and every relationship finds its part', () => {
    const names = Object.keys(unzipSync(doc().bytes));
    for (const [name, xml] of Object.entries(doc().parts)) {
      const parser = new SaxesParser({ xmlns: true });
      parser.on('error', (e) => {
        throw new Error(`${name}: ${e.message}`);
      });
      parser.write(xml).close();
    }
    const types = doc().parts['[Content_Types].xml'];
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]);
    for (const name of names) expect(types.includes(`PartName="/${name}"`) || defaults.includes(name.split('.').pop()!), name).toBe(true);
    for (const [rels, xml] of Object.entries(doc().parts).filter(([n]) => n.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
      for (const m of xml.matchAll(/<Relationship [^>]*Target="([^"]+)"(?! TargetMode="External")/g)) {
        const target = new URL(m[1], `http://p/${base}`).pathname.slice(1);
        expect(names, `${rels} → ${m[1]}`).toContain(target);
      }
    }
  });

  it('names its guide in the document properties', () => {
    expect(doc().parts['docProps/core.xml']).toContain('<dc:creator>adapt-guide</dc:creator>');
    expect(doc().parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:created>');
    expect(doc().parts['docProps/custom.xml']).toContain('adapt-guide.guide');
    expect(doc().parts['docProps/custom.xml']).toContain('urn:adapt-guide:docx-map:1');
  });
});

describe('the same inputs, the same DOCX', () => {
  it('rebuilt in another time zone, alone, with --force, is byte-identical; SOURCE_DATE_EPOCH dates it', async () => {
    const again = mkdtempSync(join(tmpdir(), 'ag-docx-again-'));
    const dated = mkdtempSync(join(tmpdir(), 'ag-docx-dated-'));
    const { spawn } = await import('node:child_process');
    const { BIN, cliEnv } = await import('../support/cli.js');
    const run = (dir: string, env: NodeJS.ProcessEnv) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--city', 'huzhou', '--guide', 'core-skills', '--format', 'docx', '--out', dir, '--force', '--quiet'], { cwd: REPO, env: cliEnv(env) });
        child.on('close', resolve);
      });
    const codes = await Promise.all([run(again, { TZ: 'Asia/Shanghai' }), run(dated, { SOURCE_DATE_EPOCH: '1700000000' })]);
    expect(codes).toEqual([0, 0]);
    const first = built.zh.bytes;
    expect(Buffer.compare(Buffer.from(readFileSync(join(again, 'huzhou', 'core-skills.docx'))), Buffer.from(first))).toBe(0);
    const core = partsOf(new Uint8Array(readFileSync(join(dated, 'huzhou', 'core-skills.docx'))))['docProps/core.xml'];
    expect(core).toContain('2023-11-14T22:13:20Z');
  }, 120_000);
});
