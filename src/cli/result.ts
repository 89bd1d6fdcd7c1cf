// What every command returns, and the one place that prints it.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { UiLang } from '../diagnostics/messages.js';
import { formatGithub, formatReport, formatStepSummary, toJson, type SummaryOutput } from '../diagnostics/reporter.js';
import { appendFileSync } from 'node:fs';
import { readInput } from '../load/read-input.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { findRoot } from '../workspace/find-root.js';
import { shownDiagnostics } from '../diagnostics/suppress.js';
import type { CliIO } from './io.js';

export interface CommandResult {
  exitCode: number;
  diagnostics: Diagnostic[];
  /** Extra fields of the `--json` object (outputs, guides, …). */
  data?: Record<string, unknown>;
  /** Human-readable output for stdout (when not --json). */
  text?: string;
  /**
   * A build's lines of what is left to do, one per variant, printed after the errors and before the
   * summary. A result that has them shows only its errors by default: its warnings are counted there.
   */
  leftToDo?: string[];
}

export interface ReportOptions {
  json?: boolean;
  quiet?: boolean;
  /** Every warning, also where a build counts them in its left-to-do lines. */
  verbose?: boolean;
  reporter?: string;
  ui: UiLang;
  root?: string;
  /** Every parser error of a file, not only the first mistake. */
  allErrors?: boolean;
}

export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return hasErrors(diagnostics) ? 1 : 0;
}

export function printResult(all: CommandResult, options: ReportOptions, io: CliIO): number {
  const result = { ...all, diagnostics: shownDiagnostics(all.diagnostics, options.allErrors) };
  if (options.json) {
    const body = { ok: result.exitCode === 0, ...result.data, diagnostics: result.diagnostics.map((d) => toJson(d, options.ui)) };
    io.stdout(JSON.stringify(body, null, 2) + '\n');
    return result.exitCode;
  }
  // --quiet: errors only (and nothing at all when there are none); the exit code still tells.
  if (result.text && !options.quiet) io.stdout(result.text);
  if (options.reporter === 'github') {
    const pathOf = repositoryPaths(result, options, io);
    io.stdout(formatGithub(result.diagnostics, options.ui, pathOf));
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary) {
      const outputs = Array.isArray(result.data?.outputs) ? (result.data.outputs as SummaryOutput[]) : [];
      appendFileSync(summary, formatStepSummary(result.diagnostics, outputs, options.ui, pathOf));
    }
    return result.exitCode;
  }
  // Order: what was done (stdout, above), the problems, what is left to do, the summary (stderr, in that order).
  const errorsOnly = options.quiet || (result.leftToDo !== undefined && !options.verbose);
  const shown = errorsOnly ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (options.quiet && shown.length === 0) return result.exitCode;
  if (shown.length > 0 || !result.text || result.leftToDo !== undefined) {
    const root = options.root;
    const source = io.stderrIsTTY && root ? (file: string) => readQuietly(join(root, file), root) : undefined;
    const leftToDo = options.quiet ? [] : (result.leftToDo ?? []);
    io.stderr(formatReport(shown, { ui: options.ui, source, color: io.stderrIsTTY && !io.env.NO_COLOR, leftToDo, counted: options.quiet ? shown : result.diagnostics }));
  }
  return result.exitCode;
}

/**
 * Annotations attach only to paths relative to the repository: diagnostics name files relative to the
 * workspace, which may be a subfolder of it. The repository is GITHUB_WORKSPACE in a workflow (else the
 * current folder, where a workflow step runs).
 */
function repositoryPaths(result: CommandResult, options: ReportOptions, io: CliIO): (file: string) => string {
  const base = io.env.GITHUB_WORKSPACE || io.cwd;
  const root = typeof result.data?.root === 'string' ? result.data.root : findRoot(options.root, io.cwd).root;
  return (file) => {
    const rel = relative(base, resolve(root, file));
    return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
  };
}

/** The source a code frame shows, through the input guard: never a FIFO, a device or a file outside the workspace. */
function readQuietly(path: string, root: string): string | undefined {
  const read = readInput(path, { limit: MAX_FILE_BYTES, within: [root] });
  return read.ok ? read.bytes.toString('utf8') : undefined;
}
