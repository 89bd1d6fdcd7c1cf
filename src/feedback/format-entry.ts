// Feedback entries as people read them: one line each (list, import, explain) and as a status item.
import type { StatusItem } from '../translate/status.js';
import type { FeedbackEntry, StoredEntry } from './entry.js';

/** `core-skills#intro.body (zh)`; the guide alone for a comment outside any node. */
export function entryPlace(e: Pick<FeedbackEntry, 'guide' | 'node' | 'field' | 'lang'>): string {
  return `${e.guide}${e.node ? `#${e.node}` : ''}${e.field ? `.${e.field}` : ''}${e.lang ? ` (${e.lang})` : ''}`;
}

/** What the reviewer said or proposed, on one line and short. */
export function entryGist(e: Pick<FeedbackEntry, 'kind' | 'text' | 'proposed' | 'author'>, width = 60): string {
  const said = ((e.kind === 'comment' ? e.text : e.proposed) ?? '').replace(/\s+/g, ' ').trim();
  return `${e.author ?? '?'}: ${said.length > width ? `${said.slice(0, width)}…` : said}`;
}

/** `fb-1a2b3c4d  open  proposal  core-skills#intro.body (zh)  王芳: …` */
export function entryLine(e: FeedbackEntry): string {
  return `${e.id}  ${e.state}  ${e.kind}  ${entryPlace(e)}  ${entryGist(e)}`;
}

/** An open entry in `status`: where it is kept, the node and field it is on, who said what. */
export function feedbackItem(e: StoredEntry): StatusItem {
  const what = e.node ? `${e.node}${e.field ? `.${e.field}` : ''}` : e.guide;
  return { file: e.file, line: e.at.line, col: e.at.col, what, detail: `${e.id} ${e.kind}, ${entryGist(e, 40)}` };
}
