// The cover (page 1): title, locality, edition, and who adapted the guide from what — an adapted
// guide never presents the ILO as its publisher, so the adapter is named and the notice says so.
import type { FrontMatter } from '../document/front-matter.js';
import { words } from '../document/words.js';
import { num, rgb } from '../text/glyph-run.js';
import { composeAt, drawText } from './absolute-text.js';
import type { Flow } from './flow.js';

export function coverPage(flow: Flow, front: FrontMatter, title: string): void {
  const { ctx } = flow;
  const { theme, doc, tagger, lang } = ctx;
  const { width: pw, height: ph, margins } = theme.page;
  const s = theme.sizes;
  flow.newPage();
  const band = ph * 0.42;
  tagger.artifact(() => doc.addContent(`q 1 0 0 -1 0 ${num(ph)} cm ${rgb(theme.colors.cover)} rg 0 ${num(ph - band)} ${num(pw)} ${num(band)} re f Q`));
  const x = margins.left;
  const w = pw - margins.left - margins.right;
  let y = band * 0.3;
  tagger.open('Sect');
  if (front.locality) {
    tagger.open('P');
    tagger.content();
    y += drawText(ctx, { text: front.locality, x, top: y, width: w, size: s.coverSubtitle, color: '#ffffff' }) + s.coverSubtitle * 0.6;
    tagger.close();
  }
  tagger.open('H1');
  tagger.content();
  y += drawText(ctx, { text: title, x, top: y, width: w, size: s.coverTitle, bold: true, color: '#ffffff', lineHeight: s.coverTitle * 1.35 });
  tagger.close();
  if (front.subtitle) {
    tagger.open('P');
    tagger.content();
    drawText(ctx, { text: front.subtitle, x, top: y + s.coverSubtitle * 0.8, width: w, size: s.coverSubtitle, color: '#dfe7f2' });
    tagger.close();
  }
  y = band + s.body * 3;
  if (front.edition) {
    tagger.open('P');
    tagger.content();
    y += drawText(ctx, { text: words.edition[lang] + front.edition, x, top: y, width: w, size: s.coverSubtitle, color: theme.colors.text });
    tagger.close();
  }
  // Attribution at the foot of the cover.
  const notes: string[] = [];
  // The content's own attribution sentence says who adapted what; the composed one is for bare Markdown files.
  if (front.attribution) notes.push(front.attribution);
  else if (front.adapter && front.source) notes.push(words.adapted[lang](front.adapter, front.source), words.notOfficial[lang]);
  else if (front.adapter) notes.push(lang === 'en' ? `Adapted by ${front.adapter}.` : `本指南由${front.adapter}改编。`);
  // Measured first, so a long attribution (a bilingual one) ends at the bottom margin rather than below it.
  const placed = notes.map((note) => ({ text: note, x, top: 0, width: w, size: s.body, color: theme.colors.muted }));
  const composed = placed.map((note) => composeAt(ctx, note));
  const lh = s.body * 1.5;
  let foot = ph - margins.bottom - composed.reduce((h, c) => h + c.lines.length * lh + s.body * 0.4, 0);
  placed.forEach((note, i) => {
    tagger.open('P');
    tagger.content();
    foot += drawText(ctx, { ...note, top: foot }, composed[i]) + s.body * 0.4;
    tagger.close();
  });
  tagger.close();
}
