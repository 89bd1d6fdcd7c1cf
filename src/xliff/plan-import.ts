// Turns a read XLIFF into the YAML changes it asks for, unit by unit: a unit whose source still matches
// the en is applied, one whose source changed is reported and skipped; any error means no change at all.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlChange } from '../edit-yaml/edit-yaml.js';
import type { Workspace } from '../model/types.js';
import { fingerprint, normaliseForFingerprint } from '../translate/fingerprint.js';
import type { SourceFile, TranslationSources } from '../translate/sources.js';
import { parseFileId } from './file-id.js';
import { codesOf, type Code } from './inline.js';
import { protect } from './protect.js';
import type { ReadFile, ReadUnit, ReadXliff } from './read-xliff.js';
import { resolveCodes, type CodeProblem } from './resolve-codes.js';
import { unitsOf, zhMark, type XliffUnit } from './units.js';

export interface ImportPlan {
  files: { source: SourceFile; changes: YamlChange[] }[];
  /** Targets written, review records written, units skipped (their source or zh changed, or gone). */
  targets: number;
  records: number;
  skipped: number;
  diagnostics: Diagnostic[];
}

export function planImport(workspace: Workspace, sources: TranslationSources, xliff: ReadXliff, xliffFile: string, expectedGuide?: string): ImportPlan {
  const plan: ImportPlan = { files: [], targets: 0, records: 0, skipped: 0, diagnostics: [] };
  const d = plan.diagnostics;
  const top = { file: xliffFile, line: 1, col: 1 };
  if (xliff.guide !== undefined && !workspace.guides.has(xliff.guide)) {
    d.push(error('xliff-unknown-guide', { guide: xliff.guide }, { at: top }));
    return plan;
  }
  if (xliff.files.length === 0) d.push(error('xliff-not-xliff', { reason: 'it has no <file>' }, { at: top }));
  const byPath = new Map<string, SourceFile>();
  for (const g of sources.guides.values()) byPath.set(g.file, g);
  for (const m of sources.overrides.values()) for (const o of m.values()) byPath.set(o.file, o);
  for (const rf of xliff.files) {
    const source = findSource(workspace, sources, byPath, rf, xliff.guide, d);
    if (!source) continue;
    if (expectedGuide && source.guide !== expectedGuide) {
      d.push(error('xliff-other-guide', { guide: source.guide, expected: expectedGuide }, { at: rf.at }));
      continue;
    }
    const changes = planFile(workspace, sources, source, rf, plan);
    if (changes.length) plan.files.push({ source, changes });
  }
  return plan;
}

/** The YAML file a <file> holds: by `original` when the file still has it, else by its id. */
function findSource(workspace: Workspace, sources: TranslationSources, byPath: Map<string, SourceFile>, rf: ReadFile, guide: string | undefined, d: Diagnostic[]): SourceFile | undefined {
  let path = rf.original;
  let source: SourceFile | undefined;
  if (path !== undefined) source = byPath.get(path);
  else {
    const address = parseFileId(rf.id);
    if (!address) {
      d.push(error('xliff-unknown-file', { id: rf.id }, { at: rf.at, hint: 'hint-export-again' }));
      return undefined;
    }
    if (!workspace.guides.has(address.guide)) {
      d.push(error('xliff-unknown-guide', { guide: address.guide }, { at: rf.at }));
      return undefined;
    }
    const l = address.locality;
    path = l ? `guides/${l.kind === 'city' ? 'cities' : 'sectors'}/${l.id}/${address.guide}.yaml` : workspace.guides.get(address.guide)!.file;
    source = l ? sources.overrides.get(`${l.kind}:${l.id}`)?.get(address.guide) : sources.guides.get(address.guide);
  }
  if (!source && workspace.broken.has(path)) d.push(error('xliff-yaml-broken', { original: path }, { at: rf.at }));
  else if (!source || (guide !== undefined && source.guide !== guide)) d.push(error('xliff-foreign-file', { original: path, guide: guide ?? source?.guide ?? '?' }, { at: rf.at }));
  return source && (guide === undefined || source.guide === guide) ? source : undefined;
}

