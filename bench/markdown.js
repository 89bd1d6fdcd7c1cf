// Benchmark: the full zh Markdown matrix (`build --all --format md`): with no cache within 12× of `node -e 0`,
// and ≤ 0.6 s with the load cache filled (issue 12).
// Measures the shipped workspace through the real bin (what a user waits for) and in-process by stage,
// then a synthetic workspace of the shipped size (4 guides × ~40 pages, 8 cities, 2 sectors) so the
// figure means something while content is still being written. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/adapt-guide.js');
const { loadWorkspace } = await import(join(REPO, 'lib/workspace/load-workspace.js'));
const { buildCommand } = await import(join(REPO, 'lib/cli/commands/build.js'));
const { makeMarkdown } = await import(join(REPO, 'lib/build/make-markdown.js'));
const { allVariants } = await import(join(REPO, 'lib/localise/variants.js'));
const { compileTemplates } = await import(join(REPO, 'lib/render/markdown/templates.js'));
const { loadTemplates } = await import(join(REPO, 'lib/render/markdown/load-templates.js'));

const ms = (t) => `${t.toFixed(0)} ms`;
// In-process stages measure the work itself, not the load cache.
process.env.ADAPT_GUIDE_CACHE = 'off';

/**
 * The bin as a user runs it, two ways: with no cache at all (a first build on a fresh machine),
 * then with the load cache filled (every later run: parsed YAML models reused, every output still
 * localised, rendered and written, into a new output folder).
 */
