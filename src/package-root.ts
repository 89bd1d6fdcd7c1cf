// The package's own folder (where package.json, templates/, theme/ and schemas/ are), found from this
// module's place: src/, lib/ and the bundle in lib/bundle/ sit at different depths below it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'adapt-guide') return dir + '/';
      } catch {
        // Not ours: keep looking.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('adapt-guide: cannot find the package folder (package.json) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Absolute, with a trailing slash. */
export const PACKAGE_ROOT = packageRoot();

/** The version in the package's package.json (`adapt-guide --version`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
