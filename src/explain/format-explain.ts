// The text `explain` prints: a block per node, a line per layer that touched it, and what it changed.
import type { Json } from '../model/types.js';
import type { FieldChange, HistoryEntry } from '../localise/types.js';
import { message, type UiLang } from '../diagnostics/messages.js';
import type { GuideExplanation } from './explain-guide.js';
import { lineDiff } from './line-diff.js';

const show = (value: Json | undefined): string => (value === undefined ? '(none)' : value === null ? '(removed)' : JSON.stringify(value));

function changeLines(change: FieldChange): string[] {
  const { before, after } = change;
  if (typeof before === 'string' && typeof after === 'string' && (before.includes('\n') || after.includes('\n'))) {
    return [`${change.path}:`, ...lineDiff(before, after).map((line) => `  ${line}`)];
  }
  return [`${change.path}: ${show(before)} → ${show(after)}`];
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
    out.push(`${node.id}${node.type ? ` (${node.type})` : ''}${node.removed ? ` — ${message('explain-removed', {}, ui)}` : ''}`);
    for (const entry of node.history) out.push(...entryLines(entry, width, ui));
    if (node.fields && node.fields.length > 0) {
      out.push(`  ${message('explain-fields', {}, ui)}`);
      const pathWidth = Math.max(...node.fields.map((f) => f.path.length));
      for (const f of node.fields) out.push(`    ${f.path.padEnd(pathWidth)}  ${f.at.file}:${f.at.line}:${f.at.col}  ${f.at.layer}`);
    }
    out.push('');
  }
  if (!asked) {
    const { length } = explanation.nodes;
    out.push(length === 0 ? message('explain-none', {}, ui) : message('explain-summary', { count: length, total: explanation.total }, ui));
  }
  return out.map((line) => line.trimEnd()).join('\n').replace(/\n*$/, '\n');
}
