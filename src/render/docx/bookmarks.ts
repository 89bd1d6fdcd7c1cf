// Puts the bookmarks of docs/docx-map.md around what a node and each of its text fields printed, and
// records the map entry of each. Their ids are given when the body is written, in document order.
import { bookmarkName, type MappedBookmark } from '../../docx/bookmark-map.js';
import type { Lang } from '../../model/types.js';
import { firstPara, lastPara, type Block, type Inline } from './blocks.js';

export class Bookmarks {
  readonly entries = new Map<string, MappedBookmark>();
  constructor(private readonly guide: string) {}

  private marks(entry: MappedBookmark): [Inline, Inline] {
    this.entries.set(entry.name, entry);
    return [{ bookmark: 'start', name: entry.name }, { bookmark: 'end', name: entry.name }];
  }

  /** A field printed in one paragraph: its runs, inside the field's bookmark. */
  fieldRuns(node: string, field: string, lang: Lang, runs: Inline[]): Inline[] {
    const name = bookmarkName(this.guide, node, field, lang);
    if (runs.length === 0 || this.entries.has(name)) return runs;
    const [start, end] = this.marks({ name, node, field, lang });
    return [start, ...runs, end];
  }

  /** A field printed over several paragraphs: from its first paragraph's first run to its last's last. */
  fieldBlocks(node: string, field: string, lang: Lang, blocks: Block[]): Block[] {
    return this.around(blocks, { name: bookmarkName(this.guide, node, field, lang), node, field, lang });
  }

  /** Everything a node printed, its children included. */
  node(node: string, blocks: Block[]): Block[] {
    return this.around(blocks, { name: bookmarkName(this.guide, node), node });
  }

  private around(blocks: Block[], entry: MappedBookmark): Block[] {
    const first = firstPara(blocks);
    const last = lastPara(blocks);
    if (!first || !last || this.entries.has(entry.name)) return blocks;
    const [start, end] = this.marks(entry);
    first.children.unshift(start);
    last.children.push(end);
    return blocks;
  }
}
