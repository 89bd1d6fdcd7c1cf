// feedback import / list / apply / close through the real bin, on a copy of the shipped workspace, with a DOCX laid out
// as the renderer lays it out and marked up as Word writes a review: entries on the right node ids, twice is once, an
// applied proposal keeps its variables and builds; every bad DOCX is a located error with nothing written.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { localiseGuide } from '../../src/localise/localise.js';
import { walk } from '../../src/localise/tree-state.js';
import type { GuideNode } from '../../src/model/types.js';
import { textResolver } from '../../src/render/text/resolve-text.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { parseJson, REPO, runCli } from '../support/cli.js';
import { makeReviewDocx, type ReviewDocx } from '../support/review-docx.js';

function shippedCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-feedback-'));
  cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  return root;
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  visit(dir);
  return out;
}

/** A field of Huzhou's core-skills as the build shows it in zh, Markdown emphasis taken out (as a DOCX shows it). */
function shown(root: string, node: string, field: string): string {
  const workspace = loadWorkspace(root).workspace;
  const adapted = localiseGuide(workspace, 'core-skills', { city: 'huzhou', sectors: [] }).adapted!;
  let found: GuideNode | undefined;
  walk(adapted.guide.root, (n) => {
    if (n.id === node) found = n;
  });
  return textResolver(adapted, { strict: false }, new DiagnosticBag())(found!, field, 'zh').replace(/\*\*/g, '').trim();
}

async function writeDocx(root: string, name: string, d: Omit<ReviewDocx, 'guide'> & { guide?: string }): Promise<string> {
  const path = join(root, name);
  writeFileSync(path, await makeReviewDocx({ guide: 'core-skills', city: 'huzhou', ...d }));
  return path;
}

const BOOKMARKS: ReviewDocx['bookmarks'] = {
  policy: ['implementation-local'],
  policyTitle: ['implementation-local', 'title'],
  text: ['implementation-local-text'],
  textBody: ['implementation-local-text', 'body'],
};

/** The policy box: its title (commented on) and its text, where `edit` marks the body's runs. */
function policyBox(title: string, body: ReviewDocxBody): ReviewDocx['paragraphs'] {
  return [
    [{ start: 'policy' }, { start: 'policyTitle' }, { commentStart: 0 }, { text: title }, { commentEnd: 0 }, { end: 'policyTitle' }],
    [{ start: 'text' }, { start: 'textBody' }, ...body, { end: 'textBody' }, { end: 'text' }, { end: 'policy' }],
  ];
}
type ReviewDocxBody = ReviewDocx['paragraphs'][number];

