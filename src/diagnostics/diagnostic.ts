// The one problem type of every stage: a place, a severity, a rule id, a reason and a hint.
import type { SourceRef } from '../model/types.js';
import { message, type MessageArgs } from './messages.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case id, the same in every UI language. */
  rule: string;
  /** Message catalogue key (defaults to the rule id) and its arguments; the text is made by the reporter. */
  messageId: string;
  args: MessageArgs;
  hintId?: string;
  hintArgs?: MessageArgs;
  file?: string;
  line?: number;
  col?: number;
  /** The guide node a rendering problem belongs to. */
  node?: string;
  guide?: string;
  /** How many further problems of the same file follow from this one and are not shown (a YAML syntax error's cascade). */
  suppressed?: number;
  /** One of those further problems: shown only when asked for (`--all-errors`). */
  secondary?: boolean;
}

export interface DiagnosticInit {
  at?: Partial<SourceRef>;
  messageId?: string;
  hint?: string;
  hintArgs?: MessageArgs;
  node?: string;
  guide?: string;
}

export function makeDiagnostic(severity: Severity, rule: string, args: MessageArgs = {}, init: DiagnosticInit = {}): Diagnostic {
  const d: Diagnostic = { severity, rule, messageId: init.messageId ?? rule, args };
  if (init.hint) {
    d.hintId = init.hint;
    d.hintArgs = init.hintArgs ?? args;
  }
  if (init.at?.file !== undefined) d.file = init.at.file;
  if (init.at?.line !== undefined) d.line = init.at.line;
  if (init.at?.col !== undefined) d.col = init.at.col;
  if (init.node) d.node = init.node;
  if (init.guide) d.guide = init.guide;
  return d;
}

export const error = (rule: string, args?: MessageArgs, init?: DiagnosticInit) => makeDiagnostic('error', rule, args, init);
export const warning = (rule: string, args?: MessageArgs, init?: DiagnosticInit) => makeDiagnostic('warning', rule, args, init);

/** A list of diagnostics that stages append to; the caller decides what to print. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push(d);
  }
  addAll(ds: Iterable<Diagnostic>): void {
    for (const d of ds) this.items.push(d);
  }
  error(rule: string, args?: MessageArgs, init?: DiagnosticInit): void {
    this.add(error(rule, args, init));
  }
  warning(rule: string, args?: MessageArgs, init?: DiagnosticInit): void {
    this.add(warning(rule, args, init));
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Text of a diagnostic's reason and hint in a UI language. */
export function reasonOf(d: Diagnostic, ui: 'en' | 'zh' = 'en'): { reason: string; hint?: string } {
  const own = message(d.messageId, d.args, ui);
  const reason = d.suppressed ? `${own}${message('more-suppressed', { count: d.suppressed }, ui)}` : own;
  const hint = d.hintId ? message(d.hintId, d.hintArgs ?? d.args, ui) : undefined;
  return hint ? { reason, hint } : { reason };
}

/** Stable order: by file, line, column, then rule; problems without a file last. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => {
    if ((a.file ?? '\uffff') !== (b.file ?? '\uffff')) return (a.file ?? '\uffff') < (b.file ?? '\uffff') ? -1 : 1;
    if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
    if ((a.col ?? 0) !== (b.col ?? 0)) return (a.col ?? 0) - (b.col ?? 0);
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  });
}
