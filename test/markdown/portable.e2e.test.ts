// The shipped guides' Markdown read by a parser this project did not write (micromark, CommonMark + GFM):
// every renderer must see the bold, the alerts, the placeholders, the checklists and the sources we mean.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allVariants } from '../../src/localise/variants.js';
import { variantName } from '../../src/model/types.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { REPO } from '../support/cli.js';
import { runCliAsync } from '../support/localise-fixture.js';

const { workspace } = loadWorkspace(REPO);
const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/;
const SOURCES = { zh: '资料来源', en: 'Sources', bilingual: '资料来源 / Sources' } as const;
const HEADER = { zh: ['检查项', '是', '否', '需改进', '备注'], en: ['Item', 'Yes', 'No', 'Needs improvement', 'Remarks'] };
const LANG_TAGS = { zh: 'lang: zh-CN\n', en: 'lang: en\n', bilingual: 'lang: zh-CN\nlanguages: [zh-CN, en]\n' } as const;

const html = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
/** The text a reader sees: tags and code removed, entities decoded where they matter here. */
const visible = (page: string) =>
  page
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const placeholders = (text: string) => (text.match(/【待补充：[^】]*】/g) ?? []).sort();

const SUFFIX = { zh: '', en: '.en', bilingual: '.bilingual' } as const;
const variants = allVariants(workspace).map(variantName).sort();
const guides = [...workspace.guides.keys()].sort();

describe.each(['zh', 'en', 'bilingual'] as const)('build --all --lang %s, read by micromark + GFM', (lang) => {
  // Every file build --all writes, known before the build: the build itself runs without blocking the worker.
  const expected = variants.flatMap((variant) => guides.map((guide) => ({ file: `${variant}/${guide}${SUFFIX[lang]}.md`, guide })));
  const out = mkdtempSync(join(tmpdir(), `ag-portable-${lang}-`));
  beforeAll(async () => {
    const run = await runCliAsync(['build', '--all', '--format', 'md', '--lang', lang, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);

  it('builds every guide of every variant, and nothing else', () => {
    const written = readdirSync(out).flatMap((variant) => readdirSync(join(out, variant)).filter((f) => f.endsWith('.md')).map((f) => `${variant}/${f}`));
    expect(written.sort()).toEqual(expected.map((e) => e.file).sort());
  });

  it.each(expected.map((e) => [e.file, e] as const))('%s', (_, { file, guide }) => {
    const text = readFileSync(join(out, file), 'utf8');
    expect(text.startsWith('---\n')).toBe(true);
    const end = text.indexOf('\n---\n');
    expect(text.slice(0, end + 1)).toContain(LANG_TAGS[lang]);
    const body = text.slice(end + 5);
    const page = html(body);
    const seen = visible(page);

    // Emphasis: no delimiter left as text, no variable left unexpanded.
    expect(seen.match(/.{0,20}\*\*.{0,20}/g) ?? []).toEqual([]);
    expect(seen).not.toContain('{{');
    expect(page.match(/<strong>/g)?.length ?? 0).toBeGreaterThan(10);

    // Alerts: the marker alone on the first line of the quote, as GitHub documents it.
    const quotes = [...page.matchAll(/<blockquote>\n<p>([^\n<]*)/g)].map((m) => m[1]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const first of quotes) expect(first).toMatch(ALERT);
    const caseStudies = body.split('<!-- kind: case-study -->\n').slice(1);
    for (const rest of caseStudies) expect(rest).toMatch(lang === 'en' ? /^> \[!NOTE\]\n> \*\*Case study/ : /^> \[!NOTE\]\n> \*\*案例/);

    // Every placeholder written is read as text.
    expect(placeholders(seen)).toEqual(placeholders(body));

    // Checklists: a table with the item, one column per answer, and remarks.
    const checklists = body.split('<!-- kind: checklist -->\n').length - 1;
    expect(checklists).toBeGreaterThan(0);
    const heads = [...page.matchAll(/<table>\n<thead>\n<tr>\n((?:<th[^>]*>[^<]*<\/th>\n)+)/g)].map((m) => [...m[1].matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((c) => c[1]));
    const wanted = lang === 'bilingual' ? HEADER.zh.map((zh, i) => `${zh} / ${HEADER.en[i]}`) : HEADER[lang];
    expect(heads.filter((h) => h.join('|') === wanted.join('|'))).toHaveLength(checklists);

    // The furniture: title, locality, edition and attribution on the first page; the sources at the end.
    const first = page.slice(0, page.indexOf('<h1>', page.indexOf('<h1>') + 1));
    expect(first).toMatch(/^<!-- kind: title-page -->\n<h1>/);
    const { attribution } = parse(text.slice(4, end + 1)) as { attribution: string };
    expect(visible(first)).toContain(attribution.split(' / ')[0].slice(0, 30));
    expect(visible(first)).toMatch(lang === 'en' ? /Locality: .+\nEdition: \d{4}/ : /适用地区.*：.+\n版本.*：\d{4}/);
    const sources = new RegExp(`<h1>${SOURCES[lang]}</h1>\\n<ol>\\n((?:<li>.*</li>\\n)+)</ol>\\s*$`).exec(page);
    expect(sources, 'a closing sources section').not.toBeNull();
    const listed = sources![1].trim().split('\n');
    const declared = workspace.guides.get(guide)!.sources;
    expect(listed).toHaveLength(declared.length);
    declared.forEach((s, i) => {
      for (const part of [s.title, s.publisher, String(s.year)]) expect(visible(listed[i])).toContain(part);
    });
  });
});
