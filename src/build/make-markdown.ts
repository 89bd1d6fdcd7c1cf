// A job's Markdown stage: localise the guide for its variant, render it, find its images.
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../diagnostics/dedupe.js';
import { localiseGuide } from '../localise/localise.js';
import type { AdaptedGuide } from '../localise/types.js';
import { checkTexts } from '../render/text/check-texts.js';
import type { OutputLang, Workspace } from '../model/types.js';
import { assetSources, type AssetCopy } from '../output/asset-sources.js';
import { renderMarkdown } from '../render/markdown/render-markdown.js';
import type { CompiledTemplates } from '../render/markdown/templates.js';
import { brokenInput } from './broken-input.js';
import type { Job } from './request.js';

export interface MadeMarkdown {
  /** Absent when the guide has errors (its own, or in a file it is made from): nothing is written for it. */
  markdown?: string;
  /** Its front matter as data (the PDF reads this, not the Markdown's YAML). */
  front?: { [key: string]: string | string[] };
  /** The guide after its variant's layers: what formats made from the model (DOCX) print. */
  adapted?: AdaptedGuide;
  assets: AssetCopy[];
  diagnostics: Diagnostic[];
}

/** Pure but for checking that the images exist. */
export function makeMarkdown(workspace: Workspace, job: Pick<Job, 'guide' | 'variant' | 'inputs'>, lang: OutputLang, strict: boolean, templates: CompiledTemplates | undefined): MadeMarkdown {
  const bag = new DiagnosticBag();
  const localised = localiseGuide(workspace, job.guide, job.variant);
  bag.addAll(localised.diagnostics);
  if (!localised.adapted || !templates) return { assets: [], diagnostics: bag.items };
  const rendered = renderMarkdown(localised.adapted, { lang, strict }, templates);
  bag.addAll(rendered.diagnostics);
  // What `validate` finds in this variant fails its build too: the texts of the language not printed as well.
  bag.addAll(checkTexts(localised.adapted));
  const assets = assetSources(workspace.root, job.guide, rendered.assets, bag);
  const diagnostics = dedupeDiagnostics(bag.items);
  if (brokenInput(workspace, job) || bag.hasErrors || rendered.markdown === undefined) return { assets: [], diagnostics };
  return { markdown: rendered.markdown, ...(rendered.front ? { front: rendered.front } : {}), adapted: localised.adapted, assets, diagnostics };
}
