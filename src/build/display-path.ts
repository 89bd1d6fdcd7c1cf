// A path as the user is shown it: relative to where they ran the command, unless it is outside it.
import { relative, sep } from 'node:path';

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
