// `adapt-guide explain`: the provenance of a variant of a guide, per node, or of one node and its fields.
import { message, type UiLang } from '../../diagnostics/messages.js';
import { entryLine } from '../../feedback/format-entry.js';
import { openFeedback } from '../../feedback/open-feedback.js';
import { nearest } from '../../diagnostics/suggest.js';
import { explainGuide } from '../../explain/explain-guide.js';
import { formatExplain } from '../../explain/format-explain.js';
import { localiseGuide } from '../../localise/localise.js';
import { variantName, type VariantSpec } from '../../model/types.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { resolveVariant, selectGuides } from '../select-variants.js';
import { UsageError } from '../usage-error.js';

export interface ExplainOptions {
  root?: string;
  city?: string;
  sectors?: string[];
  guide: string;
  /** One node id; without it, every node a locality layer touched. */
  node?: string;
  ui?: UiLang;
}

export function explainCommand(options: ExplainOptions, io: CliIO): CommandResult {
  // Only the guide explained is built into the workspace (all of them when it is named by its title), without
  // the texts as translators see them.
  const { workspace, diagnostics: loadProblems } = openWorkspace(options.root, io.cwd, { guides: [options.guide], texts: false });
  const spec: VariantSpec = resolveVariant(workspace, { ...(options.city ? { city: options.city } : {}), sectors: options.sectors ?? [] });
  const [guide] = selectGuides(workspace, [options.guide]);
  const { adapted, diagnostics } = localiseGuide(workspace, guide, spec);
  const explanation = adapted && explainGuide(adapted, options.node);
  if (!adapted || !explanation) {
    const ids = adapted ? [...adapted.history.keys()] : [];
    const guess = nearest(options.node ?? '', ids, 3);
    throw new UsageError('unknown-node', { id: options.node ?? '', guide }, guess.length ? 'hint-did-you-mean' : undefined, { suggestion: guess.join('`, `') });
  }
  const files = new Set([adapted.guide.file, ...adapted.layers.flatMap((l) => [l.profile?.file, l.override?.file])]);
  const all = [...loadProblems.filter((d) => d.file && files.has(d.file)), ...diagnostics];
  // Reviewers' open comments and proposals on the node asked for (feedback import).
  const feedback = options.node === undefined ? [] : openFeedback(workspace, spec, guide).filter((e) => e.node === options.node);
  const feedbackText = feedback.length === 0 ? '' : [message('explain-feedback', {}, options.ui), ...feedback.map((e) => `  ${e.file}:${e.at.line}:${e.at.col}  ${entryLine(e)}`), ''].join('\n');
  return {
    exitCode: exitCodeFor(all),
    diagnostics: all,
    text: formatExplain(explanation, variantName(spec), options.node !== undefined, options.ui) + feedbackText,
    data: { guide, variant: variantName(spec), layers: explanation.layers, nodes: explanation.nodes, ...(options.node === undefined ? {} : { feedback: feedback.map((e) => e.id) }) },
  };
}
