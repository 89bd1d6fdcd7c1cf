// A feedback entry: one reviewer's comment, or one proposed new text of a node's field, as kept in the locality's YAML.
import { createHash } from 'node:crypto';
import type { Lang, SourceRef } from '../model/types.js';

export const ENTRY_KINDS = ['comment', 'proposal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_STATES = ['open', 'applied', 'closed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** What an import knows of a comment or a tracked change, before it has an id. */
export interface NewEntry {
  kind: EntryKind;
  /** The variant of the DOCX (`huzhou`, `huzhou+petroleum`): the texts the reviewer saw. */
  variant: string;
  guide: string;
  /** Absent for a comment on text outside any node (the cover, the contents). */
  node?: string;
  field?: string;
  lang?: Lang;
  author?: string;
  /** As the DOCX says it (ISO 8601), or absent. */
  date?: string;
  /** A comment: the text it is anchored to. */
  quote?: string;
  /** A comment: what the reviewer wrote. */
  text?: string;
  /** A proposal: the field's text as the DOCX showed it, and with the tracked changes accepted. */
  original?: string;
  proposed?: string;
  /** The DOCX's file name. */
  from?: string;
}

export interface FeedbackEntry extends NewEntry {
  id: string;
  state: EntryState;
  note?: string;
}

/** An entry as read from its file: where it is, and its index in `entries`. */
export interface StoredEntry extends FeedbackEntry {
  file: string;
  index: number;
  at: SourceRef;
  locality: { kind: 'city' | 'sector'; id: string };
}

/**
 * `fb-` and 8 hex digits of what the entry says (not where it came from or when it was imported), so the same
 * comment or change imported again has the same id and is recognised.
 */
export function entryId(e: NewEntry): string {
  const key = [e.variant, e.guide, e.node, e.field, e.lang, e.kind, e.author, e.date, e.quote, e.text, e.original, e.proposed].map((v) => v ?? '');
  return `fb-${createHash('sha256').update(JSON.stringify(key), 'utf8').digest('hex').slice(0, 8)}`;
}

export const ENTRY_ID = /^fb-[0-9a-f]{8}$/;

/** The fields of an entry in the order they are written, so a file reads the same whoever wrote it. */
export const FIELD_ORDER = ['id', 'kind', 'state', 'variant', 'node', 'field', 'lang', 'author', 'date', 'quote', 'text', 'original', 'proposed', 'from', 'note'] as const;
