// What a build prints for a person, in a fixed order: what it wrote (grouped per variant), then (printed by
// result.ts) the errors in full, one line per variant of what is left to do, and the summary.
import { dedupeDiagnostics } from '../diagnostics/dedupe.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { message, type UiLang } from '../diagnostics/messages.js';
import type { JobResult } from '../build/request.js';
import type { VariantSpec } from '../model/types.js';
import { summaryTable, type JobRecord } from './progress.js';

/** One variant's share of a build: its jobs' outputs and problems, in job order. */
export interface VariantTally {
  name: string;
  spec: VariantSpec;
  /** Lines naming each output written, reused or not written. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** What is left to do in a variant, by kind; `feedback` is undefined while the tool cannot count it. */
export interface LeftToDo {
  slots: number;
  glossary: number;
  feedback?: number;
  other: number;
}

export class BuildTally {
  readonly variants = new Map<string, VariantTally>();
  readonly records: JobRecord[] = [];

  constructor(
    private readonly ui: UiLang,
    private readonly show: (path: string) => string,
  ) {}

  add(result: JobResult, record: JobRecord): void {
    this.records.push(record);
    const name = result.job.variantName;
    const tally = this.variants.get(name) ?? { name, spec: result.job.variant, files: [], diagnostics: [] };
    this.variants.set(name, tally);
    for (const o of result.outputs) {
      const path = this.show(o.path);
      tally.files.push(o.reused ? message('build-unchanged', { path }, this.ui) : message('build-wrote', { path, bytes: o.bytes }, this.ui));
    }
    for (const format of result.failed) {
      const path = this.show(result.job.outputs.find((o) => o.format === format)?.path ?? result.job.guide);
      tally.files.push(message('build-failed', { guide: result.job.guide, variant: name, path }, this.ui));
    }
    tally.diagnostics.push(...result.diagnostics);
  }

  /**
   * What was written: one variant lists its files under a heading; several give one table row each
   * (`verbose`: their files too). Nothing built at all (every output already up to date) is one line.
   */
  written(verbose: boolean): string[] {
    const outputs = [...this.variants.values()].reduce((n, v) => n + v.files.length, 0);
    if (this.records.length > 0 && this.records.every((r) => r.reused)) return [message('build-up-to-date', { count: outputs }, this.ui)];
    const lines: string[] = [];
    const one = this.variants.size === 1;
    if (!one) lines.push(...summaryTable(this.records, this.ui).trimEnd().split('\n'));
    if (one || verbose) {
      for (const v of this.variants.values()) {
        const records = this.records.filter((r) => r.variant === v.name);
        const seconds = (records.reduce((ms, r) => ms + r.ms, 0) / 1000).toFixed(1);
        lines.push(message('build-variant-heading', { variant: v.name, guides: records.length, files: v.files.length, seconds }, this.ui), ...v.files.map((f) => `  ${f}`));
      }
    }
    return lines;
  }

  /** One line per variant with something left to do, naming the command that lists it. */
  leftToDo(openFeedback: (spec: VariantSpec) => number | undefined): string[] {
    const lines: string[] = [];
    for (const v of this.variants.values()) {
      const todo = countLeftToDo(v.diagnostics, openFeedback(v.spec));
      const line = formatLeftToDo(v, todo, this.ui);
      if (line) lines.push(line);
    }
    return lines;
  }
}

export function countLeftToDo(diagnostics: readonly Diagnostic[], feedback: number | undefined): LeftToDo {
  const todo: LeftToDo = { slots: 0, glossary: 0, other: 0, ...(feedback !== undefined ? { feedback } : {}) };
  for (const d of dedupeDiagnostics(diagnostics)) {
    if (d.severity !== 'warning') continue;
    if (d.rule === 'unfilled-slot') todo.slots++;
    else if (d.rule.startsWith('glossary-')) todo.glossary++;
    else todo.other++;
  }
  return todo;
}

/** `huzhou: 49 slots to fill in, 2 glossary findings — to list them: adapt-guide status --city huzhou`; nothing when nothing is left. */
export function formatLeftToDo(v: Pick<VariantTally, 'name' | 'spec'>, todo: LeftToDo, ui: UiLang): string | undefined {
  const parts: string[] = [];
  if (todo.slots) parts.push(message('todo-slots', { count: todo.slots }, ui));
  if (todo.glossary) parts.push(message('todo-glossary', { count: todo.glossary }, ui));
  if (todo.feedback) parts.push(message('todo-feedback', { count: todo.feedback }, ui));
  if (todo.other) parts.push(message('todo-other', { count: todo.other }, ui));
  if (parts.length === 0) return undefined;
  const command = ['adapt-guide status', ...(v.spec.city ? [`--city ${v.spec.city}`] : []), ...v.spec.sectors.map((s) => `--sector ${s}`)].join(' ');
  return message('todo-line', { variant: v.name, items: parts.join(message('todo-separator', {}, ui)), command }, ui);
}
