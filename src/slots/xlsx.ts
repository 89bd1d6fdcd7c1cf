// The slot sheet as an .xlsx workbook (exceljs): written for Excel and WPS, read back strictly.
import type { UiLang } from '../diagnostics/messages.js';
import { ANSWER_COLUMNS, COLUMNS, header, type SheetRow } from './sheet.js';

export interface ReadRecord {
  cells: string[];
  /** The sheet row (1-based). */
  line: number;
}

export type ReadResult = { ok: true; records: ReadRecord[] } | { ok: false; problem: 'unreadable' | 'merged' | 'formula' | 'kind'; line?: number; detail?: string };

export async function toXlsx(rows: readonly SheetRow[], ui: UiLang, edition: string): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'adapt-guide';
  // No clock in the file: the same slots give the same sheet.
  book.created = book.modified = new Date(`${edition}T00:00:00Z`);
  const sheet = book.addWorksheet(ui === 'zh' ? '待补充' : 'slots', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c, i) => ({ header: header(ui)[i], key: c.id, width: c.width }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row, n) => {
    row.alignment = { wrapText: true, vertical: 'top' };
    if (n === 1) return;
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (ANSWER_COLUMNS.includes(c.id)) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
        // Text, so a subsidy of 4000 stays "4000" and a phone number keeps its leading 0.
        cell.numFmt = '@';
      }
    });
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: false, autoFilter: true });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The first sheet's rows as strings; anything that is not plain data (a formula, a merged range) is refused. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  try {
    // An encrypted workbook is an OLE container, not a zip; a truncated one has no central directory.
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, problem: 'unreadable', detail: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, problem: 'unreadable', detail: 'no worksheet' };
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    const first = merges[0];
    return { ok: false, problem: 'merged', line: Number(/\d+/.exec(first)?.[0] ?? 1), detail: first };
  }
  const records: ReadRecord[] = [];
  let bad: ReadResult | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (bad) return;
    const cells: string[] = [];
    for (let i = 1; i <= Math.max(COLUMNS.length, row.cellCount); i++) {
      const value = row.getCell(i).value as unknown;
      const text = cellText(value);
      if (text === undefined) {
        bad = { ok: false, problem: typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) ? 'formula' : 'kind', line, detail: `${String.fromCharCode(64 + i)}${line}` };
        return;
      }
      cells.push(text);
    }
    while (cells.length > COLUMNS.length && cells[cells.length - 1] === '') cells.pop();
    records.push({ cells, line });
  });
  return bad ?? { ok: true, records };
}

function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // A number typed into a value cell is taken as the text it shows ("4000").
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; formula?: unknown; sharedFormula?: unknown; error?: unknown };
    if (v.formula !== undefined || v.sharedFormula !== undefined || v.error !== undefined) return undefined;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return undefined;
}
