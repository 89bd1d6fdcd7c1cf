// The build stage: load the workspace, plan the jobs, run each (through the caches), stream the results.
// `build`, `build --all`, shards, `--watch` and the wizard all come through here.
import { dedupeDiagnostics } from '../diagnostics/dedupe.js';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/types.js';
import { AssetRegister } from '../output/asset-register.js';
import { formatNamed } from '../output/formats.js';
import { PdfPool } from '../output/pdf-pool.js';
import { loadTemplates } from '../render/markdown/load-templates.js';
import { compileTemplates, type TemplateSources } from '../render/markdown/templates.js';
import { digestOf } from '../cache/digest.js';
import { toolFingerprint } from '../cache/tool-id.js';
import { loadWorkspaceLazily } from '../workspace/load-workspace-lazily.js';
import { onCancel } from '../on-cancel.js';
import type { BuildContext } from './build-context.js';
import { inOrder } from './in-order.js';
import { JobCache } from './job-cache.js';
import { planJobs } from './plan-jobs.js';
import { realPath } from './real-path.js';
import type { BuildRequest, Job, JobResult } from './request.js';
import { runJob } from './run-job.js';
import { SourceFiles } from './source-files.js';

export interface BuildEvents {
  /**
   * The workspace is loaded, no job has run: the caller checks the ids it was given (and may throw), and
   * may answer the request with the names it was given resolved to ids (`--city 湖州`).
   */
  loaded?(workspace: Workspace): BuildRequest | void;
  /** The jobs to run among those planned (`--watch`: those a save affects); default: all. */
  select?(jobs: Job[]): Job[];
  /** Each job's result, in job order, as soon as it and the jobs before it are done. */
  job?(result: JobResult): void;
}

export interface BuildSummary {
  workspace: Workspace;
  /** Every job the request plans (before `select`), with its inputs. */
  planned: Job[];
  /** The problems of the build: of the files it read, of the run, of each job; each once. */
  diagnostics: Diagnostic[];
}

export async function runBuild(asked: BuildRequest, events: BuildEvents = {}): Promise<BuildSummary> {
  // PDF workers start before the workspace loads when the request is sure to want them: each loads
  // pdfkit and the fonts on another core meanwhile. A watch rebuild (`select`) makes what a save
  // affects, usually one guide: its workers start, as before, with the first PDF it makes.
  const slowAsked = asked.formats.filter((f) => formatNamed(f)?.offThread);
  const earlySize = !events.select && slowAsked.length > 0 ? PdfPool.sizeFor(jobsAtMost(asked), asked.env) : 0;
  const early = earlySize > 0 ? new PdfPool(earlySize, slowAsked) : undefined;
  try {
    return await buildWith(asked, events, early);
  } finally {
    await early?.close();
  }
}

/** How many jobs the request can plan at most, before the workspace is loaded (Infinity: every guide). */
function jobsAtMost(request: BuildRequest): number {
  if (request.variants === 'all' || request.guides.length === 0) return Infinity;
  return Math.ceil((request.variants.length * request.guides.length) / request.shard.count);
}

async function buildWith(asked: BuildRequest, events: BuildEvents, early: PdfPool | undefined): Promise<BuildSummary> {
  // Only the models of the guides asked for (all when none is named, or one is named by its title), without
  // the texts as translators see them.
  const loaded = await loadWorkspaceLazily(asked.root, asked.env, { force: asked.force, guides: asked.guides, texts: false });
  const { workspace } = loaded;
  const request = events.loaded?.(workspace) ?? asked;
  const planned = planJobs(workspace, request);
  const jobs = events.select ? events.select(planned) : planned;

  const runProblems: Diagnostic[] = [];
  const sources = loadTemplates(workspace.templatesDir);
  let compiled: ReturnType<BuildContext['templates']> | undefined;
  const templates = () => {
    if (!compiled) {
      const made = compileTemplates(sources);
      compiled = { ...(made.templates ? { templates: made.templates } : {}), ...(made.error ? { error: made.error } : {}) };
      if (compiled.error) runProblems.push(compiled.error);
    }
    return compiled;
  };
  const slowFormats = request.formats.filter((f) => formatNamed(f)?.offThread);
  const poolSize = slowFormats.length > 0 ? PdfPool.sizeFor(jobs.length, request.env) : 0;
  // The workers started early serve the build when it wants as many (else runBuild ends them).
  let pool: PdfPool | undefined = early?.size === poolSize ? early : undefined;
  const keys = { salt: salt(request), loaded: loaded.digests, templates: templateDigest(sources), files: new SourceFiles(workspace.root) };
  const context: BuildContext = {
    request,
    workspace,
    keys,
    templates,
    register: new AssetRegister(),
    cache: new JobCache(request.env, keys.salt),
    // Workers not started early start with the first output that needs one.
    get pool() {
      return poolSize > 0 ? (pool ??= new PdfPool(poolSize, slowFormats)) : undefined;
    },
  };

  const jobProblems: Diagnostic[] = [];
  // Cancelled, the build still remembers the jobs that finished.
  const forget = onCancel(() => context.cache.save());
  try {
    await inOrder(jobs, poolSize > 0 ? poolSize * 2 : 1, (job) => runJob(job, context), (result) => {
      jobProblems.push(...result.diagnostics);
      events.job?.(result);
    });
  } finally {
    forget();
    if (pool !== early) await pool?.close();
    // What the jobs made is remembered once per build, even when one of them threw.
    context.cache.save();
  }
  const diagnostics = dedupeDiagnostics([...relevant(loaded.diagnostics, jobs, request), ...runProblems, ...jobProblems]);
  return { workspace, planned, diagnostics };
}

/** What every job's key shares: the tool, the options that change an output, and the real workspace and output folders. */
function salt(request: BuildRequest): string {
  return digestOf([toolFingerprint(), request.lang, String(request.strict), request.env.SOURCE_DATE_EPOCH ?? '', realPath(request.root), realPath(request.out)]);
}

function templateDigest(sources: TemplateSources): string {
  return digestOf(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([name, t]) => [name, t.file, t.source]));
}

/**
 * `--all` asks for the whole workspace, so every problem in it counts; otherwise those of the files the
 * jobs read, and of the folders of the guides and localities asked for.
 */
function relevant(problems: readonly Diagnostic[], jobs: readonly Job[], request: BuildRequest): Diagnostic[] {
  if (request.variants === 'all') return [...problems];
  const inputs = new Set(jobs.flatMap((j) => j.inputs));
  const folders = [...new Set(jobs.flatMap((j) => [`guides/international/${j.guide}/`, ...j.variant.sectors.map((s) => `guides/sectors/${s}/`), ...(j.variant.city ? [`guides/cities/${j.variant.city}/`] : [])]))];
  return problems.filter((d) => !d.file || inputs.has(d.file) || folders.some((f) => d.file!.startsWith(f) || f === `${d.file}/`));
}
