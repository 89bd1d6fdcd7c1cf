// The staleness record's fingerprint: 8 hex digits of the SHA-256 of a text's normalised en.
import { createHash } from 'node:crypto';

/**
 * Whitespace is collapsed so that re-wrapping a paragraph or fixing line endings does not make
 * every translation of it stale; any change of words, numbers or Markdown does.
 */
export function normaliseForFingerprint(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseForFingerprint(text), 'utf8').digest('hex').slice(0, 8);
}

export const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;
