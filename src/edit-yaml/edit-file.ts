// Reads one workspace file the loaded model describes and computes its edit: the read step of the commands that write YAML.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_FILE_BYTES, readText } from '../load/read-text.js';
import { editYaml, type YamlChange } from './edit-yaml.js';
import type { FileEdit } from './write-files.js';

/**
 * `sha256` is the file's text as the model was loaded from it: the changes address that text's data,
 * so a file changed since is refused rather than edited at paths that may now mean something else.
 * No edit and no problem: the changes are already there.
 */
export function editFile(root: string, file: string, sha256: string, changes: readonly YamlChange[]): { edit?: FileEdit; problem?: Diagnostic } {
  const at = { file, line: 1, col: 1 };
  const absPath = join(root, file);
  const read = readText(absPath, file, MAX_FILE_BYTES, [root]);
  if (!read.ok) return { problem: read.diagnostic };
  if (createHash('sha256').update(read.text, 'utf8').digest('hex') !== sha256) return { problem: error('file-changed-while-writing', {}, { at }) };
  const result = editYaml(read.text, changes);
  if (!result.ok) return { problem: error('yaml-edit-failed', result.failure.args, { messageId: result.failure.messageId, at }) };
  return result.changed ? { edit: { file, absPath, before: read.text, after: result.text } } : {};
}
