// The document properties: core (title, subject, description, creator, language, dates from the edition),
// extended (the application) and custom (the facts a reader of the bookmark map finds the guide by).
import { esc, XML_HEAD } from './xml.js';

export interface DocumentFacts {
  title: string;
  subject: string;
  description: string;
  /** `zh-CN`, `en-GB`. */
  language: string;
  date: Date;
  custom: { name: string; value: string }[];
}

const text = (tag: string, value: string) => (value === '' ? '' : `<${tag}>${esc(value)}</${tag}>`);

export function coreXml(f: DocumentFacts): string {
  const stamp = f.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ns = 'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  const dates = `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`;
  const fields = `${text('dc:title', f.title)}${text('dc:subject', f.subject)}<dc:creator>adapt-guide</dc:creator>${text('dc:description', f.description)}<cp:lastModifiedBy>adapt-guide</cp:lastModifiedBy><cp:revision>1</cp:revision>`;
  return `${XML_HEAD}<cp:coreProperties ${ns}>${fields}${dates}<dc:language>${esc(f.language)}</dc:language></cp:coreProperties>`;
}

export function appXml(f: DocumentFacts): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>adapt-guide</Application></Properties>`;
}

export function customXml(f: DocumentFacts): string {
  // pid 2 onwards (0 and 1 are reserved); the format id every custom property uses.
  const props = f.custom.map((p, i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(p.name)}"><vt:lpwstr>${esc(p.value)}</vt:lpwstr></property>`);
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props.join('')}</Properties>`;
}
