// The Markdown stage: an adapted guide in, the Markdown text, the images it links and diagnostics out.
import { DiagnosticBag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { OutputLang } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { textResolver } from '../text/resolve-text.js';
import type { AssetUse } from './block-views.js';
import { sayIn } from './language.js';
import type { CompiledTemplates } from './templates.js';
import { guideView } from './view-model.js';

export interface MarkdownOptions {
  lang: OutputLang;
  strict: boolean;
}

export interface MarkdownResult {
  /** Absent when the templates failed. Present, with errors among the diagnostics, when content did. */
  markdown?: string;
  /** The front matter's fields as data. */
  front?: { [key: string]: string | string[] };
  assets: AssetUse[];
  diagnostics: Diagnostic[];
}

/** Blank lines collapse to one and the file ends in exactly one newline, whatever the templates left. */
function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

export function renderMarkdown(adapted: AdaptedGuide, options: MarkdownOptions, templates: CompiledTemplates): MarkdownResult {
  const bag = new DiagnosticBag();
  const say = sayIn(options.lang, textResolver(adapted, { strict: options.strict }, bag));
  const { view, assets, front } = guideView(adapted, options.lang, say);
  const rendered = templates.render(view);
  if (rendered.error) {
    const { template, reason, line, col } = rendered.error;
    bag.error('template-error', { template, reason }, { guide: adapted.guide.id, at: { file: template, ...(line ? { line, col: col ?? 1 } : {}) } });
    return { assets, diagnostics: bag.items };
  }
  return { markdown: tidy(rendered.markdown!), front, assets, diagnostics: bag.items };
}
