// Finds the file behind each image a guide links, in the assets/ folder beside the YAML that set its `src`.
import { dirname, join } from 'node:path';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import type { AssetUse } from '../render/markdown/block-views.js';
import { pathUnderAssets } from '../render/markdown/asset-path.js';
import { checkInput } from '../load/read-input.js';

export interface AssetCopy {
  from: string;
  /** Relative to the variant's output folder: `assets/logo.png`. */
  to: string;
  /** The image node and where its `src` was written. */
  node: string;
  at: SourceRef;
}

export function assetSources(root: string, guide: string, uses: readonly AssetUse[], bag: DiagnosticBag): AssetCopy[] {
  const copies: AssetCopy[] = [];
  for (const use of uses) {
    const under = pathUnderAssets(use.src);
    const at = use.at;
    if (!under) {
      bag.error('asset-outside', { src: use.src, node: use.node }, { at, guide, node: use.node });
      continue;
    }
    const dir = join(dirname(use.at.file), 'assets');
    const from = join(root, dir, under);
    // The input guard: a regular file whose real path is in the workspace (a symlink to ~/secret is refused).
    const problem = checkInput(from, [root]);
    if (!problem) copies.push({ from, to: `assets/${under}`, node: use.node, at });
    else if (problem.rule === 'unreadable-file') bag.error('unknown-asset', { src: use.src, node: use.node, dir }, { at, guide, node: use.node });
    else bag.error(problem.rule, problem.args, { at, guide, node: use.node, ...(problem.rule === 'input-outside-workspace' ? { hint: 'hint-input-outside' } : {}) });
  }
  return copies;
}
