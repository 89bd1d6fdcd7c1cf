// `adapt-guide pdf FILE.md [-o FILE.pdf]`: typeset any Markdown file in the house style.
// Reads the file and theme, calls renderPdf, writes the PDF atomically; never prints itself.
import { rmSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { DiagnosticBag, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readText } from '../../load/read-text.js';
import { findRoot } from '../../workspace/find-root.js';
import { guardOutput } from '../guard-output.js';
import { checkSourceDateEpoch } from '../build-options.js';
import { damagedOutput } from '../../output/verify/verify-output.js';
import { writeAtomic } from '../../output/write-atomic.js';
import type { CommandResult } from '../result.js';
import { displayPath } from '../../build/display-path.js';
import { message, type UiLang } from '../../diagnostics/messages.js';

export interface PdfCommandOptions {
  file: string;
  output?: string;
  theme?: string;
  fontDir?: string;
  pdfa?: boolean;
  lang?: 'zh' | 'en' | 'bilingual';
  /** Images must stay inside this folder; default: the Markdown file's folder. */
  root?: string;
  cwd: string;
  /** SOURCE_DATE_EPOCH, for the PDF's dates. */
  sourceDateEpoch?: string;
  /** The language of what it prints (where it wrote). */
  ui?: UiLang;
}

export interface PdfOutput {
  format: 'pdf';
  path: string;
  bytes: number;
  pages: number;
}

export async function pdfCommand(o: PdfCommandOptions): Promise<CommandResult & { outputs: PdfOutput[] }> {
  const input = resolve(o.cwd, o.file);
  const shown = relative(o.cwd, input) || o.file;
  const output = resolve(o.cwd, o.output ?? join2(dirname(input), basename(input, extname(input)) + '.pdf'));
  // The workspace the command runs in (if any) keeps its sources; the input is never the output.
  checkSourceDateEpoch(o.sourceDateEpoch);
  const here = findRoot(undefined, o.cwd);
  guardOutput(output, { inputs: [input], ...(here.shipped ? {} : { workspace: here.root }), shown: o.output ?? relative(o.cwd, output) });
  const bag = new DiagnosticBag();
  const done = (diagnostics: Diagnostic[], outputs: PdfOutput[] = []) => ({
    exitCode: hasErrors(diagnostics) ? 1 : 0,
    diagnostics,
    outputs,
    data: { outputs: outputs.map((x) => ({ ...x, path: relative(o.cwd, x.path) || x.path })) },
    ...(outputs.length > 0 ? { text: outputs.map((x) => message('pdf-wrote', { path: displayPath(o.cwd, x.path), bytes: x.bytes, pages: x.pages }, o.ui)).join('\n') + '\n' } : {}),
  });
  const read = readText(input, shown, 8 * 1024 * 1024);
  if (!read.ok) return done([read.diagnostic]);
  // Loaded only now: a usage error never pays for pdfkit and the fonts.
  const { renderPdf, loadTheme } = await import('../../render/pdf/index.js');
  const theme = await loadTheme({ themePath: o.theme && resolve(o.cwd, o.theme), fontDir: o.fontDir && resolve(o.cwd, o.fontDir) }, bag);
  if (bag.hasErrors) return done(bag.items);
  const epoch = Number(o.sourceDateEpoch);
  const result = await renderPdf(read.text, {
    theme,
    baseDir: dirname(input),
    allowedRoot: o.root ? resolve(o.cwd, o.root) : dirname(input),
    file: shown,
    pdfa: Boolean(o.pdfa),
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.sourceDateEpoch && Number.isFinite(epoch) ? { creationDate: new Date(epoch * 1000) } : {}),
  });
  bag.addAll(result.diagnostics);
  const damaged = bag.hasErrors ? undefined : damagedOutput('pdf', result.bytes, { file: shown });
  if (damaged) bag.add(damaged);
  // A document with errors leaves no PDF behind, not even one from an earlier run.
  if (bag.hasErrors || result.bytes.length === 0) {
    rmSync(output, { force: true });
    return done(bag.items);
  }
  try {
    writeAtomic(output, result.bytes);
  } catch (e) {
    bag.error('pdf-write-failed', { file: relative(o.cwd, output), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    return done(bag.items);
  }
  return done(bag.items, [{ format: 'pdf', path: output, bytes: result.bytes.length, pages: result.pages }]);
}

const join2 = (dir: string, name: string) => resolve(dir, name);
