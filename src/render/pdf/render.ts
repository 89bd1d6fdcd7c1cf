// renderPdf: Markdown in, PDF bytes and diagnostics out. The pipeline: front matter → blocks →
// cover → reserved TOC pages → body → TOC filled → furniture → metadata. Never throws on content.
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText, type Block } from './document/blocks.js';
import { attachCaptions } from './document/captions.js';
import { givenFrontMatter, splitFrontMatter, type FrontMatter } from './document/front-matter.js';
import { parseMarkdown } from './document/markdown.js';
import { englishTheme } from './english.js';
import type { PdfLang } from './document/words.js';
import { renderBlocks } from './layout/blocks.js';
import { coverPage } from './layout/cover.js';
import { Flow, type RenderContext } from './layout/flow.js';
import { drawFurniture } from './layout/furniture.js';
import { Tagger } from './layout/tagger.js';
import { fillToc, reserveToc, tocEntries, type TocEntry } from './layout/toc.js';
import type { PdfOptions, PdfResult } from './options.js';
import { loadPdfkit } from './text/cjs.js';
import { faceFor, lazyFaceFor, type Face, type Faces } from './text/fonts.js';
import { GlyphWriter } from './text/glyph-run.js';
import { finishDocument } from './text/pdf-output.js';
import type { TextStyle } from './text/shape.js';
import type { Theme } from './theme.js';
import { addXmp } from './xmp.js';
import { editionDate } from '../view/edition-date.js';

export type { PdfOptions, PdfResult } from './options.js';

