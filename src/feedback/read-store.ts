// Reads the feedback files of a workspace's localities (guides/<cities|sectors>/<id>/feedback/<guide>.yaml) into entries.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, type Node } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { childNode, nodePosition } from '../load/locate.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readText } from '../load/read-text.js';
import type { LocalityKind, Workspace } from '../model/types.js';
import { feedbackFolder } from './feedback-path.js';
import { ENTRY_ID, ENTRY_KINDS, ENTRY_STATES, FIELD_ORDER, type StoredEntry } from './entry.js';

export interface FeedbackFile {
  /** Workspace-relative. */
  file: string;
  absPath: string;
  locality: { kind: LocalityKind; id: string };
  guide: string;
  /** The text as read (an edit must start from exactly this). */
  text: string;
  entries: StoredEntry[];
}

export interface FeedbackStore {
  files: FeedbackFile[];
  entries: StoredEntry[];
  diagnostics: Diagnostic[];
}

const YAML = /\.ya?ml$/;

/** Every feedback file of the workspace, or of the given localities only. */
export function readFeedback(workspace: Workspace, only?: { kind: LocalityKind; id: string }[]): FeedbackStore {
  const store: FeedbackStore = { files: [], entries: [], diagnostics: [] };
  const localities = only ?? [...[...workspace.cities.keys()].map((id) => ({ kind: 'city' as const, id })), ...[...workspace.sectors.keys()].map((id) => ({ kind: 'sector' as const, id }))];
  for (const locality of localities) {
    const folder = feedbackFolder(locality.kind, locality.id);
    let names: string[];
    try {
      names = readdirSync(join(workspace.root, folder)).filter((n) => YAML.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${folder}${name}`;
      const read = readFile(workspace.root, file, locality, name.replace(YAML, ''));
      store.diagnostics.push(...read.diagnostics);
      if (read.file) {
        store.files.push(read.file);
        store.entries.push(...read.file.entries);
      }
    }
  }
  return store;
}

function readFile(workspaceRoot: string, file: string, locality: { kind: LocalityKind; id: string }, guide: string): { file?: FeedbackFile; diagnostics: Diagnostic[] } {
  const absPath = join(workspaceRoot, file);
  const read = readText(absPath, file);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const { parsed, diagnostics } = parseYaml(read.text, file);
  if (!parsed) return { diagnostics };
  const problems: Diagnostic[] = [];
  const at = (node: Node | undefined) => nodePosition(parsed, node ?? parsed.root);
  const bad = (node: Node | undefined, what: string) => problems.push(error('feedback-file-shape', { what }, { at: at(node), hint: 'hint-feedback-file-shape' }));
  const root = parsed.root;
  if (!isMap(root)) {
    bad(root, 'a map with `guide` and `entries`');
    return { diagnostics: problems };
  }
  const data = parsed.data as { guide?: unknown; entries?: unknown };
  if (data.guide !== guide) bad(childNode(root, 'guide'), `guide: ${guide} (the file's name)`);
  const entries: StoredEntry[] = [];
  const list = childNode(root, 'entries');
  if (list !== undefined && !isSeq(list) && data.entries !== null) bad(list, '`entries` as a list');
  const items = Array.isArray(data.entries) ? (data.entries as unknown[]) : [];
  const seen = new Map<string, number>();
  items.forEach((raw, index) => {
    const node = isSeq(list) ? (list.items[index] as Node | undefined) : undefined;
    const entry = readEntry(raw, node, bad);
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push(error('feedback-duplicate-id', { id: entry.id }, { at: at(childNode(node, 'id')) }));
      return;
    }
    seen.set(entry.id, index);
    entries.push({ ...entry, guide, file, index, at: at(node), locality });
  });
  if (problems.length > 0) return { diagnostics: problems };
  return { file: { file, absPath, locality, guide, text: read.text, entries }, diagnostics: [] };
}

type Bad = (node: Node | undefined, what: string) => void;

function readEntry(raw: unknown, node: Node | undefined, bad: Bad): Omit<StoredEntry, 'guide' | 'file' | 'index' | 'at' | 'locality'> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    bad(node, 'each entry a map');
    return undefined;
  }
  const e = raw as Record<string, unknown>;
  let ok = true;
  const check = (key: string, good: boolean, what: string) => {
    if (!good) {
      bad(childNode(node, key) ?? node, what);
      ok = false;
    }
  };
  for (const key of Object.keys(e)) check(key, (FIELD_ORDER as readonly string[]).includes(key), `no field \`${key}\` (known: ${FIELD_ORDER.join(', ')})`);
  for (const key of FIELD_ORDER) if (key in e) check(key, typeof e[key] === 'string', `\`${key}\` as text`);
  if (!ok) return undefined;
  check('id', typeof e.id === 'string' && ENTRY_ID.test(e.id), '`id: fb-` and 8 hex digits');
  check('kind', (ENTRY_KINDS as readonly unknown[]).includes(e.kind), `\`kind\`: ${ENTRY_KINDS.join(' | ')}`);
  check('state', (ENTRY_STATES as readonly unknown[]).includes(e.state), `\`state\`: ${ENTRY_STATES.join(' | ')}`);
  check('variant', typeof e.variant === 'string' && /^[a-z0-9-]+(\+[a-z0-9-]+)*$/.test(e.variant), '`variant` (e.g. huzhou, huzhou+petroleum)');
  if ('lang' in e) check('lang', e.lang === 'zh' || e.lang === 'en', '`lang`: zh | en');
  if (e.kind === 'proposal') {
    check('node', typeof e.node === 'string', 'a proposal has a `node`');
    check('field', typeof e.field === 'string', 'a proposal has a `field`');
    check('lang', e.lang === 'zh' || e.lang === 'en', 'a proposal has a `lang`');
    check('original', typeof e.original === 'string', 'a proposal has an `original`');
    check('proposed', typeof e.proposed === 'string', 'a proposal has a `proposed`');
  }
  return ok ? (e as unknown as Omit<StoredEntry, 'guide' | 'file' | 'index' | 'at' | 'locality'>) : undefined;
}
