// The fast YAML reader (js-yaml events) must give exactly what `yaml` gives — the same data and the same
// place for every value and key — or step aside (undefined) so that `yaml` reads the file. It must never
// accept a text `yaml` rejects.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/load/fast-yaml.js';
import { parseWithYaml, parseYaml, MAX_DEPTH } from '../../src/load/parse-yaml.js';
import { locate, locateKey } from '../../src/load/locate.js';

const repo = join(import.meta.dirname, '../..');
const yamlFiles = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: repo, encoding: 'utf8' }).trim().split('\n');

/** The fast reader's result beside the reference's, for one text. */
function both(text: string) {
  return { fast: readPlainYaml(text, MAX_DEPTH / 2), ref: parseWithYaml(text, 'x.yaml') };
}

function expectSame(text: string, label = text): 'fast' | 'fallback' {
  const { fast, ref } = both(text);
  if (!ref.parsed) {
    expect(fast, `${label}: yaml rejects it, so the fast reader must step aside`).toBeUndefined();
    return 'fallback';
  }
  if (!fast) return 'fallback';
  expect(fast.data, label).toStrictEqual(ref.parsed.data);
  expect(fast.root, label).toStrictEqual(ref.parsed.root);
  // Line starts (for line:col) as yaml's LineCounter records them.
  expect(parseYaml(text, 'x.yaml').parsed!.lines, label).toStrictEqual(ref.parsed.lines);
  return 'fast';
}

