// `feedback import|list|apply|close`: reviewers' comments and tracked changes from Word / WPS, kept as YAML beside the
// locality's overrides, listed, turned into override changes, closed. Every write is all or nothing.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import { writeFiles, type FileEdit } from '../../edit-yaml/write-files.js';
import type { StoredEntry } from '../../feedback/entry.js';
import { entryLine } from '../../feedback/format-entry.js';
import { planApply } from '../../feedback/plan-apply.js';
import { planImport } from '../../feedback/plan-import.js';
import { openDocx } from '../../feedback/read-docx.js';
import { readFeedback, type FeedbackStore } from '../../feedback/read-store.js';
import { setEntryFields } from '../../feedback/write-entries.js';
import { localiseGuide } from '../../localise/localise.js';
import type { LocalityKind, Workspace } from '../../model/types.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { checkId } from '../check-ids.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import type { CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';

/** A DOCX of a long guide with images is a few MB; this only keeps a wrong file (a video, /dev/zero) from being read. */
const MAX_DOCX_BYTES = 100 * 1024 * 1024;

interface Base {
  root?: string;
  ui: UiLang;
}

export interface FeedbackImportOptions extends Base {
  file: string;
  city?: string;
  sector?: string;
}

export interface FeedbackListOptions extends Base {
  city?: string;
  sector?: string;
  guide?: string;
  all?: boolean;
}

export interface FeedbackEntryOptions extends Base {
  id: string;
  note?: string;
}

function locality(o: { city?: string; sector?: string }, required: boolean): { kind: LocalityKind; id: string } | undefined {
  if (o.city && o.sector) throw new UsageError('feedback-one-locality', {}, 'hint-feedback-locality');
  if (o.city) return { kind: 'city', id: o.city };
  if (o.sector) return { kind: 'sector', id: o.sector };
  if (required) throw new UsageError('feedback-need-locality', {}, 'hint-feedback-locality');
  return undefined;
}

function writable(root: string | undefined, io: CliIO): { workspace: Workspace; diagnostics: Diagnostic[] } {
  const o = openWorkspace(root, io.cwd);
  if (o.shipped) throw new UsageError('shipped-workspace', { root: o.workspace.root }, 'hint-init-workspace');
  return { workspace: o.workspace, diagnostics: o.diagnostics };
}

/** Writes new files and edits, all or nothing. */
function commit(created: readonly { absPath: string; text: string }[], edits: readonly FileEdit[]): Diagnostic[] {
  const made: string[] = [];
  for (const c of created) {
    writeAtomic(c.absPath, c.text);
    made.push(c.absPath);
  }
  const problems = writeFiles(edits);
  if (problems.length > 0) for (const path of made) rmSync(path, { force: true });
  return problems;
}

export async function feedbackImportCommand(o: FeedbackImportOptions, io: CliIO): Promise<CommandResult> {
  const where = locality(o, true)!;
  const abs = resolve(io.cwd, o.file);
  const shown = relative(io.cwd, abs) || abs;
  const fail = (ds: Diagnostic[], root?: string): CommandResult => ({ exitCode: 1, diagnostics: ds, data: { root, added: [], written: [] } });
  const at = { file: shown, line: 1, col: 1 };
  let bytes: Buffer;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) return fail([error('feedback-docx-unreadable', { reason: 'not a file' }, { at })]);
    if (stat.size > MAX_DOCX_BYTES) return fail([error('file-too-large', { size: stat.size, limit: MAX_DOCX_BYTES }, { at })]);
    bytes = readFileSync(abs);
  } catch (e) {
    return fail([error('feedback-docx-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { at })]);
  }
  const opened = await openDocx(bytes);
  if (!opened.ok) return fail([error(`feedback-docx-${opened.problem}`, { detail: opened.detail }, { at, hint: `hint-feedback-docx-${opened.problem}` })]);

  const { workspace, diagnostics } = writable(o.root, io);
  checkId(where.kind, where.id, workspace);
  const store = readFeedback(workspace);
  if (hasErrors(store.diagnostics)) return fail([...diagnostics, ...store.diagnostics], workspace.root);
  const plan = planImport({ workspace, store, parts: opened.parts, shown, name: basename(abs), locality: where });
  if (hasErrors(plan.diagnostics)) return fail([...diagnostics, ...plan.diagnostics], workspace.root);
  const problems = commit(plan.created, plan.edits);
  if (problems.length > 0) return fail([...diagnostics, ...plan.diagnostics, ...problems], workspace.root);
  const written = [...plan.created.map((c) => c.file), ...plan.edits.map((e) => e.file)];
  const counts = { comments: plan.added.filter((e) => e.kind === 'comment').length, proposals: plan.added.filter((e) => e.kind === 'proposal').length, known: plan.known };
  const lines = [message('feedback-imported', { ...counts, path: shown }, o.ui), ...plan.added.map((e) => `  ${entryLine(e)}`), ...written.map((w) => `  → ${w}`)];
  return { exitCode: 0, diagnostics: [...diagnostics, ...plan.diagnostics], data: { root: workspace.root, added: plan.added, known: plan.known, written }, text: lines.join('\n') + '\n' };
}

export function feedbackListCommand(o: FeedbackListOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = openWorkspace(o.root, io.cwd);
  const where = locality(o, false);
  if (where) checkId(where.kind, where.id, workspace);
  if (o.guide) checkId('guide', o.guide, workspace);
  const store = readFeedback(workspace, where ? [where] : undefined);
  const entries = store.entries.filter((e) => (o.all || e.state === 'open') && (!o.guide || e.guide === o.guide));
  const lines: string[] = [];
  let file = '';
  for (const e of entries) {
    if (e.file !== file) lines.push((file = e.file));
    lines.push(`  ${e.at.line}:${e.at.col}  ${entryLine(e)}`);
  }
  lines.push(message('feedback-listed', { count: entries.length, open: entries.filter((e) => e.state === 'open').length }, o.ui));
  const all = [...diagnostics, ...store.diagnostics];
  return { exitCode: hasErrors(all) ? 1 : 0, diagnostics: all, data: { root: workspace.root, entries: entries.map(publicEntry) }, text: lines.join('\n') + '\n' };
}

export function feedbackApplyCommand(o: FeedbackEntryOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = writable(o.root, io);
  const found = findEntry(workspace, o.id);
  if ('result' in found) return found.result;
  const { store, entry } = found;
  const plan = planApply(workspace, store, entry);
  const fail = (ds: Diagnostic[]): CommandResult => ({ exitCode: 1, diagnostics: [...diagnostics, ...ds], data: { root: workspace.root, written: [] } });
  if (hasErrors(plan.diagnostics)) return fail(plan.diagnostics);
  const problems = commit(plan.created, plan.edits);
  if (problems.length > 0) return fail(problems);
  // The safety net: the override must still load and localise; otherwise every file is put back as it was.
  const check = openWorkspace(o.root, io.cwd);
  const broken = [...check.diagnostics, ...localiseGuide(check.workspace, entry.guide, plan.spec!).diagnostics].filter((d) => d.severity === 'error' && d.file === plan.override);
  if (broken.length > 0) {
    for (const c of plan.created) rmSync(c.absPath, { force: true });
    writeFiles(plan.edits.map((e) => ({ ...e, before: e.after, after: e.before })));
    return fail([error('feedback-apply-invalid', { id: entry.id }, { at: entry.at }), ...broken]);
  }
  const written = [...plan.created.map((c) => c.file), ...plan.edits.map((e) => e.file)];
  const lines = [message('feedback-applied', { id: entry.id, node: entry.node ?? '', field: entry.field ?? '', file: plan.override ?? '' }, o.ui), ...written.map((w) => `  → ${w}`)];
  return { exitCode: 0, diagnostics, data: { root: workspace.root, id: entry.id, override: plan.override, written }, text: lines.join('\n') + '\n' };
}

export function feedbackCloseCommand(o: FeedbackEntryOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = writable(o.root, io);
  const found = findEntry(workspace, o.id);
  if ('result' in found) return found.result;
  const { store, entry } = found;
  const file = store.files.find((f) => f.file === entry.file)!;
  const fields: Record<string, string> = { state: 'closed', ...(o.note ? { note: o.note } : {}) };
  const outcome = setEntryFields(file, entry.index, fields);
  if (outcome.failure) return { exitCode: 1, diagnostics: [error('yaml-edit-failed', outcome.failure.args, { messageId: outcome.failure.messageId, at: entry.at })], data: { root: workspace.root } };
  const problems = outcome.edit ? writeFiles([outcome.edit]) : [];
  if (problems.length > 0) return { exitCode: 1, diagnostics: problems, data: { root: workspace.root } };
  return { exitCode: 0, diagnostics, data: { root: workspace.root, id: entry.id, written: outcome.edit ? [entry.file] : [] }, text: message('feedback-closed', { id: entry.id, file: entry.file }, o.ui) + '\n' };
}

function findEntry(workspace: Workspace, id: string): { store: FeedbackStore; entry: StoredEntry } | { result: CommandResult } {
  const store = readFeedback(workspace);
  if (hasErrors(store.diagnostics)) return { result: { exitCode: 1, diagnostics: store.diagnostics, data: { root: workspace.root } } };
  const entry = store.entries.find((e) => e.id === id);
  if (!entry) throw new UsageError('feedback-unknown-id', { id }, 'hint-feedback-list');
  return { store, entry };
}

function publicEntry(e: StoredEntry): Record<string, unknown> {
  const { index: _index, ...rest } = e;
  return rest;
}
