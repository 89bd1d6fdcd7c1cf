// `adapt-guide [--city] [--sector]... [--guide]...` and `build --all`: localise, render and write each guide × variant.
import { join, relative, resolve, sep } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../../diagnostics/dedupe.js';
import { message } from '../../diagnostics/messages.js';
import { sourceFiles } from '../../localise/layers.js';
import { allVariants } from '../../localise/variants.js';
import { variantName, type OutputLang, type VariantSpec, type Workspace } from '../../model/types.js';
import { AssetRegister } from '../../output/asset-register.js';
import { OUTPUT_FORMATS, type FormatContext, type FormatResult } from '../../output/formats.js';
import { outputPath } from '../../output/output-path.js';
import { copyAssets, writeOutput } from '../../output/place-files.js';
import { removeStale } from '../../output/write-atomic.js';
import { cacheFile, type DigestMemo, fingerprintPaths, readCache, stillThere, toolFingerprint, writeCache, type BuildCache, type CachedJob } from '../../output/build-cache.js';
import { findRoot } from '../../workspace/find-root.js';
import { PdfPool } from '../../output/pdf-pool.js';
import { liveProgress, summaryTable, type JobRecord } from '../progress.js';
import { loadTemplates } from '../../render/markdown/load-templates.js';
import { compileTemplates, type CompiledTemplates } from '../../render/markdown/templates.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { checkVariant, selectGuides } from '../select-variants.js';
import { UsageError } from '../usage-error.js';
import { checkFormats, checkLang, parseShard } from '../build-options.js';
import { buildGuide } from './build-guide.js';

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
}

export interface BuildResult extends CommandResult {
  outputs: BuildOutput[];
}

export async function buildCommand(options: BuildOptions, io: CliIO): Promise<BuildResult> {
  const formats = checkFormats(options.formats);
  const lang = checkLang(options.lang);
  const sectors = options.sectors ?? [];
  if (options.all && (options.city || sectors.length > 0)) throw new UsageError('all-with-variant');
  const out = resolve(io.cwd, options.out ?? 'dist');
  const display = (path: string) => {
    const rel = relative(io.cwd, path);
    return (rel.startsWith('..') ? path : rel).split(sep).join('/');
  };
  // Nothing changed since the last build (same inputs, options and tool): its result stands, no loading.
  const located = findRoot(options.root, io.cwd);
  const cachePath = cacheFile(io.env, located.root, out);
  const cache = options.force ? { version: 1 as const, jobs: {} } : readCache(cachePath);
  const optionsKey = JSON.stringify([formats, lang, options.strict ?? false, options.all ?? false, options.city ?? '', sectors, options.guides ?? [], options.shard ?? '', io.env.SOURCE_DATE_EPOCH ?? '']);
  const digests: DigestMemo = new Map();
  const salt = `${toolFingerprint()}\0${optionsKey}`;
  const wholeKey = fingerprintPaths([join(located.root, 'guides'), join(located.root, 'templates')], salt, digests);
  if (cache.whole?.key === wholeKey && stillThere(cache.whole.result)) return replay(cache.whole.result, display, options);

  const { workspace, diagnostics: loadProblems } = openWorkspace(options.root, io.cwd);
  const spec: VariantSpec = { ...(options.city ? { city: options.city } : {}), sectors };
  if (!options.all) checkVariant(workspace, spec);
  const guides = selectGuides(workspace, options.guides ?? []);
  const variants = options.all ? allVariants(workspace) : [spec];

  const compiled = compileTemplates(loadTemplates(workspace.templatesDir));
  const run: BuildRun = { workspace, formats, lang, out, display, strict: options.strict ?? false, ui: options.ui, env: io.env, templates: compiled.templates, register: new AssetRegister(), found: [], outputs: [], lines: [], cwd: io.cwd, cache, seen: {}, digests, salt };
  if (compiled.error) run.found.push(compiled.error);
  const used = new Set<string>();
  const shard = parseShard(options.shard);
  const mine: [string, VariantSpec][] = [];
  let job = -1;
  for (const variant of variants) {
    for (const guide of guides) {
      // CI jobs split the matrix: job i (variant-major, guides sorted) belongs to shard i mod N.
      if (++job % shard.count !== shard.index) continue;
      sourceFiles(workspace, guide, variant).forEach((f) => used.add(f));
      mine.push([guide, variant]);
    }
  }
  // PDFs are typeset on worker threads; jobs then run side by side and their results join in job order.
  const size = formats.includes('pdf') ? PdfPool.sizeFor(mine.length, io.env) : 0;
  run.pool = size > 0 ? new PdfPool(size) : undefined;
  const progress = liveProgress(io.stderrIsTTY && !options.quiet, mine.length, io.stderr, options.ui ?? 'en');
  const records: JobRecord[] = [];
  try {
    const results = await inOrder(mine, run.pool ? run.pool.size * 2 : 1, async ([guide, variant]) => {
      const start = Date.now();
      const r = await buildJob(jobRun(run), guide, variant);
      const record: JobRecord = { variant: variantName(variant), guide, failed: hasErrors(r.found), files: r.outputs.length, reused: r.reused ?? false, ms: Date.now() - start };
      progress.done(record);
      return { r, record };
    });
    for (const { r, record } of results) {
      run.found.push(...r.found);
      run.outputs.push(...r.outputs);
      run.lines.push(...r.lines);
      records.push(record);
    }
  } finally {
    progress.finish();
    await run.pool?.close();
  }
  if (records.length > 1) run.lines.push('', summaryTable(records, options.ui ?? 'en').trimEnd());
  // `--all` asks for the whole workspace, so every problem in it counts; otherwise those of the files built from.
  const relevant = options.all ? loadProblems : loadProblems.filter((d) => !d.file || used.has(d.file) || asksFor(d.file, guides, variants));
  const diagnostics = dedupeDiagnostics([...relevant, ...run.found]);
  const text = options.quiet ? undefined : run.lines.join('\n') + '\n';
  const exitCode = exitCodeFor(diagnostics);
  if (exitCode === 0) {
    const result: CachedJob = { outputs: run.outputs.map((o) => ({ ...o, file: resolve(io.cwd, o.path) })), diagnostics };
    writeCache(cachePath, { version: 1, whole: { key: wholeKey, result }, jobs: run.seen });
  } else {
    writeCache(cachePath, { version: 1, jobs: run.seen });
  }
  return { exitCode, diagnostics, outputs: run.outputs, data: { outputs: run.outputs }, ...(text ? { text } : {}) };
}

