// The check every rendered file passes before it is written: a format's own `verify` (see formats.ts).
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatNamed } from '../formats.js';

/** A located error when the bytes `format` rendered are damaged; undefined when they may be written. */
export function damagedOutput(format: string, bytes: Uint8Array, at: { file: string; guide?: string }): Diagnostic | undefined {
  const reason = formatNamed(format)?.verify?.(bytes);
  if (reason === undefined) return undefined;
  return error('output-invalid', { format: format.toUpperCase(), reason }, { at: { file: at.file }, ...(at.guide ? { guide: at.guide } : {}), hint: 'hint-output-invalid' });
}
