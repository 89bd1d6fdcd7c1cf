// Symptom 4: live HTML and script links passed the guard. Now every text's links are checked as a
// renderer reads them, and every Markdown output is checked for a live tag before it is written.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardHtml, guardLinks } from '../../src/render/text/guard-html.js';
import { liveContent, unsafeLinks } from '../../src/render/text/unsafe-links.js';
import { GUIDE_FILE, hashTree, hostileWorkspace, rules, runCli } from './support.js';

/** Known filter-evasion spellings of a script or local-file link (OWASP's XSS filter evasion list, in Markdown). */
const EVASIONS = [
  '[a](javascript:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a]( javascript:alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a](<java\tscript:alert(1)>)',
  '[a](&#106;avascript:alert(1))',
  '[a](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
  '[a](javascript&colon;alert(1))',
  '[a](javascript&#58;alert(1))',
  '[a](java&#09;script:alert(1))',
  '[a](java&NewLine;script:alert(1))',
  '[a](&#0000106;avascript:alert(1))',
  '[a](javascript\\:alert(1))',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '[a][r]\n\n[r]: javascript:alert(1)',
  '[r]\n\n[r]: <javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '[a](vbscript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '[a](file:///etc/passwd)',
  '[a](FILE:///c:/windows/win.ini)',
  '[**a**](javascript:alert(1) "title")',
];

describe('unsafe links, one function', () => {
  for (const form of EVASIONS) {
    it(`finds and disarms ${JSON.stringify(form)}`, () => {
      expect(unsafeLinks(form).length).toBeGreaterThan(0);
      const { text, unsafe } = guardLinks(form);
      expect(unsafe.length).toBeGreaterThan(0);
      expect(unsafeLinks(text)).toEqual([]);
      expect(liveContent(guardHtml(text).text)).toEqual({});
    });
  }
  it('leaves forms no renderer reads as a script link alone (not links, or not that scheme)', () => {
    // A tab in a bare destination ends the link; an entity needs its `;`; `\\j` starts no scheme.
    for (const text of ['[a](java\tscript:alert(1))', '[a](&#0000106avascript:alert(1))', '[a](\\javascript:alert(1))']) expect(unsafeLinks(text)).toEqual([]);
  });
  it('leaves http, https, mailto and relative links alone', () => {
    for (const safe of ['[a](https://ilo.org)', '[a](mailto:x@ilo.org)', '<https://ilo.org>', '[a](#funding)', '[a](assets/x.pdf)', 'javascript: 是一种语言']) {
      expect(unsafeLinks(safe)).toEqual([]);
      expect(guardLinks(safe).text).toBe(safe);
    }
  });
  it('keeps code spans as they are when it disarms a text', () => {
    expect(guardLinks('`[a](b)` [c](javascript:x)').text).toBe('`[a](b)` \\[c](javascript:x)');
  });
});

describe('live HTML in a whole Markdown file', () => {
  it('finds a tag, not a lone comment; a tag between comments still counts', () => {
    expect(liveContent('<!-- kind: case-study -->\n\ntext\n')).toEqual({});
    expect(liveContent('a <img src=x onerror=alert(1)> b\n').html).toBeDefined();
    expect(liveContent('<!-- a --><img src=x onerror=alert(1)><!-- b -->\n').html).toBeDefined();
    expect(liveContent('<div>\n`<img src=x onerror=alert(1)>`\n</div>\n').html).toBeDefined();
  });
});

describe('through the real bin', () => {
  it('a javascript: and a file: link in a text: a located warning, and no link in the Markdown', () => {
    const root = hostileWorkspace();
    const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
    writeFileSync(join(root, GUIDE_FILE), guide.replace('zh: 本指南适用于{{locality.name}}。', "zh: '本指南适用于 [a](javascript:alert(1)) [b](file:///etc/passwd) {{locality.name}}。'"));
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const d = (JSON.parse(run.stdout) as { diagnostics: { rule: string; file?: string; line?: number }[] }).diagnostics.find((x) => x.rule === 'unsafe-link');
    expect(d).toMatchObject({ file: GUIDE_FILE, line: 23 });
    const md = readFileSync(join(root, 'dist/international/demo-guide.md'), 'utf8');
    expect(unsafeLinks(md)).toEqual([]);
    expect(md).toContain('适用于 \\[a](javascript:alert(1))');
  });

  it('a template that unwraps a code span into an HTML block: the Markdown fails its check and is not written', () => {
    const root = hostileWorkspace();
    const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
    writeFileSync(join(root, GUIDE_FILE), guide.replace('zh: 本指南适用于{{locality.name}}。', "zh: '本指南`<img src=x onerror=alert(1)>`适用于{{locality.name}}。'"));
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates/text.md.hbs'), '<div>\n{{body}}\n</div>\n');
    const before = hashTree(root, ['dist']);
    const run = runCli(['build', '--format', 'md', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(rules(run)).toContain('output-invalid');
    expect(() => readFileSync(join(root, 'dist/international/demo-guide.md'))).toThrow();
    expect(hashTree(root, ['dist'])).toEqual(before);
  });
});
