// Benchmark: the DOCX (issue 21). Two figures, each from alternating runs in this one process:
// 1. `adapt-guide --city huzhou --guide core-skills --format docx` in a fresh process (load cache
//    filled, the DOCX itself made again) against Debian's `pandoc -f markdown -o x.docx` on our own
//    Markdown of that guide: medians of 5 alternating runs, target ratio ≤ 1.0. The build that made that
//    Markdown is remembered, so the DOCX is made from the model without making the Markdown again; the
//    same run with the build cache emptied (the Markdown stage runs too) is printed beside it;
// 2. `build --all --format md,pdf,docx` against `build --all --format md,pdf` (both --force): target
//    within 1.3× (BENCH_RUNS pairs, default 3: each run typesets 32 PDFs).
// Prints figures; asserts nothing. On a shared machine the figures are noisy: compare the ratios.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const out = mkdtempSync(join(tmpdir(), 'ag-bench-docx-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'ag-bench-docx-cache-'));
const env = { ...process.env, ADAPT_GUIDE_CACHE_DIR: cacheDir, ADAPT_GUIDE_CACHE: '' };
const ms = (t) => `${t.toFixed(0)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(command, args) {
  const start = performance.now();
  const run = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const time = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return time;
}

const guide = ['--city', 'huzhou', '--guide', 'core-skills', '--out', out, '--quiet'];
const markdown = join(out, 'huzhou', 'core-skills.md');
const docx = join(out, 'huzhou', 'core-skills.docx');
// Our Markdown, for pandoc; it also fills the load cache.
timed(process.execPath, [BIN, ...guide, '--format', 'md,docx']);

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
if (pandoc.status !== 0) {
  console.log('pandoc not installed: the single-guide comparison is skipped');
} else {
  const ours = [];
  const theirs = [];
  const unremembered = [];
  for (let i = 0; i < 5; i++) {
    // Removing the file makes the build make the DOCX again (the output cache checks the file on disk).
    rmSync(docx, { force: true });
    ours.push(timed(process.execPath, [BIN, ...guide, '--format', 'docx']));
    theirs.push(timed('pandoc', ['-f', 'markdown', '-o', join(out, 'pandoc.docx'), markdown]));
    // The build cache emptied (the load cache kept): the job's Markdown stage runs before the DOCX.
    rmSync(docx, { force: true });
    rmSync(join(cacheDir, 'jobs'), { recursive: true, force: true });
    unremembered.push(timed(process.execPath, [BIN, ...guide, '--format', 'docx']));
  }
  const ratio = median(ours) / median(theirs);
  console.log(`huzhou core-skills DOCX, fresh process: adapt-guide median ${ms(median(ours))} (${ours.map(ms).join(' / ')}); ${pandoc.stdout.split('\n')[0]} median ${ms(median(theirs))} (${theirs.map(ms).join(' / ')}); ratio ${ratio.toFixed(2)} (target ≤ 1.0)`);
  console.log(`  the same with the build cache emptied (the Markdown stage runs as well): median ${ms(median(unremembered))} (${unremembered.map(ms).join(' / ')}); ratio ${(median(unremembered) / median(theirs)).toFixed(2)}`);
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const without = [];
const withDocx = [];
for (let i = 0; i < runs; i++) {
  const all = ['build', '--all', '--out', join(out, 'all'), '--quiet', '--force'];
  without.push(timed(process.execPath, [BIN, ...all, '--format', 'md,pdf']));
  withDocx.push(timed(process.execPath, [BIN, ...all, '--format', 'md,pdf,docx']));
}
const ratio = median(withDocx) / median(without);
console.log(`build --all --force: md,pdf median ${ms(median(without))} (${without.map(ms).join(' / ')}); md,pdf,docx median ${ms(median(withDocx))} (${withDocx.map(ms).join(' / ')}); ratio ${ratio.toFixed(2)} (target ≤ 1.3)`);

rmSync(out, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
