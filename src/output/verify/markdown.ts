// Checks a Markdown output before it is written: no live HTML (texts are escaped, but a workspace
// template could still write a tag or unwrap a code span) and no script or local-file link.
import { liveContent } from '../../render/text/unsafe-links.js';

export function markdownProblem(bytes: Uint8Array): string | undefined {
  const live = liveContent(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (live.html) return `live HTML \`${live.html.text}\` at line ${live.html.line}`;
  if (live.link) return `a link to \`${live.link.href}\` at line ${live.link.line}`;
  return undefined;
}
