// `adapt-guide [--city] [--sector]... [--guide]...` and `build --all`: localise, render and write each guide × variant.
import { join, relative, resolve, sep } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../../diagnostics/dedupe.js';
import { message } from '../../diagnostics/messages.js';
import { sourceFiles } from '../../localise/layers.js';
import { localiseGuide } from '../../localise/localise.js';
import { allVariants } from '../../localise/variants.js';
import { variantName, type OutputLang, type VariantSpec, type Workspace } from '../../model/types.js';
import { assetSources } from '../../output/asset-sources.js';
import { outputPath } from '../../output/output-path.js';
import { copyAtomic, removeStale, writeAtomic } from '../../output/write-atomic.js';
import { loadTemplates } from '../../render/markdown/load-templates.js';
import { renderMarkdown } from '../../render/markdown/render-markdown.js';
import { compileTemplates, type CompiledTemplates } from '../../render/markdown/templates.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { checkVariant, selectGuides } from '../select-variants.js';
import { UsageError } from '../usage-error.js';

export interface BuildOptions {
  root?: string;
  city?: string;
  sectors?: string[];
  guides?: string[];
  /** `md`, `pdf`; default: every format available. */
  formats?: string[];
  lang?: string;
  out?: string;
  strict?: boolean;
  all?: boolean;
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
}

export interface BuildResult extends CommandResult {
  outputs: BuildOutput[];
}

const LANGS: OutputLang[] = ['zh', 'en', 'bilingual'];
/** Formats this build can write; `pdf` joins when the PDF engine is plugged in. */
const AVAILABLE_FORMATS = ['md'];

function checkFormats(asked: readonly string[] | undefined): string[] {
  const formats = asked && asked.length > 0 ? [...new Set(asked)] : AVAILABLE_FORMATS;
  for (const format of formats) {
    if (format === 'pdf' && !AVAILABLE_FORMATS.includes('pdf')) throw new UsageError('pdf-unavailable');
    if (!AVAILABLE_FORMATS.includes(format)) throw new UsageError('unknown-format', { format }, 'hint-formats');
  }
  return formats;
}

function checkLang(lang: string | undefined): OutputLang {
  const chosen = (lang ?? 'zh') as OutputLang;
  if (!LANGS.includes(chosen)) throw new UsageError('unknown-lang', { lang: String(lang) }, 'hint-langs');
  return chosen;
}

export function buildCommand(options: BuildOptions, io: CliIO): BuildResult {
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

  const found: Diagnostic[] = [];
  const compiled = compileTemplates(loadTemplates(workspace.templatesDir));
  if (compiled.error) found.push(templateError(compiled.error));
  const outputs: BuildOutput[] = [];
  const lines: string[] = [];
  const display = (path: string) => {
    const rel = relative(io.cwd, path);
    return (rel.startsWith('..') ? path : rel).split(sep).join('/');
  };
  const used = new Set<string>();
  for (const variant of variants) {
    for (const guide of guides) {
      sourceFiles(workspace, guide, variant).forEach((f) => used.add(f));
      for (const format of formats) {
        const path = outputPath(out, variantName(variant), guide, lang, format);
        const made = buildOne(workspace, guide, variant, lang, options.strict ?? false, compiled.templates);
        found.push(...made.diagnostics);
        if (!made.markdown) {
          removeStale(path);
          lines.push(message('build-failed', { guide, variant: variantName(variant) }, options.ui));
          continue;
        }
        const written = write(path, made.markdown, made.copies, found);
        if (!written) continue;
        outputs.push({ guide, variant: variantName(variant), lang, format, path: display(path), bytes: Buffer.byteLength(made.markdown) });
        lines.push(message('build-wrote', { path: display(path), bytes: Buffer.byteLength(made.markdown) }, options.ui));
      }
    }
  }
  const relevant = loadProblems.filter((d) => !d.file || used.has(d.file) || asksFor(d.file, guides, variants));
  const diagnostics = dedupeDiagnostics([...relevant, ...found]);
  const text = options.quiet ? undefined : lines.join('\n') + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, outputs, data: { outputs }, ...(text ? { text } : {}) };
}

function templateError(error: { template: string; reason: string }): Diagnostic {
  const bag = new DiagnosticBag();
  bag.error('template-error', error);
  return bag.items[0];
}

/** A problem in the folder of a guide or locality the build asked for belongs to this build. */
function asksFor(file: string, guides: readonly string[], variants: readonly VariantSpec[]): boolean {
  if (guides.some((g) => file.startsWith(`guides/international/${g}/`))) return true;
  return variants.some((v) => (v.city && file.startsWith(`guides/cities/${v.city}/`)) || v.sectors.some((s) => file.startsWith(`guides/sectors/${s}/`)));
}

interface BuiltGuide {
  /** Absent when the guide has errors: nothing is written for it. */
  markdown?: string;
  copies: { from: string; to: string }[];
  diagnostics: Diagnostic[];
}

/** One guide of one variant: localise, render, find its images. Pure but for checking that images exist. */
export function buildOne(workspace: Workspace, guide: string, variant: VariantSpec, lang: OutputLang, strict: boolean, templates: CompiledTemplates | undefined): BuiltGuide {
  const bag = new DiagnosticBag();
  const localised = localiseGuide(workspace, guide, variant);
  bag.addAll(localised.diagnostics);
  if (!localised.adapted || !templates) return { copies: [], diagnostics: bag.items };
  const rendered = renderMarkdown(localised.adapted, { lang, strict }, templates);
  bag.addAll(rendered.diagnostics);
  const copies = assetSources(workspace.root, guide, rendered.assets, bag);
  const broken = sourceFiles(workspace, guide, variant).some((file) => workspace.broken.has(file));
  if (broken || bag.hasErrors || rendered.markdown === undefined) return { copies: [], diagnostics: bag.items };
  return { markdown: rendered.markdown, copies, diagnostics: bag.items };
}

function write(path: string, markdown: string, copies: { from: string; to: string }[], found: Diagnostic[]): boolean {
  try {
    writeAtomic(path, markdown);
    for (const copy of copies) copyAtomic(copy.from, join(path, '..', copy.to));
    return true;
  } catch (err) {
    const bag = new DiagnosticBag();
    bag.error('write-failed', { path, reason: err instanceof Error ? err.message : String(err) });
    found.push(...bag.items);
    return false;
  }
}
