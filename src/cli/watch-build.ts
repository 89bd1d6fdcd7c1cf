// `--watch`: build once, then rebuild what each saved file affects; print each result and keep going after errors.
import { error } from '../diagnostics/diagnostic.js';
import { message } from '../diagnostics/messages.js';
import { sourceFiles } from '../localise/layers.js';
import { allVariants } from '../localise/variants.js';
import { variantName, type VariantSpec, type Workspace } from '../model/types.js';
import { buildCommand, type BuildOptions } from './commands/build.js';
import type { CliIO } from './io.js';
import { openWorkspace } from './open-workspace.js';
import { UsageError } from './usage-error.js';
import type { CommandResult } from './result.js';
import { affectedJobs, type Job } from '../watch/affected.js';
import { watchFolders } from '../watch/watch-files.js';

export interface WatchOptions {
  /** Prints one build's result (the CLI's usual printer). */
  report: (result: CommandResult) => void;
  /** Stops watching (Ctrl-C). */
  signal: AbortSignal;
}

export async function watchBuild(options: BuildOptions, io: CliIO, watch: WatchOptions): Promise<CommandResult> {
  const build = async (o: BuildOptions) => {
    try {
      watch.report(await buildCommand(o, io));
    } catch (e) {
      // A usage error after an edit (a city whose profile was deleted) is reported; watching goes on.
      if (!(e instanceof UsageError)) throw e;
      watch.report({ exitCode: 2, diagnostics: [error('usage-error', { reason: message(e.messageId, e.args, options.ui) })] });
    }
  };
  await build(options);
  // The workspace the jobs and their inputs are read from; reloaded after each batch, off the critical path.
  let current = openWorkspace(options.root, io.cwd).workspace;
  io.stderr(message('watch-started', {}, options.ui) + '\n');
  let queue = Promise.resolve();
  const watcher = watchFolders(current.root, ['guides', 'templates'], (files) => {
    queue = queue.then(async () => {
      const started = Date.now();
      const jobs = affectedJobs(files, jobsOf(current, options), (job) => inputsOf(current, job, files));
      io.stderr(message('watch-changed', { files: files.join(', '), builds: jobs.length }, options.ui) + '\n');
      for (const [variant, guides] of byVariant(jobs)) {
        await build({ ...options, all: false, shard: undefined, ...(variant.city ? { city: variant.city } : { city: undefined }), sectors: variant.sectors, guides });
      }
      if (jobs.length) io.stderr(message('watch-done', { ms: Date.now() - started }, options.ui) + '\n');
      current = openWorkspace(options.root, io.cwd).workspace;
    });
  });
  await new Promise<void>((resolve) => (watch.signal.aborted ? resolve() : watch.signal.addEventListener('abort', () => resolve(), { once: true })));
  watcher.close();
  await queue;
  return { exitCode: 0, diagnostics: [], text: message('watch-stopped', {}, options.ui) + '\n' };
}

function jobsOf(workspace: Workspace, options: BuildOptions): Job<VariantSpec>[] {
  const variants = options.all ? allVariants(workspace) : [{ ...(options.city ? { city: options.city } : {}), sectors: options.sectors ?? [] }];
  const guides = options.guides?.length ? options.guides : [...workspace.guides.keys()];
  return variants.flatMap((variant) => guides.map((guide) => ({ guide, variant })));
}

/**
 * A job's inputs: the files the build reads (`sourceFiles`), and its guide's and localities'
 * folders for images. A file the loaded workspace does not know yet, or no longer has (an override
 * just made or deleted), counts by its place.
 */
function inputsOf(workspace: Workspace, job: Job<VariantSpec>, changed: readonly string[]): string[] {
  const { guide, variant } = job;
  const folders = [`guides/international/${guide}/`, ...variant.sectors.map((s) => `guides/sectors/${s}/`), ...(variant.city ? [`guides/cities/${variant.city}/`] : [])];
  const inputs = [...sourceFiles(workspace, guide, variant), ...folders.map((f) => `${f}assets/`)];
  for (const file of changed) {
    const dir = folders.find((f) => file.startsWith(f));
    if (dir && (dir.startsWith('guides/international/') || file === `${dir}${guide}.yaml` || file === `${dir}profile.yaml`)) inputs.push(file);
  }
  return inputs;
}

function byVariant(jobs: readonly Job<VariantSpec>[]): Map<VariantSpec, string[]> {
  const out = new Map<string, { variant: VariantSpec; guides: string[] }>();
  for (const job of jobs) {
    const key = variantName(job.variant);
    const entry = out.get(key) ?? { variant: job.variant, guides: [] };
    entry.guides.push(job.guide);
    out.set(key, entry);
  }
  return new Map([...out.values()].map((e) => [e.variant, e.guides]));
}
