// The write step of a build: a guide's images into its variant's assets/, then each output file, atomically.
import { join, relative, sep } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AssetCopy } from './asset-sources.js';
import type { AssetRegister } from './asset-register.js';
import { copyAtomic, writeAtomic } from './write-atomic.js';

function writeFailed(path: string, err: unknown): Diagnostic {
  return error('write-failed', { path, reason: err instanceof Error ? err.message : String(err) });
}

/** Images go beside the Markdown (`<variant>/assets/`) before any format renders. */
export function copyAssets(firstOutput: string, assets: readonly AssetCopy[], register: AssetRegister, context: { guide: string; root: string }, found: Diagnostic[]): boolean {
  for (const asset of assets) {
    const target = join(firstOutput, '..', asset.to);
    const earlier = register.conflict(target, asset.from);
    if (earlier) {
      const first = relative(context.root, earlier).split(sep).join('/');
      found.push(error('asset-collision', { path: asset.to, node: asset.node, first }, { at: asset.at, guide: context.guide, node: asset.node, hint: 'hint-asset-collision' }));
      return false;
    }
    register.claim(target, asset.from);
  }
  try {
    for (const asset of assets) copyAtomic(asset.from, join(firstOutput, '..', asset.to));
    return true;
  } catch (err) {
    found.push(writeFailed(firstOutput, err));
    return false;
  }
}

export function writeOutput(path: string, bytes: Uint8Array, found: Diagnostic[]): boolean {
  try {
    writeAtomic(path, bytes);
    return true;
  } catch (err) {
    found.push(writeFailed(path, err));
    return false;
  }
}
