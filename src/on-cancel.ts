// What a cancel (Ctrl-C, SIGTERM) still does before the process leaves: record the work that finished, so
// that the next run does not make it again (a build's cache record). Each step is synchronous and short;
// the CLI's signal handler (src/cli/cancel.ts) runs them, then exits.
const steps = new Set<() => void>();

/** Adds a step; returns its removal (call it once the work it records is recorded the usual way). */
export function onCancel(step: () => void): () => void {
  steps.add(step);
  return () => void steps.delete(step);
}

/** Runs every step once; one that fails does not stop the others, nor the cancel. */
export function runCancelSteps(): void {
  for (const step of [...steps]) {
    steps.delete(step);
    try {
      step();
    } catch {
      // A record that cannot be written only costs time next run.
    }
  }
}
