// Bundles the compiled CLI (lib/) into lib/bundle/, which bin/adapt-guide.js runs. One file per command
// instead of ~80 modules and the many small files of yaml, handlebars and commander: a command starts
// ~0.08 s sooner. Each command stays its own chunk (main.js imports them on demand), the PDF worker
// is its own entry, and pdfkit, fontkit and linebreak stay outside (src/render/pdf/text/cjs.ts loads
// them through Node's module loader, giving pdfkit lazy stand-ins for what it never calls).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(repo, 'lib/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: repo,
  entryPoints: { main: 'lib/cli/main.js', 'pdf-worker': 'lib/output/pdf-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['pdfkit', 'fontkit', 'linebreak', 'ajv', 'inquirer', '@expo-google-fonts/*'],
  // markdown-it's `entities` and `linkify-it` cost ~15 ms at every start for what a guide rarely or never
  // needs (entity tables; a link finder for `linkify: true`): shims load or replace them (scripts/bundle-shims/).
  plugins: [
    {
      name: 'shims',
      setup(b) {
        const shims = { entities: 'entities.cjs', 'linkify-it': 'linkify-it.mjs' };
        b.onResolve({ filter: /^(entities|linkify-it)$/ }, (args) => ({ path: join(repo, 'scripts/bundle-shims', shims[args.path]) }));
      },
    },
  ],
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __agCreateRequire } from 'node:module'; const require = __agCreateRequire(import.meta.url);" },
});
