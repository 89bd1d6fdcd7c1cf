// Opens a DOCX for `feedback import`: the parts it needs (body, comments, the bookmark map), each within a size
// limit; an encrypted, truncated or foreign file is said to be so, never half-read.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { BookmarkMap } from '../docx/bookmark-map.js';
import { readMapXml } from '../docx/read-map.js';

/** Per part, after decompression: a real guide's body is a few MB; this keeps a zip bomb from filling memory. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export interface DocxParts {
  document: string;
  comments?: string;
  /** The bookmark map (docs/docx-map.md), if a custom XML part holds one. */
  map?: BookmarkMap;
  /** The map's problem, if a part looked like ours but could not be read. */
  mapProblem?: string;
  /** `adapt-guide.*` custom document properties (kept by Word, WPS, LibreOffice). */
  properties: Record<string, string>;
}

export type DocxProblem = 'encrypted' | 'not-docx' | 'damaged' | 'too-large';
export type OpenedDocx = { ok: true; parts: DocxParts } | { ok: false; problem: DocxProblem; detail: string };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: what Word and WPS write for a password-protected DOCX (and for an old .doc). */
const COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function openDocx(bytes: Buffer): Promise<OpenedDocx> {
  if (bytes.subarray(0, 8).equals(COMPOUND)) return { ok: false, problem: 'encrypted', detail: 'an OLE compound file' };
  if (!bytes.subarray(0, 4).equals(ZIP)) return { ok: false, problem: 'not-docx', detail: 'not a zip package' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    return { ok: false, problem: 'damaged', detail: e instanceof Error ? e.message : String(e) };
  }
  const read = async (name: string): Promise<string | undefined | DocxProblem> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    return readLimited(entry);
  };
  try {
    const document = await read('word/document.xml');
    if (document === undefined) return { ok: false, problem: 'not-docx', detail: 'no word/document.xml' };
    if (document === 'too-large') return { ok: false, problem: 'too-large', detail: 'word/document.xml' };
    const comments = await read('word/comments.xml');
    if (comments === 'too-large') return { ok: false, problem: 'too-large', detail: 'word/comments.xml' };
    const parts: DocxParts = { document, properties: {}, ...(typeof comments === 'string' ? { comments } : {}) };
    for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d*\.xml$/i.test(n)).sort()) {
      const xml = await read(name);
      if (typeof xml !== 'string' || xml === 'too-large') continue;
      const map = readMapXml(xml);
      if ('map' in map) {
        parts.map = map.map;
        break;
      }
      if (map.problem !== 'not-a-map' && map.problem !== 'malformed') parts.mapProblem = `${name}: ${map.detail}`;
    }
    const custom = await read('docProps/custom.xml');
    if (typeof custom === 'string' && custom !== 'too-large') parts.properties = customProperties(custom);
    return { ok: true, parts };
  } catch (e) {
    // A part whose data is cut short or fails its checksum: a truncated or damaged file.
    return { ok: false, problem: 'damaged', detail: e instanceof Error ? e.message : String(e) };
  }
}

function readLimited(entry: JSZip.JSZipObject): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PART_BYTES) {
        stream.removeAllListeners('data');
        (stream as unknown as { pause?: () => void }).pause?.();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** `adapt-guide.guide` = `core-skills`, … from docProps/custom.xml. */
function customProperties(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const parser = new SaxesParser({ xmlns: true });
  let name: string | undefined;
  let value = '';
  parser.on('opentag', (tag) => {
    if (tag.local === 'property') name = tag.attributes.name?.value;
    else if (tag.local === 'lpwstr') value = '';
  });
  parser.on('text', (text) => (value += text));
  parser.on('closetag', (tag) => {
    if (tag.local === 'lpwstr' && name?.startsWith('adapt-guide.')) out[name] = value;
    if (tag.local === 'property') name = undefined;
  });
  try {
    parser.write(xml).close();
  } catch {
    // Properties that do not parse are no properties: the map part is what counts.
    return {};
  }
  return out;
}
