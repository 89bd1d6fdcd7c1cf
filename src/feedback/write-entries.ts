// The YAML of feedback entries, and the edits that add entries to a feedback file or change an entry's state.
import { stringify } from 'yaml';
import { editYaml, type YamlChange } from '../edit-yaml/edit-yaml.js';
import type { FileEdit } from '../edit-yaml/write-files.js';
import { FIELD_ORDER, type FeedbackEntry } from './entry.js';
import type { FeedbackFile } from './read-store.js';

/** One entry as the source of a block sequence item (without its dash): fields in a fixed order, long texts as literal blocks. */
export function entrySource(e: FeedbackEntry): string {
  const ordered: Record<string, string> = {};
  for (const key of FIELD_ORDER) {
    const v = (e as unknown as Record<string, unknown>)[key];
    if (typeof v === 'string') ordered[key] = v;
  }
  return stringify(ordered, { lineWidth: 0, blockQuote: 'literal', version: '1.2' }).replace(/\n$/, '');
}

export function newFeedbackFile(guide: string, entries: readonly FeedbackEntry[]): string {
  const items = entries.map((e) => entrySource(e).split('\n').map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n'));
  return [
    `# Reviewers' comments and proposed texts for the guide \`${guide}\`, from Word / WPS (adapt-guide feedback import).`,
    '# `adapt-guide feedback list` shows them; `feedback apply ID` turns a proposal into an override; `feedback close ID` closes one.',
    `guide: ${guide}`,
    'entries:',
    ...items,
    '',
  ].join('\n');
}

export type EditOutcome = { edit?: FileEdit; failure?: { messageId: string; args: Record<string, string | number> } };

/** Appends entries to an existing file (comments and layout kept). */
export function appendEntries(file: FeedbackFile, entries: readonly FeedbackEntry[]): EditOutcome {
  if (entries.length === 0) return {};
  let text = file.text;
  if (file.entries.length === 0) {
    // No entries yet (`entries:` alone, `entries: []`, or no key): an empty flow list, which the append turns into a block list.
    const line = /^entries:[ \t]*(\[\s*\])?[ \t]*(#.*)?$/m;
    text = line.test(text) ? text.replace(line, 'entries: []') : `${text}${text.endsWith('\n') ? '' : '\n'}entries: []\n`;
  }
  const result = editYaml(text, [{ append: ['entries'], items: entries.map(entrySource) }]);
  if (!result.ok) return { failure: result.failure as EditOutcome['failure'] };
  return { edit: { file: file.file, absPath: file.absPath, before: file.text, after: result.text } };
}

/** Sets fields of the entry at `index` (its state, a note). */
export function setEntryFields(file: FeedbackFile, index: number, fields: Record<string, string>): EditOutcome {
  const changes: YamlChange[] = Object.entries(fields).map(([key, value]) => ({ map: ['entries', index], key, value, replace: true }));
  const result = editYaml(file.text, changes);
  if (!result.ok) return { failure: result.failure as EditOutcome['failure'] };
  return { edit: { file: file.file, absPath: file.absPath, before: file.text, after: result.text } };
}
