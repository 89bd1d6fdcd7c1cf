// What every command returns, and the one place that prints it.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { UiLang } from '../diagnostics/messages.js';
import { formatGithub, formatReport, toJson } from '../diagnostics/reporter.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from './io.js';

export interface CommandResult {
  exitCode: number;
  diagnostics: Diagnostic[];
  /** Extra fields of the `--json` object (outputs, guides, …). */
  data?: Record<string, unknown>;
  /** Human-readable output for stdout (when not --json). */
  text?: string;
}

export interface ReportOptions {
  json?: boolean;
  quiet?: boolean;
  reporter?: string;
  ui: UiLang;
  root?: string;
}

export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return hasErrors(diagnostics) ? 1 : 0;
}

export function printResult(result: CommandResult, options: ReportOptions, io: CliIO): number {
  if (options.json) {
    const body = { ok: result.exitCode === 0, ...result.data, diagnostics: result.diagnostics.map((d) => toJson(d, options.ui)) };
    io.stdout(JSON.stringify(body, null, 2) + '\n');
    return result.exitCode;
  }
  // --quiet: errors only (and nothing at all when there are none); the exit code still tells.
  if (result.text && !options.quiet) io.stdout(result.text);
  if (options.reporter === 'github') {
    io.stdout(formatGithub(result.diagnostics, options.ui));
    return result.exitCode;
  }
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (options.quiet && shown.length === 0) return result.exitCode;
  if (shown.length > 0 || !result.text) {
    const root = options.root;
    const source = io.stderrIsTTY && root ? (file: string) => readQuietly(join(root, file)) : undefined;
    io.stderr(formatReport(shown, { ui: options.ui, source, color: io.stderrIsTTY && !io.env.NO_COLOR }));
  }
  return result.exitCode;
}

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
