// `adapt-guide [--city] [--sector]... [--guide]...` and `build --all`: localise, render and write each guide × variant.
import { join, relative, resolve, sep } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../../diagnostics/dedupe.js';
import { message } from '../../diagnostics/messages.js';
import { sourceFiles } from '../../localise/layers.js';
import { allVariants } from '../../localise/variants.js';
import { variantName, type OutputLang, type VariantSpec } from '../../model/types.js';
import type { AssetCopy } from '../../output/asset-sources.js';
import { AssetRegister } from '../../output/asset-register.js';
import { OUTPUT_FORMATS, type FormatContext, type FormatResult } from '../../output/formats.js';
import { outputPath } from '../../output/output-path.js';
import { copyAtomic, removeStale, writeAtomic } from '../../output/write-atomic.js';
import { loadTemplates } from '../../render/markdown/load-templates.js';
import { compileTemplates } from '../../render/markdown/templates.js';
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

  const found: Diagnostic[] = [];
  const compiled = compileTemplates(loadTemplates(workspace.templatesDir));
  if (compiled.error) found.push(error('template-error', compiled.error));
  const outputs: BuildOutput[] = [];
  const lines: string[] = [];
  const used = new Set<string>();
  const register = new AssetRegister();
  const shard = parseShard(options.shard);
  let job = -1;
  for (const variant of variants) {
    const name = variantName(variant);
    for (const guide of guides) {
      // CI jobs split the matrix: job i (variant-major, guides sorted) belongs to shard i mod N.
      if (++job % shard.count !== shard.index) continue;
      sourceFiles(workspace, guide, variant).forEach((f) => used.add(f));
      const made = buildGuide(workspace, guide, variant, lang, options.strict ?? false, compiled.templates);
      found.push(...made.diagnostics);
      const paths = formats.map((format) => outputPath(out, name, guide, lang, format));
      if (made.markdown === undefined || !copyAssets(paths[0], made.assets, register, { guide, root: workspace.root }, found)) {
        // A guide that fails leaves no output of an earlier build in its place.
        paths.forEach(removeStale);
        lines.push(message('build-failed', { guide, variant: name }, options.ui));
        continue;
      }
      for (const [i, format] of formats.entries()) {
        const result = await renderFormat(format, made.markdown, { guide, lang, variantDir: join(paths[i], '..'), file: display(outputPath(out, name, guide, lang, 'md')), sourceDateEpoch: io.env.SOURCE_DATE_EPOCH });
        found.push(...result.diagnostics);
        if (hasErrors(result.diagnostics) || !write(paths[i], result.bytes, found)) {
          removeStale(paths[i]);
          lines.push(message('build-failed', { guide, variant: name }, options.ui));
          continue;
        }
        const bytes = result.bytes.byteLength;
        outputs.push({ guide, variant: name, lang, format, path: display(paths[i]), bytes, ...(result.pages !== undefined ? { pages: result.pages } : {}) });
        lines.push(message('build-wrote', { path: display(paths[i]), bytes }, options.ui));
      }
    }
  }
  // `--all` asks for the whole workspace, so every problem in it counts; otherwise those of the files built from.
  const relevant = options.all ? loadProblems : loadProblems.filter((d) => !d.file || used.has(d.file) || asksFor(d.file, guides, variants));
  const diagnostics = dedupeDiagnostics([...relevant, ...found]);
  const text = options.quiet ? undefined : lines.join('\n') + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, outputs, data: { outputs }, ...(text ? { text } : {}) };
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

function writeFailed(path: string, err: unknown): Diagnostic {
  return error('write-failed', { path, reason: err instanceof Error ? err.message : String(err) });
}

/** Images go beside the Markdown (`<variant>/assets/`) before any format renders. */
function copyAssets(firstOutput: string, assets: readonly AssetCopy[], register: AssetRegister, context: { guide: string; root: string }, found: Diagnostic[]): boolean {
  for (const asset of assets) {
    const target = join(firstOutput, '..', asset.to);
    const earlier = register.conflict(target, asset.from);
    if (earlier) {
      const first = relative(context.root, earlier).split(sep).join('/');
      found.push(error('asset-collision', { path: asset.to, node: asset.node, first }, { at: asset.at, guide: context.guide, node: asset.node, hint: 'hint-asset-collision' }));
      return false;
    }
    register.claim(target, asset.from);
  }
  try {
    for (const asset of assets) copyAtomic(asset.from, join(firstOutput, '..', asset.to));
    return true;
  } catch (err) {
    found.push(writeFailed(firstOutput, err));
    return false;
  }
}

function write(path: string, bytes: Uint8Array, found: Diagnostic[]): boolean {
  try {
    writeAtomic(path, bytes);
    return true;
  } catch (err) {
    found.push(writeFailed(path, err));
    return false;
  }
}
