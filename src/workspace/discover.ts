// Lists the files of a workspace by their role (DESIGN.md layout); reads nothing but directory listings.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { LocalityKind } from '../model/types.js';
import { isDir } from './find-root.js';

export interface WorkspaceFiles {
  glossary?: string;
  /** guide id → workspace-relative path of guide.yaml */
  guides: [string, string][];
  /** kind, locality id, profile path, override files as [guide id, path] */
  localities: { kind: LocalityKind; id: string; profile: string; overrides: [string, string][] }[];
}

const YAML = /\.ya?ml$/;
export const GLOSSARY_FILE = 'guides/glossary.yaml';

export function discover(root: string): WorkspaceFiles {
  const files: WorkspaceFiles = { guides: [], localities: [] };
  const entries = list(join(root, 'guides'));
  if (entries.some((e) => e.name === 'glossary.yaml')) files.glossary = GLOSSARY_FILE;
  for (const dir of dirs(join(root, 'guides', 'international'))) {
    files.guides.push([dir, `guides/international/${dir}/guide.yaml`]);
  }
  for (const [kind, folder] of [['city', 'cities'], ['sector', 'sectors']] as const) {
    for (const id of dirs(join(root, 'guides', folder))) {
      const overrides: [string, string][] = [];
      for (const e of list(join(root, 'guides', folder, id))) {
        if (!YAML.test(e.name) || e.name === 'profile.yaml') continue;
        overrides.push([e.name.replace(YAML, ''), `guides/${folder}/${id}/${e.name}`]);
      }
      files.localities.push({ kind, id, profile: `guides/${folder}/${id}/profile.yaml`, overrides });
    }
  }
  return files;
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function dirs(dir: string): string[] {
  return list(dir)
    .filter((e) => e.isDirectory() || (e.isSymbolicLink() && isDir(join(dir, e.name))))
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => e.name);
}
