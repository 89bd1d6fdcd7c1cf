// Benchmark: `xliff export` and `xliff import` of one guide of 500 to 4,000 texts through the real bin
// (target: 4,000 units import in under 5 s, time linear in the units). Every target is edited, so
// import writes every unit; a second import of the same file writes nothing. Prints figures; asserts
// nothing. ADAPT_GUIDE_BENCH_BIN=path/to/bin/adapt-guide.js times another checkout's bin (A/B).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = process.env.ADAPT_GUIDE_BENCH_BIN ?? join(REPO, 'bin/adapt-guide.js');
const SIZES = (process.env.ADAPT_GUIDE_BENCH_UNITS ?? '500,1000,2000,4000').split(',').map(Number);

/** A guide of `units` texts: chapters of 39 text blocks, each with a variable and bold, translated. */
function guideYaml(units) {
  const lines = ['id: qa', 'edition: "2026-11"', 'title: {en: Quality apprenticeships, zh: 优质学徒制}', 'publication: {en: A demo publication (2020), zh: 示例出版物（2020）}', 'attribution: {en: "Adapted by {{locality.adapter}}.", zh: "由{{locality.adapter}}改编。"}', 'sources:', '  - {title: Demo publication, publisher: ILO, year: 2020}', 'vars:', '  subsidy: {value: 3}', 'chapters:'];
  let n = 1;
  for (let c = 1; n < units; c++) {
    lines.push(`  - id: chapter-${c}`, `    title: {en: Chapter ${c}, zh: 第${c}章}`, '    content:');
    n++;
    for (let t = 0; t < 39 && n < units; t++, n++) {
      lines.push(
        `      - id: text-${c}-${t}`,
        '        type: text',
        '        body:',
        '          en: |',
        `            Text ${n} of a **quality apprenticeship**: it lasts {{vars.subsidy}} years.`,
        '          zh: |',
        `            第${n}段**优质学徒制**文字：学制为{{vars.subsidy}}年。`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall time, and the CPU time (user + system) of the child when /usr/bin/time can tell it: on a loaded machine the wall time mostly measures the other processes. */
function run(args, cwd, mayFail = false) {
  const t = performance.now();
  const cmd = TIME ? [TIME, ['-f', 'cpu %U %S', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const r = spawnSync(cmd[0], cmd[1], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });
  const wall = performance.now() - t;
  if (r.status !== 0 && !mayFail) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const secs = `${(wall / 1000).toFixed(2)} s${cpu ? ` (cpu ${(Number(cpu[1]) + Number(cpu[2])).toFixed(2)} s)` : ''}`;
  return { secs, out: r.status === 0 ? r.stdout.trim() : `exit ${r.status}: ${r.stderr.split('\n')[0]}` };
}

console.log(`bin: ${BIN}`);
for (const units of SIZES) {
  const root = mkdtempSync(join(tmpdir(), 'ag-bench-xliff-'));
  try {
    cpSync(join(REPO, 'test/fixtures/workspaces/translate/guides'), join(root, 'guides'), { recursive: true });
    rmSync(join(root, 'guides/cities/lakeside/qa.yaml'));
    writeFileSync(join(root, 'guides/international/qa/guide.yaml'), guideYaml(units));
    const file = join(root, 'qa.xlf');
    const exported = run(['xliff', 'export', '--guide', 'qa', '-o', file], root);
    // Every target edited, keeping its codes.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<target xml:space="preserve">/g, '$&新'));
    const first = run(['xliff', 'import', file], root);
    const again = run(['xliff', 'import', file], root, true);
    console.log(`${String(units).padStart(5)} units: export ${exported.secs} · import ${first.secs} [${first.out}] · same file again ${again.secs} [${again.out}]`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
