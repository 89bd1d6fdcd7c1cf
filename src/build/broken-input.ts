// When a job's guide cannot be printed whatever the cache holds: one of its files has an error, its own or
// one a workspace-wide check finds (a variable misspelt in another guide's override breaks the profile
// that declares it), which the job's key does not see.
import type { Workspace } from '../model/types.js';
import type { Job } from './request.js';

export function brokenInput(workspace: Workspace, job: Pick<Job, 'inputs'>): boolean {
  return job.inputs.some((file) => workspace.broken.has(file));
}
