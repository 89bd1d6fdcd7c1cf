// Benchmark: `--watch` on the shipped workspace — from saving one override file to its variant's Markdown
// rebuilt (target under 1 s). Edits a copy of guides/, never the repository's. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const root = mkdtempSync(join(tmpdir(), 'ag-bench-watch-'));
cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
const override = join(root, 'guides/cities/huzhou/quality-apprenticeship.yaml');

const child = spawn(process.execPath, [BIN, '--city', 'huzhou', '--format', 'md', '--watch', '--quiet'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const count = (text) => stderr.split(text).length - 1;
const until = (test, ms = 60_000) =>
  new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => (test() ? resolve() : Date.now() - start > ms ? reject(new Error(`timed out:\n${stderr}`)) : setTimeout(tick, 5));
    tick();
  });

try {
  const started = performance.now();
  await until(() => count('watching guides/') > 0);
  console.log(`first build of huzhou (4 guides) and watching: ${(performance.now() - started).toFixed(0)} ms`);
  const times = [];
  for (let i = 0; i < 7; i++) {
    const before = count('rebuilt in');
    const t = performance.now();
    appendFileSync(override, `# bench ${i}\n`);
    await until(() => count('rebuilt in') > before);
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 200));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`save of guides/cities/huzhou/quality-apprenticeship.yaml → huzhou quality-apprenticeship.md rewritten: best ${sorted[0].toFixed(0)} ms, median ${sorted[3].toFixed(0)} ms (includes the 80 ms quiet period that batches an editor's save)`);
} finally {
  child.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
}
