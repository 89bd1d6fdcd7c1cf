// The tool itself as a cache key: a rebuilt or upgraded tool, or an edited theme, makes every cached result stale.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { digestOf } from './digest.js';

let toolId: string | undefined;

/**
 * The package manifest and the theme by content; lib/ by its build stamp (a digest of the sources it
 * was built from, written by scripts/build.mjs) and, in case it was changed without a new stamp, by
 * each file's size and time. Templates are not here: a build keys on the template texts it compiled.
 */
export function toolFingerprint(): string {
  if (toolId === undefined) {
    const parts: string[] = [];
    const visit = (dir: string, byContent: boolean) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        const s = statSync(path);
        if (s.isDirectory()) visit(path, byContent);
        else parts.push(path, byContent ? readFileSync(path, 'latin1') : `${s.size}:${s.mtimeMs}`);
      }
    };
    visit(join(PACKAGE_ROOT, 'lib'), false);
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
