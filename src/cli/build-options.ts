// Checks of the build options a user typed: formats, output language, CI shard. Each mistake is a usage error.
import type { OutputLang } from '../model/types.js';
import { formatNamed } from '../output/formats.js';
import { UsageError } from './usage-error.js';

const LANGS: OutputLang[] = ['zh', 'en', 'bilingual'];
/** The formats of a build when `--format` is not given. */
export const DEFAULT_FORMATS = ['md', 'pdf'];

/** The formats to write: the default ones, or those asked for, each known. */
export function checkFormats(asked: readonly string[] | undefined): string[] {
  // `--format ""` names no format: a mistake, not a request for the default ones.
  if (asked && asked.length === 0) throw new UsageError('unknown-format', { format: '' }, 'hint-formats');
  const formats = asked ? [...new Set(asked)] : DEFAULT_FORMATS;
  for (const format of formats) {
    if (!formatNamed(format)) throw new UsageError('unknown-format', { format }, 'hint-formats');
  }
  return formats;
}

/** `--shard K/N` (1 ≤ K ≤ N): this run builds every N-th job, starting with the K-th. */
export function parseShard(shard: string | undefined): { index: number; count: number } {
  if (shard === undefined) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  const k = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError('bad-shard', { shard });
  return { index: k - 1, count: n };
}

export function checkLang(lang: string | undefined): OutputLang {
  const chosen = (lang ?? 'zh') as OutputLang;
  if (!LANGS.includes(chosen)) throw new UsageError('unknown-lang', { lang: String(lang) }, 'hint-langs');
  return chosen;
}

/** SOURCE_DATE_EPOCH, when set, is whole seconds since 1970 (reproducible-builds.org); anything else is a mistake, not ignored. */
export function checkSourceDateEpoch(value: string | undefined): void {
  if (value !== undefined && value !== '' && !/^\d{1,12}$/.test(value)) throw new UsageError('bad-source-date-epoch', { value }, 'hint-source-date-epoch');
}
