// `adapt-guide init workspace DIR | city ID | sector ID`: a user's own workspace, or a new locality that builds at once.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { warning, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import type { LocalityKind } from '../../model/types.js';
import { findRoot, isDir, PACKAGE_ROOT } from '../../workspace/find-root.js';
import { emptyOverrideYaml, profileYaml, workspacePackageJson, WORKSPACE_GITIGNORE, type LocalityNames } from '../../workspace/scaffold.js';
import { packRunningTool } from '../../workspace/pack-tool.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { discover } from '../../workspace/discover.js';
import type { CliIO } from '../io.js';
import type { CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';

export interface InitOptions {
  what: string;
  target: string;
  root?: string;
  nameZh?: string;
  nameEn?: string;
  province?: string;
  /** For `init workspace`: how the workspace's package.json names adapt-guide (a tarball path or URL). */
  tool?: string;
  ui: UiLang;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export async function initCommand(o: InitOptions, io: CliIO): Promise<CommandResult> {
  if (o.what === 'workspace') return initWorkspace(resolve(io.cwd, o.target), o.tool, o.ui, io);
  if (o.what !== 'city' && o.what !== 'sector') throw new UsageError('init-what', { what: o.what });
  return initLocality(o.what, o, io);
}

/**
 * A workspace that is its own repository: the guides, templates, schemas and docs, a package.json that
 * depends on adapt-guide (by default the running package's own tarball, copied into vendor/, since the
 * name is not on the npm registry), a .gitignore and the CI workflow. The tarball is made first, so a
 * failure leaves nothing behind.
 */
function initWorkspace(dir: string, tool: string | undefined, ui: UiLang, io: CliIO): CommandResult {
  if (existsSync(dir) && (!isDir(dir) || readdirSync(dir).length > 0)) throw new UsageError('init-exists', { path: dir });
  let spec: string;
  let tarball: string | undefined;
  if (tool) {
    // A local tarball is named relative to the workspace, so the repository can be cloned anywhere.
    const local = resolve(io.cwd, tool);
    spec = /^[a-z+]+:/i.test(tool) && !isAbsolute(tool) ? tool : existsSync(local) ? `file:${relative(dir, local).split('\\').join('/')}` : tool;
  } else {
    const packed = packRunningTool(io.env);
    if (!packed.ok) throw new UsageError('init-pack-failed', { reason: packed.reason }, 'hint-init-tool');
    tarball = packed.tarball;
    spec = `file:vendor/${basename(tarball)}`;
  }
  for (const folder of ['guides', 'templates', 'schemas', 'docs']) {
    if (isDir(join(PACKAGE_ROOT, folder))) cpSync(join(PACKAGE_ROOT, folder), join(dir, folder), { recursive: true, filter: (src) => !src.startsWith(join(PACKAGE_ROOT, 'schemas', 'overrides')) });
  }
  if (tarball) {
    mkdirSync(join(dir, 'vendor'), { recursive: true });
    copyFileSync(tarball, join(dir, 'vendor', basename(tarball)));
    rmSync(resolve(tarball, '..'), { recursive: true, force: true });
  }
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  writeAtomic(join(dir, 'package.json'), workspacePackageJson(basename(dir), spec, manifest.engines?.node ?? '>=20.19'));
  writeAtomic(join(dir, '.gitignore'), WORKSPACE_GITIGNORE);
  writeAtomic(join(dir, '.github/workflows/guides.yml'), readFileSync(join(PACKAGE_ROOT, 'examples/github-workflow.yml'), 'utf8'));
  writeAtomic(join(dir, 'README.md'), message('init-workspace-readme', {}, ui));
  const path = shortPath(io.cwd, dir);
  return { exitCode: 0, diagnostics: [], text: message('init-workspace-done', { path, spec }, ui) + '\n', data: { root: dir, tool: spec } };
}

async function initLocality(kind: LocalityKind, o: InitOptions, io: CliIO): Promise<CommandResult> {
  if (!ID.test(o.target)) throw new UsageError('bad-id', { id: o.target }, 'hint-id-pattern');
  const { root, shipped } = findRoot(o.root, io.cwd);
  if (!isDir(join(root, 'guides'))) throw new UsageError('no-guides-folder', { root }, 'hint-init-workspace');
  if (shipped) throw new UsageError('shipped-readonly', { root }, 'hint-init-workspace');
  const folder = join(root, 'guides', kind === 'city' ? 'cities' : 'sectors', o.target);
  if (existsSync(folder)) throw new UsageError('init-exists', { path: relative(io.cwd, folder) });

  const diagnostics: Diagnostic[] = [];
  const names: LocalityNames = { zh: o.nameZh, en: o.nameEn, province: o.province };
  if (!names.zh || !names.en) {
    if (io.stdinIsTTY && io.stdoutIsTTY) Object.assign(names, await askNames(kind, names, o.ui));
    if (!names.zh || !names.en) diagnostics.push(warning('init-name-slot', { kind, id: o.target }, { hint: 'hint-init-name' }));
  }
  const written: string[] = [];
  const write = (path: string, content: string) => {
    writeAtomic(path, content);
    written.push(relative(root, path));
  };
  write(join(folder, 'profile.yaml'), profileYaml(kind, o.target, names));
  const files = discover(root);
  for (const [guideId] of files.guides) write(join(folder, `${guideId}.yaml`), emptyOverrideYaml(guideId, firstChapter(root, guideId)));
  const text = [message('init-locality-done', { kind, id: o.target }, o.ui), ...written.map((w) => `  ${w}`), ''].join('\n');
  return { exitCode: 0, diagnostics, text, data: { root, written } };
}

function shortPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** The first chapter id of a guide, for the commented example (read by a regexp: the file may not validate yet). */
function firstChapter(root: string, guideId: string): string | undefined {
  try {
    const text = readFileSync(join(root, 'guides/international', guideId, 'guide.yaml'), 'utf8');
    return /^chapters:\s*\n\s*-\s*id:\s*([a-z0-9-]+)/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

async function askNames(kind: LocalityKind, names: LocalityNames, ui: UiLang): Promise<LocalityNames> {
  const inquirer = (await import('inquirer')).default;
  const questions = [
    !names.zh && { type: 'input', name: 'zh', message: message(`init-ask-name-zh-${kind}`, {}, ui) },
    !names.en && { type: 'input', name: 'en', message: message(`init-ask-name-en-${kind}`, {}, ui) },
    kind === 'city' && !names.province && { type: 'input', name: 'province', message: message('init-ask-province', {}, ui) },
  ].filter(Boolean);
  const answers = (await inquirer.prompt(questions as never)) as Record<string, string | undefined>;
  const clean = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  return { zh: names.zh ?? clean(answers.zh), en: names.en ?? clean(answers.en), province: names.province ?? clean(answers.province) };
}
