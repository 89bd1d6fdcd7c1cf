// The localise stage: a guide and a variant in, the adapted guide (with provenance) and diagnostics out.
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { VariantSpec, Workspace } from '../model/types.js';
import { applyOverride } from './apply-override.js';
import { INTERNATIONAL_LAYER, layersOf } from './layers.js';
import { createTreeState } from './tree-state.js';
import type { AdaptedGuide } from './types.js';
import { resolveVariables } from './variables.js';

export interface LocaliseResult {
  /** Absent only when the guide does not exist. */
  adapted?: AdaptedGuide;
  diagnostics: Diagnostic[];
}

/**
 * Applies every layer of `spec` to guide `guideId`. The adapted guide is returned even when an
 * operation failed (the failed operation is skipped), so one mistake does not hide the others.
 */
export function localiseGuide(workspace: Workspace, guideId: string, spec: VariantSpec): LocaliseResult {
  const guide = workspace.guides.get(guideId);
  if (!guide) return { diagnostics: [] };
  const bag = new DiagnosticBag();
  const layers = layersOf(workspace, guideId, spec);
  const state = createTreeState(guide.id, guide.root, INTERNATIONAL_LAYER);
  for (const layer of layers) {
    if (layer.override) applyOverride(state, layer.name, layer.override, bag);
  }
  const adapted: AdaptedGuide = {
    guide: { ...guide, root: state.root },
    variant: { ...(spec.city ? { city: spec.city } : {}), sectors: [...spec.sectors] },
    layers,
    vars: resolveVariables(guide, layers),
    history: state.history,
  };
  return { adapted, diagnostics: bag.items };
}
