// Runs one job: reuses each output whose inputs and file are unchanged, makes the others, and remembers them.
import { dirname, relative } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatNamed, type FormatContext, type FormatResult } from '../output/formats.js';
import { copyAssets, removeOutput, writeOutput, type AssetBytes } from '../output/place-files.js';
import { checkImages } from '../output/image-check.js';
import { damagedOutput } from '../output/verify/verify-output.js';
import { digest } from '../cache/digest.js';
import type { BuildContext } from './build-context.js';
import { onDisk, type JobEntry, type OutputEntry, type WrittenFile } from './job-cache.js';
import { jobKey, outputKey } from './job-key.js';
import { localiseGuide } from '../localise/localise.js';
import { brokenInput } from './broken-input.js';
import type { MadeMarkdown } from './make-markdown.js';
import { realPath } from './real-path.js';
import { displayPath } from './display-path.js';
import { outputPath } from '../output/output-path.js';
import type { Job, JobResult, OutputResult } from './request.js';

export async function runJob(job: Job, context: BuildContext): Promise<JobResult> {
  const start = Date.now();
  const { request, cache } = context;
  const key = jobKey(job, context.keys);
  const targets = job.outputs.map((o) => ({ ...o, key: outputKey(key, o.format, realPath(o.path)) }));
  // A guide with a broken input fails as it does without a cache: nothing remembered of it is used.
  const remembered = !request.force && !brokenInput(context.workspace, job);
  const entry = remembered ? cache.job(key) : undefined;
  const before = targets.map((t) => (remembered ? cache.output(t.key) : undefined));
  if (entry && entry.assets.every(onDisk) && before.every((b) => b !== undefined)) {
    const outputs = targets.map((t, i) => reused(t.format, t.path, before[i]!));
    const diagnostics = [...entry.diagnostics, ...before.flatMap((b) => b!.diagnostics)];
    return { job, outputs, failed: [], diagnostics, ms: Date.now() - start };
  }

  // The outputs still to make are all made from the guide model, and the Markdown stage of these very
  // inputs ran before (its problems and images are remembered): the Markdown text is not made again.
  const modelOnly = entry !== undefined && targets.every((t, i) => before[i] !== undefined || formatNamed(t.format)!.fromModel === true);
  const made = (modelOnly && modelStage(job, context, entry)) || (await markdownStage()).makeMarkdown(context.workspace, job, request.lang, request.strict, context.templates().templates);
  const found: Diagnostic[] = [...made.diagnostics];
  const outputs: OutputResult[] = [];
  const fail = (formats: readonly string[]): JobResult => {
    // A guide that fails leaves no output of an earlier build in its place.
    for (const t of targets) if (formats.includes(t.format)) removeOutput(t.path);
    return { job, outputs, failed: [...formats], diagnostics: found, ms: Date.now() - start };
  };
  if (made.adapted === undefined) return fail(request.formats);
  const assets = readAssets(job.guide, made.assets, context, found);
  // A picture no format can show fails the guide in every format, before anything is written.
  const copied = assets && checkImages(job.guide, assets, found) && copyAssets(job.outputs[0].path, assets, context.register, { guide: job.guide, root: context.workspace.root, show: (p) => displayPath(request.cwd, p) }, found);
  if (!copied) return fail(request.formats);

  const failed: string[] = [];
  const fresh: { key: string; entry: OutputEntry }[] = [];
  // Diagnostics of every format point at the lines of the Markdown output, by the name the user sees.
  const shown = displayPath(request.cwd, outputPath(request.out, job.variantName, job.guide, request.lang, 'md'));
  for (const [i, target] of targets.entries()) {
    if (before[i]) {
      outputs.push(reused(target.format, target.path, before[i]!));
      found.push(...before[i]!.diagnostics);
      continue;
    }
    const model = formatNamed(target.format)!.fromModel && made.adapted ? { model: { adapted: made.adapted, strict: request.strict, images: new Map(assets!.map((a) => [a.to, a.bytes])) } } : {};
    // A format made from the model does not read the Markdown (the model stage makes none).
    const result = await render(context, target.format, made.markdown ?? '', { guide: job.guide, lang: request.lang, variantDir: dirname(target.path), file: shown, sourceDateEpoch: request.env.SOURCE_DATE_EPOCH, ...(made.front ? { front: made.front } : {}), ...model });
    found.push(...atImageSources(result.diagnostics, made.assets));
    // A file that fails its format's check is an error of its guide: never written, never cached.
    const damaged = hasErrors(result.diagnostics) ? undefined : damagedOutput(target.format, result.bytes, { file: shown, guide: job.guide });
    if (damaged) found.push(damaged);
    if (hasErrors(result.diagnostics) || damaged || !writeOutput(target.path, result.bytes, found, displayPath(request.cwd, target.path))) {
      removeOutput(target.path);
      failed.push(target.format);
      continue;
    }
    const bytes = result.bytes.byteLength;
    outputs.push({ format: target.format, path: target.path, bytes, ...(result.pages !== undefined ? { pages: result.pages } : {}), reused: false });
    fresh.push({ key: target.key, entry: { file: realPath(target.path), digest: digest(result.bytes), bytes, ...(result.pages !== undefined ? { pages: result.pages } : {}), diagnostics: result.diagnostics } });
  }
  // A guide that fails is never cached.
  if (!hasErrors(found)) {
    const written: WrittenFile[] = copied.map((file, i) => ({ file: realPath(file), digest: assets![i].digest, bytes: assets![i].bytes.byteLength }));
    cache.putJob(key, { diagnostics: made.diagnostics, assets: written, copies: made.assets } satisfies JobEntry);
    for (const m of fresh) cache.putOutput(m.key, key, m.entry);
  }
  return { job, outputs, failed, diagnostics: found, ms: Date.now() - start };
}

