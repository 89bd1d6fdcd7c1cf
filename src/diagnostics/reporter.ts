// Pure reporters: diagnostics in, text out (stderr lines with optional code frames, or JSON-ready objects).
import { reasonOf, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { message, type UiLang } from './messages.js';

export interface TextReportOptions {
  ui: UiLang;
  /** Returns a file's text for a code frame (only asked when frames are wanted). */
  source?: (file: string) => string | undefined;
  color?: boolean;
  /** Lines printed after the problems, before the summary (a build's left-to-do lines). */
  leftToDo?: readonly string[];
  /** The problems the summary counts, when more than those printed (the warnings a build only counts). */
  counted?: readonly Diagnostic[];
}

export function formatDiagnostic(d: Diagnostic, options: TextReportOptions): string {
  const { reason, hint } = reasonOf(d, options.ui);
  const place = d.file ? `${d.file}${d.line ? `:${d.line}:${d.col ?? 1}` : ''}: ` : '';
  const sev = options.color ? (d.severity === 'error' ? '\x1b[31merror\x1b[0m' : '\x1b[33mwarning\x1b[0m') : d.severity;
  const node = d.node && !place ? `[${d.guide ? `${d.guide}#` : ''}${d.node}] ` : '';
  let line = `${place}${sev}: ${node}${reason}${hint ? ` (${hint})` : ''} [${d.rule}]`;
  if (options.source && d.file && d.line) {
    const text = options.source(d.file);
    if (text !== undefined) line += '\n' + codeFrame(text, d.line, d.col ?? 1);
  }
  return line;
}

export function codeFrame(text: string, line: number, col: number): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const width = String(Math.min(lines.length, line + 1)).length;
  for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line + 1); n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}^`);
  }
  return out.join('\n');
}

/** `hidden`: how many of the warnings counted were not printed (the summary says how to see them). */
export function formatSummary(ds: readonly Diagnostic[], ui: UiLang, hidden = 0): string {
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.length - errors;
  if (ds.length === 0) return message('summary-ok', {}, ui);
  return message(hidden > 0 ? 'summary-counts-hidden' : 'summary-counts', { errors, warnings }, ui);
}

/** All diagnostics (sorted), the left-to-do lines, and a summary line last. */
export function formatReport(ds: readonly Diagnostic[], options: TextReportOptions): string {
  const lines = sortDiagnostics(ds).map((d) => formatDiagnostic(d, options));
  lines.push(...(options.leftToDo ?? []));
  const counted = options.counted ?? ds;
  lines.push(formatSummary(counted, options.ui, counted.length - ds.length));
  return lines.join('\n') + '\n';
}

export interface JsonDiagnostic {
  file?: string;
  line?: number;
  col?: number;
  severity: string;
  rule: string;
  message: string;
  hint?: string;
  guide?: string;
  node?: string;
}

export function toJson(d: Diagnostic, ui: UiLang): JsonDiagnostic {
  const { reason, hint } = reasonOf(d, ui);
  const out: JsonDiagnostic = { severity: d.severity, rule: d.rule, message: reason };
  if (d.file !== undefined) out.file = d.file;
  if (d.line !== undefined) out.line = d.line;
  if (d.col !== undefined) out.col = d.col;
  if (hint) out.hint = hint;
  if (d.guide) out.guide = d.guide;
  if (d.node) out.node = d.node;
  return out;
}

/** GitHub Actions workflow commands, so a problem shows on the line of a pull request. */
export function formatGithub(ds: readonly Diagnostic[], ui: UiLang, pathOf: (file: string) => string = (f) => f): string {
  return sortDiagnostics(ds)
    .map((d) => {
      const { reason, hint } = reasonOf(d, ui);
      const props = [d.file && `file=${escapeProperty(pathOf(d.file))}`, d.line && `line=${d.line}`, d.col && `col=${d.col}`, `title=${escapeProperty(d.rule)}`].filter(Boolean).join(',');
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(`${reason}${hint ? ` (${hint})` : ''}`)}\n`;
    })
    .join('');
}

/** A workflow command's message: GitHub's runner unescapes exactly these (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which would end the value (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface SummaryOutput {
  path: string;
  bytes?: number;
}

/**
 * The Markdown a CI job appends to `$GITHUB_STEP_SUMMARY`: every problem (annotations stop at ten per
 * step on the run page) and every file written, so nothing depends on the log being read.
 */
export function formatStepSummary(ds: readonly Diagnostic[], outputs: readonly SummaryOutput[], ui: UiLang, pathOf: (file: string) => string = (f) => f): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [`### adapt-guide: ${formatSummary(ds, ui)}`, ''];
  if (ds.length > 0) {
    lines.push(`| ${message('step-summary-severity', {}, ui)} | ${message('step-summary-place', {}, ui)} | ${message('step-summary-problem', {}, ui)} | ${message('step-summary-rule', {}, ui)} |`, '| --- | --- | --- | --- |');
    for (const d of sortDiagnostics(ds)) {
      const { reason, hint } = reasonOf(d, ui);
      const place = d.file ? `${pathOf(d.file)}${d.line ? `:${d.line}:${d.col ?? 1}` : ''}` : d.node ? `${d.guide ? `${d.guide}#` : ''}${d.node}` : '';
      lines.push(`| ${d.severity} | ${place ? `\`${cell(place)}\`` : ''} | ${cell(`${reason}${hint ? ` (${hint})` : ''}`)} | \`${d.rule}\` |`);
    }
    lines.push('');
  }
  if (outputs.length > 0) {
    lines.push(`${message('step-summary-written', { count: outputs.length }, ui)}`, '');
    for (const o of outputs) lines.push(`- \`${cell(pathOf(o.path))}\`${o.bytes !== undefined ? ` (${o.bytes} B)` : ''}`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
