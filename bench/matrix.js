// Benchmark: the full matrix (zh) of the shipped workspace, Markdown and PDF, through the real bin.
// Cold (--force, fresh process), with and without worker threads; then a repeated build with nothing
// changed (served by the build cache); peak memory of the whole process tree. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const out = mkdtempSync(join(tmpdir(), 'ag-matrix-'));
const cache = mkdtempSync(join(tmpdir(), 'ag-matrix-cache-'));

/** Wall time, peak RSS (KB) and CPU time (user + sys, ms) of one build, from /usr/bin/time when present. */
function build(extra, workers) {
  const env = { ...process.env, ADAPT_GUIDE_CACHE_DIR: cache, ADAPT_GUIDE_WORKERS: String(workers) };
  const args = [BIN, 'build', '--all', '--out', out, '--quiet', ...extra];
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.error) {
    const s = performance.now();
    const plain = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    return { ms: performance.now() - s, kb: NaN, cpu: NaN, code: plain.status };
  }
  const [kb, user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms, kb, cpu: (user + sys) * 1000, code: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
const rows = [];
for (const workers of [0, Math.max(1, cpus().length - 1), cpus().length]) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(build(['--force'], workers));
  rows.push({ workers, runs });
  const ms = runs.map((r) => r.ms);
  const kb = Math.max(...runs.map((r) => r.kb));
  console.log(
    `full matrix (zh, md+pdf, 32 guides × 2 formats), cold, ${workers ? `${workers} workers` : 'one thread'}: median ${median(ms).toFixed(0)} ms (runs ${ms.map((m) => m.toFixed(0)).join(' / ')}), CPU (user + sys) median ${median(runs.map((r) => r.cpu)).toFixed(0)} ms, peak RSS ${(kb / 1024).toFixed(0)} MB, exit ${runs.map((r) => r.code).join(',')}`,
  );
}
const serial = median(rows[0].runs.map((r) => r.ms));
for (const row of rows.slice(1)) {
  const t = median(row.runs.map((r) => r.ms));
  console.log(`  speed-up from ${row.workers} worker(s): ×${(serial / t).toFixed(2)}  (≤ 6000 ms cold: ${t <= 6000 ? 'met' : 'NOT met'}; peak ≤ 400 MB: ${Math.max(...row.runs.map((r) => r.kb)) / 1024 <= 400 ? 'met' : 'NOT met'})`);
}
// A first build into an empty cache, then the same build again with nothing changed (alternately, so
// the machine's load falls on both alike): the repeat loads the workspace (from the load cache), keys
// every job and checks every output's digest, and writes nothing.
const workers = Math.max(1, cpus().length - 1);
const first = [];
const again = [];
for (let i = 0; i < 3; i++) {
  rmSync(cache, { recursive: true, force: true });
  first.push(build([], workers).ms);
  again.push(build([], workers).ms);
}
const share = median(again) / median(first);
console.log(`first build (empty caches): median ${median(first).toFixed(0)} ms; repeated, nothing changed: median ${median(again).toFixed(0)} ms (runs ${again.map((m) => m.toFixed(0)).join(' / ')}) = ${(share * 100).toFixed(0)} % of the first (target ≤ 20 %: ${share <= 0.2 ? 'met' : 'NOT met'})`);
