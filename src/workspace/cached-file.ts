// Loads one workspace file through the load cache: its bytes are read and fingerprinted, and only a file
// the cache does not know is decoded and parsed.
import { join } from 'node:path';
import { digest } from '../cache/digest.js';
import { decodeText, MAX_FILE_BYTES, readBytes } from '../load/read-text.js';
import type { LoadCache, Wanted } from './load-cache.js';
import type { LoadedFile, LoadTask, ParseFile } from './load-file.js';

export interface CachedFile {
  /** Its facts, and its model as `wanted` asks (without its texts unless asked for). */
  loaded: LoadedFile;
  /**
   * The digest of the bytes its text was decoded from, or why it could not be read: what a build
   * fingerprints, so a file edited while it is loaded can never be cached as another.
   */
  digest: string;
}

/** The bytes read of each file, by workspace-relative path: a load given up for want of the parser is taken up again from the same bytes. */
export type ReadFiles = Map<string, ReturnType<typeof readBytes>>;

/** Undefined when the file is to be parsed and no `parse` was given. */
export function loadCachedFile(root: string, task: LoadTask, cache: LoadCache, wanted: Wanted, parse: ParseFile | undefined, reads: ReadFiles): CachedFile | undefined {
  let read = reads.get(task.file);
  if (!read) reads.set(task.file, (read = readBytes(join(root, task.file), task.file, MAX_FILE_BYTES, [root])));
  if (!read.ok) return { loaded: { facts: { diagnostics: [read.diagnostic] } }, digest: `unreadable:${read.diagnostic.rule}` };
  // Of the bytes the text is decoded from: the same fingerprint of the same text, without decoding it.
  const textDigest = digest(read.bytes);
  const key = cache.key(task, textDigest);
  // Only bytes that decoded to a text were ever cached, so a hit needs no decoding.
  const hit = cache.get(task, key, wanted);
  if (hit) return { loaded: hit, digest: textDigest };
  if (!parse) return undefined;
  const decoded = decodeText(read.bytes, task.file);
  if (!decoded.ok) return { loaded: { facts: { diagnostics: [decoded.diagnostic] } }, digest: `unreadable:${decoded.diagnostic.rule}` };
  const loaded = parse(root, task, decoded.text);
  cache.set(task, key, loaded);
  return { loaded: asWanted(loaded, wanted), digest: textDigest };
}

/** A freshly parsed file as the cache would have given it: the same workspace whether or not the cache knew the file. */
function asWanted(loaded: LoadedFile, wanted: Wanted): LoadedFile {
  if (!loaded.model || !wanted.model) return { facts: loaded.facts };
  if (wanted.texts || !('translatable' in loaded.model)) return loaded;
  const { translatable: _texts, ...model } = loaded.model;
  return { model, facts: loaded.facts };
}
