// The last steps of every printed text, after its variables are expanded: unsafe links disarmed, live
// HTML escaped, emphasis placed for every renderer. They depend on the expanded text alone, and the same
// text comes back in every variant of a guide (and in every format), so each distinct text is finished once.
import { BoundedCache } from './bounded-cache.js';
import { guardHtml, guardLinks } from './guard-html.js';
import { portableEmphasis } from './portable-emphasis.js';

export interface FinishedText {
  text: string;
  /** The unsafe links found (their link syntax is disarmed in `text`). */
  unsafe: string[];
  /** Live HTML was escaped. */
  rawHtml: boolean;
  /** Emphasis pairs that could not be placed for plain CommonMark. */
  unfixed: number;
}

// Bounded: under `--watch` every edit of a text adds a key, and the old ones are never asked for again.
const finished = new BoundedCache<string, FinishedText>(10_000);

export function finishText(expanded: string): FinishedText {
  return finished.getOrMake(expanded, finish);
}

function finish(expanded: string): FinishedText {
  const links = guardLinks(expanded);
  const guarded = guardHtml(links.text);
  const placed = portableEmphasis(guarded.text);
  // Disarming a link escapes its `<` as well: whether the writer's text held live HTML is asked of it before.
  const rawHtml = guarded.changed || (links.unsafe.length > 0 && guardHtml(expanded).changed);
  return { text: placed.text, unsafe: links.unsafe, rawHtml, unfixed: placed.unfixed };
}
