// Benchmark: the DOCX render alone (renderDocx), in process, for every guide × variant of the shipped
// workspace in Chinese, each after its Markdown stage as in a build (issue 21). The first round, in a fresh
// process, includes what V8 pays to warm the code up (most of it on the first guides); later rounds are
// what each guide of a long `build --all` costs.
// Prints figures (wall and CPU per guide); asserts nothing. Noisy on a shared machine: compare A/B.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_RUNS ?? 6);
// The models are loaded, not read from a cache: the figure is the render's alone.
process.env.ADAPT_GUIDE_CACHE = 'off';
const { loadWorkspace } = await import(join(REPO, 'lib/workspace/load-workspace.js'));
const { makeMarkdown } = await import(join(REPO, 'lib/build/make-markdown.js'));
const { allGuides, allVariants } = await import(join(REPO, 'lib/localise/variants.js'));
const { compileTemplates } = await import(join(REPO, 'lib/render/markdown/templates.js'));
const { loadTemplates } = await import(join(REPO, 'lib/render/markdown/load-templates.js'));
const { renderDocx } = await import(join(REPO, 'lib/render/docx/render-docx.js'));

const { workspace } = loadWorkspace(REPO);
const templates = compileTemplates(loadTemplates(workspace.templatesDir)).templates;
const guides = [];
for (const variant of allVariants(workspace)) {
  for (const guide of allGuides(workspace)) {
    const made = makeMarkdown(workspace, { guide, variant, inputs: [] }, 'zh', false, templates);
    if (made.adapted) guides.push(made.adapted);
  }
}
// Pictures are left out: their bytes are copied into the zip as they are, the same in every build.
const options = { lang: 'zh', strict: false, images: new Map(), sourceDate: new Date(Date.UTC(2024, 0, 1)) };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = [];
const later = [];
for (let r = 0; r < ROUNDS; r++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const adapted of guides) {
    const one = performance.now();
    await renderDocx(adapted, options);
    if (r > 0) later.push(performance.now() - one);
  }
  const used = process.cpuUsage(cpu);
  rounds.push({ wall: (performance.now() - start) / guides.length, cpu: (used.user + used.system) / 1000 / guides.length });
}
const show = (x) => `${x.wall.toFixed(1)} ms wall / ${x.cpu.toFixed(1)} ms CPU`;
const laterCpu = rounds.slice(1).reduce((a, x) => a + x.cpu, 0) / Math.max(rounds.length - 1, 1);
console.log(`renderDocx, ${guides.length} guides (zh): first round ${show(rounds[0])} per guide; later rounds median ${median(later).toFixed(1)} ms wall, ${laterCpu.toFixed(1)} ms CPU per guide (rounds, wall per guide: ${rounds.map((x) => x.wall.toFixed(1)).join(' / ')} ms)`);
