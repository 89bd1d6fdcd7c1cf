// Reads the Markdown templates: the ones shipped with the package, then a workspace's templates/ by file name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { TEMPLATE_SUFFIX, type TemplateSources } from './templates.js';

/** templates/ of the package. */
export const SHIPPED_TEMPLATES = join(PACKAGE_ROOT, 'templates/');

function readDir(dir: string, into: TemplateSources, label: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (!name.endsWith(TEMPLATE_SUFFIX)) continue;
    into[name.slice(0, -TEMPLATE_SUFFIX.length)] = { source: readFileSync(join(dir, name), 'utf8'), file: `${label}${name}` };
  }
}

export function loadTemplates(workspaceTemplates?: string): TemplateSources {
  const sources: TemplateSources = {};
  readDir(SHIPPED_TEMPLATES, sources, 'templates/');
  if (workspaceTemplates) readDir(workspaceTemplates, sources, 'templates/');
  return sources;
}
