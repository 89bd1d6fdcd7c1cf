// Turns a read XLIFF into the YAML changes it asks for, checking every unit first; any error means no change at all.
import { createHash } from 'node:crypto';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlChange } from '../edit-yaml/edit-yaml.js';
import type { Workspace } from '../model/types.js';
import { fingerprint, normaliseForFingerprint } from '../translate/fingerprint.js';
import type { SourceFile, TranslationSources } from '../translate/sources.js';
import { bracesProblem, variablesOf } from './braces.js';
import type { ReadXliff } from './read-xliff.js';
import { unitsOf } from './units.js';

export interface ImportPlan {
  files: { source: SourceFile; changes: YamlChange[] }[];
  /** Targets written, and review records written. */
  targets: number;
  records: number;
  diagnostics: Diagnostic[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function planImport(workspace: Workspace, sources: TranslationSources, xliff: ReadXliff, xliffFile: string, expectedGuide?: string): ImportPlan {
  const plan: ImportPlan = { files: [], targets: 0, records: 0, diagnostics: [] };
  const d = plan.diagnostics;
  const top = { file: xliffFile, line: 1, col: 1 };
  const guideId = xliff.guide;
  if (!guideId) {
    d.push(error('xliff-not-xliff', {}, { messageId: 'xliff-not-xliff-no-guide', at: top }));
    return plan;
  }
  if (expectedGuide && guideId !== expectedGuide) d.push(error('xliff-other-guide', { guide: guideId, expected: expectedGuide }, { at: top }));
  const guide = sources.guides.get(guideId);
  if (!workspace.guides.has(guideId) || !guide) {
    d.push(error('xliff-unknown-guide', { guide: guideId }, { at: top }));
    return plan;
  }
  const byFile = new Map<string, SourceFile>([[guide.file, guide]]);
  for (const m of sources.overrides.values()) {
    const o = m.get(guideId);
    if (o) byFile.set(o.file, o);
  }
  for (const rf of xliff.files) {
    const source = byFile.get(rf.original);
    if (!source && workspace.broken.has(rf.original)) {
      d.push(error('xliff-yaml-broken', { original: rf.original }, { at: rf.at }));
      continue;
    }
    if (!source) {
      d.push(error('xliff-foreign-file', { original: rf.original, guide: guideId }, { at: rf.at }));
      continue;
    }
    if (rf.sha256 !== undefined && rf.sha256 !== source.sha256) {
      d.push(error('xliff-yaml-changed', { original: rf.original }, { at: rf.at, hint: 'hint-export-again' }));
      continue;
    }
    const units = new Map(unitsOf(workspace, source, guide).map((u) => [u.id, u]));
    const changes: YamlChange[] = [];
    const basedOn = new Map<number, { [field: string]: string }>();
    const seen = new Set<string>();
    for (const ru of rf.units) {
      const args = { unit: ru.id, original: rf.original };
      if (seen.has(ru.id)) {
        d.push(error('xliff-duplicate-unit', args, { at: ru.at }));
        continue;
      }
      seen.add(ru.id);
      const unit = units.get(ru.id);
      if (!unit) {
        d.push(error('xliff-unknown-unit', args, { at: ru.at }));
        continue;
      }
      if (normaliseForFingerprint(ru.source) !== normaliseForFingerprint(unit.source)) {
        d.push(error('xliff-source-changed', args, { at: ru.at }));
        continue;
      }
      if (ru.inline) {
        d.push(error('xliff-inline-markup', args, { at: ru.at }));
        continue;
      }
      if (ru.target === undefined || ru.target.trim() === '') continue;
      if (bracesProblem(ru.target)) {
        d.push(error('xliff-braces', args, { at: ru.at, hint: 'hint-braces' }));
        continue;
      }
      const want = variablesOf(unit.source).join(', ');
      const got = variablesOf(ru.target).join(', ');
      if (want !== got) d.push(warning('xliff-variables', { ...args, diff: `source {{${want}}}, target {{${got}}}` }, { at: ru.at }));
      const zh = withLineEnd(ru.target.replace(/\r\n?/g, '\n'), unit.target ?? unit.source);
      const path = unit.entry.path;
      if (zh !== unit.target) {
        changes.push({ map: path, key: 'zh', value: zh, after: 'en' });
        plan.targets++;
      }
      if (ru.state !== 'reviewed' && ru.state !== 'final') continue;
      const fp = fingerprint(unit.source);
      if (unit.zhOnly && unit.entry.change !== undefined) {
        const op = source.changes.find((c) => c.index === unit.entry.change);
        if (op?.basedOn?.[unit.entry.field] !== fp) basedOn.set(unit.entry.change, { ...basedOn.get(unit.entry.change), [unit.entry.field]: fp });
      } else if (unit.entry.text?.reviewed !== fp) {
        changes.push({ map: path, key: 'reviewed', value: fp, after: 'zh' });
        plan.records++;
      }
    }
    for (const [index, value] of basedOn) {
      changes.push({ map: ['operations', index], key: 'based-on', value, after: 'change' });
      plan.records += Object.keys(value).length;
    }
    if (changes.length) plan.files.push({ source, changes });
  }
  return plan;
}

/** Keeps the text's last line break as the YAML had it (a block scalar ends with one; CAT tools often drop it). */
function withLineEnd(target: string, like: string): string {
  const trimmed = target.replace(/\n+$/, '');
  const ending = /\n+$/.exec(like)?.[0] ?? '';
  return trimmed + ending;
}
