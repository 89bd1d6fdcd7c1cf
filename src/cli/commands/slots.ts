// `slots export|import` and `fill`: an officer supplies a locality's missing facts in a spreadsheet or a
// terminal; the values go into the locality's own files (profile vars and fields, override changes).
import { readFileSync, rmSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readInput } from '../../load/read-input.js';
import { zipProblem } from '../../output/verify/zip.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import { writeFiles } from '../../edit-yaml/write-files.js';
import type { VariantSpec, Workspace } from '../../model/types.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { slotDescription } from '../../model/types.js';
import { slotInventory, type SlotInventory } from '../../slots/inventory.js';
import { planFill, type FilledValue } from '../../slots/plan-fill.js';
import { CHECKED_COLUMNS, COLUMNS, parseCsv, sheetRows, toCsv, type ColumnId } from '../../slots/sheet.js';
import { readXlsx, toXlsx, type ReadRecord } from '../../slots/xlsx.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import type { CommandResult } from '../result.js';
import { resolveVariant } from '../select-variants.js';
import { UsageError } from '../usage-error.js';
import { guardOutput } from '../guard-output.js';

/** A sheet is small; this only keeps a wrong file (a video, /dev/zero) from being read. */
const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export interface SlotsExportOptions {
  root?: string;
  city?: string;
  sectors: string[];
  output?: string;
  ui: UiLang;
}

export interface SlotsImportOptions {
  root?: string;
  file: string;
  city?: string;
  sectors: string[];
  ui: UiLang;
}

function spec(o: { city?: string; sectors: string[] }): VariantSpec {
  if (!o.city && o.sectors.length === 0) throw new UsageError('slots-need-locality', {}, 'hint-slots-locality');
  return { ...(o.city ? { city: o.city } : {}), sectors: [...o.sectors] };
}

function opened(root: string | undefined, io: CliIO, write: boolean): { workspace: Workspace; diagnostics: Diagnostic[] } {
  const o = openWorkspace(root, io.cwd);
  if (write && o.shipped) throw new UsageError('shipped-workspace', { root: o.workspace.root }, 'hint-init-workspace');
  return { workspace: o.workspace, diagnostics: o.diagnostics };
}

export async function slotsExportCommand(o: SlotsExportOptions, io: CliIO): Promise<CommandResult> {
  const { workspace, diagnostics } = opened(o.root, io, false);
  const variant = resolveVariant(workspace, spec(o));
  if (hasErrors(diagnostics)) return { exitCode: 1, diagnostics, data: { root: workspace.root } };
  const inventory = slotInventory(workspace, variant);
  const out = resolve(io.cwd, o.output ?? `${inventory.variant}-slots.xlsx`);
  guardOutput(out, { workspace: workspace.root, shown: o.output ?? relative(io.cwd, out) });
  const ext = extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError('slots-format', { path: o.output ?? out });
  const rows = sheetRows(inventory);
  const edition = [...workspace.guides.values()].map((g) => String(g.root.fields.edition ?? '')).sort().at(-1) ?? '2026-01';
  const bytes = ext === '.csv' ? toCsv(rows, o.ui) : await toXlsx(rows, o.ui, /^\d{4}-\d{2}$/.test(edition) ? `${edition}-01` : edition);
  // A workbook is checked before it is written: a zip with its parts (see src/output/verify/).
  const damaged = typeof bytes === 'string' ? undefined : zipProblem(bytes, ['[Content_Types].xml', 'xl/workbook.xml']);
  if (damaged) return { exitCode: 1, diagnostics: [error('output-invalid', { format: 'XLSX', reason: damaged }, { at: { file: o.output ?? relative(io.cwd, out) }, hint: 'hint-output-invalid' })], data: { root: workspace.root } };
  writeAtomic(out, bytes);
  const shown = relative(io.cwd, out) || out;
  return { exitCode: 0, diagnostics, data: { root: workspace.root, file: out, variant: inventory.variant, slots: rows.length }, text: message('slots-exported', { count: rows.length, variant: inventory.variant, path: shown }, o.ui) + '\n' };
}

