// The adapted guide as its templates see it: the title page, chapters, sections and blocks, and the
// closing sources, as ready-made strings.
import { variantName, type GuideNode, type OutputLang } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { guideFurniture, type Furniture } from '../view/furniture.js';
import { sourcesView } from '../view/sources.js';
import { labelled } from '../view/wording.js';
import { assetLink } from './asset-path.js';
import { blockView, type AssetUse, type BlockContext, type BlockView } from './block-views.js';
import { frontMatter, frontMatterFields, languageTags } from './front-matter.js';
import type { Say } from './language.js';

export interface GuideView {
  frontMatter: string;
  title: string;
  /** The first page: title, subtitle, locality and edition lines, attribution. */
  furniture: Furniture & { localityLine: string; editionLine: string; attributionBlock: string };
  chapters: BlockView[];
  sources: { heading: string; entries: { n: number; citation: string; url?: string }[] };
}

function sectionView(node: GuideNode, depth: number, c: BlockContext): BlockView {
  const blocks = node.children.flatMap((child) => {
    const view = child.type === 'section' ? sectionView(child, depth + 1, c) : blockView(child, c);
    return view ? [view] : [];
  });
  return { partial: 'section', id: node.id, heading: '#'.repeat(Math.min(depth, 6)), title: c.say.inline(node, 'title'), blocks };
}

/** Source titles and publishers are plain text: Markdown's own characters in them are escaped. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');

/** `front`: the front matter's fields as data, for formats made from the Markdown (the PDF's cover and metadata). */
export function guideView(adapted: AdaptedGuide, lang: OutputLang, say: Say): { view: GuideView; assets: AssetUse[]; front: { [key: string]: string | string[] } } {
  const root = adapted.guide.root;
  const assets: AssetUse[] = [];
  const context: BlockContext = { say, lang, assets, assetLink };
  const furniture = guideFurniture(adapted, lang, say);
  const front = frontMatterFields({
    title: furniture.title,
    subtitle: furniture.subtitle,
    guide: adapted.guide.id,
    edition: furniture.edition,
    variant: variantName(adapted.variant),
    ...languageTags(lang),
    locality: furniture.locality,
    adapter: furniture.adapter,
    publication: furniture.publication,
    attribution: furniture.attribution,
  });
  const sources = sourcesView(adapted.guide.sources, lang, say);
  const chapters = root.children.map((chapter) => sectionView(chapter, 1, context));
  return {
    view: {
      frontMatter: frontMatter(front),
      title: furniture.title,
      furniture: {
        ...furniture,
        localityLine: furniture.locality ? labelled(furniture.labels.locality, furniture.locality, lang) : '',
        editionLine: furniture.edition ? labelled(furniture.labels.edition, furniture.edition, lang) : '',
        // On the page the attribution is a paragraph per language.
        attributionBlock: say.block(root, 'attribution'),
      },
      chapters,
      sources: {
        heading: sources.heading,
        entries: sources.entries.map((s, i) => ({ n: i + 1, citation: escapeText(s.citation), ...(s.url && /^https?:\/\//i.test(s.url) ? { url: s.url } : {}) })),
      },
    },
    assets,
    front,
  };
}
