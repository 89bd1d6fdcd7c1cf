// renderDocx: an adapted guide in, DOCX bytes and diagnostics out. Made from the guide model and the
// shared views (furniture, answer scale, callouts, sources), like the Markdown, never from the Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticBag, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { MAP_NAMESPACE } from '../../docx/bookmark-map.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { variantName, type OutputLang } from '../../model/types.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { sayIn } from '../markdown/language.js';
import { textResolver } from '../text/resolve-text.js';
import { editionDate } from '../view/edition-date.js';
import { guideFurniture } from '../view/furniture.js';
import { sourcesView } from '../view/sources.js';
import { labelled } from '../view/wording.js';
import { para, type Block } from './blocks.js';
import { sectionBlocks, type BodyContext } from './body.js';
import { Bookmarks } from './bookmarks.js';
import { BodyWriter } from './body-xml.js';
import { documentXml } from './document.js';
import { FieldPrinter } from './fields.js';
import { embedImages } from './images.js';
import { emptyXml, footerXml, headerXml } from './header-footer.js';
import { numberingXml } from './numbering.js';
import { packageDocx } from './package.js';
import { appXml, coreXml, customXml, type DocumentFacts } from './properties.js';
import { runsOf } from './runs.js';
import { documentLanguage, stylesXml } from './styles.js';

export interface DocxOptions {
  lang: OutputLang;
  strict: boolean;
  /** The bytes of the images the guide uses, by the `assets/…` path the Markdown links. */
  images: ReadonlyMap<string, Uint8Array>;
  /** SOURCE_DATE_EPOCH as a date, when set. */
  sourceDate?: Date;
}

export interface DocxResult {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

let version: string | undefined;
function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

const TOC_TITLE = { zh: '目录', en: 'Contents' };

export async function renderDocx(adapted: AdaptedGuide, options: DocxOptions): Promise<DocxResult> {
  const { lang } = options;
  const guide = adapted.guide.id;
  const root = adapted.guide.root;
  // The texts' problems (slots, variables, translations) were reported by the Markdown stage already,
  // from the same resolver: the same problem in every format, said once.
  const resolve = textResolver(adapted, { strict: options.strict }, new DiagnosticBag());
  const say = sayIn(lang, resolve);
  const found: Diagnostic[] = [];
  const images = embedImages(root, options.images, guide, found);
  if (hasErrors(found)) return { bytes: new Uint8Array(), diagnostics: found };

  const bookmarks = new Bookmarks(guide);
  const fields = new FieldPrinter(lang, resolve, bookmarks);
  const furniture = guideFurniture(adapted, lang, say);
  const context: BodyContext = { fields, say, images };

  const cover: Block[] = [para(fields.inline(root, 'title'), { style: 'Title' })];
  const subtitle = fields.inline(root, 'subtitle');
  if (subtitle.length > 0) cover.push(para(subtitle, { style: 'Subtitle' }));
  if (furniture.locality) cover.push(para(runsOf([{ text: labelled(furniture.labels.locality, furniture.locality, lang) }]), { style: 'CoverLine' }));
  if (furniture.edition) cover.push(para(runsOf([{ text: labelled(furniture.labels.edition, furniture.edition, lang) }]), { style: 'CoverLine' }));
  cover.push(...fields.block(root, 'attribution', 'Attribution'));
  bookmarks.node(root.id, cover);

  const body: Block[] = [];
  for (const chapter of root.children) {
    const blocks = sectionBlocks(chapter, 1, context);
    const heading = blocks[0];
    // Each chapter starts a page, as in the PDF.
    if (heading?.kind === 'p') heading.pageBreakBefore = true;
    body.push(...blocks);
  }
  const sources = sourcesView(adapted.guide.sources, lang, say);
  if (sources.entries.length > 0) {
    body.push(para(runsOf([{ text: sources.heading }]), { style: 'Heading1', pageBreakBefore: true }));
    for (const [i, s] of sources.entries.entries()) {
      const url = s.url && /^https?:\/\//i.test(s.url) ? s.url : undefined;
      body.push(para(runsOf([{ text: `[${i + 1}] ${s.citation}` }, ...(url ? [{ text: ' ' }, { text: url, link: url }] : [])]), { style: 'Source' }));
    }
  }

  const variant = variantName(adapted.variant);
  const facts: DocumentFacts = {
    title: furniture.title,
    subject: [furniture.subtitle, furniture.locality].filter(Boolean).join(' — '),
    description: furniture.attribution,
    language: documentLanguage(lang),
    date: editionDate(furniture.edition, options.sourceDate),
    custom: [
      { name: 'adapt-guide.guide', value: guide },
      { name: 'adapt-guide.variant', value: variant },
      { name: 'adapt-guide.lang', value: lang },
      { name: 'adapt-guide.edition', value: furniture.edition },
      { name: 'adapt-guide.map', value: MAP_NAMESPACE },
    ],
  };
  const writer = new BodyWriter();
  const document = documentXml(writer, { cover, body, tocTitle: say.fixed(TOC_TITLE) });
  const bytes = packageDocx({
    document,
    styles: stylesXml(lang),
    numbering: numberingXml(writer.lists),
    header: headerXml(furniture.title),
    footer: footerXml(lang),
    emptyHeader: emptyXml('hdr'),
    emptyFooter: emptyXml('ftr'),
    core: coreXml(facts),
    app: appXml(facts),
    custom: customXml(facts),
    map: {
      guide,
      variant,
      ...(adapted.variant.city ? { city: adapted.variant.city } : {}),
      sectors: [...adapted.variant.sectors],
      lang,
      edition: furniture.edition,
      tool: `adapt-guide ${toolVersion()}`,
      bookmarks: writer.names.map((name) => bookmarks.entries.get(name)!),
    },
    relationships: writer.relationships,
    media: writer.media,
    date: facts.date,
  });
  return { bytes, diagnostics: found };
}
