// A reviewed DOCX → new feedback entries for the locality's file of that guide: every comment and every field a
// tracked change touched, mapped through the bookmark map; any problem is an error and nothing is planned.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileEdit } from '../edit-yaml/write-files.js';
import { localiseGuide } from '../localise/localise.js';
import { walk } from '../localise/tree-state.js';
import { variantName, type GuideNode, type Lang, type LocalityKind, type VariantSpec, type Workspace } from '../model/types.js';
import { fieldAt } from '../render/text/resolve-text.js';
import type { MappedBookmark } from '../docx/bookmark-map.js';
import { entryId, type FeedbackEntry, type NewEntry } from './entry.js';
import type { DocxParts } from './read-docx.js';
import { feedbackPath } from './feedback-path.js';
import type { FeedbackStore } from './read-store.js';
import { mapFromProperties } from './rebuild-map.js';
import { readReviewMarks } from './review-marks.js';
import { appendEntries, newFeedbackFile } from './write-entries.js';

export interface ImportPlan {
  added: FeedbackEntry[];
  /** Entries the file already has (imported before). */
  known: number;
  edits: FileEdit[];
  created: { file: string; absPath: string; text: string }[];
  diagnostics: Diagnostic[];
}

export interface ImportRequest {
  workspace: Workspace;
  store: FeedbackStore;
  parts: DocxParts;
  /** The DOCX as the user named it, for messages and the entries' `from`. */
  shown: string;
  name: string;
  locality: { kind: LocalityKind; id: string };
}

