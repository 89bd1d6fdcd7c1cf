// The open feedback of a variant: the entries its localities' feedback files hold that nobody has applied or closed.
// What `status`, `explain` and a build's "left to do" line count.
import type { VariantSpec, Workspace } from '../model/types.js';
import type { StoredEntry } from './entry.js';
import { readFeedback, type FeedbackStore } from './read-store.js';

function localitiesOf(spec: VariantSpec): { kind: 'city' | 'sector'; id: string }[] {
  return [...spec.sectors.map((id) => ({ kind: 'sector' as const, id })), ...(spec.city ? [{ kind: 'city' as const, id: spec.city }] : [])];
}

/** Open entries of the variant's city and sectors, on one guide or all; `store` when already read. */
export function openFeedback(workspace: Workspace, spec: VariantSpec, guide?: string, store?: FeedbackStore): StoredEntry[] {
  const localities = localitiesOf(spec);
  if (localities.length === 0) return [];
  const entries = store ? store.entries : readFeedback(workspace, localities).entries;
  return entries.filter((e) => e.state === 'open' && (!guide || e.guide === guide) && localities.some((l) => l.kind === e.locality.kind && l.id === e.locality.id));
}

/** How many feedback entries are still open for a variant (every guide): for a build's summary of what is left to do. */
export function openFeedbackCount(workspace: Workspace, spec: VariantSpec, guide?: string): number {
  return openFeedback(workspace, spec, guide).length;
}
