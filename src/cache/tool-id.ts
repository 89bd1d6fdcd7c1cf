// The tool itself as a cache key: a rebuilt or upgraded tool, or an edited theme, makes every cached result stale.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { digestOf } from './digest.js';

let toolId: string | undefined;

const sizeAndTime = (path: string) => {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
};

/**
 * The package manifest and the theme by content; the code by its build stamp (a digest of the sources
 * lib/ was built from, written by scripts/build.mjs) and, in case it was changed without a new stamp, by
 * the size and time of each file of the bundle the command line runs (lib/bundle/*.js: its chunks are
 * named by their content). Not the rest of lib/ (the compiler's output the bundle is made from, source
 * maps): stating its ~400 files was a tenth of a one-guide build. Templates are not here: a build keys
 * on the template texts it compiled.
 */
export function toolFingerprint(): string {
  if (toolId === undefined) {
    const parts: string[] = [];
    const visit = (dir: string, byContent: boolean, wanted: (name: string) => boolean = () => true) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path, byContent, wanted);
        else if (wanted(entry.name)) parts.push(path, byContent ? readFileSync(path, 'latin1') : sizeAndTime(path));
      }
    };
    visit(join(PACKAGE_ROOT, 'lib/bundle'), false, (name) => name.endsWith('.js'));
    visit(join(PACKAGE_ROOT, 'theme'), true);
    for (const file of ['package.json', 'lib/.build-stamp']) {
      try {
        parts.push(file, readFileSync(join(PACKAGE_ROOT, file), 'latin1'));
      } catch {
        parts.push(file, 'absent');
      }
    }
    toolId = digestOf(parts);
  }
  return toolId;
}