/** The Markdown stage (the renderer, the YAML writer of front matter): loaded when a job first runs it. */
let markdownModule: Promise<typeof import('./make-markdown.js')> | undefined;
const markdownStage = () => (markdownModule ??= import('./make-markdown.js'));

/**
 * The Markdown stage's result without its Markdown: the guide localised again (what the formats made from
 * the model print), with the problems and images the stage found for the same inputs. Undefined when the
 * guide does not localise (then the whole stage runs, and says why).
 */
function modelStage(job: Job, context: BuildContext, entry: JobEntry): MadeMarkdown | undefined {
  const { adapted } = localiseGuide(context.workspace, job.guide, job.variant);
  return adapted ? { adapted, assets: entry.copies, diagnostics: entry.diagnostics } : undefined;
}

/** A format's problem with an image points at the YAML line that set its `src`, not at the Markdown output. */
function atImageSources(diagnostics: readonly Diagnostic[], assets: MadeCopies): Diagnostic[] {
  return diagnostics.map((d) => {
    const copy = d.rule.startsWith('pdf-image-') ? assets.find((a) => a.to === d.args.src) : undefined;
    if (!copy) return d;
    return { ...d, file: copy.at.file, line: copy.at.line, col: copy.at.col, node: copy.node };
  });
}

function reused(format: string, path: string, entry: OutputEntry): OutputResult {
  return { format, path, bytes: entry.bytes, ...(entry.pages !== undefined ? { pages: entry.pages } : {}), reused: true };
}

/** The bytes of each image, as read for the job key (once per run). */
function readAssets(guide: string, copies: MadeCopies, context: BuildContext, found: Diagnostic[]): AssetBytes[] | undefined {
  const assets: AssetBytes[] = [];
  for (const copy of copies) {
    const file = context.keys.files.file(relative(context.workspace.root, copy.from).split('\\').join('/'));
    if (!file) {
      found.push(error('unreadable-file', { reason: 'cannot read the image' }, { at: copy.at, guide, node: copy.node }));
      return undefined;
    }
    assets.push({ ...copy, bytes: file.bytes, digest: file.digest });
  }
  return assets;
}
type MadeCopies = MadeMarkdown['assets'];

/**
 * One format of one guide. A format that throws has a bug, but one guide's bug must not stop the
 * others: it becomes an error of that guide (the message says it is a bug, with the reason).
 */
async function render(context: BuildContext, name: string, markdown: string, formatContext: FormatContext): Promise<FormatResult> {
  const format = formatNamed(name)!;
  try {
    if (format.offThread && context.pool) return await context.pool.render(name, markdown, formatContext);
    return await format.render(markdown, formatContext);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { bytes: new Uint8Array(), diagnostics: [error('format-crashed', { format: name.toUpperCase(), reason }, { at: { file: formatContext.file }, guide: formatContext.guide })] };
  }
}
