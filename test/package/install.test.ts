// The package as users get it: packed, installed from the tarball into an empty folder, run there; then a
// workspace repository made by that installed tool, installed and validated. Real npm, no mocks.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, REPO } from '../support/cli.js';

const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline'];
const work = mkdtempSync(join(tmpdir(), 'ag-package-'));
// Two installs of the package and its dependencies: three quarters of a gigabyte each run.
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A child process, awaited: npm install takes long enough that a blocking spawn would stall vitest's worker. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

// npm_* variables of the vitest run (npm test) would steer the child npm: leave them out.
const npm = (args: string[], cwd: string) => run('npm', args, cwd, Object.fromEntries(Object.entries(cliEnv()).filter(([k]) => !k.startsWith('npm_'))));
const bin = (cwd: string, args: string[]) => run(process.execPath, [join(cwd, 'node_modules/adapt-guide/bin/adapt-guide.js'), ...args], cwd, cliEnv());

/** What `npm install` said about adapt-guide itself (install-script warnings and the like). */
const aboutUs = (r: Run) => `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /warn/i.test(l) && /adapt-guide/.test(l));

let tarball: string;
let files: string[];

beforeAll(async () => {
  // Packed from a copy of the checkout: `npm pack` rewrites package.json for a moment (scripts/pack.mjs),
  // which other tests running beside this one must never see.
  const source = join(work, 'source');
  for (const entry of readdirSync(REPO)) {
    if (['node_modules', '.git', 'dist', '.adapt-guide-cache', 'tmp'].includes(entry)) continue;
    cpSync(join(REPO, entry), join(source, entry), { recursive: true });
  }
  // lib/ comes along with the sources it was built from, so prepack finds it up to date (no compiler needed).
  const packed = await npm(['pack', '--json', '--pack-destination', work], source);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
  expect(readFileSync(join(source, 'package.json'), 'utf8')).toBe(readFileSync(join(REPO, 'package.json'), 'utf8'));
}, 240_000);

describe('npm pack', () => {
  it('ships what users need and nothing of the build', () => {
    for (const need of ['bin/adapt-guide.js', 'lib/bundle/main.js', 'templates/guide.md.hbs', 'guides/glossary.yaml', 'schemas/guide.schema.json', 'theme/default.json', 'docs/format.md', 'examples/github-workflow.yml', 'licenses/OFL-1.1.txt', 'README.md', 'package.json']) {
      expect(files, need).toContain(need);
    }
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('scripts/') || f.startsWith('schemas/overrides/') || f.startsWith('test/'))).toEqual([]);
  });

  it('leaves the source-only scripts out of the packed manifest', () => {
    const listed = spawnSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' });
    const manifest = JSON.parse(listed.stdout) as { scripts: Record<string, string> };
    expect(Object.keys(manifest.scripts).sort()).toEqual(['postpack', 'prepack']);
  });
});

describe('installed from the tarball into an empty folder', () => {
  const app = join(work, 'app');

  beforeAll(async () => {
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "officer", "private": true }\n');
    const install = await npm(['install', ...NPM_FLAGS, tarball], app);
    expect(install.status, install.stderr).toBe(0);
    expect(aboutUs(install)).toEqual([]);
  }, 240_000);

  it('builds the Huzhou guides', async () => {
    const built = await bin(app, ['--city', 'huzhou']);
    expect(built.status, built.stderr).toBe(0);
    expect(readdirSync(join(app, 'dist/huzhou')).sort()).toEqual(['core-skills.md', 'core-skills.pdf', 'green-skills.md', 'green-skills.pdf', 'quality-apprenticeship.md', 'quality-apprenticeship.pdf', 'skills-needs-analysis.md', 'skills-needs-analysis.pdf']);
    expect(readFileSync(join(app, 'dist/huzhou/core-skills.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('makes a workspace repository that installs and validates on its own', async () => {
    const init = await bin(app, ['init', 'workspace', 'w']);
    expect(init.status, init.stderr).toBe(0);
    const ws = join(app, 'w');
    const manifest = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; private: boolean };
    expect(manifest.private).toBe(true);
    expect(manifest.dependencies['adapt-guide']).toMatch(/^file:vendor\/adapt-guide-.*\.tgz$/);
    expect(existsSync(join(ws, manifest.dependencies['adapt-guide'].slice('file:'.length)))).toBe(true);
    expect(readFileSync(join(ws, '.github/workflows/guides.yml'), 'utf8')).toBe(readFileSync(join(REPO, 'examples/github-workflow.yml'), 'utf8'));
    const install = await npm(['install', ...NPM_FLAGS], ws);
    expect(install.status, install.stderr).toBe(0);
    expect(aboutUs(install)).toEqual([]);
    expect(existsSync(join(ws, 'package-lock.json'))).toBe(true);
    const validate = await bin(ws, ['validate']);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stderr).not.toMatch(/: error:/);
  }, 240_000);
});
