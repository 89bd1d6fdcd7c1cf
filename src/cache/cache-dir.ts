// Where the caches live: ADAPT_GUIDE_CACHE_DIR, else the user's cache folder; never the workspace or the output folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.ADAPT_GUIDE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'adapt-guide');
}
