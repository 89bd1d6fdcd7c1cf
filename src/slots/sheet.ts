// The slot sheet an officer fills in: its columns, and reading and writing it as CSV (UTF-8 with a BOM, so
// Excel and WPS open Chinese correctly) or as .xlsx (exceljs: header frozen, only the answer cells unlocked).
import type { UiLang } from '../diagnostics/messages.js';
import { slotDescription } from '../model/types.js';
import type { SlotInventory } from './inventory.js';

export const COLUMNS = [
  { id: 'variant', zh: '版本', en: 'Edition', width: 14 },
  { id: 'key', zh: '编号', en: 'Slot', width: 30 },
  { id: 'guides', zh: '所在指南', en: 'Guides', width: 22 },
  { id: 'where', zh: '所在章节', en: 'Where', width: 36 },
  { id: 'todo_zh', zh: '填写说明', en: 'What to fill in (zh)', width: 40 },
  { id: 'todo_en', zh: '填写说明（英文）', en: 'What to fill in (en)', width: 32 },
  { id: 'context', zh: '上下文', en: 'Context', width: 46 },
  { id: 'value_zh', zh: '中文取值', en: 'Value (zh)', width: 34 },
  { id: 'value_en', zh: '英文取值', en: 'Value (en)', width: 30 },
  { id: 'remarks', zh: '来源/备注', en: 'Source / remarks', width: 28 },
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];
/** The columns an officer writes in; every other cell must come back as it was exported. */
export const ANSWER_COLUMNS: readonly ColumnId[] = ['value_zh', 'value_en', 'remarks'];
/** The exported cells that identify a row and what it asks: checked on import. */
export const CHECKED_COLUMNS: readonly ColumnId[] = ['variant', 'key', 'todo_zh', 'todo_en'];

export type SheetRow = Record<ColumnId, string>;

export function sheetRows(inventory: SlotInventory): SheetRow[] {
  return inventory.rows.map((r) => ({
    variant: inventory.variant,
    key: r.key,
    guides: r.guides.join(', '),
    where: r.where.slice(0, 3).join('\n') + (r.where.length > 3 ? `\n… (+${r.where.length - 3})` : ''),
    todo_zh: slotDescription(r.todo, 'zh'),
    todo_en: slotDescription(r.todo, 'en'),
    context: r.context,
    value_zh: '',
    value_en: '',
    remarks: '',
  }));
}

export function header(ui: UiLang): string[] {
  return COLUMNS.map((c) => c[ui]);
}

// ---- CSV (RFC 4180) ----

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly SheetRow[], ui: UiLang): string {
  const lines = [header(ui), ...rows.map((r) => COLUMNS.map((c) => r[c.id]))].map((cells) => cells.map(csvCell).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** Records of a CSV text, each with its row as a spreadsheet numbers it (1-based); or the line where a quote never closes. */
export function parseCsv(text: string): { cells: string[]; line: number }[] | { unclosedAt: number } {
  const out: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ cells, line: out.length + 1 });
      cells = [];
      cell = '';
      line++;
    } else cell += ch;
  }
  if (quoted) return { unclosedAt: quoteLine };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ cells, line: out.length + 1 });
  }
  return out.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
}
