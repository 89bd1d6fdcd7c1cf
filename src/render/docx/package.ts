// The DOCX package: every part in one zip, written once, each entry dated the same (from the edition or
// SOURCE_DATE_EPOCH), so that the same inputs give the same bytes. Holds the parts no other module owns:
// content types, relationships, settings, the font table and the bookmark map's custom XML part.
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { MAP_NAMESPACE, MAP_PART, writeMapXml, type BookmarkMap } from '../../docx/bookmark-map.js';
import type { Relationship } from './body-xml.js';
import { SECTION_PARTS } from './document.js';
import { HEI, LATIN_BODY, LATIN_HEADING, SONG } from './styles.js';
import { esc, NS, W_ROOT, XML_HEAD } from './xml.js';

export interface PackageParts {
  document: string;
  styles: string;
  numbering: string;
  header: string;
  footer: string;
  emptyHeader: string;
  emptyFooter: string;
  core: string;
  app: string;
  custom: string;
  map: BookmarkMap;
  /** The body's hyperlinks and pictures. */
  relationships: readonly Relationship[];
  /** Pictures by part name under word/ (`media/image1.png`). */
  media: ReadonlyMap<string, Uint8Array>;
  date: Date;
}

const TYPE = 'application/vnd.openxmlformats-officedocument.';
const WORD = `${TYPE}wordprocessingml.`;
const PROPS_PART = 'customXml/itemProps1.xml';

function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}

function contentTypesXml(overrides: [string, string][]): string {
  const defaults = [
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
  ];
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('')}${overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('')}</Types>`;
}

/**
 * Fields (the TOC, page numbers) are updated when Word opens the file; a justified line that ends in a line
 * break (zh, then en, in a bilingual cell or list item) is not stretched; the layout rules of Word 2013+.
 */
const SETTINGS = `${XML_HEAD}<w:settings ${W_ROOT}><w:updateFields w:val="true"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** The fonts the styles name; the Chinese ones with the English names Word and WPS also know them by. */
const FONT_TABLE = `${XML_HEAD}<w:fonts ${W_ROOT}>${[
  `<w:font w:name="${SONG}"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${HEI}"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
  `<w:font w:name="${LATIN_BODY}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${LATIN_HEADING}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
].join('')}</w:fonts>`;

/** A GUID derived from the content, for the custom XML part's item id. */
function itemId(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/** A date a zip entry can hold (DOS time, 1980 to 2099 in fflate), written as the same wall time in every time zone. */
function zipTime(date: Date): Date {
  const utc = Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 31));
  // fflate writes the local wall time of the date: shift it so the local time reads as UTC.
  return new Date(utc + new Date(utc).getTimezoneOffset() * 60_000);
}

export function packageDocx(p: PackageParts): Uint8Array {
  const rel = (id: string, type: string, target: string): Relationship => ({ id, type: `${NS.officeRel}${type}`, target });
  const documentRels: Relationship[] = [
    rel('rIdStyles', 'styles', 'styles.xml'),
    rel('rIdNumbering', 'numbering', 'numbering.xml'),
    rel('rIdSettings', 'settings', 'settings.xml'),
    rel('rIdFonts', 'fontTable', 'fontTable.xml'),
    rel(SECTION_PARTS.header, 'header', 'header1.xml'),
    rel(SECTION_PARTS.firstHeader, 'header', 'header2.xml'),
    rel(SECTION_PARTS.footer, 'footer', 'footer1.xml'),
    rel(SECTION_PARTS.firstFooter, 'footer', 'footer2.xml'),
    rel('rIdAgMap', 'customXml', `../${MAP_PART}`),
    ...p.relationships,
  ];
  const seed = `${p.map.guide}\n${p.map.variant}\n${p.map.lang}`;
  const text: [string, string][] = [
    [
      '[Content_Types].xml',
      contentTypesXml([
        ['word/document.xml', `${WORD}document.main+xml`],
        ['word/styles.xml', `${WORD}styles+xml`],
        ['word/numbering.xml', `${WORD}numbering+xml`],
        ['word/settings.xml', `${WORD}settings+xml`],
        ['word/fontTable.xml', `${WORD}fontTable+xml`],
        ['word/header1.xml', `${WORD}header+xml`],
        ['word/header2.xml', `${WORD}header+xml`],
        ['word/footer1.xml', `${WORD}footer+xml`],
        ['word/footer2.xml', `${WORD}footer+xml`],
        ['docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
        ['docProps/app.xml', `${TYPE}extended-properties+xml`],
        ['docProps/custom.xml', `${TYPE}custom-properties+xml`],
        [PROPS_PART, `${TYPE}customXmlProperties+xml`],
      ]),
    ],
    [
      '_rels/.rels',
      relationshipsXml([
        rel('rId1', 'officeDocument', 'word/document.xml'),
        { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
        rel('rId3', 'extended-properties', 'docProps/app.xml'),
        rel('rId4', 'custom-properties', 'docProps/custom.xml'),
      ]),
    ],
    ['word/document.xml', p.document],
    ['word/_rels/document.xml.rels', relationshipsXml(documentRels)],
    ['word/styles.xml', p.styles],
    ['word/numbering.xml', p.numbering],
    ['word/settings.xml', SETTINGS],
    ['word/fontTable.xml', FONT_TABLE],
    ['word/header1.xml', p.header],
    ['word/header2.xml', p.emptyHeader],
    ['word/footer1.xml', p.footer],
    ['word/footer2.xml', p.emptyFooter],
    ['docProps/core.xml', p.core],
    ['docProps/app.xml', p.app],
    ['docProps/custom.xml', p.custom],
    [MAP_PART, writeMapXml(p.map)],
    [PROPS_PART, `${XML_HEAD}<ds:datastoreItem ds:itemID="${itemId(seed)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MAP_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`],
    ['customXml/_rels/item1.xml.rels', relationshipsXml([rel('rId1', 'customXmlProps', 'itemProps1.xml')])],
  ];
  const encoder = new TextEncoder();
  return zipOnce([...text.map(([name, xml]): [string, Uint8Array, boolean] => [name, encoder.encode(xml), true]), ...[...p.media].map(([name, bytes]): [string, Uint8Array, boolean] => [`word/${name}`, bytes, false])], zipTime(p.date));
}

/**
 * The zip, each part compressed once by Node's zlib (native: a tenth of the time of fflate's JavaScript
 * deflate in a fresh process) and laid out by fflate's streaming Zip, which takes entries compressed by
 * the caller through its public ZipInputFile interface. Pictures are stored: they are compressed already.
 */
function zipOnce(entries: [name: string, bytes: Uint8Array, compress: boolean][], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, bytes, compress] of entries) {
    const file: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: compress ? 8 : 0, mtime };
    zip.add(file);
    const data = compress ? deflateRawSync(bytes, { level: 6 }) : bytes;
    file.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}