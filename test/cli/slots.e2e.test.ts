// slots export / import and fill through the real bin, on a copy of the shipped workspace: the values land in
// the locality's own files only, every bad sheet is a located error with nothing written, twice is once.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/slots/sheet.js';
import { parseJson, REPO, runCli } from '../support/cli.js';
import { KEY, startInPty } from '../support/pty.js';

function shippedCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-slots-'));
  cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  return root;
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (rows: string[][]) => '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The exported CSV with every value cell filled in (or changed by `edit`). */
function fillCsv(path: string, edit?: (rows: string[][]) => void): string {
  const parsed = parseCsv(readFileSync(path, 'utf8'));
  if ('unclosedAt' in parsed) throw new Error('bad csv');
  const rows = parsed.map((r) => r.cells);
  rows.slice(1).forEach((r, i) => {
    r[7] = `取值${i + 1}`;
    r[8] = `Value ${i + 1}`;
  });
  edit?.(rows);
  const out = path.replace(/\.csv$/, '.filled.csv');
  writeFileSync(out, toCsv(rows));
  return out;
}

describe('slots export and import', () => {
  it("fill every Huzhou slot from a sheet: 0 unfilled, no placeholder, only Huzhou's files changed, twice is once", () => {
    const root = shippedCopy();
    const sheet = join(root, 'huzhou.csv');
    const exported = runCli(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', sheet]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(sheet, 'utf8').startsWith('\ufeffEdition,Slot,')).toBe(true);
    const before = hashes(join(root, 'guides'));
    const filled = fillCsv(sheet);
    const imported = runCli(['slots', 'import', filled, '--root', root, '--json']);
    expect(imported.code, imported.stdout).toBe(0);
    const after = hashes(join(root, 'guides'));
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => f.startsWith('cities/huzhou/'))).toBe(true);
    const status = parseJson(runCli(['status', '--city', 'huzhou', '--root', root, '--json'])) as unknown as { reports: { unfilled: unknown[] }[] };
    expect(status.reports.flatMap((r) => r.unfilled)).toEqual([]);
    expect(parseJson(runCli(['validate', '--root', root, '--json'])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const built = runCli(['--city', 'huzhou', '--format', 'md', '--root', root, '--out', join(root, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    for (const f of readdirSync(join(root, 'dist/huzhou')).filter((f) => f.endsWith('.md'))) {
      // The guides mention the marker itself (“【待补充：……】”), never with a description in it.
      expect(readFileSync(join(root, 'dist/huzhou', f), 'utf8'), f).not.toMatch(/【待补充：(?!……】)/);
    }
    // A comment of the profile is still there.
    expect(readFileSync(join(root, 'guides/cities/huzhou/profile.yaml'), 'utf8')).toMatch(/^#/m);
    const again = runCli(['slots', 'import', filled, '--root', root]);
    expect(again.code, again.stderr).toBe(0);
    expect(hashes(join(root, 'guides'))).toEqual(after);
  });

  it('reads an .xlsx sheet: a number typed as a number is taken as its text', async () => {
    const root = shippedCopy();
    const sheet = join(root, 'h.xlsx');
    expect(runCli(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', sheet]).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(sheet);
    const ws = book.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    let row = 0;
    ws.eachRow((r, n) => {
      if (n > 1 && String(r.getCell(2).value) === 'vars.subsidy_per_year') row = n;
    });
    expect(row).toBeGreaterThan(1);
    expect(ws.getRow(row).getCell(8).protection?.locked).toBe(false);
    expect(ws.getRow(row).getCell(5).protection?.locked).not.toBe(false);
    ws.getRow(row).getCell(8).value = 4000;
    await book.xlsx.writeFile(sheet);
    const run = runCli(['slots', 'import', sheet, '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'guides/cities/huzhou/quality-apprenticeship.yaml'), 'utf8')).toMatch(/value: "4000"/);
  });

  describe('refuses a bad sheet with a located error and writes nothing', () => {
    const root = shippedCopy();
    const sheet = join(root, 'h.csv');
    runCli(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', sheet]);
    const xlsx = join(root, 'h.xlsx');
    runCli(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', xlsx]);
    const before = hashes(join(root, 'guides'));

    const refused = (file: string, rule: string, line?: number, extra: string[] = []) => {
      const run = runCli(['slots', 'import', file, '--root', root, '--json', ...extra]);
      expect(run.code, run.stdout).toBe(1);
      const d = parseJson(run).diagnostics.find((x) => x.rule === rule);
      expect(d, run.stdout).toBeDefined();
      if (line !== undefined) expect(d?.line).toBe(line);
      expect(hashes(join(root, 'guides'))).toEqual(before);
    };

    it('a renamed or deleted column', () => refused(fillCsv(sheet, (rows) => (rows[0][7] = '取值')), 'slots-sheet-columns', 1));
    it('an edited description (rows shuffled cell by cell)', () => refused(fillCsv(sheet, (rows) => ([rows[2][4], rows[3][4]] = [rows[3][4], rows[2][4]])), 'slots-row-edited', 3));
    it('an unknown slot', () => refused(fillCsv(sheet, (rows) => (rows[1][1] = 'vars.no_such_slot')), 'slots-unknown-slot', 2));
    it('a value with an unknown variable', () => refused(fillCsv(sheet, (rows) => (rows[1][7] = '见{{vars.nope}}')), 'slots-unknown-variable', 2));
    it('a sheet of another locality', () => refused(fillCsv(sheet), 'slots-other-edition', 2, ['--city', 'rizhao']));
    it('a CSV saved in GBK', () => {
      const gbk = join(root, 'gbk.csv');
      writeFileSync(gbk, Buffer.concat([Buffer.from('Edition,Slot\r\nhuzhou,'), Buffer.from([0xba, 0xfe, 0xd6, 0xdd])]));
      refused(gbk, 'not-utf8');
    });
    it('a truncated or encrypted workbook', () => {
      const cut = join(root, 'cut.xlsx');
      writeFileSync(cut, readFileSync(xlsx).subarray(0, 2000));
      refused(cut, 'slots-sheet-unreadable');
      const ole = join(root, 'enc.xlsx');
      writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
      refused(ole, 'slots-sheet-unreadable');
    });
    it('merged cells and formulas', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      book.worksheets[0].mergeCells('H3:I3');
      const merged = join(root, 'merged.xlsx');
      await book.xlsx.writeFile(merged);
      refused(merged, 'slots-sheet-merged', 3);
      const book2 = new ExcelJS.Workbook();
      await book2.xlsx.readFile(xlsx);
      book2.worksheets[0].getRow(4).getCell(8).value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
      const formula = join(root, 'formula.xlsx');
      await book2.xlsx.writeFile(formula);
      refused(formula, 'slots-sheet-formula', 4);
    });
  });
});

describe('fill', () => {
  it('asks slot by slot in a terminal; Ctrl-C keeps the answers given and exits 130', async () => {
    const root = shippedCopy();
    const pty = startInPty(['fill', '--city', 'huzhou', '--root', root]);
    await pty.waitFor(/\[1\/\d+\] city\.adapter/);
    await pty.waitFor(/Value in Chinese/);
    pty.send('湖州市人力资源和社会保障局' + KEY.enter);
    await pty.waitFor(/Value in English/);
    pty.send('Huzhou HRSS Bureau' + KEY.enter);
    await pty.waitFor(/\[2\/\d+\]/);
    await pty.waitFor(/Value in Chinese[^\n]*\n?[^\n]*$/);
    pty.send('\x03');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toMatch(/Cancelled/);
    expect(pty.output()).not.toMatch(/internal error/);
    expect(readFileSync(join(root, 'guides/cities/huzhou/profile.yaml'), 'utf8')).toContain('adapter: {zh: 湖州市人力资源和社会保障局, en: Huzhou HRSS Bureau}');
  }, 60_000);

  it('needs a terminal', () => {
    const run = runCli(['fill', '--city', 'huzhou', '--root', shippedCopy()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/slots export/);
  });
});
