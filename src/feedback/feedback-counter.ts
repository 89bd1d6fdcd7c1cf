// A build's count of each variant's open feedback (its "left to do" line). The feedback reader, and the YAML
// parser it needs, are loaded only when some locality of the workspace has a feedback folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { VariantSpec, Workspace } from '../model/types.js';
import { feedbackFolder } from './feedback-path.js';

export async function openFeedbackCounter(workspace: Workspace): Promise<(spec: VariantSpec) => number> {
  const localities = [...[...workspace.cities.keys()].map((id) => feedbackFolder('city', id)), ...[...workspace.sectors.keys()].map((id) => feedbackFolder('sector', id))];
  if (!localities.some((folder) => existsSync(join(workspace.root, folder)))) return () => 0;
  const { openFeedbackCount } = await import('./open-feedback.js');
  return (spec) => openFeedbackCount(workspace, spec);
}
