// Which builds a batch of saved files affects: each job whose inputs include one of them.

/**
 * `inputsOf` is the map of inputs incremental builds use: a job's guide, override and profile
 * files, and folders (ending in `/`, such as an assets folder) whose every file is an input.
 * Templates feed every job; a file no job reads affects none.
 */
export function affectedJobs<J>(changed: readonly string[], jobs: readonly J[], inputsOf: (job: J) => readonly string[]): J[] {
  if (changed.some((f) => f.startsWith('templates/'))) return [...jobs];
  return jobs.filter((job) => {
    const inputs = inputsOf(job);
    return changed.some((f) => inputs.some((i) => (i.endsWith('/') ? f.startsWith(i) : f === i)));
  });
}
