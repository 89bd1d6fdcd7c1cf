// `--watch`: build once, then rebuild what each saved file affects; print each result and keep going after errors.
// Which jobs a save affects comes from the jobs' own inputs, as the build planned them (src/build/plan-jobs.ts).
import { error } from '../diagnostics/diagnostic.js';
import { message } from '../diagnostics/messages.js';
import type { Job } from '../build/request.js';
import { buildCommand, type BuildOptions } from './commands/build.js';
import type { CliIO } from './io.js';
import { workspaceRoot } from './workspace-root.js';
import { UsageError } from './usage-error.js';
import type { CommandResult } from './result.js';
import { affectedJobs } from '../watch/affected.js';
import { watchFolders } from '../watch/watch-files.js';

export interface WatchOptions {
  /** Prints one build's result (the CLI's usual printer). */
  report: (result: CommandResult) => void;
  /** Stops watching (Ctrl-C). */
  signal: AbortSignal;
}

export async function watchBuild(options: BuildOptions, io: CliIO, watch: WatchOptions): Promise<CommandResult> {
  // The jobs of the last build, with their inputs: a save affects those that read the file saved.
  let planned: Job[] = [];
  const build = async (only?: ReadonlySet<string>) => {
    try {
      const result = await buildCommand(options, io, only);
      planned = result.planned;
      watch.report(result);
    } catch (e) {
      // A usage error after an edit (a city whose profile was deleted) is reported; watching goes on.
      if (!(e instanceof UsageError)) throw e;
      watch.report({ exitCode: 2, diagnostics: [error('usage-error', { reason: message(e.messageId, e.args, options.ui) })] });
    }
  };
  await build();
  io.stderr(message('watch-started', {}, options.ui) + '\n');
  let queue = Promise.resolve();
  const watcher = watchFolders(workspaceRoot(options.root, io.cwd).root, ['guides', 'templates'], (files) => {
    queue = queue.then(async () => {
      const started = Date.now();
      const jobs = affectedJobs(files, planned, (job) => job.inputs);
      io.stderr(message('watch-changed', { files: files.join(', '), builds: jobs.length }, options.ui) + '\n');
      if (jobs.length) {
        await build(new Set(jobs.map((j) => j.id)));
        io.stderr(message('watch-done', { ms: Date.now() - started }, options.ui) + '\n');
      }
    });
  });
  await new Promise<void>((resolve) => (watch.signal.aborted ? resolve() : watch.signal.addEventListener('abort', () => resolve(), { once: true })));
  watcher.close();
  await queue;
  return { exitCode: 0, diagnostics: [], text: message('watch-stopped', {}, options.ui) + '\n' };
}
