// How a multi-guide build shows itself: a live line on a terminal, and a summary table at the end.
import { message, type UiLang } from '../diagnostics/messages.js';

export interface JobRecord {
  variant: string;
  guide: string;
  failed: boolean;
  files: number;
  reused: boolean;
  ms: number;
}

export interface Progress {
  done(record: JobRecord): void;
  finish(): void;
}

const silent: Progress = { done: () => undefined, finish: () => undefined };

/** On a terminal: one line rewritten in place (count, guide and variant, failures, elapsed time). Elsewhere: nothing. */
export function liveProgress(enabled: boolean, total: number, write: (text: string) => void, ui: UiLang, now: () => number = Date.now): Progress {
  if (!enabled || total < 2) return silent;
  const start = now();
  let done = 0;
  let failed = 0;
  return {
    done(r) {
      done++;
      if (r.failed) failed++;
      const seconds = ((now() - start) / 1000).toFixed(1);
      const mark = r.failed ? '✗' : r.reused ? '=' : '✓';
      write(`\r\x1b[K${message('progress-line', { done, total, variant: r.variant, guide: r.guide, mark, failed, seconds }, ui)}`);
    },
    finish() {
      write('\r\x1b[K');
    },
  };
}

/** Columns a text takes in a terminal: Chinese characters and full-width forms take two. */
export function displayWidth(s: string): number {
  return [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
}

/** Per variant: guides built, failed, unchanged, files written, time. */
export function summaryTable(records: readonly JobRecord[], ui: UiLang): string {
  const rows = new Map<string, { guides: number; failed: number; reused: number; files: number; ms: number }>();
  for (const r of records) {
    const row = rows.get(r.variant) ?? { guides: 0, failed: 0, reused: 0, files: 0, ms: 0 };
    row.guides++;
    if (r.failed) row.failed++;
    if (r.reused) row.reused++;
    row.files += r.files;
    row.ms += r.ms;
    rows.set(r.variant, row);
  }
  const head = [message('summary-variant', {}, ui), message('summary-guides', {}, ui), message('summary-failed', {}, ui), message('summary-unchanged', {}, ui), message('summary-files', {}, ui), message('summary-time', {}, ui)];
  const body = [...rows].map(([v, r]) => [v, String(r.guides), String(r.failed), String(r.reused), String(r.files), message('summary-seconds', { seconds: (r.ms / 1000).toFixed(1) }, ui)]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - displayWidth(c)) : ' '.repeat(widths[i] - displayWidth(c)) + c)).join('  ');
  return [line(head), ...body.map(line)].join('\n') + '\n';
}
