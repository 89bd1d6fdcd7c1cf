// How many feedback items (comments, tracked changes from Word or WPS) a variant still has open, for the
// left-to-do line a build prints per variant. The feedback store (issue 25) is not in this build yet:
// this is the one place its count plugs in; until then it answers "unknown" and the line leaves it out.
import type { VariantSpec, Workspace } from '../model/types.js';

export function openFeedbackCount(_workspace: Workspace, _variant: VariantSpec): number | undefined {
  return undefined;
}
