// XLIFF export and import through the real bin: schema-valid files with protected codes, unit-by-unit
// imports, a round trip through an independent XLIFF library, and every bad input refused whole.
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateXML } from 'xmllint-wasm';
import { FIXTURES, REPO, runCli } from '../support/cli.js';
import { CITY, changedLines, freshWorkspace, GUIDE, read, runInProcess, snapshot } from './support.js';

const XSD = join(FIXTURES, 'xliff');
const IMPORTED_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';
/** The npm `xliff` library (locize): an XLIFF reader and writer this project does not use itself. */
const xliffLibrary = createRequire(import.meta.url)('xliff') as {
  xliff2js(xml: string): Promise<LibraryDocument>;
  js2xliff(doc: LibraryDocument): Promise<string>;
};
type LibraryInline = string | { [type: string]: { id: string; contents?: LibraryInline[]; [attr: string]: unknown } };
type LibraryDocument = { resources: { [file: string]: { [unit: string]: { source: LibraryInline[] | string; target?: LibraryInline[] | string } } } };

/** Validation against the official OASIS XLIFF 2.0 core schema (and the W3C xml.xsd it imports). */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [{ fileName: 'xliff_core_2.0.xsd', contents: readFileSync(join(XSD, 'xliff_core_2.0.xsd'), 'utf8') }],
    preload: [{ fileName: IMPORTED_XSD, contents: readFileSync(join(XSD, IMPORTED_XSD), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
}

/** The fixture workspace, with bold and a link in one text (both languages). */
function richWorkspace(): string {
  const root = freshWorkspace();
  const text = read(root, GUIDE)
    .replace('A quality apprenticeship needs an enterprise mentor.', 'A **quality apprenticeship** needs an [enterprise mentor](https://www.ilo.org/mentor).')
    .replace('优质学徒制需要企业导师。', '**优质学徒制**需要[企业导师](https://www.ilo.org/mentor)。');
  writeFileSync(join(root, GUIDE), text);
  return root;
}

/** Through the real bin; `exportQuickly` runs the same command in process, for the set-up of import tests. */
function exportXliff(root: string, name: string, ...args: string[]): string {
  const out = join(root, name);
  const run = runCli(['xliff', 'export', '--root', root, '--guide', 'qa', '-o', out, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

async function exportQuickly(root: string, name: string, ...args: string[]): Promise<string> {
  const out = join(root, name);
  const run = await runInProcess(['xliff', 'export', '--root', root, '--guide', 'qa', '-o', out, ...args], root);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

type Found = { rule: string; file?: string; line?: number; col?: number; severity: string; hint?: string };

function importXliff(root: string, xml: string | Buffer, ...args: string[]) {
  const file = join(root, 'in.xlf');
  writeFileSync(file, xml);
  const run = runCli(['xliff', 'import', file, '--root', root, '--json', ...args], { cwd: root });
  return { run, diagnostics: JSON.parse(run.stdout).diagnostics as Found[] };
}

/** `text` encoded as GBK, from the GBK decoder's table (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}

const unitRe = (id: string) => new RegExp(`<unit id="${id.replace(/\./g, '\\.')}"[\\s\\S]*?</unit>`);

/** Replaces (or adds) the target of unit `id` in an exported XLIFF; `target` is XML. */
function setTarget(xml: string, id: string, target: string): string {
  const unit = unitRe(id).exec(xml);
  expect(unit, id).not.toBeNull();
  const edited = /<target /.test(unit![0])
    ? unit![0].replace(/(<target xml:space="preserve">)[\s\S]*?(<\/target>)/, (_, a: string, b: string) => a + target + b)
    : unit![0].replace('</source>', `</source>\n        <target xml:space="preserve">${target}</target>`);
  return xml.replace(unit![0], edited);
}

/** The line of the first line of `xml` holding `text` after the line of unit `id`. */
function lineAfter(xml: string, id: string, text: string): number {
  const lines = xml.split('\n');
  const start = lines.findIndex((l) => l.includes(`<unit id="${id}"`));
  return lines.findIndex((l, i) => i > start && l.includes(text)) + 1;
}

describe('xliff export', () => {
  let root: string;
  let intl: string;
  let city: string;
  beforeAll(() => {
    root = richWorkspace();
    intl = exportXliff(root, 'intl.xlf');
    city = exportXliff(root, 'city.xlf', '--city', 'lakeside');
  });

  it('writes XLIFF 2.0 that the official core schema accepts', async () => {
    expect(await schemaErrors(intl)).toEqual([]);
    expect(await schemaErrors(city)).toEqual([]);
  });

  it('the schema check can fail: a broken file is rejected', async () => {
    expect(await schemaErrors(intl.replace('state="translated"', 'state="done"'))).not.toEqual([]);
    expect(await schemaErrors(intl.replace('type="ui" subType="xlf:var"', 'type="variable"'))).not.toEqual([]);
  });

  it('names each file by what it holds and keys units by node id and field, with state from the staleness record', () => {
    expect(intl).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(intl).toContain(`<file id="international.qa" original="${GUIDE}"`);
    expect(city).toContain(`<file id="city.lakeside.qa" original="${CITY}"`);
    expect(intl).toMatch(/<unit id="funding-row-employer\.cells\.party"/);
    expect(intl).toMatch(/<unit id="qa\.title"[\s\S]*?<segment state="translated" subState="adapt-guide:stale">/);
    expect(intl).toMatch(/<unit id="funding-text\.body"[\s\S]*?<segment state="initial">\s*<source xml:space="preserve">Who pays for an apprenticeship depends on the country.<\/source>\s*<\/segment>/);
  });

  it('protects variables as <ph/> and Markdown emphasis and links as <pc>, each showing its source syntax', () => {
    const ph = (id: number, v: string) => `<ph id="${id}" type="ui" subType="xlf:var" canCopy="no" canDelete="no" disp="${v}" equiv="${v}"/>`;
    const bold = '<pc id="1" type="fmt" subType="xlf:b" canCopy="no" dispStart="**" dispEnd="**" equivStart="**" equivEnd="**">';
    const link = '<pc id="2" type="link" canCopy="no" canDelete="no" dispStart="[" dispEnd="](https://www.ilo.org/mentor)" equivStart="[" equivEnd="](https://www.ilo.org/mentor)">';
    expect(intl).toContain(`<source xml:space="preserve">A ${bold}quality apprenticeship</pc> needs an ${link}enterprise mentor</pc>.\n\nIt lasts ${ph(3, '{{vars.subsidy}}')} years.\n</source>`);
    expect(intl).toContain(`<target xml:space="preserve">${bold}优质学徒制</pc>需要${link}企业导师</pc>。\n\n学制为${ph(3, '{{vars.subsidy}}')}年。\n</target>`);
    expect(intl).toContain(`<source xml:space="preserve">Adapted by ${ph(1, '{{locality.adapter}}')}.</source>`);
    expect(city).toContain(`<source xml:space="preserve">Funding in ${ph(1, '{{city.name}}')}</source>`);
    expect(intl).not.toMatch(/<(source|target)[^>]*>[^<]*\{\{/);
  });

  it('keeps notes on guide, section, locality and format, and the fingerprint of each zh', () => {
    expect(intl).toMatch(/<unit id="intro-text\.body"[\s\S]*?<note category="section">Introduction \/ 引言<\/note>/);
    expect(intl).toContain('<note category="locality">International edition / 国际通用版</note>');
    expect(city).toContain('<note category="locality">city lakeside: Lakeside / 湖滨</note>');
    expect(intl).toMatch(/<unit id="intro-text\.body" name="intro-text\.body" xmlns:ag="urn:adapt-guide:xliff:1" ag:zh="[0-9a-f]{8}">/);
    expect(intl).toMatch(/<unit id="funding-text\.body" [^>]*ag:zh="none">/);
  });

  it('exports the zh of a zh-only override against the international en', () => {
    expect(city).toMatch(/<unit id="intro-tip\.body"[\s\S]*?<source xml:space="preserve">Start small: one trade.<\/source>\s*<target xml:space="preserve">从一个工种做起。<\/target>/);
    expect(city).toMatch(/<unit id="lakeside-note\.body"/);
  });
});

describe('xliff of the shipped guides', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ag-xliff-shipped-'));
    cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  });
  const exportGuide = async (guide: string, ...args: string[]) => {
    const out = join(root, `${guide}${args.join('')}.xlf`);
    const run = await runInProcess(['xliff', 'export', '--root', root, '--guide', guide, '-o', out, ...args], root);
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  };

  it('every guide and one override export schema-valid, with every variable of core-skills a placeholder', async () => {
    for (const guide of ['core-skills', 'green-skills', 'quality-apprenticeship', 'skills-needs-analysis']) {
      const xml = await exportGuide(guide);
      expect(await schemaErrors(xml), guide).toEqual([]);
      if (guide !== 'core-skills') continue;
      const sources = [...xml.matchAll(/<source xml:space="preserve">([\s\S]*?)<\/source>/g)].map((m) => m[1]!);
      expect(sources.join('').replace(/<[^>]*>/g, '').match(/\{\{/g)).toBeNull();
      const placeholders = sources.join('').match(/<ph [^>]*subType="xlf:var"/g)?.length ?? 0;
      const data = parse(readFileSync(join(root, 'guides/international/core-skills/guide.yaml'), 'utf8'));
      const ens: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'en' && typeof x === 'string' ? ens.push(x) : walk(x);
      };
      walk(data);
      expect(placeholders).toBeGreaterThan(5);
      expect(placeholders).toBe(ens.join('').match(/\{\{[\s\S]*?\}\}/g)!.length);
      expect(xml).toContain('subType="xlf:b"');
    }
    expect(await schemaErrors(await exportGuide('quality-apprenticeship', '--city', 'huzhou'))).toEqual([]);
  });

  it('importing an unedited export, as written and as the npm xliff library re-saves it, changes no byte', async () => {
    const before = snapshot(root);
    for (const guide of ['core-skills', 'green-skills']) {
      const xml = await exportGuide(guide);
      for (const [name, text] of [[`${guide}.xlf`, xml], [`${guide}.resaved.xlf`, await xliffLibrary.js2xliff(await xliffLibrary.xliff2js(xml))]] as const) {
        writeFileSync(join(root, name), text);
        const run = await runInProcess(['xliff', 'import', join(root, name), '--root', root, '--json'], root);
        expect(run.code, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout)).toMatchObject({ diagnostics: [], written: [], skipped: 0 });
      }
    }
    expect(snapshot(root)).toEqual(before);
  });
});

describe('xliff round trip through the npm xliff library', () => {
  it('re-saved by it (our attributes lost), edited and imported twice: only the edited units change, the workspace validates', async () => {
    const root = richWorkspace();
    // Two paragraphs, the second starting with bold: the library drops the blank line before it.
    const twoParagraphs = ['        body:', '          en: |', '            Who pays depends on the country.', '', '            **Employers** pay wages.', '          zh: |', '            由谁支付因国而异。', '', '            **企业**支付工资。'].join('\n');
    writeFileSync(join(root, GUIDE), read(root, GUIDE).replace('        body:\n          en: >-\n            Who pays for an apprenticeship depends\n            on the country.', twoParagraphs));
    const before = snapshot(root);
    const doc = await xliffLibrary.xliff2js(exportXliff(root, 'x.xlf'));
    const units = doc.resources['international.qa']!;
    // A translator moves the codes (word order), and rewrites a plain text.
    const body = units['intro-text.body']!.target as LibraryInline[];
    const [bold, , link, , variable] = body as [LibraryInline, LibraryInline, LibraryInline, LibraryInline, LibraryInline];
    units['intro-text.body']!.target = ['需要', link, '的是', bold, '。\n\n', variable, '年为学制。\n'];
    units['funding-table.caption']!.target = '由谁支付';
    const resaved = await xliffLibrary.js2xliff(doc);
    expect(resaved).not.toContain('original=');
    expect(resaved).not.toContain('ag:guide');
    expect(await schemaErrors(resaved)).toEqual([]);

    const first = importXliff(root, resaved);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.diagnostics).toEqual([]);
    const after = snapshot(root);
    const old = parse(before.get(GUIDE)!);
    old.chapters[0].content[0].body.zh = '需要[企业导师](https://www.ilo.org/mentor)的是**优质学徒制**。\n\n{{vars.subsidy}}年为学制。\n';
    old.chapters[1].content[1].caption.zh = '由谁支付';
    expect(parse(after.get(GUIDE)!)).toEqual(old);
    expect(changedLines(before.get(GUIDE)!, after.get(GUIDE)!)).toEqual({
      added: ['            需要[企业导师](https://www.ilo.org/mentor)的是**优质学徒制**。', '            {{vars.subsidy}}年为学制。', '        caption: {en: Who pays, zh: 由谁支付}'],
      removed: ['            **优质学徒制**需要[企业导师](https://www.ilo.org/mentor)。', '            学制为{{vars.subsidy}}年。', '        caption: {en: Who pays, zh: 谁来支付}'],
    });
    expect([...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file)).toEqual([GUIDE]);

    // A text whose line breaks the library changed is taken only as it was: an edit of it is skipped.
    units['funding-text.body']!.target = ['由谁支付因国而异。\n', (units['funding-text.body']!.target as LibraryInline[])[1]!, '支付全部工资。'];
    const changedBreaks = importXliff(root, await xliffLibrary.js2xliff(doc));
    expect(changedBreaks.run.code).toBe(0);
    expect(changedBreaks.diagnostics.map((d) => d.rule)).toEqual(['xliff-whitespace-changed']);
    expect(snapshot(root)).toEqual(after);

    const second = importXliff(root, resaved);
    expect(second.run.code).toBe(0);
    expect(JSON.parse(second.run.stdout).written).toEqual([]);
    expect(snapshot(root)).toEqual(after);
    const validate = runCli(['validate', '--root', root]);
    expect(validate.code, validate.stderr).toBe(0);
  });
});

describe('xliff import', () => {
  it('changes no YAML byte when nothing was edited', async () => {
    const root = richWorkspace();
    const before = snapshot(root);
    for (const args of [[], ['--city', 'lakeside']]) {
      const { run } = importXliff(root, await exportQuickly(root, 'x.xlf', ...args));
      expect(run.code).toBe(0);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('an edit of two targets changes exactly those two YAML values, the codes back as Markdown', async () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    let xml = await exportQuickly(root, 'x.xlf');
    xml = setTarget(xml, 'intro-text.body', '优质学徒制需要一名企业导师。\n\n学制为<ph id="1"/>年 &amp; 更长。\n');
    xml = setTarget(xml, 'funding-table.caption', '由谁支付');
    const { run } = importXliff(root, xml);
    expect(run.code, run.stdout).toBe(0);
    const after = read(root, GUIDE);
    expect(changedLines(before.get(GUIDE)!, after)).toEqual({
      added: ['            优质学徒制需要一名企业导师。', '            学制为{{vars.subsidy}}年 & 更长。', '        caption: {en: Who pays, zh: 由谁支付}'],
      removed: ['            优质学徒制需要企业导师。', '            学制为{{vars.subsidy}}年。', '        caption: {en: Who pays, zh: 谁来支付}'],
    });
    expect(read(root, CITY)).toBe(before.get(CITY));
  });

  it('writes a new translation, and a review record for a unit marked reviewed, into the file it came from', async () => {
    const root = freshWorkspace();
    let xml = await exportQuickly(root, 'x.xlf', '--city', 'lakeside');
    xml = xml.replace(/(<unit id="intro-tip\.body"[\s\S]*?<segment state=")translated(")/, '$1reviewed$2');
    const intl = setTarget(await exportQuickly(root, 'y.xlf'), 'funding-text.body', '谁来支付学徒制的费用，各国不同。');
    expect(importXliff(root, xml).run.code).toBe(0);
    expect(importXliff(root, intl).run.code).toBe(0);
    expect(parse(read(root, CITY)).operations[1]['based-on']).toEqual({ body: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(parse(read(root, GUIDE)).chapters[1].content[0].body).toEqual({ en: 'Who pays for an apprenticeship depends on the country.', zh: '谁来支付学徒制的费用，各国不同。' });
  });

  it('works unit by unit: a changed en is skipped and reported, the other units are applied, an unrelated edit blocks nothing', async () => {
    const root = freshWorkspace();
    let xml = await exportQuickly(root, 'x.xlf');
    xml = setTarget(xml, 'funding-table.caption', '由谁支付');
    xml = setTarget(xml, 'intro.title', '导言');
    writeFileSync(join(root, GUIDE), read(root, GUIDE).replace('# A small guide', '# A small, edited guide').replace('{en: Introduction, zh: 引言}', '{en: Introduction and scope, zh: 引言}'));
    const { run, diagnostics } = importXliff(root, xml);
    expect(run.code).toBe(0);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'xliff-source-changed', severity: 'warning', file: 'in.xlf', line: xml.split('\n').findIndex((l) => l.includes('<unit id="intro.title"')) + 1 })]);
    expect(JSON.parse(run.stdout)).toMatchObject({ skipped: 1, targets: 1 });
    const data = parse(read(root, GUIDE));
    expect(data.chapters[1].content[1].caption.zh).toBe('由谁支付');
    expect(data.chapters[0].title).toEqual({ en: 'Introduction and scope', zh: '引言' });
  });

  it('importing the same edited file again is a no-op, and an edit made in the YAML since the export is kept', async () => {
    const root = freshWorkspace();
    const xml = setTarget(setTarget(await exportQuickly(root, 'x.xlf'), 'funding-table.caption', '由谁支付'), 'intro.title', '导言');
    expect(importXliff(root, xml).run.code).toBe(0);
    const once = snapshot(root);
    const again = importXliff(root, xml);
    expect(again.run.code).toBe(0);
    expect(again.diagnostics).toEqual([]);
    expect(snapshot(root)).toEqual(once);
    writeFileSync(join(root, GUIDE), read(root, GUIDE).replace('zh: 导言', 'zh: 引言与范围'));
    const later = importXliff(root, xml);
    expect(later.run.code).toBe(0);
    expect(later.diagnostics.map((d) => d.rule)).toEqual(['xliff-zh-changed']);
    expect(parse(read(root, GUIDE)).chapters[0].title.zh).toBe('引言与范围');
  });

  it('a unit gone from the YAML is skipped with a warning', async () => {
    const root = freshWorkspace();
    const xml = setTarget(await exportQuickly(root, 'x.xlf'), 'funding-table.caption', '由谁支付').replace('<unit id="intro.title"', '<unit id="intro.titel"');
    const { run, diagnostics } = importXliff(root, xml);
    expect(run.code).toBe(0);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'xliff-unknown-unit', severity: 'warning', line: xml.split('\n').findIndex((l) => l.includes('intro.titel')) + 1 })]);
    expect(parse(read(root, GUIDE)).chapters[1].content[1].caption.zh).toBe('由谁支付');
  });

  it('a file that lost our attributes and `original` is matched by its file and unit ids (an override file too)', async () => {
    const root = freshWorkspace();
    let xml = setTarget(await exportQuickly(root, 'x.xlf', '--city', 'lakeside'), 'funding.title', '<ph id="1"/>的学徒经费');
    xml = xml.replace(/ (xmlns:ag|ag:[a-z]+|original)="[^"]*"/g, '');
    expect(xml).toContain('<file id="city.lakeside.qa" canResegment="no">');
    const { run } = importXliff(root, xml);
    expect(run.code, run.stdout).toBe(0);
    expect(parse(read(root, CITY)).operations[0].set.title.zh).toBe('{{city.name}}的学徒经费');
  });
});

