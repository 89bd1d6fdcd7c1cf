// The PDF benchmark (issue 4): the clreq corpus as Markdown (a `#` title, a `##` heading every 25
// paragraphs; A4, 72 pt margins, 10.5 pt, page footer), typeset by a fresh `adapt-guide pdf`
// process and by Typst (its npm compiler) on the same text, font, page and size, alternating
// runs; then the per-guide time and peak memory of many renders inside one process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared/corpus/clreq-zh-hans.txt');
const corpusPath = existsSync(shared) ? shared : join(repo, 'test/fixtures/pdf/clreq-excerpt.txt');
const paragraphs = readFileSync(corpusPath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GUIDES = Number(process.env.BENCH_GUIDES ?? 20);

const dir = mkdtempSync(join(tmpdir(), 'ag-bench-'));
let md = '# 中文排版需求\n\n';
paragraphs.forEach((p, i) => {
  if (i % 25 === 0) md += `## 第 ${i / 25 + 1} 节\n\n`;
  md += `${p}\n\n`;
});
const mdPath = join(dir, 'corpus.md');
writeFileSync(mdPath, md);

// The same document for Typst: same font files (theme/default.json: Noto Serif SC body with Noto
// Serif for Latin, Noto Sans SC Bold headings), page, margins, size, justification and footer.
const fontDir = join(dir, 'fonts');
mkdirSync(fontDir);
for (const w of ['noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', 'noto-serif/400Regular/NotoSerif_400Regular.ttf', 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf']) {
  writeFileSync(join(fontDir, w.split('/')[2]), readFileSync(join(repo, 'node_modules/@expo-google-fonts', w)));
}
const esc = (s) => s.replace(/[\\#*_`$<>@\[\]=\-+/~"]/g, (c) => `\\${c}`);
// Two Typst documents: the same text with only the footer (as first measured), and with the page
// furniture adapt-guide gives it (theme/default.json): a cover with the title on a band, a contents
// page (目录, two levels, page numbers), a running header (title over a rule) and the footer. The
// second is the like-for-like comparison.
const body = paragraphs.map((p, i) => (i % 25 === 0 ? `\n== 第 ${i / 25 + 1} 节\n` : '') + `\n${esc(p)}\n`).join('');
const common = `#set text(font: ("Noto Serif", "Noto Serif SC"), size: 10.5pt, lang: "zh", region: "cn", top-edge: 0.88em, bottom-edge: -0.12em)
#show heading: set text(font: "Noto Sans SC")
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.7em, spacing: 0.7em)
`;
const footer = 'footer: context align(center, text(8.5pt)[第 #counter(page).display() 页 共 #counter(page).final().first() 页])';
const typPlain = `#set page(paper: "a4", margin: 72pt, ${footer})
${common}= 中文排版需求
${body}`;
const typFull = `#set page(paper: "a4", margin: 72pt)
${common}#page(margin: 0pt)[#block(width: 100%, height: 42%, fill: rgb("#0b2e59"), inset: (left: 72pt, top: 110pt))[#text(fill: white, size: 26pt, weight: "bold")[中文排版需求]]]
#set page(header: context [#text(8.5pt, fill: rgb("#6b6b6b"))[中文排版需求] #v(-6pt) #line(length: 100%, stroke: 0.4pt + rgb("#a0a0a0"))], ${footer})
#show heading: set text(fill: rgb("#0b2e59"))
#outline(title: [目录], depth: 2, indent: 2em)
#pagebreak()
= 中文排版需求
${body}`;
const typ = typPlain;
const typPath = join(dir, 'main.typ');
writeFileSync(typPath, typ);
const typFullPath = join(dir, 'full.typ');
writeFileSync(typFullPath, typFull);

const bin = join(repo, 'bin/adapt-guide.js');
const typstOnce = join(repo, 'bench/_typst-once.js');
// Wall time of one fresh process; its CPU time (user + sys, from /usr/bin/time where there is one) goes to
// `cpuOf`: on a machine shared with other work, CPU time moves far less than wall time.
const timeFile = join(dir, 'time.txt');
const hasTime = existsSync('/usr/bin/time');
const cpuOf = new Map();
const time = (args, cpus) => {
  const t = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  if (hasTime && cpus) cpus.push(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').reduce((a, s) => a + Number(s) * 1000, 0));
  return ms;
};
const cpuMs = { ours: [], typstFull: [], typst: [] };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
console.log(`corpus: ${corpusPath} (${paragraphs.length} paragraphs, ${[...paragraphs.join('')].length} characters)`);
const ours = [];
const typst = [];
const typstFull = [];
let typstError;
time(['-e', '0']); // warm the file cache for node itself
for (let i = 0; i < RUNS; i++) {
  ours.push(time([bin, 'pdf', mdPath, '-o', join(dir, 'ours.pdf')], cpuMs.ours));
  try {
    typstFull.push(time([typstOnce, typFullPath, join(dir, 'typst-full.pdf'), fontDir], cpuMs.typstFull));
    typst.push(time([typstOnce, typPath, join(dir, 'typst.pdf'), fontDir], cpuMs.typst));
  } catch (e) {
    typstError = e.message.split('\n')[0];
  }
}
const nodeStart = median(Array.from({ length: 3 }, () => time(['-e', '0'])));
const pages = (f) => (readFileSync(f, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
console.log(`fresh process, median of ${RUNS} alternating runs (node -e 0 alone: ${nodeStart.toFixed(0)} ms):`);
console.log(`  adapt-guide pdf  ${median(ours).toFixed(0)} ms  (${pages(join(dir, 'ours.pdf'))} pages, ${statSync(join(dir, 'ours.pdf')).size} bytes)  runs: ${ours.map((x) => x.toFixed(0)).join(' ')}`);
if (typst.length) {
  const report = (label, file, runs) => {
    const ratio = median(ours) / median(runs);
    // Each run pair ran back to back, so its ratio is the least disturbed by other load on the machine.
    const pairs = median(runs.map((t, i) => ours[i] / t));
    console.log(`  ${label.padEnd(16)} ${median(runs).toFixed(0)} ms  (${pages(join(dir, file))} pages, ${statSync(join(dir, file)).size} bytes)  runs: ${runs.map((x) => x.toFixed(0)).join(' ')}`);
    return { ratio, pairs };
  };
  const full = report('typst, same', 'typst-full.pdf', typstFull);
  const plain = report('typst, footer', 'typst.pdf', typst);
  console.log('  (typst, same: the furniture adapt-guide sets — cover, contents page, running header, footer; typst, footer: the text and the footer only)');
  console.log(`  ratio adapt-guide / typst (same furniture) = ${full.ratio.toFixed(2)} of the medians, ${full.pairs.toFixed(2)} median of the run pairs  (target ≤ 1.00: ${Math.max(full.ratio, full.pairs) <= 1 ? 'met' : 'NOT met'})`);
  console.log(`  ratio adapt-guide / typst (footer only)    = ${plain.ratio.toFixed(2)} of the medians, ${plain.pairs.toFixed(2)} median of the run pairs`);
  if (cpuMs.ours.length && cpuMs.typstFull.length) {
    const cpu = (xs) => `${median(xs).toFixed(0)} ms`;
    console.log(`  CPU (user + sys), medians: adapt-guide pdf ${cpu(cpuMs.ours)}, typst same ${cpu(cpuMs.typstFull)}, typst footer ${cpu(cpuMs.typst)}; ratio (same furniture) ${(median(cpuMs.ours) / median(cpuMs.typstFull)).toFixed(2)}`);
  }
} else console.log(`  typst: not run (${typstError})`);

// Many guides in one process, as `build --all` renders them.
const { renderPdf, loadTheme } = await import(join(repo, 'lib/render/pdf/index.js'));
const { DiagnosticBag } = await import(join(repo, 'lib/diagnostics/diagnostic.js'));
const theme = await loadTheme({}, new DiagnosticBag());
const per = [];
for (let i = 0; i < GUIDES; i++) {
  const t = process.hrtime.bigint();
  await renderPdf(md, { theme, baseDir: dir, creationDate: new Date(0) });
  per.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const rest = per.slice(1);
const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`one process, ${GUIDES} renders of the corpus document:`);
console.log(`  first ${per[0].toFixed(0)} ms, then mean ${mean.toFixed(0)} ms, median ${median(rest).toFixed(0)} ms per guide  (target ≤ 150 ms: ${mean <= 150 ? 'met' : 'NOT met'})`);
console.log(`  peak memory (max RSS) ${peak.toFixed(0)} MB  (target ≤ 300 MB: ${peak <= 300 ? 'met' : 'NOT met'})`);
