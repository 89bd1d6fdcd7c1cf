// Bundles the compiled CLI (lib/) into lib/bundle/, which bin/adapt-guide.js runs. One file per command
// instead of ~80 modules and the many small files of yaml, handlebars and commander: a command starts
// ~0.1 s sooner. Each command stays its own chunk (main.js imports them on demand) and the PDF worker
// is its own entry. pdfkit is bundled with lazy stand-ins for the modules it never calls in a
// typesetting run (src/render/pdf/text/cjs.ts); fontkit, linebreak and a few others stay outside.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
  external: ['fontkit', 'linebreak', '@noble/*', 'ajv', 'inquirer', 'exceljs', '@expo-google-fonts/*'],
  inject: [join(repo, 'scripts/bundle-shims/pdfkit.mjs')],
  // markdown-it's `entities` and `linkify-it` cost ~15 ms at every start for what a guide rarely or never
  // needs (entity tables; a link finder for `linkify: true`): shims load or replace them (scripts/bundle-shims/).
  plugins: [
    {
      name: 'shims',
      setup(b) {
        const shims = { entities: 'entities.cjs', 'linkify-it': 'linkify-it.mjs' };
        b.onResolve({ filter: /^(entities|linkify-it)$/ }, (args) => ({ path: join(repo, 'scripts/bundle-shims', shims[args.path]) }));
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: join(repo, 'scripts/bundle-shims/child-process.cjs') } : undefined,
        );
        // pdfkit's modules it never calls in a typesetting run: the stand-ins of src/render/pdf/text/cjs.ts.
        b.onResolve({ filter: /^(fontkit|linebreak|@noble\/ciphers\/aes|@noble\/hashes\/utils)$/ }, (args) =>
          /[\\/]node_modules[\\/]pdfkit[\\/]/.test(args.importer) ? { path: args.path, namespace: 'pdfkit-stand-in' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'pdfkit-stand-in' }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(join(repo, 'lib/render/pdf/text/cjs.js'))}).pdfkitStandIn(${JSON.stringify(args.path)});`,
          resolveDir: repo,
          loader: 'js',
        }));
        // pdfkit finds its data files (the sRGB profile of PDF/A) next to itself: give it its real place.
        b.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, async (args) => ({
          contents: `var __filename = require.resolve('pdfkit');\n${await readFile(args.path, 'utf8')}`,
          loader: 'js',
        }));
      },
    },
  ],
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __agCreateRequire } from 'node:module'; const require = __agCreateRequire(import.meta.url);" },
});
