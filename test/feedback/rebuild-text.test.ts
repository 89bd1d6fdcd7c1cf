// A reviewer's edit of the shown text lands in the field's source: variables kept where their value still stands.
import { describe, expect, it } from 'vitest';
import { rebuildText, type FieldSource } from '../../src/feedback/rebuild-text.js';

const values: Record<string, string> = { 'vars.subsidy_per_year': '4000元', 'locality.bureau': '湖州市人力资源和社会保障局' };
const text = (source: string): FieldSource => ({ kind: 'text', source, valueOf: (n) => values[n] });

describe('rebuildText', () => {
  const source = '由{{locality.bureau}}会同有关部门制定。现行补贴标准为：{{vars.subsidy_per_year}}。\n\n请向**所在地**人社部门了解。\n';
  const shown = '由湖州市人力资源和社会保障局会同有关部门制定。现行补贴标准为：4000元。\n\n请向所在地人社部门了解。';

  it('keeps each variable whose value stands and the Markdown around the edit', () => {
    const proposed = shown.replace('会同有关部门', '会同财政等部门').replace('了解。', '咨询。');
    expect(rebuildText(text(source), shown, proposed)).toEqual({ ok: true, text: source.replace('会同有关部门', '会同财政等部门').replace('了解。', '咨询。') });
  });

  it('inserts beside a variable without touching it', () => {
    const proposed = shown.replace('4000元。', '4000元（2026年起）。');
    expect(rebuildText(text(source), shown, proposed)).toEqual({ ok: true, text: source.replace('}}。', '}}（2026年起）。') });
  });

  it('refuses and names the variable when its shown value was edited', () => {
    const proposed = shown.replace('4000元', '5000元');
    expect(rebuildText(text(source), shown, proposed)).toEqual({ ok: false, why: 'variable-edited', name: 'vars.subsidy_per_year' });
  });

  it('refuses when the field no longer says what the DOCX showed', () => {
    const old = shown.replace('有关部门', '其他部门');
    expect(rebuildText(text(source), old, old + '补充')).toMatchObject({ ok: false, why: 'text-changed' });
  });

  it('a slot field: the proposal replaces the placeholder, which must be gone', () => {
    const slot: FieldSource = { kind: 'slot', placeholder: '【待补充：本地案例】' };
    expect(rebuildText(slot, '【待补充：本地案例】', '长兴某电池企业的案例。')).toEqual({ ok: true, text: '长兴某电池企业的案例。' });
    expect(rebuildText(slot, '【待补充：本地案例】', '【待补充：本地案例】见附件')).toEqual({ ok: false, why: 'slot-kept' });
  });

  it('a text with Handlebars blocks is not rebuilt', () => {
    expect(rebuildText(text('{{#if vars.x}}a{{/if}}'), 'a', 'b')).toEqual({ ok: false, why: 'template' });
  });
});
