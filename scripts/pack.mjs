// `npm pack` / `npm publish` lifecycle: the package users install must not carry the build step of this
// source checkout. `prepare` builds lib/ after `npm install` in a clone (it needs src/ and scripts/, which
// are not shipped); left in the packed package.json, npm lists adapt-guide itself among the packages with
// install scripts on every install. So:
//   prepack   builds lib/, keeps package.json aside and writes the manifest users get (no `prepare`);
//   postpack  puts package.json back.
// A pack that was interrupted between the two is repaired by the next prepack (the saved copy wins).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'package.json');
const SAVED = join(ROOT, '.package.json.prepack');

/** The scripts that exist only for a source checkout: they are dropped from the packed manifest. */
const SOURCE_ONLY = ['prepare', 'build', 'typecheck', 'test', 'bench'];

function prepack() {
  if (existsSync(SAVED)) renameSync(SAVED, MANIFEST);
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  writeFileSync(SAVED, text);
  for (const name of SOURCE_ONLY) delete manifest.scripts[name];
  // postpack must survive in the packed manifest too: npm reads the scripts again after prepack.
  // Replaced by a rename, so nothing ever reads a half-written package.json.
  writeFileSync(`${MANIFEST}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(`${MANIFEST}.tmp`, MANIFEST);
}

function postpack() {
  if (existsSync(SAVED)) renameSync(SAVED, MANIFEST);
}

const step = process.argv[2];
if (step === 'prepack') prepack();
else if (step === 'postpack') postpack();
else {
  console.error('usage: node scripts/pack.mjs prepack|postpack');
  process.exit(2);
}
