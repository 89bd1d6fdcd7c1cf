// Reads the Markdown templates: the ones shipped with the package, then a workspace's templates/ by file name.
// Each through the input guard: a workspace template is a regular file inside the workspace (a symlink
// to /etc/passwd is refused), a shipped one inside the package.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readText } from '../../load/read-text.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { TEMPLATE_SUFFIX, type TemplateSources } from './templates.js';

/** templates/ of the package. */
export const SHIPPED_TEMPLATES = join(PACKAGE_ROOT, 'templates/');

/** A template is source code a person writes: far below this. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

function readDir(dir: string, into: TemplateSources, label: string, within: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (!name.endsWith(TEMPLATE_SUFFIX)) continue;
    const file = `${label}${name}`;
    const read = readText(join(dir, name), file, MAX_TEMPLATE_BYTES, [within]);
    // An empty template is a template that prints nothing, not a mistake.
    if (read.ok || read.diagnostic.rule === 'empty-file') into[name.slice(0, -TEMPLATE_SUFFIX.length)] = { source: read.ok ? read.text : '', file };
    else into[name.slice(0, -TEMPLATE_SUFFIX.length)] = { source: '', file, problem: read.diagnostic };
  }
}

export function loadTemplates(workspaceTemplates?: string): TemplateSources {
  const sources: TemplateSources = {};
  readDir(SHIPPED_TEMPLATES, sources, 'templates/', PACKAGE_ROOT);
  if (workspaceTemplates) readDir(workspaceTemplates, sources, 'templates/', dirname(workspaceTemplates));
  return sources;
}