describe('feedback import, list, apply, close', () => {
  it('a reviewed DOCX comes back as entries on the right nodes; apply keeps the variables and the guide builds; twice is once', { timeout: 300_000 }, async () => {
    const root = shippedCopy();
    const body = shown(root, 'implementation-local-text', 'body');
    const [before, after] = body.split('有关部门');
    expect(after).toBeDefined();
    const docx = await writeDocx(root, 'reviewed.docx', {
      bookmarks: BOOKMARKS,
      paragraphs: policyBox('湖州市政策要点', [{ text: `${before}` }, { del: '有关', author: '王芳' }, { ins: '财政等', author: '王芳' }, { text: `部门${after}` }]),
      comments: [{ id: 0, author: '李明', text: '请补充县区政策的联系方式' }],
    });
    const first = runCli(['feedback', 'import', docx, '--city', 'huzhou', '--root', root, '--json']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const added = parseJson(first).added as { id: string; kind: string; node: string; field: string; author: string; original?: string; proposed?: string }[];
    expect(added.map((e) => [e.kind, e.node, e.field, e.author])).toEqual([
      ['proposal', 'implementation-local-text', 'body', '王芳'],
      ['comment', 'implementation-local', 'title', '李明'],
    ]);
    const file = join(root, 'guides/cities/huzhou/feedback/core-skills.yaml');
    const stored = parse(readFileSync(file, 'utf8')) as { guide: string; entries: { id: string; state: string; quote?: string }[] };
    expect(stored.guide).toBe('core-skills');
    expect(stored.entries.map((e) => e.state)).toEqual(['open', 'open']);
    expect(stored.entries[1].quote).toBe('湖州市政策要点');

    const once = hashes(join(root, 'guides'));
    const again = runCli(['feedback', 'import', docx, '--city', 'huzhou', '--root', root, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(parseJson(again).added).toEqual([]);
    expect(hashes(join(root, 'guides'))).toEqual(once);

    const listed = parseJson(runCli(['feedback', 'list', '--city', 'huzhou', '--root', root, '--json'])).entries as { id: string }[];
    expect(listed.map((e) => e.id)).toEqual(added.map((e) => e.id));
    const status = parseJson(runCli(['status', '--city', 'huzhou', '--guide', 'core-skills', '--root', root, '--json'])) as unknown as { reports: { feedback: { what: string }[] }[] };
    expect(status.reports[0].feedback.map((f) => f.what)).toEqual(['implementation-local-text.body', 'implementation-local.title']);
    const explained = runCli(['explain', '--city', 'huzhou', '--guide', 'core-skills', 'implementation-local-text', '--root', root]);
    expect(explained.stdout).toContain(added[0].id);

    const applied = runCli(['feedback', 'apply', added[0].id, '--root', root]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const override = readFileSync(join(root, 'guides/cities/huzhou/core-skills.yaml'), 'utf8');
    expect(override).toContain('由{{locality.bureau}}会同财政等部门制定。现行每名学徒每年补贴标准为：{{vars.subsidy_per_year}}。');
    expect(override).toMatch(/^ {2}# 3\. The local policy box\.$/m);
    expect(parse(readFileSync(file, 'utf8')).entries[0].state).toBe('applied');
    const valid = runCli(['validate', '--root', root, '--json']);
    expect(parseJson(valid).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const built = runCli(['--city', 'huzhou', '--guide', 'core-skills', '--format', 'md', '--root', root, '--out', join(root, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist/huzhou/core-skills.md'), 'utf8')).toContain('湖州市人力资源和社会保障局会同财政等部门制定');
    expect(runCli(['feedback', 'apply', added[0].id, '--root', root]).code).toBe(1);

    const closed = runCli(['feedback', 'close', added[1].id, '--note', '已补充', '--root', root]);
    expect(closed.code, closed.stderr).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).entries[1]).toMatchObject({ state: 'closed', note: '已补充' });
    expect(parseJson(runCli(['feedback', 'list', '--root', root, '--json'])).entries).toEqual([]);
    // Importing the DOCX once more still adds nothing: applied and closed entries are remembered.
    const third = runCli(['feedback', 'import', docx, '--city', 'huzhou', '--root', root, '--json']);
    expect(parseJson(third).added).toEqual([]);
  });

  it('a proposal that edits the value of a variable applies nothing and names the variable', { timeout: 300_000 }, async () => {
    const root = shippedCopy();
    const body = shown(root, 'implementation-local-text', 'body');
    const [before, after] = body.split('湖州市人力资源和社会保障局');
    const docx = await writeDocx(root, 'var.docx', { bookmarks: BOOKMARKS, paragraphs: policyBox('湖州市政策要点', [{ text: before }, { text: '湖州市' }, { del: '人力资源和社会保障局' }, { ins: '人社局' }, { text: after }]) });
    expect(runCli(['feedback', 'import', docx, '--city', 'huzhou', '--root', root]).code).toBe(0);
    const id = (parseJson(runCli(['feedback', 'list', '--root', root, '--json'])).entries as { id: string }[])[0].id;
    const state = hashes(join(root, 'guides'));
    const r = runCli(['feedback', 'apply', id, '--root', root, '--json']);
    expect(r.code).toBe(1);
    expect(parseJson(r).diagnostics).toMatchObject([{ rule: 'feedback-apply-variable-edited', file: 'guides/cities/huzhou/feedback/core-skills.yaml', line: 5 }]);
    expect(JSON.stringify(parseJson(r).diagnostics)).toContain('locality.bureau');
    expect(hashes(join(root, 'guides'))).toEqual(state);
  });

  it('bad DOCX files: located errors, nothing written', { timeout: 300_000 }, async () => {
    const root = shippedCopy();
    const state = hashes(join(root, 'guides'));
    const good = await makeReviewDocx({ guide: 'core-skills', city: 'huzhou', bookmarks: BOOKMARKS, paragraphs: policyBox('湖州市政策要点', [{ text: '各省' }]) });
    const cases: [string, Buffer | Promise<Buffer>, string, string[]?][] = [
      ['encrypted.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'feedback-docx-encrypted'],
      ['truncated.docx', good.subarray(0, Math.floor(good.length / 2)), 'feedback-docx-damaged'],
      ['notes.docx', Buffer.from('这不是 Word 文件'), 'feedback-docx-not-docx'],
      ['foreign.docx', makeReviewDocx({ guide: 'core-skills', city: 'huzhou', noMap: true, bookmarks: {}, paragraphs: [[{ text: 'x' }]] }), 'feedback-docx-no-map'],
      ['tianjin.docx', makeReviewDocx({ guide: 'core-skills', city: 'tianjin', bookmarks: BOOKMARKS, paragraphs: policyBox('x', [{ text: 'y' }]) }), 'feedback-other-locality'],
      [
        'no-anchor.docx',
        makeReviewDocx({ guide: 'core-skills', city: 'huzhou', bookmarks: BOOKMARKS, paragraphs: policyBox('湖州市政策要点', [{ text: '各省' }]).map((p) => p.filter((x) => !('commentStart' in x) && !('commentEnd' in x))), comments: [{ id: 0, author: '李明', text: '?' }] }),
        'feedback-comment-no-anchor',
      ],
      [
        // Word's deletion from the end of the title into the body: a w:del in each paragraph and the paragraph mark between them.
        'spans.docx',
        makeReviewDocx({
          guide: 'core-skills', city: 'huzhou', bookmarks: BOOKMARKS,
          paragraphs: [
            [{ start: 'policy' }, { start: 'policyTitle' }, { text: '湖州市政策' }, { del: '要点' }, { end: 'policyTitle' }, { deletedMark: true }],
            [{ start: 'text' }, { start: 'textBody' }, { del: '各省' }, { text: '、市在国家政策框架内' }, { end: 'textBody' }, { end: 'text' }, { end: 'policy' }],
          ],
        }),
        'feedback-change-spans-nodes',
      ],
      ['cover.docx', makeReviewDocx({ guide: 'core-skills', city: 'huzhou', bookmarks: BOOKMARKS, paragraphs: [[{ text: '湖州市' }, { ins: '（试行）' }], ...policyBox('湖州市政策要点', [{ text: '各省' }])] }), 'feedback-change-outside-node'],
      ['old-edition.docx', makeReviewDocx({ guide: 'core-skills', city: 'huzhou', edition: '2019-01', bookmarks: { gone: ['no-such-node', 'title'] }, paragraphs: [[{ start: 'gone' }, { text: '旧' }, { ins: '新' }, { end: 'gone' }]] }), 'feedback-unknown-node'],
    ];
    for (const [name, bytes, rule] of cases) {
      writeFileSync(join(root, name), await bytes);
      const r = runCli(['feedback', 'import', join(root, name), '--city', 'huzhou', '--root', root, '--json'], { cwd: root });
      expect(r.code, `${name}: ${r.stdout}${r.stderr}`).toBe(1);
      const ds = parseJson(r).diagnostics;
      expect(ds.map((d) => d.rule), name).toContain(rule);
      expect(ds.find((d) => d.rule === rule)!.file, name).toMatch(new RegExp(`^${name.replace('.', '\\.')}`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(hashes(join(root, 'guides'))).toEqual(state);
    expect(existsSync(join(root, 'guides/cities/huzhou/feedback'))).toBe(false);
  });

  it('the feedback file: a wrong entry is a located error; an import appends below what a person wrote, keeping comments', { timeout: 300_000 }, async () => {
    const root = shippedCopy();
    const file = join(root, 'guides/cities/huzhou/feedback/core-skills.yaml');
    mkdirSync(join(root, 'guides/cities/huzhou/feedback'));
    writeFileSync(file, 'guide: core-skills\nentries:\n  - id: fb-00000000\n    kind: comment\n    state: pending\n    variant: huzhou\n');
    const listed = runCli(['feedback', 'list', '--root', root, '--json']);
    expect(listed.code).toBe(1);
    expect(parseJson(listed).diagnostics).toMatchObject([{ rule: 'feedback-file-shape', file: 'guides/cities/huzhou/feedback/core-skills.yaml', line: 5, col: 12 }]);
    const status = runCli(['status', '--city', 'huzhou', '--root', root, '--json']);
    expect(parseJson(status).diagnostics.map((d) => d.rule)).toContain('feedback-file-shape');

    writeFileSync(file, '# 湖州的审阅意见\nguide: core-skills\nentries:\n  # 第一轮\n  - id: fb-00000000\n    kind: comment\n    state: closed\n    variant: huzhou\n    text: 已处理\n');
    const docx = await writeDocx(root, 'more.docx', { bookmarks: BOOKMARKS, paragraphs: policyBox('湖州市政策要点', [{ text: '各省' }]), comments: [{ id: 0, author: '李明', text: '第二轮意见' }] });
    const r = runCli(['feedback', 'import', docx, '--city', 'huzhou', '--root', root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# 湖州的审阅意见\nguide: core-skills\nentries:\n  # 第一轮\n  - id: fb-00000000\n')).toBe(true);
    expect((parse(text) as { entries: { text: string }[] }).entries.map((e) => e.text)).toEqual(['已处理', '第二轮意见']);
  });
});
