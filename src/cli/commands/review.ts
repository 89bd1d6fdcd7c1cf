// `adapt-guide review`: records that texts and overrides were reviewed against the current en (one node, one file, or all).
import { relative, resolve } from 'node:path';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import { nearest } from '../../diagnostics/suggest.js';
import { editFile } from '../../edit-yaml/edit-file.js';
import { writeFiles, type FileEdit } from '../../edit-yaml/write-files.js';
import { nodeAndDescendants, planReview } from '../../translate/review.js';
import { translationSources, type SourceFile } from '../../translate/sources.js';
import { checkId, idList } from '../check-ids.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';

export interface ReviewOptions {
  root?: string;
  guide?: string[];
  city?: string;
  /** One sector (a list from the main command's repeatable --sector takes its last). */
  sector?: string | string[];
  node?: string;
  file?: string;
  all?: boolean;
  ui: UiLang;
}

export function reviewCommand(options: ReviewOptions, io: CliIO): CommandResult {
  const chosen = [options.node !== undefined, options.file !== undefined, Boolean(options.all)].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('review-what');
  const opened = openWorkspace(options.root, io.cwd);
  const { workspace, diagnostics } = opened;
  if (opened.shipped) throw new UsageError('shipped-workspace', { root: workspace.root }, 'hint-init-workspace');
  // Names (湖州, Huzhou) as ids.
  const given = idList(options.sector).pop();
  const guides = idList(options.guide).map((g) => checkId('guide', g, workspace));
  const city = options.city ? checkId('city', options.city, workspace) : undefined;
  const sector = given ? checkId('sector', given, workspace) : undefined;
  const sources = translationSources(workspace);
  const wantGuide = (id: string) => guides.length === 0 || guides.includes(id);
  const locality = city ? `city:${city}` : sector ? `sector:${sector}` : undefined;

  let files: SourceFile[];
  if (options.file !== undefined) {
    const rel = relative(workspace.root, resolve(io.cwd, options.file)).split('\\').join('/');
    const all = [...sources.guides.values(), ...[...sources.overrides.values()].flatMap((m) => [...m.values()])];
    const found = all.find((f) => f.file === rel);
    if (!found) throw new UsageError('review-unknown-file', { file: options.file });
    files = [found];
  } else if (locality) {
    files = [...(sources.overrides.get(locality)?.values() ?? [])].filter((f) => wantGuide(f.guide));
  } else {
    files = [...sources.guides.values()].filter((f) => wantGuide(f.guide));
    if (options.all) files.push(...[...sources.overrides.values()].flatMap((m) => [...m.values()]).filter((f) => wantGuide(f.guide)));
  }

  let nodes: Set<string> | undefined;
  if (options.node !== undefined) {
    const id = options.node;
    // The node's guide: the one whose guide file or override files define it (a node added by an override counts).
    const ofGuide = (g: string) => [sources.guides.get(g), ...[...sources.overrides.values()].map((m) => m.get(g))].filter((f): f is SourceFile => f !== undefined);
    const inGuides = [...sources.guides.keys()].filter((g) => wantGuide(g) && ofGuide(g).some((f) => f.nodes.has(id)));
    if (inGuides.length > 1) throw new UsageError('review-node-ambiguous', { id, guides: inGuides.join(', ') }, 'hint-review-guide');
    if (inGuides.length === 0) {
      const known = [...sources.guides.keys()].filter(wantGuide).flatMap((g) => ofGuide(g).flatMap((f) => [...f.nodes.keys()]));
      const guess = nearest(id, known, 1)[0];
      throw new UsageError('review-unknown-node', { id }, guess ? 'hint-did-you-mean' : undefined, guess ? { suggestion: guess } : undefined);
    }
    nodes = nodeAndDescendants(ofGuide(inGuides[0]), id);
    const touches = (f: SourceFile) => f.texts.some((t) => nodes!.has(t.node)) || f.changes.some((c) => nodes!.has(c.target));
    files = files.filter((f) => f.guide === inGuides[0] && touches(f));
  }

  const edits: FileEdit[] = [];
  const counts: { file: string; records: number }[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const plan = planReview(file, sources.guides.get(file.guide), nodes);
    if (plan.changes.length === 0) continue;
    const { edit, problem } = editFile(workspace.root, file.file, file.sha256, plan.changes);
    if (problem) problems.push(problem);
    if (!edit) continue;
    edits.push(edit);
    counts.push({ file: file.file, records: plan.records });
  }
  problems.push(...(problems.length === 0 ? writeFiles(edits) : []));
  diagnostics.push(...problems);
  const written = problems.length === 0 ? counts : [];
  const total = written.reduce((n, c) => n + c.records, 0);
  const lines = written.map((c) => message('review-file-line', { file: c.file, count: c.records }, options.ui));
  lines.push(total === 0 && problems.length === 0 ? message('review-nothing', {}, options.ui) : message('review-done', { count: total, files: written.length }, options.ui));
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, written, records: total }, text: lines.join('\n') + '\n' };
}
