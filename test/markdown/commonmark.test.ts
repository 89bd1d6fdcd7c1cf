// The golden Markdown read back by markdown-it (CommonMark + GFM tables): the structure is what the guide says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { LOCALISE_FIXTURES } from '../support/localise-fixture.js';

const md = new MarkdownIt('commonmark').enable('table');
const golden = (file: string) => readFileSync(join(LOCALISE_FIXTURES, 'layers/expected', file), 'utf8');
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

describe.each(['huzhou+oil/fixture-guide.md', 'huzhou+oil/fixture-guide.en.md', 'huzhou+oil/fixture-guide.bilingual.md', 'international/fixture-guide.md'])('%s', (file) => {
  const tokens = md.parse(body(golden(file)), {});
  const count = (type: string) => tokens.filter((t) => t.type === type).length;

  it('parses to the blocks of the guide: a table, a checklist table, the ordered lists (ordered list, sources), the alerts, images', () => {
    expect(count('table_open')).toBe(2);
    // Table rows, header included: the table's (3 or 4) and the checklist's (its items and header).
    expect(count('tr_open')).toBe(file.startsWith('international') ? 3 + 3 : 4 + 4);
    expect(count('bullet_list_open')).toBe(0);
    expect(count('ordered_list_open')).toBe(2);
    expect(count('blockquote_open')).toBe(file.startsWith('international') ? 2 : 1);
    expect(tokens.some((t) => t.type === 'inline' && t.children!.some((c) => c.type === 'image'))).toBe(true);
  });

  it('has no raw HTML but the kind comments, and every alert opens with its marker alone on its line', () => {
    const html = tokens.filter((t) => t.type === 'html_block').map((t) => t.content.trim());
    expect(html.every((h) => /^<!-- kind: (title-page|checklist|case-study) -->$/.test(h))).toBe(true);
    expect(tokens.flatMap((t) => t.children ?? []).filter((c) => c.type === 'html_inline')).toEqual([]);
    const alerts = body(golden(file)).match(/^> \[!(TIP|NOTE)\]$/gm) ?? [];
    expect(alerts.length).toBe(count('blockquote_open'));
  });

  it('chapters are level-1 headings, sub-sections level 2', () => {
    const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag);
    expect(levels[0]).toBe('h1');
    expect(levels).toContain('h2');
  });
});
