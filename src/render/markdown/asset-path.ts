// Where an image lives: `src` names a file under the assets/ folder beside the YAML that set it.
import { posix } from 'node:path';

/** The path under assets/ (`logo.png`, `photos/a.jpg`), or undefined when `src` leaves the folder. */
export function pathUnderAssets(src: string): string | undefined {
  if (src === '' || src.includes('\\') || posix.isAbsolute(src) || /^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
  const normal = posix.normalize(src.startsWith('assets/') ? src : `assets/${src}`);
  if (!normal.startsWith('assets/') || normal.length === 'assets/'.length) return undefined;
  return normal.slice('assets/'.length);
}

/** The link the Markdown uses: images are copied to `<out>/<variant>/assets/`. */
export function assetLink(src: string): string {
  const under = pathUnderAssets(src);
  return under ? `assets/${under}` : src;
}
