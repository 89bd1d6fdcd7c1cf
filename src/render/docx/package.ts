// Finishes the package docx wrote: the bookmark map as a custom XML part, the core properties' dates
// and language, ids numbered in document order, and every zip entry dated the same, so that the same
// inputs give the same bytes (docx dates its parts and entries with the clock, and numbers bookmarks
// and drawings from counters shared by every document of the process).
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { MAP_NAMESPACE, MAP_PART, writeMapXml, type BookmarkMap, type MappedBookmark } from '../../docx/bookmark-map.js';

const PROPS_PART = 'customXml/itemProps1.xml';
const ITEM_RELS = 'customXml/_rels/item1.xml.rels';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export interface PackageFacts {
  date: Date;
  /** `zh-CN`, `en-GB`. */
  language: string;
  map: Omit<BookmarkMap, 'bookmarks'>;
  bookmarks: ReadonlyMap<string, MappedBookmark>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A date a zip entry can hold (DOS time: 1980 to 2107), written as the same wall time in every time zone. */
function zipTime(date: Date): Date {
  const min = Date.UTC(1980, 0, 2);
  const max = Date.UTC(2107, 11, 31);
  const utc = Math.min(Math.max(date.getTime(), min), max);
  // fflate writes the local wall time of the date: shift it so the local time reads as UTC.
  return new Date(utc + new Date(utc).getTimezoneOffset() * 60_000);
}

/** Bookmark ids, `_Toc` names and drawing ids numbered by first appearance, as one document alone would have them. */
function renumber(xml: string): string {
  const bookmarkIds = new Map<string, number>();
  const tocNames = new Map<string, number>();
  const drawingIds = new Map<string, number>();
  const next = (map: Map<string, number>, key: string, from: number) => {
    if (!map.has(key)) map.set(key, from + map.size);
    return map.get(key)!;
  };
  return xml
    .replace(/_Toc(\d+)/g, (_, n: string) => `_Toc${next(tocNames, n, 1)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${next(bookmarkIds, id, 0)}"`)
    .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_, head: string, id: string) => `${head}${next(drawingIds, id, 1)}"`);
}

/** The bookmark names of the document, in the order their starts appear. */
function namesInOrder(xml: string): string[] {
  return [...xml.matchAll(/<w:bookmarkStart\b[^>]*?\bw:name="(ag_[0-9a-f]{16})"/g)].map((m) => m[1]);
}

function coreProperties(xml: string, facts: PackageFacts): string {
  const stamp = facts.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  let out = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
  if (!out.includes('<dc:language>')) out = out.replace('</cp:coreProperties>', `<dc:language>${facts.language}</dc:language></cp:coreProperties>`);
  return out;
}

/** A GUID derived from the content, for the custom XML part's item id. */
function itemId(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

export function finishPackage(packed: Uint8Array, facts: PackageFacts): Uint8Array {
  const parts = unzipSync(packed);
  const text = (name: string) => decoder.decode(parts[name]);
  const documentXml = renumber(text('word/document.xml'));
  parts['word/document.xml'] = encoder.encode(documentXml);
  parts['docProps/core.xml'] = encoder.encode(coreProperties(text('docProps/core.xml'), facts));

  const bookmarks = namesInOrder(documentXml).flatMap((name) => (facts.bookmarks.has(name) ? [facts.bookmarks.get(name)!] : []));
  const map: BookmarkMap = { ...facts.map, bookmarks };
  parts[MAP_PART] = encoder.encode(writeMapXml(map));
  const seed = `${map.guide}\n${map.variant}\n${map.lang}`;
  parts[PROPS_PART] = encoder.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(seed)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MAP_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>\n`,
  );
  parts[ITEM_RELS] = encoder.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps1.xml"/></Relationships>\n`,
  );
  const docRels = 'word/_rels/document.xml.rels';
  parts[docRels] = encoder.encode(addRelationship(text(docRels), 'rIdAgMap', REL_CUSTOM_XML, `../${MAP_PART}`));
  const types = text('[Content_Types].xml').replace('</Types>', `<Override PartName="/${PROPS_PART}" ContentType="${PROPS_TYPE}"/></Types>`);
  parts['[Content_Types].xml'] = encoder.encode(types);

  const mtime = zipTime(facts.date);
  // Level 1: a tenth of level 6's time for a file ~15 % larger (Word and WPS compress again when they save).
  const zippable: Zippable = {};
  // [Content_Types].xml first, as Word writes it; the rest in the order docx wrote them.
  for (const name of ['[Content_Types].xml', ...Object.keys(parts).filter((n) => n !== '[Content_Types].xml')]) zippable[name] = [parts[name], { mtime, level: 1 }];
  return zipSync(zippable);
}
