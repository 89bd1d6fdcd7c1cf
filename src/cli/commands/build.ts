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
  const { workspace, diagnostics: loadProblems } = openWorkspace(options.root, io.cwd);
  const spec: VariantSpec = { ...(options.city ? { city: options.city } : {}), sectors };
  if (!options.all) checkVariant(workspace, spec);
  const guides = selectGuides(workspace, options.guides ?? []);
  const variants = options.all ? allVariants(workspace) : [spec];
  const out = resolve(io.cwd, options.out ?? 'dist');
  const display = (path: string) => {
    const rel = relative(io.cwd, path);
    return (rel.startsWith('..') ? path : rel).split(sep).join('/');
  };

  const compiled = compileTemplates(loadTemplates(workspace.templatesDir));
  const run: BuildRun = { workspace, formats, lang, out, display, strict: options.strict ?? false, ui: options.ui, env: io.env, templates: compiled.templates, register: new AssetRegister(), found: [], outputs: [], lines: [] };
  if (compiled.error) run.found.push(error('template-error', compiled.error));
  const used = new Set<string>();
  const shard = parseShard(options.shard);
  let job = -1;
  for (const variant of variants) {
    for (const guide of guides) {
      // CI jobs split the matrix: job i (variant-major, guides sorted) belongs to shard i mod N.
      if (++job % shard.count !== shard.index) continue;
      sourceFiles(workspace, guide, variant).forEach((f) => used.add(f));
      await buildJob(run, guide, variant);
    }
  }
  // `--all` asks for the whole workspace, so every problem in it counts; otherwise those of the files built from.
  const relevant = options.all ? loadProblems : loadProblems.filter((d) => !d.file || used.has(d.file) || asksFor(d.file, guides, variants));
  const diagnostics = dedupeDiagnostics([...relevant, ...run.found]);
  const text = options.quiet ? undefined : run.lines.join('\n') + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, outputs: run.outputs, data: { outputs: run.outputs }, ...(text ? { text } : {}) };
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
}

/** One guide of one variant in every format asked; a failure removes its earlier outputs. */
async function buildJob(run: BuildRun, guide: string, variant: VariantSpec): Promise<void> {
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
    const result = await renderFormat(format, made.markdown, { guide, lang, variantDir: join(paths[i], '..'), file, sourceDateEpoch: run.env.SOURCE_DATE_EPOCH });
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
async function renderFormat(format: string, markdown: string, context: FormatContext): Promise<FormatResult> {
  try {
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