function benchBin(root, label) {
  const out = mkdtempSync(join(tmpdir(), 'ag-bench-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'ag-bench-cache-'));
  const timeFile = join(cacheDir, 'time.txt');
  // CPU time (user + sys) from /usr/bin/time where there is one: it moves far less than wall time on a shared machine.
  const timed = (args, env) => {
    const hasTime = existsSync('/usr/bin/time');
    const start = performance.now();
    const run = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, env });
    const time = performance.now() - start;
    const cpu = hasTime ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').reduce((a, s) => a + Number(s) * 1000, 0) : NaN;
    return { run, time, cpu };
  };
  // `node -e 0` beside every build (issue 12's bound is a multiple of it, measured in the same run).
  const nodeAlone = [];
  // --force also leaves the load cache unread, so the runs with the load cache filled write into a
  // fresh output folder instead: no output can be reused (the build cache keys outputs by their folder).
  let fresh = 0;
  const once = (cache) => {
    nodeAlone.push(timed(['-e', '0'], process.env));
    const where = cache === 'off' ? ['--out', out, '--force'] : ['--out', join(out, `fresh-${fresh++}`)];
    const { run, time, cpu } = timed([BIN, 'build', '--all', '--format', 'md', '--root', root, ...where, '--json'], {
      ...process.env,
      ADAPT_GUIDE_CACHE_DIR: cacheDir,
      ADAPT_GUIDE_CACHE: cache,
    });
    let outputs = 0;
    try {
      outputs = JSON.parse(run.stdout).outputs.length;
    } catch {
      outputs = 0;
    }
    return { time, cpu, outputs, code: run.status };
  };
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const report = (what, runs, target) => {
    const times = runs.map((r) => r.time);
    const node = nodeAlone.slice(-runs.length);
    const ratio = mid(times) / mid(node.map((r) => r.time));
    const cpuRatio = mid(runs.map((r) => r.cpu)) / mid(node.map((r) => r.cpu));
    console.log(
      `${label}: bin build --all --format md, ${what}: median ${ms(mid(times))}, best ${ms(Math.min(...times))}, runs ${times.map(ms).join(' / ')}; ${runs[0].outputs} files; exit ${runs[0].code}\n` +
        `  = ${ratio.toFixed(1)}× \`node -e 0\` in the same run (${ms(mid(node.map((r) => r.time)))}); CPU (user + sys) median ${ms(mid(runs.map((r) => r.cpu)))} = ${cpuRatio.toFixed(1)}× node's; ${target(mid(times), ratio)}`,
    );
  };
  report('--force, no cache (first run on a machine)', Array.from({ length: 5 }, () => once('off')), (_, ratio) => `target ≤ 12× node -e 0: ${ratio <= 12 ? 'met' : 'NOT met'}`);
  once(''); // fills the load cache
  report('load cache filled, fresh output folder', Array.from({ length: 5 }, () => once('')), (median) => `target ≤ 600 ms: ${median <= 600 ? 'met' : 'NOT met'}`);
  // One guide of one city, as a writer rebuilds the one they edit (issue 21's DOCX benchmark starts the same process).
  const city = [...loadWorkspace(root).workspace.cities.keys()][0];
  const guide = [...loadWorkspace(root).workspace.guides.keys()][0];
  if (city && guide) {
    const one = Array.from({ length: 5 }, () => {
      const { time, cpu } = timed([BIN, '--city', city, '--guide', guide, '--format', 'md', '--root', root, '--out', join(out, `one-${fresh++}`)], { ...process.env, ADAPT_GUIDE_CACHE_DIR: cacheDir, ADAPT_GUIDE_CACHE: '' });
      return { time, cpu };
    });
    const times = one.map((r) => r.time);
    console.log(`${label}: bin --city ${city} --guide ${guide} --format md, load cache filled, fresh output folder: median ${ms(mid(times))}, best ${ms(Math.min(...times))}; CPU (user + sys) median ${ms(mid(one.map((r) => r.cpu)))}`);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}

async function benchInProcess(root, label) {
  const out = mkdtempSync(join(tmpdir(), 'ag-bench-'));
  const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };
  let t = performance.now();
  const { workspace } = loadWorkspace(root);
  const load = performance.now() - t;
  t = performance.now();
  const templates = compileTemplates(loadTemplates(workspace.templatesDir)).templates;
  for (const variant of allVariants(workspace)) for (const guide of workspace.guides.keys()) makeMarkdown(workspace, { guide, variant, inputs: [] }, 'zh', false, templates);
  const stages = performance.now() - t;
  t = performance.now();
  const result = await buildCommand({ root, all: true, formats: ['md'], out, quiet: true, force: true }, io);
  const total = performance.now() - t;
  t = performance.now();
  await buildCommand({ root, all: true, formats: ['md'], out, quiet: true, force: true }, io);
  const warm = performance.now() - t;
  const bytes = result.outputs.reduce((n, o) => n + o.bytes, 0);
  rmSync(out, { recursive: true, force: true });
  console.log(`${label}: in-process: load ${ms(load)}; localise+render (no writes) ${ms(stages)}; whole build (load+localise+render+write) ${ms(total)}, again ${ms(warm)}; ${result.outputs.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
}

/** A workspace the size of the shipped one: 4 guides of ~40 pages, 8 cities (2 with a sector), 2 sectors. */
function syntheticWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'ag-bench-ws-'));
  const base = join(REPO, 'test/fixtures/localise/_base/guides');
  const g = readFileSync(join(base, 'international/fixture-guide/guide.yaml'), 'utf8');
  const [head, chapters] = g.split('chapters:\n');
  const para = '这是一段用于基准测试的正文，包含{{locality.name}}和{{vars.duration_years}}等变量。'.repeat(4);
  for (let k = 1; k <= 4; k++) {
    const id = `bench-guide-${k}`;
    let body = head.replace('id: fixture-guide', `id: ${id}`) + 'chapters:\n';
    for (let c = 0; c < 12; c++) {
      body += chapters.replace(/id: ([a-z-]+)/g, `id: $1-c${c}`).replace(/src: assets\//g, 'src: assets/');
      body += `  - id: extra-${c}\n    title: {en: Extra ${c}, zh: 附加${c}}\n    content:\n`;
      for (let p = 0; p < 20; p++) body += `      - id: extra-${c}-p${p}\n        type: text\n        body:\n          en: "Paragraph ${p} for {{locality.name}}."\n          zh: "${para}"\n`;
    }
    mkdirSync(join(root, 'guides/international', id, 'assets'), { recursive: true });
    writeFileSync(join(root, 'guides/international', id, 'guide.yaml'), body);
    cpSync(join(base, 'international/fixture-guide/assets'), join(root, 'guides/international', id, 'assets'), { recursive: true });
  }
  for (const s of ['oil', 'gas']) {
    mkdirSync(join(root, 'guides/sectors', s), { recursive: true });
    writeFileSync(join(root, 'guides/sectors', s, 'profile.yaml'), `name: {zh: 行业${s}, en: Sector ${s}}\n`);
  }
  for (let c = 1; c <= 8; c++) {
    const dir = join(root, 'guides/cities', `city${c}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'profile.yaml'), `name: {zh: 城市${c}, en: City ${c}}\nsectors: [${c <= 2 ? 'oil' : ''}]\n`);
    for (let k = 1; k <= 4; k++) {
      writeFileSync(join(dir, `bench-guide-${k}.yaml`), `guide: bench-guide-${k}\noperations:\n  - change: intro-c0\n    set:\n      title: {zh: 城市${c}引言}\n  - remove: example-case-c1\n  - add:\n      - id: city-note\n        type: text\n        body: {en: "A note.", zh: "说明。"}\n    after: intro-text-c2\n`);
    }
  }
  writeFileSync(join(root, 'guides/glossary.yaml'), 'terms:\n  - {id: apprenticeship, en: apprenticeship, zh: 学徒制}\n');
  return root;
}

console.log(`node ${process.version}, ${cpus().length} cores`);
const shipped = loadWorkspace(REPO).workspace;
if (shipped.guides.size === 0) console.log(`shipped workspace: no guides yet (${shipped.cities.size} cities, ${shipped.sectors.size} sectors) — figures below are for profiles only`);
benchBin(REPO, 'shipped');
await benchInProcess(REPO, 'shipped');
const synthetic = syntheticWorkspace();
benchBin(synthetic, 'synthetic (4 guides × 12+12 chapters, 8 cities, 2 sectors)');
await benchInProcess(synthetic, 'synthetic');
if (!process.env.KEEP) rmSync(synthetic, { recursive: true, force: true }); else console.log(synthetic);
