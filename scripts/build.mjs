// Builds lib/: compiles the TypeScript, precompiles the JSON Schemas and the shipped templates and bundles the CLI — unless lib/ was
// already built from exactly these sources. `npm install`, `npm test` and `npm run bench` all start here.
//
// Why the check: `npx adapt-guide` in this folder installs the folder into npm's npx cache the first time,
// which runs `prepare` again; a full build there made a new clone's first command take ~10 s instead of ~2 s.
// `--force` (npm run build) always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(ROOT, 'lib/.build-stamp');
/** Everything lib/ is made from. The theme and guides are read at run time, not built; templates are read at run time too (a precompiled one is used only while it matches). */
const INPUT_DIRS = ['src', 'scripts', 'schemas', 'templates'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** What a complete build leaves behind. */
const OUTPUTS = ['lib/bundle/main.js', 'lib/validate/validators.cjs', 'lib/render/markdown/shipped-templates.cjs', 'lib/cli/main.js'];

function sourcesHash() {
  const h = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  for (const file of INPUT_FILES) if (existsSync(join(ROOT, file))) files.push(join(ROOT, file));
  for (const file of files.map((f) => relative(ROOT, f).split('\\').join('/')).sort()) {
    h.update(`${file}\0`);
    h.update(readFileSync(join(ROOT, file)));
    h.update('\0');
  }
  return h.digest('hex');
}

function step(label, args) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(run.status ?? 1);
  }
}

const hash = sourcesHash();
const fresh = existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash && OUTPUTS.every((f) => existsSync(join(ROOT, f)));
if (fresh && !process.argv.includes('--force')) {
  console.log('build: lib/ is up to date with src/, scripts/, schemas/ and templates/');
} else {
  step('tsc', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
  step('compile-schemas', ['scripts/compile-schemas.mjs']);
  step('precompile-templates', ['scripts/precompile-templates.mjs']);
  step('bundle', ['scripts/bundle.mjs']);
  writeFileSync(STAMP, `${hash}\n`);
  console.log('build: lib/ built');
}
