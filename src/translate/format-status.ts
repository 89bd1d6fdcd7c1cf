// Prints status reports for people: one summary line per guide and variant, then each list with file:line.
import { message, type UiLang } from '../diagnostics/messages.js';
import type { GuideStatus, StatusItem } from './status.js';

const LISTS = [
  ['missing', 'status-missing'],
  ['stale', 'status-stale'],
  ['staleOverrides', 'status-stale-overrides'],
  ['unreviewed', 'status-unreviewed'],
  ['unfilled', 'status-unfilled'],
  ['glossary', 'status-glossary'],
  ['feedback', 'status-feedback'],
] as const;

export function formatStatus(reports: readonly GuideStatus[], ui: UiLang): string {
  const lines: string[] = [];
  for (const r of reports) {
    const share = r.texts === 0 ? 100 : Math.floor((r.translated / r.texts) * 1000) / 10;
    lines.push(message('status-summary', { guide: r.guide, variant: r.variant, translated: r.translated, texts: r.texts, share, reviewed: r.reviewed }, ui));
    for (const [key, id] of LISTS) {
      const list: StatusItem[] = r[key];
      if (list.length === 0) continue;
      lines.push(`  ${message(id, { count: list.length }, ui)}`);
      for (const i of list) {
        const detail = i.detail === 'override' ? message('status-override', {}, ui) : i.detail;
        lines.push(`    ${i.file}:${i.line}:${i.col}  ${i.what}${detail ? `  (${detail})` : ''}${i.rule ? ` [${i.rule}]` : ''}`);
      }
    }
  }
  if (reports.length > 1) {
    const total = (key: (typeof LISTS)[number][0]) => reports.reduce((n, r) => n + r[key].length, 0);
    const variants = new Set(reports.map((r) => r.variant)).size;
    lines.push(message('status-totals', { reports: reports.length, variants, missing: total('missing'), stale: total('stale') + total('staleOverrides'), unreviewed: total('unreviewed'), unfilled: total('unfilled'), glossary: total('glossary') }, ui));
  }
  return lines.join('\n') + '\n';
}
