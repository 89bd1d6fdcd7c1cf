// The one escape rule of the DOCX's XML, and the namespaces its parts declare. Every text and attribute
// value the writer puts into a part goes through `esc`.

/**
 * In one pass: the characters XML 1.0 does not allow at all (C0 controls but tab, line feed, carriage
 * return; lone surrogates; U+FFFE/F), dropped, and the four that need an entity.
 */
const TO_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[&<>"]/g;
/** Whether a text may need the pass above: most texts of a guide have none of these. */
const MAY_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped (quotes too, so one helper serves both) and cleared of characters XML forbids. */
export function esc(text: string): string {
  return MAY_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (c) => ENTITY[c] ?? '') : text;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  /** Relationship types are this + `styles`, `numbering`, `header`, …. */
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
} as const;

/** The namespace declarations of a WordprocessingML part's root (main and relationships). */
export const W_ROOT = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;
