// Benchmark: `slots export` and `slots import` of Huzhou through the real bin, on a copy of the shipped workspace
// (target: each under 1.5 s). Prints the median of 5 runs, cold process each time; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const { parseCsv } = await import(join(REPO, 'lib/slots/sheet.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cacheDir = mkdtempSync(join(tmpdir(), 'ag-bench-cache-'));
function run(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ADAPT_GUIDE_CACHE_DIR: cacheDir } });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return performance.now() - start;
}

for (const ext of ['xlsx', 'csv']) {
  const exports = [];
  const imports = [];
  for (let i = 0; i < 5; i++) {
    const root = mkdtempSync(join(tmpdir(), 'ag-bench-slots-'));
    cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
    const sheet = join(root, `h.${ext}`);
    exports.push(run(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', sheet]));
    // The import is timed on a CSV with every value filled (the xlsx path differs only in reading the file).
    const csv = join(root, 'h.csv');
    if (ext === 'xlsx') run(['slots', 'export', '--city', 'huzhou', '--root', root, '-o', csv]);
    const rows = parseCsv(readFileSync(csv, 'utf8')).map((r) => r.cells);
    rows.slice(1).forEach((r, n) => ((r[7] = `取值${n}`), (r[8] = `Value ${n}`)));
    writeFileSync(csv, '\ufeff' + rows.map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\r\n'));
    imports.push(run(['slots', 'import', csv, '--root', root]));
  }
  console.log(`slots export --city huzhou (.${ext}): median ${median(exports).toFixed(0)} ms (runs ${exports.map((t) => t.toFixed(0)).join(' / ')}; target ≤ 1500)`);
  if (ext === 'csv') console.log(`slots import (all Huzhou slots filled, .csv): median ${median(imports).toFixed(0)} ms (runs ${imports.map((t) => t.toFixed(0)).join(' / ')}; target ≤ 1500)`);
}
