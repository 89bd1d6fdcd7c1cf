// Bilingual documents: each Chinese unit is followed by its English in the secondary style (smaller,
// grey), tagged as a Span with /Lang en; "zh / en" pairs in headings, captions and cells are split.
// English running text keeps the English edition's measure (about `english.measure` characters at
// its size): its column is narrowed from the left, so it stands indented under the Chinese and ends
// on the same right edge.
import { splitBreakPair, splitInlinePair } from '../document/bilingual.js';
import { englishMeasure } from '../english.js';
import type { Inline } from '../document/blocks.js';
import type { Flow } from './flow.js';
import { composeSegments, textBlock, type TextOptions } from './text-block.js';

/** A paragraph in English only, in a bilingual document: the secondary style, tagged /Lang en. */
export function englishParagraph(flow: Flow, inlines: readonly Inline[], o: TextOptions): number {
  flow.ctx.tagger.open('P', { lang: 'en' });
  const eo = secondaryOf(flow, o);
  let n = 0;
  englishColumn(flow, eo, () => (n = textBlock(flow, inlines, eo)));
  flow.ctx.tagger.close();
  return n;
}

/** Runs `body` in a column narrowed from the left to the English measure at the text's size, for running text (`o.paragraph`). */
function englishColumn(flow: Flow, o: TextOptions, body: () => void): void {
  const { theme, faces } = flow.ctx;
  const extra = o.paragraph ? flow.width - englishMeasure(theme, faces.latin.regular ?? faces.regular, o.size) : 0;
  if (extra >= o.size) flow.indent(extra, 0, body);
  else body();
}

/** The options of the English half: the theme's secondary size and colour. */
export function secondaryOf(flow: Flow, o: TextOptions): TextOptions {
  const { sizes, colors } = flow.ctx.theme;
  const size = o.size * sizes.secondary;
  const lineHeight = (o.lineHeight ?? o.size * sizes.lineHeight) * sizes.secondary;
  return { ...o, size, lineHeight, color: colors.secondary, firstIndent: o.firstIndent ? 2 * size : 0 };
}

type Decorate = (zh: Inline[], en: Inline[] | null) => [Inline[], Inline[]];

/**
 * Sets inline text; in a bilingual document a "zh / en" pair becomes the Chinese then, below it,
 * the English in the secondary style, kept together as G2 keeps a paragraph (the English's first
 * two lines, or all of a short one, stay with the Chinese's last line).
 */
export function bilingualText(flow: Flow, inlines: readonly Inline[], o: TextOptions, decorate: Decorate = (zh, en) => [zh, en ?? []]): number {
  const pair = flow.ctx.lang === 'bilingual' ? splitInlinePair(inlines) ?? splitBreakPair(inlines) : null;
  if (!pair) return textBlock(flow, decorate([...inlines], null)[0], o);
  const [zh, en] = decorate(pair[0], pair[1]);
  const eo = secondaryOf(flow, o);
  const elh = eo.lineHeight!;
  let enSegs: ReturnType<typeof composeSegments> = [];
  englishColumn(flow, eo, () => (enSegs = composeSegments(flow, en, eo)));
  const enLines = enSegs.reduce((n, c) => n + c.lines.length, 0);
  const keep = (enLines <= 3 ? enLines : 2) * elh + (enLines <= 2 ? o.keep ?? 0 : 0);
  const n = textBlock(flow, zh, { ...o, keep });
  flow.ctx.tagger.open('Span', { lang: 'en' });
  let m = 0;
  englishColumn(flow, eo, () => (m = textBlock(flow, en, eo, enSegs)));
  flow.ctx.tagger.close();
  return n + m;
}
