// Reading a reviewed body: the texts of field bookmarks before and after the tracked changes, paragraph marks, comment anchors.
import { describe, expect, it } from 'vitest';
import { readReviewMarks } from '../../src/feedback/review-marks.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ins = (text: string) => `<w:ins w:id="1" w:author="甲" w:date="2026-12-01T00:00:00Z">${t(text)}</w:ins>`;
const del = (text: string) => `<w:del w:id="2" w:author="乙" w:date="2026-12-02T00:00:00Z"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const start = (id: number, name: string) => `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`;
const end = (id: number) => `<w:bookmarkEnd w:id="${id}"/>`;
const fields = new Set(['ag_body', 'ag_title']);
const read = (body: string, comments?: string) => readReviewMarks(doc(body), comments, (n) => fields.has(n), (n) => n.startsWith('ag_'));

describe('readReviewMarks', () => {
  it('a body of two paragraphs: blank line between, both authors, the latest date', () => {
    const m = read(`<w:p>${start(0, 'ag_node')}${start(1, 'ag_body')}${t('第一段')}${del('旧')}</w:p><w:p>${ins('新')}${t('第二段')}${end(1)}${end(0)}</w:p>`);
    expect(m.problems).toEqual([]);
    expect(m.fields.get('ag_body')).toMatchObject({ original: '第一段旧\n\n第二段', proposed: '第一段\n\n新第二段', changed: true, authors: ['乙', '甲'], date: '2026-12-02T00:00:00Z' });
  });

  it('an inserted paragraph mark splits the proposal, a deleted one inside a field joins it', () => {
    const split = read(`<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="甲"/></w:rPr></w:pPr>${start(1, 'ag_body')}${t('前半')}</w:p><w:p>${t('后半')}${end(1)}</w:p>`);
    expect(split.fields.get('ag_body')).toMatchObject({ original: '前半后半', proposed: '前半\n\n后半', changed: true });
    const joined = read(`<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="甲"/></w:rPr></w:pPr>${start(1, 'ag_body')}${t('前半')}</w:p><w:p>${t('后半')}${end(1)}</w:p>`);
    expect(joined.problems).toEqual([]);
    expect(joined.fields.get('ag_body')).toMatchObject({ original: '前半\n\n后半', proposed: '前半后半' });
  });

  it('a change containing the end of one field and text of the next spans two texts', () => {
    const m = read(`<w:p>${start(1, 'ag_title')}${t('标题')}<w:ins w:id="5" w:author="甲">${t('甲')}${end(1)}${start(2, 'ag_body')}${t('乙')}</w:ins>${end(2)}</w:p>`);
    expect(m.problems.map((p) => p.kind)).toContain('spans-fields');
  });

  it('comments: anchored by range (narrowed to the bookmarks around its text), by reference alone, or not at all', () => {
    const comments = `<w:comments ${W}>${[0, 1, 2].map((i) => `<w:comment w:id="${i}" w:author="丙"><w:p>${t(`意见${i}`)}</w:p></w:comment>`).join('')}</w:comments>`;
    const m = read(`<w:p>${start(0, 'ag_node')}${start(1, 'ag_title')}<w:commentRangeStart w:id="0"/>${t('标题')}${end(1)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="1"/></w:r>${end(0)}</w:p>`, comments);
    expect(m.comments).toMatchObject([
      { id: '0', author: '丙', text: '意见0', quote: '标题', around: ['ag_node', 'ag_title'] },
      { id: '1', text: '意见1', quote: '', around: ['ag_node'] },
      { id: '2', text: '意见2' },
    ]);
    expect(m.comments[2].around).toBeUndefined();
  });

  it('XML that does not parse is a problem with its line, not a throw', () => {
    const m = read(`<w:p>${t('a')}</w:x>`);
    expect(m.problems[0]).toMatchObject({ kind: 'malformed', part: 'word/document.xml', line: 1 });
  });
});