describe('fast YAML reader', () => {
  it('reads every YAML file of the repository exactly as yaml does, with LF and with CRLF line ends', () => {
    expect(yamlFiles.length).toBeGreaterThan(40);
    for (const file of yamlFiles) {
      const text = readFileSync(join(repo, file), 'utf8');
      const lf = expectSame(text, file);
      const crlf = expectSame(text.replace(/\n/g, '\r\n'), `${file} (CRLF)`);
      // Every workspace file takes the fast path: a change that sends them all to `yaml` is a 0.3 s regression.
      if (file.startsWith('guides/')) expect([file, lf, crlf]).toEqual([file, 'fast', 'fast']);
    }
  });

  it('agrees with yaml on scalars of every style, block headers with comments and flow collections', () => {
    const cases = [
      'a: 1\nb: -2\nc: +3\nd: 007\ne: 1.5\nf: 1e3\ng: -.5\nh: 1.\ni: true\nj: False\nk: ~\nl: null\nm: NULL\nn: 2026-11\no: .hidden\np: 1.2.3\nq: "-"\n',
      'a: "q\\"t \\u4e2d"\nb: \'it\'\'s\'\nc: "two\n  lines"\nd: plain\n  folded\n  over lines\n',
      'c: |  # a | comment\n\n  block\n  text\nd: |-\n  x\ne: >-  # c\n   indented\n\nf: >\n  folded\n  text\n\n  para\ng: x\n',
      "owner: {en: Employers' organizations, zh: 企业联合会, note: 'it''s [x]'}\nlist: [a'b, \"c]\", 'd']\n",
      'list:\n- a\n- - b\n  - c\n-   d: 1\n    e: [x, "y", {z: 1}]\nflow: {todo: "本地补贴标准", n: 2}\n',
      '"quoted key": 1\n\'single\': 2\n? explicit\n: value\nkey with spaces: v\n',
      'zh: 本指南由{{locality.adapter}}改编：“原则上不低于”。\nen: "Colon: inside"\n',
      'a:\n  b:\n    c:\n      - d: |\n          deep\n',
      '# only a comment at the top\na: 1 # trailing comment\n# between\nb: [1, 2] # more\n',
      'x: |\n  ends without newline',
      'x: >-\n  last',
      'a: x\u2028y\nb: "x\u0085y"\nc: |\n  x\u2028y\n', // Unicode line and paragraph separators are not line breaks in YAML 1.2
      'k: "\\x41\\u00e9\\ud83d\\ude00 more"\nn: -0\nbig: 100000000000000000000\nu: 1_000\ne: .5e+3\n',
      'a: { b: c, d: e }\nk: x:y\n"a\\nb": 1\n',
    ];
    const paths = cases.map((c) => expectSame(c));
    // These are the shapes workspaces are written in: they must not fall back to the slow path.
    expect(paths).toEqual(cases.map(() => 'fast'));
  });

  it('steps aside for what it does not handle, and yaml still reads it', () => {
    const cases = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !custom 1\n', // tags
      'a:\nb: 1\n', // empty value
      'a: [1, ]\nb: {c: }\n',
      '1: one\n', // non-string keys
      'null: x\n',
      'a: 0x1F\nb: 0o17\nc: .inf\nd: .nan\n', // rarer numbers
      '---\na: 1\n', // document markers
      '%YAML 1.2\n---\na: 1\n',
      '\ufeffa: 1\n', // byte-order mark
      'a: 1\r b: 2\n', // lone CR
      '',
      '__proto__: 1\n',
      '? [a, b]\n: c\n', // a collection as key
    ];
    for (const text of cases) {
      expect(expectSame(text), JSON.stringify(text)).toBe('fallback');
      expect(readPlainYaml(text, MAX_DEPTH / 2), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('never accepts what yaml rejects: syntax errors, duplicate keys, tabs and too deep nesting reach yaml', () => {
    const cases = [
      'a: 1\na: 2\n',
      'a: 1\n"a": 2\n',
      'a:\n\t- b\n',
      'a: [1, 2\n',
      'a: "open\n',
      'a: b: c\n',
      'a:\n  - b\n c: d\n',
      '- a\nb: c\n',
      `${'['.repeat(140)}${']'.repeat(140)}\n`,
    ];
    for (const text of cases) {
      const { fast, ref } = both(text);
      expect(ref.diagnostics.length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(fast, JSON.stringify(text)).toBeUndefined();
      // Through the loader's entry point the reference's located diagnostics come out.
      expect(parseYaml(text, 'x.yaml').diagnostics).toStrictEqual(ref.diagnostics);
    }
  });

  it('steps aside or agrees where a review found the parsers differ', () => {
    const cases = [
      'title: {en: Core skills,\n  zh: 核心技能\n# en: old\n  }\n', // a comment inside a flow map over lines: yaml rejects it
      'a: [b,\n  c]\n',
      '...\na: 1\n', // a document end marker first
      '... c\n',
      'a: "\\U00110000"\n', // an escape out of Unicode's range
      'a: "\\UFFFFFFFF"\n',
      `${'k'.repeat(1025)}: 1\n`, // implicit keys longer than yaml allows
      `a${' '.repeat(1100)}: 1\n`,
      `[${'k'.repeat(1025)}: 1]\n`,
      '|3\n  x\n', // a block scalar at the top
      '|2\n   x\n',
      'a: "x\\\n\n  y"\n', // an escaped line break before a blank line
      'a: "x\\\n\n\n  y"\n',
      'a: |2\n   a\n   \nb: 1\n', // indentation indicators and keep chomping with whitespace-only lines
      'a: |1+\n    \n\n',
      'a: |+\n\n  ',
      'e: >+2\n   indented\n\n',
      'a: {b: "x",\n  c: y}\n',
      // A comment line between a dash or key and its value below: yaml folds the next item into the value.
      'steps:\n  -\n#TODO reword\n    Read the guide\n  - Fill in the form\n',
      'steps:\n  -\n\n# note\n    Read the guide\n  - Fill in the form\n',
      'title:\n#old: Core skills\n  Core skills for work\nsummary: x\n',
      // Flow collections over several lines behind quotes that hold brackets.
      "k: {p: 'x''}'\n# c\n  }\n",
      "k: {a: x?'q, b: [y', z], c: d\n# c\n  }\n",
      "k: {en: 'Employers'' {x}',\n  zh: y}\n",
    ];
    for (const text of cases) expect(expectSame(text), JSON.stringify(text)).toBe('fallback');
    // A `|` inside a quoted key is not the value's block header.
    expect(expectSame('"x |  # y": |\n  z\n')).toBe('fast');
    expect(expectSame('- "a |": |  # c |\n    z\n  b: >-  # d\n    w\n')).toBe('fast');
  });

  it('places keys equal only as strings (`1:` and `"1":`) where the data takes its value: the last', () => {
    const parsed = parseWithYaml('1: a\n"1": b\n', 'k.yaml').parsed!;
    expect(parsed.data).toStrictEqual({ 1: 'b' });
    expect(locate(parsed, ['1'])).toStrictEqual({ file: 'k.yaml', line: 2, col: 6 });
  });

  it('locates values and keys at the same line and column through either reader', () => {
    const text = 'title:\n  en: Core skills\n  zh: "核心技能"\ncontent:\n  - id: intro\n    body: |\n      text\n';
    const fast = parseYaml(text, 'g.yaml').parsed!;
    const ref = parseWithYaml(text, 'g.yaml').parsed!;
    for (const path of [['title', 'zh'], ['content', 0, 'body'], ['content', 0, 'missing'], ['content', 3], []]) {
      expect(locate(fast, path)).toStrictEqual(locate(ref, path));
    }
    expect(locate(fast, ['title', 'zh'])).toStrictEqual({ file: 'g.yaml', line: 3, col: 7 });
    expect(locate(fast, ['content', 0, 'body'])).toStrictEqual({ file: 'g.yaml', line: 6, col: 11 });
    expect(locateKey(fast, ['content', 0], 'body')).toStrictEqual({ file: 'g.yaml', line: 6, col: 5 });
    expect(locateKey(fast, ['content', 0], 'body')).toStrictEqual(locateKey(ref, ['content', 0], 'body'));
  });

  it('agrees with yaml on 1500 damaged fragments of the shipped guides (seeded, so every run checks the same texts)', () => {
    const sources = yamlFiles.filter((f) => f.startsWith('guides/')).map((f) => readFileSync(join(repo, f), 'utf8').split('\n'));
    let seed = 20261127;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const specials = [':', '-', '"', "'", '|', '>', '#', '{', '}', '[', ']', ',', ' ', '?', '&', '*', '!', '%', '@', '`', '\\', '~'];
    const seen = { fast: 0, fallback: 0 };
    for (let n = 0; n < 1500; n++) {
      const lines = sources[rnd(sources.length)];
      const from = rnd(lines.length);
      const frag = lines.slice(from, Math.min(lines.length, from + 1 + rnd(40)));
      for (let r = 1 + rnd(4); r > 0; r--) {
        const k = rnd(frag.length);
        const p = rnd(frag[k].length + 1);
        const how = rnd(5);
        if (how === 0) frag[k] = frag[k].replace(/^ {2}/, '');
        else if (how === 1) frag[k] = `  ${frag[k]}`;
        else if (how === 2) frag[k] = frag[k].slice(0, p) + frag[k].slice(p + 1);
        else if (how === 3) frag[k] = frag[k].slice(0, p) + specials[rnd(specials.length)] + frag[k].slice(p);
      }
      seen[expectSame(frag.join('\n') + (rnd(2) ? '\n' : ''))]++;
    }
    // Both kinds occur, so the comparison was exercised.
    expect(seen.fast).toBeGreaterThan(200);
    expect(seen.fallback).toBeGreaterThan(200);
  });
});