describe('xliff import refuses bad input, and writes nothing', () => {
  let root: string;
  let good: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    root = richWorkspace();
    good = setTarget(await exportQuickly(root, 'x.xlf'), 'funding-table.caption', '由谁支付');
    before = snapshot(root);
  });
  const refused = (xml: string | Buffer, rule: string, ...args: string[]) => {
    const { run, diagnostics } = importXliff(root, xml, ...args);
    expect(run.code).toBe(1);
    expect(diagnostics.map((d) => d.rule)).toContain(rule);
    expect(snapshot(root)).toEqual(before);
    return diagnostics.find((d) => d.rule === rule)!;
  };
  const body = (target: string) => setTarget(good, 'intro-text.body', target);
  const bold = '<pc id="1">优质学徒制</pc>';
  const link = '<pc id="2">企业导师</pc>';

  it('a target that drops a placeholder, at its line', () => {
    const xml = body(`${bold}需要${link}。\n\n学制为年。\n`);
    const d = refused(xml, 'xliff-code-missing');
    expect(d).toMatchObject({ file: 'in.xlf', line: lineAfter(xml, 'intro-text.body', '<target'), hint: expect.stringContaining('once') });
  });
  it('a target may leave out bold (Chinese often marks otherwise), not a link', () => {
    refused(body(`优质学徒制需要企业导师。<ph id="3"/>`), 'xliff-code-missing');
  });
  it('a target that adds, doubles or renames a code, or types a variable as text', () => {
    refused(body(`${bold}需要${link}。<ph id="3"/><ph id="9" disp="{{vars.nope}}"/>`), 'xliff-code-added');
    refused(body(`${bold}需要${link}。<ph id="3"/><ph id="3"/>`), 'xliff-code-added');
    refused(body(`${bold}需要${link}。<ph id="3" equiv="{{vars.nope}}"/>`), 'xliff-code-changed');
    refused(body(`${bold}需要${link}。<ph id="3"/>{{vars.nope}}`), 'xliff-typed-braces');
  });
  it('a target that breaks a pair, or holds markup XLIFF does not have', () => {
    refused(body(`<sc id="1"/>优质学徒制需要${link}。<ph id="3"/>`), 'xliff-code-unpaired');
    refused(body(`${bold}需要${link}。<ph id="3"/><b>粗</b>`), 'xliff-inline-unknown');
  });
  it('one bad unit among good edits: none of them is written', () => {
    refused(setTarget(good, 'intro.title', '导言<ph id="1"/>'), 'xliff-code-added');
  });
  it('a file saved as GBK (declaring UTF-8), at its first bad byte, with the hint to save it as UTF-8', () => {
    const d = refused(gbk(good), 'not-utf8');
    const lines = good.split('\n');
    const line = lines.findIndex((l) => /[^\x00-\x7f]/.test(l));
    expect(d).toMatchObject({ file: 'in.xlf', line: line + 1, col: lines[line]!.search(/[^\x00-\x7f]/) + 1, hint: expect.stringContaining('GBK') });
  });
  it('control characters and lone surrogates, raw or as references, at line:col', () => {
    const line = good.split('\n').findIndex((l) => l.includes('由谁支付'));
    const col = good.split('\n')[line]!.indexOf('由谁支付') + 1;
    expect(refused(good.replace('由谁支付', '由谁\u0007支付'), 'xliff-bad-character')).toMatchObject({ line: line + 1, col: col + 2 });
    expect(refused(good.replace('由谁支付', '由谁&#xD800;支付'), 'xliff-bad-character')).toMatchObject({ line: line + 1, col: col + 2 });
    refused(good.replace('由谁支付', '由谁\u0085支付'), 'xliff-bad-character');
  });
  it('a truncated file', () => {
    expect(refused(good.slice(0, Math.floor(good.length / 2)), 'xliff-malformed').file).toBe('in.xlf');
  });
  it('malformed XML, at its line', () => {
    expect(refused(good.replace('由谁支付', '由谁</b>支付'), 'xliff-malformed').line).toBe(good.split('\n').findIndex((l) => l.includes('由谁支付')) + 1);
  });
  it('an XLIFF for another guide, or a file not of the guide', () => {
    refused(good.replace('ag:guide="qa"', 'ag:guide="other"'), 'xliff-unknown-guide');
    refused(good, 'xliff-other-guide', '--guide', 'qa2');
    refused(good.replace(`original="${GUIDE}"`, 'original="../../etc/passwd"'), 'xliff-foreign-file');
    refused(good.replace(/ original="[^"]*"/, '').replace('id="international.qa"', 'id="f1"'), 'xliff-unknown-file');
  });
  it('a unit twice', () => {
    const unit = unitRe('intro.title').exec(good)![0];
    refused(good.replace(unit, `${unit}\n    ${unit}`), 'xliff-duplicate-unit');
  });
  it('a read-only YAML file', async () => {
    const ws = freshWorkspace();
    const xml = setTarget(await exportQuickly(ws, 'x.xlf'), 'funding-table.caption', '由谁支付');
    chmodSync(join(ws, GUIDE), 0o444);
    const was = snapshot(ws);
    const { run, diagnostics } = importXliff(ws, xml);
    expect(run.code).toBe(1);
    expect(diagnostics.map((d) => d.rule)).toEqual(['read-only-file']);
    expect(snapshot(ws)).toEqual(was);
  });
  it('a missing XLIFF file', () => {
    const run = runCli(['xliff', 'import', join(root, 'nope.xlf'), '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[xliff-unreadable]');
  });
  it('exporting the override of a locality that has none is a usage error', () => {
    expect(runCli(['xliff', 'export', '--root', root, '--guide', 'qa', '--sector', 'mining', '-o', join(root, 'm.xlf')]).code).toBe(2);
  });
});
