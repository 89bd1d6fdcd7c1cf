// XLIFF export and import through the real bin: schema-valid files, byte-exact round trips, and every bad input refused whole.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateXML } from 'xmllint-wasm';
import { FIXTURES, runCli } from '../support/cli.js';
import { CITY, changedLines, freshWorkspace, GUIDE, read, runInProcess, snapshot } from './support.js';

const XSD = join(FIXTURES, 'xliff');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [{ fileName: 'xliff_core_2.0.xsd', contents: readFileSync(join(XSD, 'xliff_core_2.0.xsd'), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(XSD, 'xml.xsd'), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
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

function importXliff(root: string, xml: string, ...args: string[]) {
  const file = join(root, 'in.xlf');
  writeFileSync(file, xml);
  const run = runCli(['xliff', 'import', file, '--root', root, '--json', ...args], { cwd: root });
  return { run, diagnostics: JSON.parse(run.stdout).diagnostics as { rule: string; file?: string; line?: number; severity: string }[] };
}

/** Replaces the target of unit `id` in an exported XLIFF. */
function setTarget(xml: string, id: string, target: string): string {
  const re = new RegExp(`(<unit id="${id.replace(/\./g, '\\.')}"[\\s\\S]*?<target xml:space="preserve">)[\\s\\S]*?(</target>)`);
  expect(re.test(xml), id).toBe(true);
  return xml.replace(re, `$1${target}$2`);
}

describe('xliff export', () => {
  let root: string;
  let intl: string;
  let city: string;
  beforeAll(() => {
    root = freshWorkspace();
    intl = exportXliff(root, 'intl.xlf');
    city = exportXliff(root, 'city.xlf', '--city', 'lakeside');
  });

  it('writes XLIFF 2.0 that the core schema accepts', async () => {
    expect(await schemaErrors(intl)).toEqual([]);
    expect(await schemaErrors(city)).toEqual([]);
  });

  it('the schema check can fail: a broken file is rejected', async () => {
    expect(await schemaErrors(intl.replace('state="translated"', 'state="done"'))).not.toEqual([]);
  });

  it('keys units by node id and field, with state from the staleness record', () => {
    expect(intl).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(intl).toContain(`original="${GUIDE}"`);
    expect(intl).toMatch(/<unit id="funding-row-employer\.cells\.party"/);
    expect(intl).toMatch(/<unit id="qa\.title"[\s\S]*?<segment state="translated" subState="adapt-guide:stale">/);
    expect(intl).toMatch(/<unit id="funding-text\.body"[\s\S]*?<segment state="initial">\s*<source xml:space="preserve">Who pays for an apprenticeship depends on the country.<\/source>\s*<\/segment>/);
  });

  it('keeps Markdown and {{variables}} as plain, escaped text, with notes on guide, section and locality', () => {
    expect(intl).toContain('<source xml:space="preserve">A quality apprenticeship needs an enterprise mentor.\n\nIt lasts {{vars.subsidy}} years.\n</source>');
    expect(intl).toMatch(/<unit id="intro-text\.body"[\s\S]*?<note category="section">Introduction \/ 引言<\/note>/);
    expect(intl).toContain('<note category="locality">International edition / 国际通用版</note>');
    expect(city).toContain('<note category="locality">city lakeside: Lakeside / 湖滨</note>');
  });

  it('exports the zh of a zh-only override against the international en', () => {
    expect(city).toMatch(/<unit id="intro-tip\.body"[\s\S]*?<source xml:space="preserve">Start small: one trade.<\/source>\s*<target xml:space="preserve">从一个工种做起。<\/target>/);
    expect(city).toMatch(/<unit id="lakeside-note\.body"/);
  });
});

describe('xliff import', () => {
  it('changes no YAML byte when nothing was edited', async () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    for (const args of [[], ['--city', 'lakeside']]) {
      const { run } = importXliff(root, await exportQuickly(root, 'x.xlf', ...args));
      expect(run.code).toBe(0);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('an edit of two targets changes exactly those two YAML values', async () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    let xml = await exportQuickly(root, 'x.xlf');
    xml = setTarget(xml, 'intro-text.body', '优质学徒制需要一名企业导师。\n\n学制为{{vars.subsidy}}年 &amp; 更长。\n');
    xml = setTarget(xml, 'funding-table.caption', '由谁支付');
    const { run } = importXliff(root, xml);
    expect(run.code, run.stdout).toBe(0);
    const after = read(root, GUIDE);
    expect(changedLines(before.get(GUIDE)!, after)).toEqual({
      added: ['            优质学徒制需要一名企业导师。', '            学制为{{vars.subsidy}}年 & 更长。', '        caption: {en: Who pays, zh: 由谁支付}'],
      removed: ['            优质学徒制需要企业导师。', '            学制为{{vars.subsidy}}年。', '        caption: {en: Who pays, zh: 谁来支付}'],
    });
    const old = parse(before.get(GUIDE)!);
    const now = parse(after);
    old.chapters[0].content[0].body.zh = '优质学徒制需要一名企业导师。\n\n学制为{{vars.subsidy}}年 & 更长。\n';
    old.chapters[1].content[1].caption.zh = '由谁支付';
    expect(now).toEqual(old);
    expect(read(root, CITY)).toBe(before.get(CITY));
  });

  it('writes a new translation, and a review record for a unit marked reviewed, into the file it came from', async () => {
    const root = freshWorkspace();
    let xml = await exportQuickly(root, 'x.xlf', '--city', 'lakeside');
    xml = xml.replace(/(<unit id="intro-tip\.body"[\s\S]*?<segment state=")translated(")/, '$1reviewed$2');
    let intl = await exportQuickly(root, 'y.xlf');
    intl = intl.replace(/(<unit id="funding-text\.body"[\s\S]*?<\/source>)/, '$1\n        <target xml:space="preserve">谁来支付学徒制的费用，各国不同。</target>');
    expect(importXliff(root, xml).run.code).toBe(0);
    expect(importXliff(root, intl).run.code).toBe(0);
    expect(parse(read(root, CITY)).operations[1]['based-on']).toEqual({ body: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(parse(read(root, GUIDE)).chapters[1].content[0].body).toEqual({ en: 'Who pays for an apprenticeship depends on the country.', zh: '谁来支付学徒制的费用，各国不同。' });
  });
});

describe('xliff import refuses bad input, and writes nothing', () => {
  let root: string;
  let good: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    root = freshWorkspace();
    good = setTarget(await exportQuickly(root, 'x.xlf'), 'funding-table.caption', '由谁支付');
    before = snapshot(root);
  });
  const refused = (xml: string, rule: string, ...args: string[]) => {
    const { run, diagnostics } = importXliff(root, xml, ...args);
    expect(run.code).toBe(1);
    expect(diagnostics.map((d) => d.rule)).toContain(rule);
    expect(snapshot(root)).toEqual(before);
    return diagnostics.find((d) => d.rule === rule)!;
  };
  const lineOfUnit = (xml: string, id: string) => xml.split('\n').findIndex((l) => l.includes(`<unit id="${id}"`)) + 1;

  it('a truncated file', async () => {
    const d = refused(good.slice(0, Math.floor(good.length / 2)), 'xliff-malformed');
    expect(d.file).toBe('in.xlf');
  });
  it('malformed XML', async () => {
    expect(refused(good.replace('由谁支付', '由谁</b>支付'), 'xliff-malformed').line).toBe(lineOfUnit(good, 'funding-table.caption') + 9);
  });
  it('an XLIFF for another guide', async () => {
    refused(good.replace('ag:guide="qa"', 'ag:guide="other"'), 'xliff-unknown-guide');
    refused(good, 'xliff-other-guide', '--guide', 'qa2');
  });
  it('a file that is not one of the guide', async () => {
    refused(good.replace(`original="${GUIDE}"`, 'original="../../etc/passwd"'), 'xliff-foreign-file');
  });
  it('an unknown unit id, at its line', async () => {
    const xml = good.replace('<unit id="intro.title"', '<unit id="intro.titel"');
    expect(refused(xml, 'xliff-unknown-unit').line).toBe(lineOfUnit(xml, 'intro.titel'));
  });
  it('a source that no longer matches the YAML', async () => {
    const xml = good.replace('<source xml:space="preserve">Introduction</source>', '<source xml:space="preserve">Intro</source>');
    expect(refused(xml, 'xliff-source-changed').line).toBe(lineOfUnit(xml, 'intro.title'));
  });
  it('a target with broken {{ braces', async () => {
    refused(setTarget(good, 'intro-text.body', '学制为{{vars.subsidy}年。'), 'xliff-braces');
  });
  it('a YAML file changed on disk since the export', async () => {
    const ws = freshWorkspace();
    const xml = setTarget(await exportQuickly(ws, 'x.xlf'), 'funding-table.caption', '由谁支付');
    writeFileSync(join(ws, GUIDE), read(ws, GUIDE).replace('# A small guide', '# A small, edited guide'));
    const was = snapshot(ws);
    const { run, diagnostics } = importXliff(ws, xml);
    expect(run.code).toBe(1);
    expect(diagnostics.map((d) => d.rule)).toEqual(['xliff-yaml-changed']);
    expect(snapshot(ws)).toEqual(was);
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
  it('one bad unit among good edits: none of them is written', async () => {
    refused(setTarget(good, 'intro.title', '导言{{'), 'xliff-braces');
  });
  it('a missing XLIFF file', async () => {
    const run = runCli(['xliff', 'import', join(root, 'nope.xlf'), '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[xliff-unreadable]');
  });
  it('exporting the override of a locality that has none is a usage error', async () => {
    expect(runCli(['xliff', 'export', '--root', root, '--guide', 'qa', '--sector', 'mining', '-o', join(root, 'm.xlf')]).code).toBe(2);
  });
});