export async function renderPdf(markdown: string, options: PdfOptions): Promise<PdfResult> {
  const bag = new DiagnosticBag();
  const file = options.file;
  const { front, body, lineOffset } = options.front ? givenFrontMatter(markdown, options.front) : splitFrontMatter(markdown, bag, file);
  const parsed = attachCaptions(await parseMarkdown(body, bag, file, lineOffset));
  // The guide's title page is what the cover shows: drawn once, on the cover, unless there is no cover.
  const blocks = options.bare ? parsed : withoutTitlePage(parsed, front);
  if (blocks.length === 0) bag.error('pdf-empty-document', {}, { at: { file, line: 1, col: 1 } });
  let faces: Faces;
  const f = options.theme.fonts;
  let reading = f.regular;
  try {
    const open = (path: string) => faceFor((reading = path));
    const latin = f.latin ?? {};
    faces = {
      regular: open(f.regular),
      bold: open(f.bold),
      latin: {
        ...(latin.regular ? { regular: lazyFaceFor(latin.regular) } : {}),
        ...(latin.italic ? { italic: lazyFaceFor(latin.italic) } : {}),
        ...(latin.bold ? { bold: lazyFaceFor(latin.bold) } : {}),
        ...(latin.boldItalic ? { boldItalic: lazyFaceFor(latin.boldItalic) } : {}),
      },
      fallbacks: (f.fallback ?? []).map(lazyFaceFor),
    };
  } catch (e) {
    bag.error('pdf-font-unreadable', { font: reading, reason: (e as Error).message });
    return { bytes: Buffer.alloc(0), pages: 0, diagnostics: bag.items };
  }
  const lang: PdfLang = options.lang ?? languageOf(front);
  const firstH1 = blocks.find((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 1);
  const title = options.metadata?.title ?? front.title ?? (firstH1 ? plainText(firstH1.inlines) : undefined) ?? (lang === 'en' ? 'Untitled' : '无标题');
  const typeset = (shortBy?: ReadonlyMap<number, number>) => {
    const doc = createDocument(options, front, title, lang, faces.regular);
    const ctx = makeContext(doc, lang === 'en' ? { ...options, theme: englishTheme(options.theme, faces.latin.regular ?? faces.regular) } : options, faces, new DiagnosticBag(), lang);
    const flow = new Flow(ctx, shortBy);
    if (!options.bare) coverPage(flow, front, title);
    const headings = collectHeadings(blocks);
    const toc = !options.bare && headings.length > 0 ? reserveToc(flow, tocEntries(headings)) : null;
    flow.newPage();
    renderBlocks(flow, blocks);
    flow.endChapter();
    return { doc, ctx, flow, toc };
  };
  let pass = typeset();
  // A chapter whose last page holds less than three lines: set it again with the page before it
  // shortened by what is missing (chapters start on new pages, so the others come out the same).
  if (pass.flow.shortEnds.size > 0) pass = typeset(pass.flow.shortEnds);
  const { doc, ctx, flow, toc } = pass;
  bag.addAll(ctx.bag.items);
  if (toc) fillToc(flow, toc, new Map(ctx.headings.map((h) => [h.slug, h.page])));
  ctx.tagger.finish();
  if (!options.bare) drawFurniture(flow, title);
  checkAnchors(blocks, bag, file);
  for (const face of [...Object.values(faces.latin), ...faces.fallbacks]) {
    if (face?.error) bag.error('pdf-font-unreadable', { font: face.path, reason: face.error });
  }
  for (const [cp, line] of ctx.missing) {
    bag.warning('pdf-missing-glyph', { char: String.fromCodePoint(cp), codepoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` }, { at: { file, line, col: 1 } });
  }
  addXmp(doc, creationDateOf(options, front), Boolean(options.pdfa));
  const pages = doc.bufferedPageRange().count;
  ctx.writer.finish();
  const bytes = await finishDocument(doc);
  return { bytes, pages, diagnostics: bag.items };
}

/**
 * Opens what every PDF of `theme` needs before the first one is asked for: pdfkit (loading it is a
 * sixth of a fresh run) and the body and bold faces, in the order renderPdf opens them. A build's PDF
 * worker calls it when it starts, while the main thread is still loading the workspace. An unreadable
 * font is left for renderPdf to report.
 */
export function preparePdf(theme: Theme): void {
  loadPdfkit();
  try {
    faceFor(theme.fonts.regular);
    faceFor(theme.fonts.bold);
  } catch {
    // renderPdf says which font and why (pdf-font-unreadable).
  }
}

/** `lang: en`, `lang: zh-CN`, or a bilingual `languages: [zh-CN, en]` (older files: `lang: bilingual`). */
function languageOf(front: FrontMatter): PdfLang {
  if (front.lang === 'bilingual' || (front.languages && front.languages.length > 1)) return 'bilingual';
  return front.lang && /^en\b/i.test(front.lang) ? 'en' : 'zh';
}

/**
 * Takes the title page out of the body. Its heading is the cover's title when the front matter has none;
 * the rest (locality, edition, attribution) then opens the body, since only the front matter feeds the cover.
 */
function withoutTitlePage(blocks: Block[], front: FrontMatter): Block[] {
  const at = blocks.findIndex((b) => b.type === 'title-page');
  if (at < 0) return blocks;
  const page = blocks[at] as Extract<Block, { type: 'title-page' }>;
  let kept: Block[] = [];
  if (!front.title) {
    const [head, ...rest] = page.blocks;
    if (head?.type === 'heading') front.title = plainText(head.inlines).trim();
    kept = head?.type === 'heading' ? rest : page.blocks;
  }
  return [...blocks.slice(0, at), ...kept, ...blocks.slice(at + 1)];
}

/** A link to `#name` needs a heading with that id, or it would be a dead link in the PDF. */
function checkAnchors(blocks: readonly Block[], bag: DiagnosticBag, file?: string): void {
  const slugs = new Set<string>();
  const links: { target: string; line: number }[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.type === 'heading') slugs.add(b.slug);
      const table = b.type === 'table' ? b : b.type === 'answer-table' ? b.table : undefined;
      const inlines = b.type === 'heading' || b.type === 'paragraph' ? b.inlines : b.type === 'callout' ? b.title : table ? [...table.header.flat(), ...table.rows.flat(2)] : [];
      for (const i of inlines) if (i.link?.startsWith('#')) links.push({ target: i.link.slice(1), line: b.line });
      if (b.type === 'list') for (const item of b.items) walk(item.blocks);
      if (b.type === 'callout' || b.type === 'quote' || b.type === 'title-page') walk(b.blocks);
    }
  };
  walk(blocks);
  for (const l of links) {
    if (!slugs.has(l.target)) bag.warning('pdf-unknown-anchor', { target: l.target }, { at: { file, line: l.line, col: 1 } });
  }
}

function collectHeadings(blocks: readonly Block[]): TocEntry[] {
  const out: TocEntry[] = [];
  for (const b of blocks) if (b.type === 'heading') out.push({ level: b.level, text: plainText(b.inlines).trim(), slug: b.slug });
  return out;
}

/** The metadata date: SOURCE_DATE_EPOCH (passed in), else the edition, else a fixed date (the same rule as every format's). */
export function creationDateOf(options: PdfOptions, front: FrontMatter): Date {
  return editionDate(front.edition, options.creationDate);
}

/** The document's /Lang: English editions `en`, Chinese and bilingual ones `zh-CN`. */
const documentLanguage = (lang: PdfLang): string => (lang === 'en' ? 'en' : 'zh-CN');

function createDocument(options: PdfOptions, front: FrontMatter, title: string, lang: PdfLang, regular: Face): PDFKit.PDFDocument {
  const PDFDocument = loadPdfkit();
  const { page } = options.theme;
  const date = creationDateOf(options, front);
  const meta = options.metadata ?? {};
  const keywords = meta.keywords ?? front.keywords;
  const info: PDFKit.DocumentInfo = {
    Title: title,
    Producer: 'adapt-guide (pdfkit)',
    Creator: 'adapt-guide',
    CreationDate: date,
    ModDate: date,
  };
  const author = meta.author ?? front.author ?? front.adapter;
  const subject = meta.subject ?? front.subject ?? front.subtitle;
  if (author) info.Author = author;
  if (subject) info.Subject = subject;
  if (keywords?.length) info.Keywords = keywords.join(', ');
  const docOptions: PDFKit.PDFDocumentOptions & Record<string, unknown> = {
    size: [page.width, page.height],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: true,
    info,
    lang: documentLanguage(lang),
    tagged: true,
    displayTitle: true,
    pdfVersion: '1.7',
    // The CJK face as the default font: pdfkit then never loads its built-in Helvetica.
    font: regular.font as unknown as string,
  };
  if (options.pdfa) docOptions.subset = 'PDF/A-2b';
  return new PDFDocument(docOptions);
}

function makeContext(doc: PDFKit.PDFDocument, options: PdfOptions, faces: Faces, bag: DiagnosticBag, lang: PdfLang): RenderContext {
  const styles = new Map<string, TextStyle>();
  const tagger = new Tagger(doc, documentLanguage(lang));
  const ctx: RenderContext = {
    doc,
    theme: options.theme,
    faces,
    writer: new GlyphWriter(doc, tagger),
    tagger,
    bag,
    lang,
    baseDir: options.baseDir,
    allowedRoot: options.allowedRoot ?? options.baseDir,
    headings: [],
    missing: new Map(),
    line: 1,
    // One style object per combination: the composer groups glyph runs by identity.
    style(bold, color, link, italic, english, strong) {
      const key = `${bold ? 1 : 0}${italic ? 1 : 0}${english ? 1 : 0}${strong ? 1 : 0}${color}${link ?? ''}`;
      let s = styles.get(key);
      if (!s) {
        s = { face: bold ? faces.bold : faces.regular, color, fallbacks: faces.fallbacks };
        // E1: emphasis is bold for Han and italic for Latin letters. Strong text in running text sets
        // its Latin letters in the Latin companion's bold (bold italic); headings and other bold blocks
        // keep the bold face's own Latin letters (a sans bold, as headings are).
        const { latin: l } = faces;
        const latin = strong ? (italic ? (l.boldItalic ?? l.italic) : l.bold) : italic ? (l.italic ?? l.regular) : bold ? undefined : l.regular;
        if (latin) s.latin = latin;
        if (english) s.latinPunct = true;
        if (link) s.link = link;
        styles.set(key, s);
      }
      return s;
    },
    onMissing(cp) {
      if (!ctx.missing.has(cp)) ctx.missing.set(cp, ctx.line);
    },
  };
  if (options.file) ctx.file = options.file;
  return ctx;
}
