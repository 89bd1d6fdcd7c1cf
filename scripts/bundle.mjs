// Bundles the compiled CLI (lib/) into lib/bundle/, which bin/adapt-guide.js runs. One file per command
// instead of ~80 modules and the many small files of yaml, handlebars, markdown-it and commander: a
// command starts ~0.1 s sooner. Each command stays its own chunk (main.js imports them on demand) and
// the PDF worker is its own entry. Packages that are one file already, or that find data files beside
// themselves (pdfkit's colour profile, fontkit's tables), stay outside and are loaded from node_modules.
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
  external: ['pdfkit', 'fontkit', 'linebreak', 'ajv', 'inquirer', 'exceljs', '@expo-google-fonts/*', 'hyphen', 'hyphen/*'],
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __agCreateRequire } from 'node:module'; const require = __agCreateRequire(import.meta.url);" },
});