export async function slotsImportCommand(o: SlotsImportOptions, io: CliIO): Promise<CommandResult> {
  const abs = resolve(io.cwd, o.file);
  const shown = relative(io.cwd, abs) || abs;
  const fail = (ds: Diagnostic[], root?: string): CommandResult => ({ exitCode: 1, diagnostics: ds, data: { root, written: [] } });
  const at = (line = 1, col = 1) => ({ file: shown, line, col });
  const read = readInput(abs, { limit: MAX_SHEET_BYTES });
  if (!read.ok) {
    const p = read.problem;
    return fail([p.rule === 'file-too-large' ? error(p.rule, p.args, { at: at() }) : error('slots-sheet-unreadable', { reason: p.rule === 'unreadable-file' ? p.args.reason : p.rule === 'not-a-file' ? 'not a file' : 'not a regular file' }, { at: at() })]);
  }
  const bytes = read.bytes;
  const records = await readRecords(bytes, extname(abs).toLowerCase(), at);
  if ('diagnostic' in records) return fail([records.diagnostic]);

  const { workspace, diagnostics } = opened(o.root, io, true);
  const head = records.rows[0];
  const columns = readHeader(head?.cells ?? []);
  if (typeof columns === 'number') return fail([error('slots-sheet-columns', { column: COLUMNS[columns]?.[o.ui] ?? String(columns + 1) }, { at: at(head?.line ?? 1, columns + 1), hint: 'hint-slots-columns' })], workspace.root);
  const body = records.rows.slice(1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const cell = (r: ReadRecord, id: ColumnId) => (r.cells[columns.indexOf(id)] ?? '').trim();
  const variantName = body.length > 0 ? cell(body[0], 'variant') : '';
  const variant = parseVariant(workspace, variantName);
  if (!variant) return fail([error('slots-unknown-edition', { variant: variantName }, { at: at(body[0]?.line ?? 2, 1) })], workspace.root);
  if ((o.city || o.sectors.length > 0) && variantNameOf(resolveVariant(workspace, spec(o))) !== variantName) {
    return fail([error('slots-other-edition', { variant: variantName, asked: variantNameOf(resolveVariant(workspace, spec(o))) }, { at: at(body[0].line, 1) })], workspace.root);
  }
  const inventory = slotInventory(workspace, variant);
  const byKey = new Map(inventory.rows.map((r) => [r.key, r]));
  const problems: Diagnostic[] = [];
  const values: FilledValue[] = [];
  const seen = new Set<string>();
  for (const r of body) {
    if (cell(r, 'variant') !== variantName) {
      problems.push(error('slots-other-edition', { variant: cell(r, 'variant'), asked: variantName }, { at: at(r.line, 1) }));
      continue;
    }
    const key = cell(r, 'key');
    if (seen.has(key)) problems.push(error('slots-duplicate-row', { key }, { at: at(r.line, columns.indexOf('key') + 1) }));
    seen.add(key);
    const row = byKey.get(key);
    if (row) {
      const expected: Partial<Record<ColumnId, string>> = { todo_zh: slotDescription(row.todo, 'zh'), todo_en: slotDescription(row.todo, 'en') };
      for (const id of CHECKED_COLUMNS) {
        if (expected[id] !== undefined && cell(r, id) !== expected[id]!.trim()) problems.push(error('slots-row-edited', { key, column: COLUMNS.find((c) => c.id === id)![o.ui] }, { at: at(r.line, columns.indexOf(id) + 1), hint: 'hint-slots-row-edited' }));
      }
    }
    const zh = cell(r, 'value_zh');
    const en = cell(r, 'value_en');
    if (zh === '' && en === '') continue;
    values.push({ key, zh, en, at: at(r.line, columns.indexOf(zh ? 'value_zh' : 'value_en') + 1) });
  }
  if (problems.length > 0) return fail([...diagnostics, ...problems], workspace.root);
  return applyValues(workspace, inventory, values, diagnostics, o.ui);
}

/** Writes the values (all or nothing) and says what changed. Shared by `slots import` and `fill`. */
export function applyValues(workspace: Workspace, inventory: SlotInventory, values: readonly FilledValue[], diagnostics: Diagnostic[], ui: UiLang): CommandResult {
  const plan = planFill(workspace, inventory, values);
  if (plan.diagnostics.length > 0) return { exitCode: 1, diagnostics: [...diagnostics, ...plan.diagnostics], data: { root: workspace.root, written: [] } };
  const made: string[] = [];
  for (const c of plan.created) {
    writeAtomic(c.absPath, c.text);
    made.push(c.absPath);
  }
  const problems = writeFiles(plan.edits);
  if (problems.length > 0) {
    for (const path of made) rmSync(path, { force: true });
    return { exitCode: 1, diagnostics: [...diagnostics, ...problems], data: { root: workspace.root, written: [] } };
  }
  const written = [...plan.created.map((c) => c.file), ...plan.edits.filter((e) => e.after !== e.before).map((e) => e.file)];
  const lines = [message('slots-imported', { filled: plan.filled.length, unchanged: plan.unchanged.length, variant: inventory.variant }, ui), ...written.map((w) => `  ${w}`)];
  return { exitCode: 0, diagnostics, data: { root: workspace.root, variant: inventory.variant, written, filled: plan.filled, unchanged: plan.unchanged }, text: lines.join('\n') + '\n' };
}

async function readRecords(bytes: Buffer, ext: string, at: (line?: number, col?: number) => { file: string; line: number; col: number }): Promise<{ rows: ReadRecord[] } | { diagnostic: Diagnostic }> {
  if (ext === '.csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { diagnostic: error('not-utf8', {}, { at: at(), hint: 'hint-slots-utf8' }) };
    }
    const parsed = parseCsv(text);
    if ('unclosedAt' in parsed) return { diagnostic: error('slots-sheet-unreadable', { reason: 'a quote is never closed' }, { at: at(parsed.unclosedAt) }) };
    return { rows: parsed };
  }
  if (ext !== '.xlsx') return { diagnostic: error('slots-sheet-unreadable', { reason: 'not .xlsx or .csv' }, { at: at() }) };
  const read = await readXlsx(bytes);
  if (read.ok) return { rows: read.records };
  const rule = read.problem === 'merged' ? 'slots-sheet-merged' : read.problem === 'formula' ? 'slots-sheet-formula' : read.problem === 'kind' ? 'slots-sheet-cell' : 'slots-sheet-unreadable';
  return { diagnostic: error(rule, { reason: read.detail ?? '', cell: read.detail ?? '' }, { at: at(read.line ?? 1) }) };
}

/** The column order of the sheet's header (either language), or the index of the first column that is off. */
function readHeader(cells: string[]): ColumnId[] | number {
  const out: ColumnId[] = [];
  for (let i = 0; i < COLUMNS.length; i++) {
    const c = COLUMNS[i];
    const got = (cells[i] ?? '').trim();
    if (got !== c.zh && got !== c.en) return i;
    out.push(c.id);
  }
  return out;
}

function variantNameOf(s: VariantSpec): string {
  return [s.city, ...s.sectors].filter(Boolean).join('+');
}

function parseVariant(workspace: Workspace, name: string): VariantSpec | undefined {
  const parts = name.split('+').filter(Boolean);
  if (parts.length === 0) return undefined;
  const city = workspace.cities.has(parts[0]) ? parts[0] : undefined;
  const sectors = city ? parts.slice(1) : parts;
  if (!sectors.every((s) => workspace.sectors.has(s))) return undefined;
  return { ...(city ? { city } : {}), sectors };
}
