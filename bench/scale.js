// Benchmark: the build engine at ten times the shipped matrix. A synthetic workspace is generated from
// the shipped files — 50 cities (each shipped city ten times), 10 sectors (the shipped sector ten times),
// 20 city+sector pairs — and `build --all` is timed cold beside the shipped workspace, through the real
// bin. Targets: time per job within 1.2× of the shipped workspace's, peak RSS ≤ 600 MB (results stream;
// nothing holds every result). SCALE_FORMATS=md runs the Markdown matrix only. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const FORMATS = process.env.SCALE_FORMATS ?? 'md,pdf';
const COPIES = 10;
const PAIRS = 20;

/** The shipped guides, with each city and the sector copied COPIES times and PAIRS cities paired with a sector. */
function scaledWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'ag-bench-scale-'));
  cpSync(join(REPO, 'guides'), join(root, 'guides'), { recursive: true });
  const cities = readdirSync(join(root, 'guides/cities')).sort();
  const sectors = readdirSync(join(root, 'guides/sectors')).sort();
  const sectorIds = [];
  for (const sector of sectors) {
    for (let k = 2; k <= COPIES; k++) {
      const id = `${sector}-${k}`;
      cpSync(join(root, 'guides/sectors', sector), join(root, 'guides/sectors', id), { recursive: true });
      renameProfile(join(root, 'guides/sectors', id, 'profile.yaml'), k);
      sectorIds.push(id);
    }
    sectorIds.push(sector);
  }
  let paired = 0;
  for (const city of cities) {
    for (let k = 1; k <= COPIES; k++) {
      const id = k === 1 ? city : `${city}-${k}`;
      if (k > 1) {
        cpSync(join(root, 'guides/cities', city), join(root, 'guides/cities', id), { recursive: true });
        renameProfile(join(root, 'guides/cities', id, 'profile.yaml'), k);
      }
      const profile = join(root, 'guides/cities', id, 'profile.yaml');
      const sectorsLine = paired < PAIRS ? `sectors: [${sectorIds[paired++ % sectorIds.length]}]` : 'sectors: []';
      writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^sectors: .*$/m, sectorsLine));
    }
  }
  return { root, cities: cities.length * COPIES, sectors: sectorIds.length, pairs: paired };
}

function renameProfile(file, k) {
  const text = readFileSync(file, 'utf8').replace(/^name: \{zh: ([^,]+), en: ([^}]+)\}/m, (_, zh, en) => `name: {zh: ${zh}${k}, en: ${en.trim()} ${k}}`);
  writeFileSync(file, text);
}

/** One cold build (--force, an empty cache): wall time, peak RSS of the process tree (KB), files written. */
function coldBuild(root) {
  const out = mkdtempSync(join(tmpdir(), 'ag-bench-scale-out-'));
  const cache = mkdtempSync(join(tmpdir(), 'ag-bench-scale-cache-'));
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, BIN, 'build', '--all', '--format', FORMATS, '--root', root, '--out', out, '--force', '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ADAPT_GUIDE_CACHE_DIR: cache },
  });
  const ms = performance.now() - start;
  // Peak RSS, and CPU seconds (user + system), which a busy machine inflates far less than wall time.
  const [kb, user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  let outputs = 0;
  try {
    outputs = JSON.parse(run.stdout).outputs.length;
  } catch {
    outputs = 0;
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return { ms, kb, cpu: (user + system) * 1000, outputs, code: run.status };
}

const jobsOf = (r) => r.outputs / FORMATS.split(',').length;
console.log(`node ${process.version}, ${cpus().length} cores; formats ${FORMATS}`);
const scaled = scaledWorkspace();
const shipped = coldBuild(REPO);
const scale = coldBuild(scaled.root);
const perJob = (r) => r.ms / jobsOf(r);
const cpuPerJob = (r) => r.cpu / jobsOf(r);
for (const [label, r] of [['shipped', shipped], [`scaled (${scaled.cities} cities, ${scaled.sectors} sectors, ${scaled.pairs} pairs)`, scale]]) {
  console.log(`${label}: ${jobsOf(r)} jobs, ${r.outputs} files, ${r.ms.toFixed(0)} ms, ${perJob(r).toFixed(0)} ms per job (CPU ${cpuPerJob(r).toFixed(0)} ms per job), peak RSS ${(r.kb / 1024).toFixed(0)} MB, exit ${r.code}`);
}
const ratio = perJob(scale) / perJob(shipped);
const cpuRatio = cpuPerJob(scale) / cpuPerJob(shipped);
console.log(`per-job time, scaled / shipped: wall ×${ratio.toFixed(2)}, CPU ×${cpuRatio.toFixed(2)} (target ≤ 1.2: ${Math.max(ratio, cpuRatio) <= 1.2 ? 'met' : 'NOT met'}); peak RSS ≤ 600 MB: ${scale.kb / 1024 <= 600 ? 'met' : 'NOT met'}`);
if (!process.env.KEEP) rmSync(scaled.root, { recursive: true, force: true });
else console.log(scaled.root);
