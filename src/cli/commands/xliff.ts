// `adapt-guide xliff export|import`: exchange a guide's or an override's texts with CAT tools as XLIFF 2.0.
import { join, relative, resolve } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import { editFile } from '../../edit-yaml/edit-file.js';
import { writeFiles, type FileEdit } from '../../edit-yaml/write-files.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { readText } from '../../load/read-text.js';
import { checkCharacters } from '../../xliff/check-characters.js';
import { translationSources } from '../../translate/sources.js';
import { planImport } from '../../xliff/plan-import.js';
import { readXliff } from '../../xliff/read-xliff.js';
import { fileNotes, unitsOf, type XliffFile } from '../../xliff/units.js';
import { writeXliff } from '../../xliff/write-xliff.js';
import { checkId, idList } from '../check-ids.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';
import { guardOutput } from '../guard-output.js';

export const MAX_XLIFF_BYTES = 32 * 1024 * 1024;

export interface XliffExportOptions {
  root?: string;
  guide: string;
  city?: string;
  /** One sector (a list from the main command's repeatable --sector takes its last). */
  sector?: string | string[];
  output?: string;
  ui: UiLang;
}

export function xliffExportCommand(options: XliffExportOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  // Names (湖州, Huzhou) as ids.
  const given = idList(options.sector).pop();
  const guideId = checkId('guide', options.guide, workspace);
  const city = options.city ? checkId('city', options.city, workspace) : undefined;
  const sector = given ? checkId('sector', given, workspace) : undefined;
  const sources = translationSources(workspace);
  const guide = sources.guides.get(guideId);
  if (!guide) return { exitCode: 1, diagnostics };
  const [kind, id] = city ? (['city', city] as const) : sector ? (['sector', sector] as const) : [undefined, undefined];
  let file = guide;
  if (kind && id) {
    const override = sources.overrides.get(`${kind}:${id}`)?.get(guideId);
    if (!override) {
      if (workspace.broken.has(`guides/${kind === 'city' ? 'cities' : 'sectors'}/${id}/${guideId}.yaml`)) return { exitCode: 1, diagnostics };
      throw new UsageError('xliff-no-override', { kind, id, guide: guideId });
    }
    file = override;
  }
  const xf: XliffFile = { source: file, notes: fileNotes(workspace, file, guide), units: unitsOf(workspace, file, guide) };
  // XLIFF needs at least one unit in a file; an empty export would not be valid.
  if (xf.units.length === 0) throw new UsageError('xliff-no-units', { file: file.file });
  const xml = writeXliff({ guide: guideId, ...(kind ? { locality: `${kind}:${id}` } : {}), files: [xf] });
  const output = resolve(io.cwd, options.output ?? `${guideId}.${id ?? 'international'}.xlf`);
  const shownOutput = options.output ?? relative(io.cwd, output);
  guardOutput(output, { workspace: workspace.root, shown: shownOutput });
  // What we write must read back: the same reader `xliff import` uses.
  const back = readXliff(xml, shownOutput);
  if (!back.xliff) return { exitCode: 1, diagnostics: [...diagnostics, error('output-invalid', { format: 'XLIFF', reason: back.diagnostics[0]?.rule ?? 'unreadable' }, { at: { file: shownOutput }, hint: 'hint-output-invalid' })] };
  try {
    writeAtomic(output, xml);
  } catch (e) {
    diagnostics.push(error('write-failed', { path: output, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { at: { file: output } }));
  }
  const text = message('xliff-exported', { units: xf.units.length, file: relative(io.cwd, output) || output }, options.ui) + '\n';
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, file: output, units: xf.units.length }, text };
}

export interface XliffImportOptions {
  root?: string;
  file: string;
  guide?: string;
  ui: UiLang;
}

export function xliffImportCommand(options: XliffImportOptions, io: CliIO): CommandResult {
  const opened = openWorkspace(options.root, io.cwd);
  const { workspace, diagnostics } = opened;
  if (opened.shipped) throw new UsageError('shipped-workspace', { root: workspace.root }, 'hint-init-workspace');
  const abs = resolve(io.cwd, options.file);
  const shown = relative(io.cwd, abs) || abs;
  const fail = (ds: Diagnostic[]): CommandResult => ({ exitCode: 1, diagnostics: [...diagnostics, ...ds], data: { root: workspace.root, written: [] } });
  // Strict input: UTF-8 only (a located `not-utf8`, with a hint when it looks like GBK), within the size
  // limit, and no character a text may not hold.
  const input = readText(abs, shown, MAX_XLIFF_BYTES);
  if (!input.ok) return fail([input.diagnostic.rule === 'unreadable-file' ? error('xliff-unreadable', input.diagnostic.args, { at: { file: shown } }) : input.diagnostic]);
  const xml = input.text;
  const bad = checkCharacters(xml, shown);
  if (bad.length > 0) return fail(bad);
  const read = readXliff(xml, shown);
  if (!read.xliff) return fail(read.diagnostics);
  const sources = translationSources(workspace);
  const plan = planImport(workspace, sources, read.xliff, shown, options.guide);
  if (hasErrors(plan.diagnostics)) return fail(plan.diagnostics);
  const edits: FileEdit[] = [];
  const problems: Diagnostic[] = [...plan.diagnostics];
  for (const f of plan.files) {
    const { edit, problem } = editFile(workspace.root, f.source.file, f.source.sha256, f.changes);
    if (problem) problems.push(problem);
    if (edit) edits.push(edit);
  }
  if (hasErrors(problems)) return fail(problems);
  problems.push(...writeFiles(edits));
  if (hasErrors(problems)) return fail(problems);
  diagnostics.push(...problems);
  const text = message(plan.skipped ? 'xliff-imported-skipped' : 'xliff-imported', { changed: plan.targets + plan.records, files: edits.length, skipped: plan.skipped }, options.ui) + '\n';
  const data = { root: workspace.root, written: edits.map((e) => e.file), targets: plan.targets, records: plan.records, skipped: plan.skipped };
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data, text };
}
