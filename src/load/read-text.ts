// Reads one workspace file as UTF-8 text, within the size limit, saying clearly why it cannot.
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readInput } from './read-input.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * `within`: the folders the file's real path must lie in (a workspace file: the workspace); a file
 * named on the command line may be anywhere, but is still a regular file read within the limit.
 */
export function readText(absPath: string, file: string, limit = MAX_FILE_BYTES, within?: readonly string[]): ReadResult {
  const read = readBytes(absPath, file, limit, within);
  if (!read.ok) return read;
  return decodeText(read.bytes, file);
}

/**
 * The first half of `readText`: the file's bytes, or why it cannot be read. A caller that may not need
 * the text (the load, when the load cache knows these bytes) decodes them only when it does.
 */
export function readBytes(absPath: string, file: string, limit = MAX_FILE_BYTES, within?: readonly string[]): { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic } {
  const read = readInput(absPath, { limit, ...(within ? { within } : {}) });
  if (read.ok) return read;
  return { ok: false, diagnostic: error(read.problem.rule, read.problem.args, { at: { file, line: 1, col: 1 }, ...(read.problem.rule === 'input-outside-workspace' ? { hint: 'hint-input-outside' } : {}) }) };
}

/** The second half of `readText`: the bytes as UTF-8 text without a byte-order mark, or why they are not. */
export function decodeText(bytes: Buffer, file: string): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const bad = firstInvalidUtf8(bytes);
    const where = lineColOfByte(bytes, bad);
    return {
      ok: false,
      diagnostic: error('not-utf8', {}, { at: { file, ...where }, hint: looksLikeGbk(bytes) ? 'hint-gbk' : 'hint-utf8' }),
    };
  }
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === '') return { ok: false, diagnostic: error('empty-file', {}, { at: { file, line: 1, col: 1 } }) };
  return { ok: true, text };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Byte offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

function lineColOfByte(b: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: b.subarray(start, offset).toString('utf8').length + 1 };
}

/** GBK encodes Han as a lead byte 0x81–0xFE and a trail byte 0x40–0xFE; most invalid-UTF-8 Chinese files are GBK. */
function looksLikeGbk(b: Buffer): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    const t = b[i + 1];
    if (c >= 0x81 && c <= 0xfe && t !== undefined && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad <= pairs / 10;
}
