// Finds the file behind each image a guide links, in the assets/ folder beside the YAML that set its `src`.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import type { AssetUse } from '../render/markdown/block-views.js';
import { pathUnderAssets } from '../render/markdown/asset-path.js';

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
    let isFile = false;
    try {
      isFile = statSync(from).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) bag.error('unknown-asset', { src: use.src, node: use.node, dir }, { at, guide, node: use.node });
    else copies.push({ from, to: `assets/${under}`, node: use.node, at });
  }
  return copies;
}
