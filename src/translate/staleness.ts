// Judges one translation against its staleness record: missing, never reviewed, stale or reviewed.
import { fingerprint } from './fingerprint.js';

export type TranslationState = 'missing' | 'unreviewed' | 'stale' | 'reviewed';

/**
 * `record` is the fingerprint the zh was last reviewed against (`reviewed:` of a text, or an
 * override's `based-on:` entry). A text without en has nothing to go stale against: reviewed.
 */
export function translationState(en: string | undefined, zh: string | undefined, record: string | undefined): TranslationState {
  if (zh === undefined || zh.trim() === '') return en === undefined ? 'reviewed' : 'missing';
  if (en === undefined) return 'reviewed';
  if (record === undefined) return 'unreviewed';
  return record === fingerprint(en) ? 'reviewed' : 'stale';
}

/** The state of one field of a `change` operation against the international en it was based on. */
export function overrideState(internationalEn: string | undefined, record: string | undefined): 'unreviewed' | 'stale' | 'reviewed' {
  if (internationalEn === undefined) return 'reviewed';
  if (record === undefined) return 'unreviewed';
  return record === fingerprint(internationalEn) ? 'reviewed' : 'stale';
}