/** The result of a build whose inputs all stand unchanged: its outputs and problems, as they were. */
function replay(cached: CachedJob, display: (path: string) => string, options: BuildOptions): BuildResult {
  const outputs: BuildOutput[] = cached.outputs.map(({ file, ...o }) => ({ ...o, lang: o.lang as OutputLang, path: display(file) }));
  const lines = [message('build-up-to-date', { count: outputs.length }, options.ui)];
  return { exitCode: exitCodeFor(cached.diagnostics), diagnostics: cached.diagnostics, outputs, data: { outputs, upToDate: true }, ...(options.quiet ? {} : { text: lines.join('\n') + '\n' }) };
}

/** What every job of one build shares, and what they add to. */
interface BuildRun {
  workspace: Workspace;
  formats: string[];
  lang: OutputLang;
  out: string;
  display: (path: string) => string;
  strict: boolean;
  ui?: 'en' | 'zh';
  env: NodeJS.ProcessEnv;
  templates?: CompiledTemplates;
  register: AssetRegister;
  found: Diagnostic[];
  outputs: BuildOutput[];
  lines: string[];
  /** What the last build made per job, and what this one makes (written back at the end). */
  cache: BuildCache;
  seen: Record<string, CachedJob>;
  /** The tool and the options, part of every job's fingerprint. */
  salt: string;
  /** File digests read so far in this build. */
  digests: DigestMemo;
  pool?: PdfPool;
  cwd: string;
  /** Set on a job's run when its outputs were still up to date. */
  reused?: boolean;
}

/** A job's own view of the run: shared settings, its own lists of problems, outputs and lines. */
function jobRun(run: BuildRun): BuildRun {
  return { ...run, found: [], outputs: [], lines: [] };
}

/** Runs `task` over `items` with at most `width` at once; results in the order of `items`. */
async function inOrder<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

