// The text `explain` prints: a block per node, a line per layer that touched it, and what it changed.
import { isSlot, slotDescription, type Json } from '../model/types.js';
import type { FieldChange, HistoryEntry } from '../localise/types.js';
import { message, type UiLang } from '../diagnostics/messages.js';
import type { GuideExplanation } from './explain-guide.js';
import { lineDiff } from './line-diff.js';

const show = (value: Json | undefined): string =>
  value === undefined ? '(none)' : value === null ? '(removed)' : isSlot(value) ? `(to be filled in: ${slotDescription(value.todo)})` : JSON.stringify(value);

/** Leaves of a value by path (`body.zh`, `body.todo`), so a slot replaced by a text reads per language. */
function leaves(value: Json | undefined, path: string, into: Map<string, Json>): Map<string, Json> {
  if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, into);
  else if (value !== undefined) into.set(path, value);
  return into;
}

function changeLines(change: FieldChange): string[] {
  const before = leaves(change.before, change.path, new Map());
  const after = leaves(change.after, change.path, new Map());
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths.flatMap((path) => {
    const [old, now] = [before.get(path), after.get(path)];
    const text = (v: Json | undefined) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : undefined);
    const [a, b] = [text(old), text(now)];
    if (a !== undefined && b !== undefined && (a.includes('\n') || b.includes('\n'))) return [`${path}:`, ...lineDiff(a, b).map((line) => `  ${line}`)];
    return [`${path}: ${show(old)} → ${show(now)}`];
  });
}

// Layer names, actions (defined, changed, added, removed) and positions stay the same in every UI
// language, like rule ids: scripts may grep them. The surrounding words are translated.
function entryLines(entry: HistoryEntry, width: number, ui: UiLang): string[] {
  const where = `${entry.at.file}:${entry.at.line}:${entry.at.col}`;
  const action = entry.position ? `${entry.action} (${entry.position})` : entry.action;
  const lines = [`  ${entry.layer.padEnd(width)}  ${action}  ${where}`];
  for (const change of entry.changes ?? []) lines.push(...changeLines(change).map((line) => `      ${line}`));
  if (entry.action === 'changed' && (entry.changes ?? []).length === 0) lines.push(`      ${message('explain-no-change', {}, ui)}`);
  return lines;
}

export function formatExplain(explanation: GuideExplanation, variant: string, asked: boolean, ui: UiLang = 'en'): string {
  const out = [message('explain-header', { guide: explanation.guide, variant, layers: explanation.layers.join(' → ') }, ui), ''];
  const width = Math.max(...explanation.layers.map((l) => l.length));
  for (const node of explanation.nodes) {
    const summary = node.summary ? ` 「${node.summary}」` : '';
    out.push(`${node.id}${node.type ? ` (${node.type})` : ''}${summary}${node.removed ? ` — ${message('explain-removed', {}, ui)}` : ''}`);
    for (const entry of node.history) out.push(...entryLines(entry, width, ui));
    if (node.fields && node.fields.length > 0) {
      out.push(`  ${message('explain-fields', {}, ui)}`);
      const pathWidth = Math.max(...node.fields.map((f) => f.path.length));
      for (const f of node.fields) out.push(`    ${f.path.padEnd(pathWidth)}  ${f.at.file}:${f.at.line}:${f.at.col}  ${f.at.layer}`);
    }
    out.push('');
  }
  if (explanation.variables.length > 0) {
    out.push(message('explain-variables', {}, ui));
    const nameWidth = Math.max(...explanation.variables.map((v) => v.name.length));
    for (const v of explanation.variables) out.push(`  vars.${v.name.padEnd(nameWidth)}  ${show(v.value)}  ${v.at.layer}  ${v.at.file}:${v.at.line}:${v.at.col}`);
    out.push('');
  }
  if (!asked) {
    const { length } = explanation.nodes;
    out.push(length === 0 ? message('explain-none', {}, ui) : message('explain-summary', { count: length, total: explanation.total }, ui));
  }
  return out.map((line) => line.trimEnd()).join('\n').replace(/\n*$/, '\n');
}
