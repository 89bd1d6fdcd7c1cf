// `adapt-guide [--city] [--sector]... [--guide]...` and `build --all`: checks the options, runs the build
// stage (src/build/) and prints what it wrote, reused or could not write.
import { resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { OutputLang, VariantSpec, Workspace } from '../../model/types.js';
import type { BuildRequest, Job, JobResult } from '../../build/request.js';
import { runBuild, type BuildSummary } from '../../build/run-build.js';
import { displayPath } from '../../build/display-path.js';
import { liveProgress, type JobRecord } from '../progress.js';
import { BuildTally } from '../build-report.js';
import { openFeedbackCounter } from '../../feedback/feedback-counter.js';
import type { CliIO } from '../io.js';
import { workspaceRoot } from '../workspace-root.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { resolveVariant, selectGuides } from '../select-variants.js';
import { UsageError } from '../usage-error.js';
import { guardOutput } from '../guard-output.js';
import { checkFormats, checkLang, checkSourceDateEpoch, parseShard } from '../build-options.js';

export interface BuildOptions {
  root?: string;
  city?: string;
  sectors?: string[];
  guides?: string[];
  /** `md`, `pdf`; default: both. */
  formats?: string[];
  lang?: string;
  out?: string;
  strict?: boolean;
  all?: boolean;
  /** `K/N`: build only this CI shard of the jobs. */
  shard?: string;
  quiet?: boolean;
  /** List every output of every variant (several variants otherwise give one table row each). */
  verbose?: boolean;
  /** Build every output even when its inputs have not changed since the last build. */
  force?: boolean;
  ui?: 'en' | 'zh';
}

export interface BuildOutput {
  guide: string;
  variant: string;
  lang: OutputLang;
  format: string;
  path: string;
  bytes: number;
  pages?: number;
  /** Whether this build wrote the file, or found it already made from the same inputs. */
  state: 'rebuilt' | 'reused';
}

export interface BuildResult extends CommandResult {
  outputs: BuildOutput[];
  /** Every job the request plans, with its inputs (`--watch` finds the jobs a save affects from them). */
  planned: Job[];
}

/** The request a command line makes; a mistake in it is a usage error. */
export function buildRequest(options: BuildOptions, io: CliIO): BuildRequest {
  const sectors = options.sectors ?? [];
  if (options.all && (options.city || sectors.length > 0)) throw new UsageError('all-with-variant');
  const formats = checkFormats(options.formats);
  const lang = checkLang(options.lang);
  const shard = parseShard(options.shard);
  const env = { ...process.env, ...io.env };
  checkSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  const { root } = workspaceRoot(options.root, io.cwd);
  const out = resolve(io.cwd, options.out ?? 'dist');
  guardOutput(out, { workspace: root, folder: true, shown: options.out ?? 'dist' });
  const variants: 'all' | VariantSpec[] = options.all ? 'all' : [{ ...(options.city ? { city: options.city } : {}), sectors }];
  return { root, variants, guides: options.guides ?? [], formats, lang, out, strict: options.strict ?? false, shard, force: options.force ?? false, cwd: io.cwd, env };
}

/** `only`: the ids of the jobs to run (`--watch`); default: every job the options plan. */
export async function buildCommand(options: BuildOptions, io: CliIO, only?: ReadonlySet<string>): Promise<BuildResult> {
  const asked = buildRequest(options, io);
  const ui = options.ui ?? 'en';
  const show = (path: string) => displayPath(io.cwd, path);
  const outputs: BuildOutput[] = [];
  const tally = new BuildTally(ui, show);
  let workspace: Workspace | undefined;
  let progress = liveProgress(false, 0, io.stderr, ui);
  const summary: BuildSummary = await runBuild(asked, {
    loaded(loaded) {
      workspace = loaded;
      // Names resolved to ids (`--city 湖州`): the jobs are planned from the ids.
      const variants = asked.variants === 'all' ? asked.variants : [resolveVariant(loaded, asked.variants[0])];
      return { ...asked, variants, guides: asked.guides.length > 0 ? selectGuides(loaded, asked.guides) : [] };
    },
    select(jobs) {
      const chosen = only ? jobs.filter((j) => only.has(j.id)) : jobs;
      progress = liveProgress(io.stderrIsTTY && !options.quiet, chosen.length, io.stderr, ui);
      return chosen;
    },
    job(result) {
      const record = recordOf(result);
      progress.done(record);
      tally.add(result, record);
      for (const o of result.outputs) {
        outputs.push({ guide: result.job.guide, variant: result.job.variantName, lang: asked.lang, format: o.format, path: show(o.path), bytes: o.bytes, ...(o.pages !== undefined ? { pages: o.pages } : {}), state: o.reused ? 'reused' : 'rebuilt' });
      }
    },
  }).finally(() => progress.finish());
  const upToDate = tally.records.length > 0 && tally.records.every((r) => r.reused);
  const { diagnostics } = summary;
  const written = tally.written(options.verbose ?? false);
  const todo = workspace ? tally.leftToDo(await openFeedbackCounter(workspace)) : [];
  const text = options.quiet || written.length === 0 ? undefined : written.join('\n') + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, outputs, planned: summary.planned, data: { outputs, ...(upToDate ? { upToDate } : {}) }, ...(text ? { text } : {}), leftToDo: todo };
}

function recordOf(result: JobResult): JobRecord {
  const reused = result.outputs.length > 0 && result.failed.length === 0 && result.outputs.every((o) => o.reused);
  return { variant: result.job.variantName, guide: result.job.guide, failed: hasErrors(result.diagnostics) || result.failed.length > 0, files: result.outputs.length, reused, ms: result.ms };
}