/** One guide of one variant in every format asked; a failure removes its earlier outputs. */
async function buildJob(run: BuildRun, guide: string, variant: VariantSpec): Promise<BuildRun> {
  const { display } = run;
  const key = jobKey(run, guide, variant);
  const before = run.cache.jobs[key];
  if (before && stillThere(before)) {
    run.seen[key] = before;
    run.found.push(...before.diagnostics);
    for (const { file, ...o } of before.outputs) {
      run.outputs.push({ ...o, lang: o.lang as OutputLang, path: display(file) });
      run.lines.push(message('build-unchanged', { path: display(file) }, run.ui));
    }
    run.reused = true;
    return run;
  }
  const firstOutput = run.outputs.length;
  const firstProblem = run.found.length;
  await makeJob(run, guide, variant);
  const problems = run.found.slice(firstProblem);
  if (!hasErrors(problems)) {
    run.seen[key] = { outputs: run.outputs.slice(firstOutput).map((o) => ({ ...o, file: resolve(run.cwd, o.path) })), diagnostics: problems };
  }
  return run;
}

/** Fingerprint of everything one job reads: its YAML files, the images it may copy, glossary and templates. */
function jobKey(run: BuildRun, guide: string, variant: VariantSpec): string {
  const root = run.workspace.root;
  const files = sourceFiles(run.workspace, guide, variant).map((f) => join(root, f));
  files.push(join(root, 'guides/international', guide, 'assets'), join(root, 'guides/glossary.yaml'), join(root, 'templates'));
  if (variant.city) files.push(join(root, 'guides/cities', variant.city, 'assets'));
  for (const s of variant.sectors) files.push(join(root, 'guides/sectors', s, 'assets'));
  return fingerprintPaths(files, `${run.salt}\0${guide}\0${variantName(variant)}\0${run.out}`, run.digests);
}

async function makeJob(run: BuildRun, guide: string, variant: VariantSpec): Promise<void> {
  const { lang, out, display } = run;
  const name = variantName(variant);
  const made = buildGuide(run.workspace, guide, variant, lang, run.strict, run.templates);
  run.found.push(...made.diagnostics);
  const paths = run.formats.map((format) => outputPath(out, name, guide, lang, format));
  const failed = (path: string) => {
    // A guide that fails leaves no output of an earlier build in its place.
    removeStale(path);
    run.lines.push(message('build-failed', { guide, variant: name }, run.ui));
  };
  if (made.markdown === undefined || !copyAssets(paths[0], made.assets, run.register, { guide, root: run.workspace.root }, run.found)) {
    paths.forEach(failed);
    return;
  }
  const file = display(outputPath(out, name, guide, lang, 'md'));
  for (const [i, format] of run.formats.entries()) {
    const result = await renderFormat(run.pool, format, made.markdown, { guide, lang, variantDir: join(paths[i], '..'), file, sourceDateEpoch: run.env.SOURCE_DATE_EPOCH, front: made.front });
    run.found.push(...result.diagnostics);
    if (hasErrors(result.diagnostics) || !writeOutput(paths[i], result.bytes, run.found)) {
      failed(paths[i]);
      continue;
    }
    const bytes = result.bytes.byteLength;
    run.outputs.push({ guide, variant: name, lang, format, path: display(paths[i]), bytes, ...(result.pages !== undefined ? { pages: result.pages } : {}) });
    run.lines.push(message('build-wrote', { path: display(paths[i]), bytes }, run.ui));
  }
}

/**
 * One format of one guide. A format that throws has a bug, but one guide's bug must not stop the
 * others: it becomes an error of that guide (the message says it is a bug, with the reason).
 */
async function renderFormat(pool: PdfPool | undefined, format: string, markdown: string, context: FormatContext): Promise<FormatResult> {
  try {
    if (format === 'pdf' && pool) return await pool.render(markdown, context);
    return await OUTPUT_FORMATS[format]!.render(markdown, context);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { bytes: new Uint8Array(), diagnostics: [error('format-crashed', { format: format.toUpperCase(), reason }, { at: { file: context.file }, guide: context.guide })] };
  }
}

/** A problem in the folder of a guide or locality the build asked for belongs to this build. */
function asksFor(file: string, guides: readonly string[], variants: readonly VariantSpec[]): boolean {
  if (guides.some((g) => file.startsWith(`guides/international/${g}/`))) return true;
  return variants.some((v) => (v.city && file.startsWith(`guides/cities/${v.city}/`)) || v.sectors.some((s) => file.startsWith(`guides/sectors/${s}/`)));
}