export function planImport(r: ImportRequest): ImportPlan {
  const plan: ImportPlan = { added: [], known: 0, edits: [], created: [], diagnostics: [] };
  const at = (part = 'word/document.xml', line = 1, col = 1) => ({ file: `${r.shown}!${part}`, line, col });
  const fail = (rule: string, args: Record<string, string | number>, where = at(), hint?: string) => plan.diagnostics.push(error(rule, args, { at: where, ...(hint ? { hint } : {}) }));
  // Without its map part (a program that drops custom XML parts when it saves), from the document properties.
  const map = r.parts.map ?? mapFromProperties(r.workspace, r.parts.properties);
  if (!map) {
    fail('feedback-docx-no-map', { detail: r.parts.mapProblem ?? '' }, { file: r.shown, line: 1, col: 1 }, 'hint-feedback-docx-no-map');
    return plan;
  }
  const spec: VariantSpec = { ...(map.city ? { city: map.city } : {}), sectors: map.sectors };
  const own = r.locality.kind === 'city' ? map.city : map.city ? undefined : map.sectors.at(-1);
  if (own !== r.locality.id) {
    fail('feedback-other-locality', { variant: map.variant, asked: r.locality.id }, { file: r.shown, line: 1, col: 1 });
    return plan;
  }
  const unknown = [...(map.city && !r.workspace.cities.has(map.city) ? [map.city] : []), ...map.sectors.filter((s) => !r.workspace.sectors.has(s))];
  if (!r.workspace.guides.has(map.guide) || unknown.length > 0) {
    fail('feedback-unknown-variant', { guide: map.guide, variant: map.variant }, { file: r.shown, line: 1, col: 1 });
    return plan;
  }
  const adapted = localiseGuide(r.workspace, map.guide, spec).adapted;
  if (!adapted) {
    fail('feedback-unknown-variant', { guide: map.guide, variant: map.variant }, { file: r.shown, line: 1, col: 1 });
    return plan;
  }
  const nodes = new Map<string, GuideNode>();
  walk(adapted.guide.root, (n) => nodes.set(n.id, n));
  const edition = String(adapted.guide.root.fields.edition ?? '');
  if (map.edition && edition && map.edition !== edition) plan.diagnostics.push(warning('feedback-other-edition', { built: map.edition, now: edition }, { at: { file: r.shown, line: 1, col: 1 } }));

  const byName = new Map<string, MappedBookmark>(map.bookmarks.map((b) => [b.name, b]));
  const marks = readReviewMarks(r.parts.document, r.parts.comments, (name) => byName.get(name)?.field !== undefined, (name) => byName.has(name));
  for (const p of marks.problems) {
    const rule = p.kind === 'malformed' ? 'feedback-docx-xml' : p.kind === 'spans-fields' ? 'feedback-change-spans-nodes' : 'feedback-change-outside-node';
    fail(rule, { detail: p.detail ?? '' }, at(p.part, p.line, p.col), rule === 'feedback-change-spans-nodes' ? 'hint-feedback-change-spans-nodes' : undefined);
  }
  const lang = (b: MappedBookmark): Lang => b.lang ?? (map.lang === 'en' ? 'en' : 'zh');
  const base = { variant: variantName(spec), guide: map.guide, from: r.name };
  const fresh: NewEntry[] = [];
  const exists = (b: MappedBookmark, where: { line: number; col: number }, what: string): boolean => {
    const node = nodes.get(b.node);
    if (!node) fail('feedback-unknown-node', { node: b.node, guide: map.guide, what, edition: map.edition }, at('word/document.xml', where.line, where.col), 'hint-feedback-unknown-node');
    else if (b.field && fieldAt(node.fields, b.field) === undefined) fail('feedback-unknown-field', { node: b.node, field: b.field, what }, at('word/document.xml', where.line, where.col));
    else return true;
    return false;
  };

  for (const t of marks.fields.values()) {
    if (!t.changed || t.original === t.proposed) continue;
    const b = byName.get(t.bookmark)!;
    if (!exists(b, t, 'a tracked change')) continue;
    fresh.push({ kind: 'proposal', ...base, node: b.node, field: b.field!, lang: lang(b), ...(t.authors.length ? { author: t.authors.join(', ') } : {}), ...(t.date ? { date: t.date } : {}), original: t.original, proposed: t.proposed });
  }
  for (const c of marks.comments) {
    const who = { id: c.id, author: c.author ?? '?' };
    if (!c.around) {
      fail('feedback-comment-no-anchor', who, at('word/comments.xml'), 'hint-feedback-comment-no-anchor');
      continue;
    }
    const inner = c.around.map((name) => byName.get(name)!).at(-1);
    const where = at('word/document.xml', c.line, c.col);
    if (!inner) plan.diagnostics.push(warning('feedback-comment-outside', { ...who, quote: c.quote.slice(0, 40) }, { at: where }));
    else if (!exists(inner, c, `comment ${c.id}`)) continue;
    const target = inner ? { node: inner.node, ...(inner.field ? { field: inner.field, lang: lang(inner) } : {}) } : {};
    fresh.push({ kind: 'comment', ...base, ...target, ...(c.author ? { author: c.author } : {}), ...(c.date ? { date: c.date } : {}), quote: c.quote, text: c.text });
  }
  if (plan.diagnostics.some((d) => d.severity === 'error')) return plan;

  const file = feedbackPath(r.locality.kind, r.locality.id, map.guide);
  const stored = r.store.files.find((f) => f.file === file);
  const seen = new Set(stored?.entries.map((e) => e.id) ?? []);
  for (const e of fresh) {
    const entry: FeedbackEntry = { id: entryId(e), state: 'open', ...e };
    if (seen.has(entry.id)) {
      plan.known++;
      continue;
    }
    seen.add(entry.id);
    plan.added.push(entry);
  }
  if (plan.added.length === 0) return plan;
  if (!stored) {
    plan.created.push({ file, absPath: `${r.workspace.root}/${file}`, text: newFeedbackFile(map.guide, plan.added) });
    return plan;
  }
  const outcome = appendEntries(stored, plan.added);
  if (outcome.failure) plan.diagnostics.push(error('yaml-edit-failed', outcome.failure.args, { messageId: outcome.failure.messageId, at: { file, line: 1, col: 1 } }));
  else if (outcome.edit) plan.edits.push(outcome.edit);
  return plan;
}