function planFile(workspace: Workspace, sources: TranslationSources, source: SourceFile, rf: ReadFile, plan: ImportPlan): YamlChange[] {
  const d = plan.diagnostics;
  const guide = sources.guides.get(source.guide)!;
  const units = new Map(unitsOf(workspace, source, guide).map((u) => [u.id, u]));
  const changes: YamlChange[] = [];
  const basedOn = new Map<number, { [field: string]: string }>();
  const seen = new Set<string>();
  for (const ru of rf.units) {
    const args = { unit: ru.id, original: source.file };
    if (seen.has(ru.id)) {
      d.push(error('xliff-duplicate-unit', args, { at: ru.at }));
      continue;
    }
    seen.add(ru.id);
    const unit = units.get(ru.id);
    const skip = (rule: string) => {
      d.push(warning(rule, args, { at: ru.at }));
      plan.skipped++;
    };
    if (!unit) {
      skip('xliff-unknown-unit');
      continue;
    }
    const codes = codesOf(protect(unit.source));
    const xliffSource = resolveCodes(ru.source.nodes, codes, ru.source.at, true);
    if (normaliseForFingerprint(xliffSource.markdown) !== normaliseForFingerprint(unit.source)) {
      skip('xliff-source-changed');
      continue;
    }
    const target = targetOf(ru, unit, codes);
    if (!target) continue;
    const { problems } = target;
    let { zh } = target;
    if (xliffSource.markdown.trimEnd() !== unit.source.trimEnd()) {
      // The source matches only with white space collapsed: the tool that saved the file changed line
      // breaks (the npm `xliff` library drops a text's last line break before a code), so the target's
      // may be changed too — a lost blank line joins two paragraphs. Only a target that is the zh as it
      // is (white space aside) is safe to take, and it changes nothing.
      if (unit.target !== undefined && normaliseForFingerprint(zh) === normaliseForFingerprint(unit.target)) zh = unit.target;
      else {
        skip('xliff-whitespace-changed');
        continue;
      }
    }
    const review = (ru.state === 'reviewed' || ru.state === 'final') && !isRecorded(source, unit);
    if (problems.length > 0 && (zh !== unit.target || review)) {
      for (const p of problems) d.push(error(p.rule, { ...args, code: p.code, char: p.code }, { at: p.at, hint: p.rule === 'xliff-bad-character' ? 'hint-bad-character' : 'hint-codes' }));
      continue;
    }
    if (ru.zhAtExport !== undefined && zh !== unit.target && ru.zhAtExport !== zhMark(unit.target)) {
      // The YAML's zh was edited after the export: the target would undo that edit.
      skip('xliff-zh-changed');
      continue;
    }
    if (zh !== unit.target) {
      changes.push({ map: unit.entry.path, key: 'zh', value: zh, after: 'en' });
      plan.targets++;
    }
    if (!review) continue;
    const fp = fingerprint(unit.source);
    if (unit.zhOnly && unit.entry.change !== undefined) basedOn.set(unit.entry.change, { ...basedOn.get(unit.entry.change), [unit.entry.field]: fp });
    else {
      changes.push({ map: unit.entry.path, key: 'reviewed', value: fp, after: 'zh' });
      plan.records++;
    }
  }
  for (const [index, value] of basedOn) {
    changes.push({ map: ['operations', index], key: 'based-on', value, after: 'change' });
    plan.records += Object.keys(value).length;
  }
  return changes;
}

/** Whether the unit's review record already matches its en. */
function isRecorded(source: SourceFile, unit: XliffUnit): boolean {
  const fp = fingerprint(unit.source);
  if (unit.zhOnly && unit.entry.change !== undefined) return source.changes.find((c) => c.index === unit.entry.change)?.basedOn?.[unit.entry.field] === fp;
  return unit.entry.text?.reviewed === fp;
}

/**
 * The zh a unit's target stands for, with the problems of its codes; undefined when there is nothing to
 * take (no target, or an empty one). Problems matter only when something is written.
 */
function targetOf(ru: ReadUnit, unit: XliffUnit, codes: ReadonlyMap<string, Code>): { zh: string; problems: CodeProblem[] } | undefined {
  if (!ru.target) return undefined;
  const resolved = resolveCodes(ru.target.nodes, codes, ru.target.at);
  const zh = withLineEnd(resolved.markdown.replace(/\r\n?/g, '\n'), unit.target ?? unit.source);
  if (zh.trim() === '' && !ru.target.nodes.some((n) => typeof n !== 'string')) return undefined;
  return { zh, problems: resolved.problems };
}

/** Keeps the text's last line break as the YAML had it (a block scalar ends with one; CAT tools often drop it). */
function withLineEnd(target: string, like: string): string {
  const trimmed = target.replace(/\n+$/, '');
  const ending = /\n+$/.exec(like)?.[0] ?? '';
  return trimmed + ending;
}
