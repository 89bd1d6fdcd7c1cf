// The adapted guide as its templates see it: chapters, sections and blocks as ready-made strings.
import { variantName, type GuideNode, type OutputLang } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { contextIn, rawContext } from '../text/variable-context.js';
import { assetLink } from './asset-path.js';
import { blockView, type AssetUse, type BlockContext, type BlockView } from './block-views.js';
import { frontMatter, frontMatterFields } from './front-matter.js';
import type { Say } from './language.js';

export interface GuideView {
  frontMatter: string;
  title: string;
  chapters: BlockView[];
}

function sectionView(node: GuideNode, depth: number, c: BlockContext): BlockView {
  const blocks = node.children.flatMap((child) => {
    const view = child.type === 'section' ? sectionView(child, depth + 1, c) : blockView(child, c);
    return view ? [view] : [];
  });
  return { partial: 'section', id: node.id, heading: '#'.repeat(Math.min(depth, 6)), title: c.say.inline(node, 'title'), blocks };
}

function localityText(adapted: AdaptedGuide, key: 'name' | 'adapter', lang: OutputLang): string {
  const locality = rawContext(adapted).locality;
  const value = locality && typeof locality === 'object' && !Array.isArray(locality) ? locality[key] : undefined;
  if (value === undefined) return '';
  if (lang !== 'bilingual') return String(contextIn(value, lang));
  const zh = String(contextIn(value, 'zh'));
  const en = String(contextIn(value, 'en'));
  return zh === en ? zh : `${zh} / ${en}`;
}

/** `front`: the front matter's fields as data, for formats made from the Markdown (the PDF's cover and metadata). */
export function guideView(adapted: AdaptedGuide, lang: OutputLang, say: Say): { view: GuideView; assets: AssetUse[]; front: { [key: string]: string } } {
  const root = adapted.guide.root;
  const assets: AssetUse[] = [];
  const context: BlockContext = { say, assets, assetLink };
  const title = say.inline(root, 'title');
  const front = frontMatterFields({
    title,
    subtitle: say.inline(root, 'subtitle'),
    guide: adapted.guide.id,
    edition: String(root.fields.edition ?? ''),
    variant: variantName(adapted.variant),
    lang,
    locality: localityText(adapted, 'name', lang),
    adapter: localityText(adapted, 'adapter', lang),
    publication: say.inline(root, 'publication'),
    attribution: say.inline(root, 'attribution'),
  });
  const chapters = root.children.map((chapter) => sectionView(chapter, 1, context));
  return { view: { frontMatter: frontMatter(front), title, chapters }, assets, front };
}
