// `adapt-guide review` through the real bin: it adds staleness records and changes no other byte.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fingerprint } from '../../src/translate/fingerprint.js';
import { REPO, runCli } from '../support/cli.js';
import { CITY, changedLines, freshWorkspace, GUIDE, read, snapshot } from './support.js';

/** The text with every record review writes taken out again: what must equal the file before. */
const withoutRecords = (text: string) =>
  text
    .replace(/, reviewed: "?[0-9a-f]{8}"?/g, '')
    .replace(/^ *reviewed: "?[0-9a-f]{8}"?\n/gm, '')
    .replace(/^ *based-on: \{[^}\n]*\}\n/gm, '');

describe('review --all', () => {
  it('adds reviewed: to every translated text and based-on: to every change, and nothing else', () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    const run = runCli(['review', '--all', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/recorded \d+ review\(s\) in 2 file\(s\)/);
    for (const file of [GUIDE, CITY]) expect(withoutRecords(read(root, file))).toBe(withoutRecords(before.get(file)!));
    expect(changedLines(before.get(GUIDE)!, read(root, GUIDE)).removed).toHaveLength(11); // the lines that got a record, nothing else
    const guide = parse(read(root, GUIDE));
    expect(guide.chapters[0].title.reviewed).toBe(fingerprint('Introduction'));
    expect(guide.chapters[0].content[0].body.reviewed).toBe(fingerprint(guide.chapters[0].content[0].body.en));
    expect(guide.chapters[1].content[0].body.reviewed).toBeUndefined(); // no zh: nothing to review
    const city = parse(read(root, CITY));
    expect(city.operations[1]['based-on']).toEqual({ body: fingerprint('Start small: one trade.') });
    expect(city.operations[0]['based-on']).toEqual({ title: fingerprint('Funding') });
    expect(city.operations[1].set.body.reviewed).toBeUndefined(); // zh only: its record is based-on
    // The second based-on sits right under its change line.
    expect(changedLines(before.get(CITY)!, read(root, CITY)).added).toContain('    based-on: {body: ' + fingerprint('Start small: one trade.') + '}');

    const again = runCli(['review', '--all', '--root', root]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to record');
  });
});

describe('review of one node or one file', () => {
  it('records only the texts of that node and the nodes in it', () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    expect(runCli(['review', 'funding-table', '--root', root]).code).toBe(0);
    const { added } = changedLines(before.get(GUIDE)!, read(root, GUIDE));
    expect(added).toHaveLength(4); // caption, two column labels, the row's line
    expect(added.every((l) => /funding|label|caption|cells/.test(l) || l.includes('reviewed'))).toBe(true);
    expect(read(root, CITY)).toBe(before.get(CITY));
  });

  it("with --city records the city's override of the node", () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    expect(runCli(['review', 'intro-tip', '--city', 'lakeside', '--root', root]).code).toBe(0);
    expect(changedLines(before.get(CITY)!, read(root, CITY))).toEqual({ added: [`    based-on: {body: ${fingerprint('Start small: one trade.')}}`], removed: [] });
    expect(read(root, GUIDE)).toBe(before.get(GUIDE));
  });

  it("with --city and a section, records the city's overrides of nodes inside it", () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    expect(runCli(['review', 'intro', '--city', 'lakeside', '--root', root]).code).toBe(0);
    expect(changedLines(before.get(CITY)!, read(root, CITY)).added).toEqual([`    based-on: {body: ${fingerprint('Start small: one trade.')}}`, '        body: {en: A Lakeside note., zh: 湖滨的说明。, reviewed: ' + fingerprint('A Lakeside note.') + '}']);
  });

  it('--file records every text of that file only', () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    expect(runCli(['review', '--file', CITY, '--root', root], { cwd: root }).code).toBe(0);
    expect(read(root, GUIDE)).toBe(before.get(GUIDE));
    expect(withoutRecords(read(root, CITY))).toBe(before.get(CITY));
    expect(read(root, CITY)).not.toBe(before.get(CITY));
  });
});

describe('review refuses', () => {
  it('an unknown node (with the nearest id), no target, or an unknown file: usage errors, nothing written', () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    const unknown = runCli(['review', 'funding-tabel', '--root', root]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('funding-table');
    expect(runCli(['review', '--root', root]).code).toBe(2);
    expect(runCli(['review', '--file', 'guides/nope.yaml', '--root', root]).code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('a read-only file: an error, and no file written', () => {
    const root = freshWorkspace();
    const before = snapshot(root);
    chmodSync(join(root, CITY), 0o444);
    const run = runCli(['review', '--all', '--root', root, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'read-only-file', file: CITY }));
    expect(snapshot(root)).toEqual(before);
  });

  it('the workspace shipped with the package', () => {
    const before = snapshot(REPO);
    const run = runCli(['review', '--all', '--root', REPO]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('shipped');
    expect(snapshot(REPO)).toEqual(before);
  });
});
