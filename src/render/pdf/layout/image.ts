// Images from the guide's assets: PNG or JPEG only (checked by their first bytes), inside the
// allowed root, scaled to the measure; anything else is a located diagnostic and a visible note.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Block } from '../document/blocks.js';
import type { Flow } from './flow.js';
import { imageType } from '../../../output/image-check.js';
import { captionLabel } from './caption.js';
import { textBlock } from './text-block.js';

type Image = Extract<Block, { type: 'image' }>;
const MAX_BYTES = 20 * 1024 * 1024;

export type ImageProblem = 'pdf-image-missing' | 'pdf-image-outside-root' | 'pdf-image-format' | 'pdf-image-remote' | 'pdf-image-too-large';

/** Reads an image file if it is safe and really PNG or JPEG; otherwise names the problem. */
export function loadImage(src: string, baseDir: string, allowedRoot: string): { data: Buffer } | { problem: ImageProblem } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^file:/i.test(src)) return { problem: 'pdf-image-remote' };
  let path = resolve(baseDir, src.replace(/^file:\/\//i, ''));
  try {
    path = realpathSync(path);
  } catch {
    return { problem: 'pdf-image-missing' };
  }
  let root = resolve(allowedRoot);
  try {
    root = realpathSync(root);
  } catch {
    /* keep the resolved path */
  }
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return { problem: 'pdf-image-outside-root' };
  const st = statSync(path);
  if (!st.isFile()) return { problem: 'pdf-image-missing' };
  if (st.size > MAX_BYTES) return { problem: 'pdf-image-too-large' };
  const data = readFileSync(path);
  return imageType(data) ? { data } : { problem: 'pdf-image-format' };
}

export function imageBlock(flow: Flow, b: Image): void {
  const { ctx } = flow;
  const size = ctx.theme.sizes.body;
  const loaded = loadImage(b.src, ctx.baseDir, ctx.allowedRoot);
  let placed = false;
  if ('data' in loaded) {
    try {
      const img = (ctx.doc as unknown as { openImage(d: Buffer): { width: number; height: number } }).openImage(loaded.data);
      const maxH = (flow.pageBottom - flow.top) * 0.6;
      const scale = Math.min(1, flow.width / img.width, maxH / img.height);
      const w = img.width * scale;
      const h = img.height * scale;
      flow.space(size * 0.6);
      // The picture keeps its caption's first line on its page.
      flow.reserve(h + (b.alt ? size * 0.3 + ctx.theme.sizes.table * 1.6 : 0));
      // A list item that starts with this picture: its marker sits at the picture's top.
      flow.placeMarker(flow.y + size * 0.88);
      ctx.tagger.open('Figure', { alt: b.alt || b.src });
      ctx.tagger.content();
      ctx.doc.image(img as unknown as Buffer, flow.left + (flow.width - w) / 2, flow.y, { width: w, height: h });
      ctx.tagger.close();
      flow.y += h;
      placed = true;
    } catch (e) {
      ctx.bag.error('pdf-image-format', { src: b.src, reason: (e as Error)?.message ?? String(e) }, { at: { file: ctx.file, line: b.line, col: 1 } });
    }
  } else {
    ctx.bag.error(loaded.problem, { src: b.src }, { at: { file: ctx.file, line: b.line, col: 1 } });
  }
  // The caption (alt text) shows under the picture, or stands in for a picture that could not be used.
  const caption = b.alt || (placed ? '' : b.src);
  if (caption) {
    flow.space(size * 0.3);
    ctx.tagger.open(placed ? 'Caption' : 'P');
    const text = placed ? caption : `［${ctx.lang === 'en' ? 'image' : '图片'}：${caption}］`;
    const label = placed && b.figure ? [{ text: captionLabel(b.figure, ctx.lang === 'en' ? 'en' : 'zh', 'figure'), bold: true, code: false }] : [];
    textBlock(flow, [...label, { text, bold: false, code: false }], { size: ctx.theme.sizes.table, color: ctx.theme.colors.muted, justify: false, align: 'center' });
    ctx.tagger.close();
  }
  flow.space(size * 0.6);
}
