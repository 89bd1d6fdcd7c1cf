import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bookmarkName, MAP_NAMESPACE, writeMapXml, type BookmarkMap } from '../../src/docx/bookmark-map.js';
import { readMapXml } from '../../src/docx/read-map.js';

const sample: BookmarkMap = {
  guide: 'core-skills',
  variant: 'huzhou+petroleum',
  city: 'huzhou',
  sectors: ['petroleum'],
  lang: 'bilingual',
  edition: '2024-06',
  tool: 'adapt-guide 0.1.0',
  bookmarks: [
    { name: bookmarkName('core-skills', 'funding'), node: 'funding' },
    { name: bookmarkName('core-skills', 'funding', 'title', 'zh'), node: 'funding', field: 'title', lang: 'zh' },
    { name: bookmarkName('core-skills', 'row-a"<&>', 'cells.party', 'en'), node: 'row-a"<&>', field: 'cells.party', lang: 'en' },
  ],
};

describe('bookmark names', () => {
  it('are ag_ and 16 hex digits of the SHA-256 of guide, node, field and language', () => {
    const name = bookmarkName('core-skills', 'a-very-long-node-id-that-would-not-fit-forty-characters', 'body', 'zh');
    expect(name).toMatch(/^ag_[0-9a-f]{16}$/);
    const expected = createHash('sha256').update('core-skills\na-very-long-node-id-that-would-not-fit-forty-characters\nbody\nzh').digest('hex').slice(0, 16);
    expect(name).toBe(`ag_${expected}`);
    expect(bookmarkName('g', 'n')).toBe(`ag_${createHash('sha256').update('g\nn\n\n').digest('hex').slice(0, 16)}`);
  });

  it('differ by field, language and guide', () => {
    const names = new Set([bookmarkName('g', 'n'), bookmarkName('g', 'n', 'title', 'zh'), bookmarkName('g', 'n', 'title', 'en'), bookmarkName('h', 'n', 'title', 'zh'), bookmarkName('g', 'n', 'body', 'zh')]);
    expect(names.size).toBe(5);
  });
});

describe('the map part', () => {
  it('reads back what it writes, escaped attributes included', () => {
    const xml = writeMapXml(sample);
    expect(xml).toContain(`xmlns="${MAP_NAMESPACE}"`);
    expect(readMapXml(xml)).toEqual({ map: sample });
  });

  it('keeps a map without city or sectors (international)', () => {
    const { city: _city, ...rest } = sample;
    const international = { ...rest, variant: 'international', sectors: [], lang: 'zh' as const };
    expect(readMapXml(writeMapXml(international))).toEqual({ map: international });
  });

  it('reads a map another tool re-saved with a prefix and other attributes order', () => {
    const xml = `<m:map xmlns:m="${MAP_NAMESPACE}" lang="en" guide="g" version="1" variant="huzhou" city="huzhou"><m:bookmark node="n" name="ag_0123456789abcdef"/></m:map>`;
    const read = readMapXml(xml);
    expect('map' in read && read.map.bookmarks).toEqual([{ name: 'ag_0123456789abcdef', node: 'n' }]);
  });

  it('tells another custom XML part, another version, a broken part and a missing attribute apart', () => {
    expect(readMapXml('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>')).toMatchObject({ problem: 'not-a-map' });
    expect(readMapXml(`<map xmlns="${MAP_NAMESPACE}" version="2" guide="g" variant="v" lang="zh"/>`)).toMatchObject({ problem: 'unknown-version' });
    expect(readMapXml(`<map xmlns="${MAP_NAMESPACE}" version="1" guide="g"`)).toMatchObject({ problem: 'malformed' });
    expect(readMapXml(`<map xmlns="${MAP_NAMESPACE}" version="1" guide="g" variant="v" lang="zh"><bookmark name="ag_1"/></map>`)).toMatchObject({ problem: 'incomplete' });
    expect(readMapXml(`<map xmlns="${MAP_NAMESPACE}" version="1" guide="g" variant="v" lang="fr"/>`)).toMatchObject({ problem: 'incomplete' });
  });
});
