// `review`: the staleness records to write — `reviewed:` in texts, `based-on:` in change operations — for the texts chosen.
import type { YamlChange } from '../edit-yaml/edit-yaml.js';
import { fingerprint } from './fingerprint.js';
import type { SourceFile } from './sources.js';

export interface ReviewPlan {
  file: SourceFile;
  changes: YamlChange[];
  /** How many texts and override fields get a new record. */
  records: number;
}

/**
 * The node and everything under it: its subtree in the guide, and what override files add inside
 * it (after or before a node within it, or at the start or end of it or of a node within it).
 */
export function nodeAndDescendants(files: readonly SourceFile[], id: string): Set<string> {
  const out = new Set([id]);
  for (const f of files) for (const d of f.nodes.get(id)?.descendants ?? []) out.add(d);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of files) {
      for (const op of f.operations) {
        if (op.op !== 'add' || !op.position) continue;
        const inside = op.position === 'start' || op.position === 'end' ? out.has(op.target) : op.target !== id && out.has(op.target);
        if (!inside) continue;
        for (const added of op.adds ?? []) {
          if (out.has(added)) continue;
          out.add(added);
          for (const d of f.nodes.get(added)?.descendants ?? []) out.add(d);
          grew = true;
        }
      }
    }
  }
  return out;
}

/**
 * `nodes` limits the review to those nodes (texts of the nodes, change operations that target
 * them); without it every text of the file is reviewed. `international` is the guide file the
 * override's `based-on` fingerprints are taken from.
 */
export function planReview(file: SourceFile, international: SourceFile | undefined, nodes?: Set<string>): ReviewPlan {
  const changes: YamlChange[] = [];
  let records = 0;
  const inScope = (node: string) => !nodes || nodes.has(node);
  for (const t of file.texts) {
    if (!inScope(t.node) || !t.text || t.text.en === undefined || t.text.zh === undefined || t.text.zh.trim() === '') continue;
    const fp = fingerprint(t.text.en);
    if (t.text.reviewed === fp) continue;
    changes.push({ map: t.path, key: 'reviewed', value: fp, after: 'zh' });
    records++;
  }
  if (file.locality && international) {
    const intl = new Map(international.texts.map((t) => [t.unit, t.text?.en]));
    for (const change of file.changes) {
      if (!inScope(change.target)) continue;
      const wanted: { [field: string]: string } = {};
      for (const field of change.fields) {
        const en = intl.get(`${change.target}.${field}`);
        if (en === undefined) continue;
        const fp = fingerprint(en);
        if (change.basedOn?.[field] !== fp) wanted[field] = fp;
      }
      if (Object.keys(wanted).length === 0) continue;
      changes.push({ map: ['operations', change.index], key: 'based-on', value: wanted, after: 'change' });
      records += Object.keys(wanted).length;
    }
  }
  return { file, changes, records };
}
