// The running head (the guide's title) and foot (第 N 页 共 M 页 / Page N of M, from PAGE and NUMPAGES
// fields), and the empty ones of the cover page.
import type { OutputLang } from '../../model/types.js';
import { field } from './document.js';
import { paragraphProperties } from './formatting.js';
import { run } from './runs.js';
import { W_ROOT, XML_HEAD } from './xml.js';

const part = (root: 'hdr' | 'ftr', paragraph: string) => `${XML_HEAD}<w:${root} ${W_ROOT}>${paragraph}</w:${root}>`;

export function headerXml(title: string): string {
  return part('hdr', `<w:p>${paragraphProperties({ style: 'RunningHead' })}${run(title)}</w:p>`);
}

export function footerXml(lang: OutputLang): string {
  const [before, between, after] = lang === 'en' ? ['Page ', ' of ', ''] : ['第 ', ' 页 共 ', ' 页'];
  return part('ftr', `<w:p>${paragraphProperties({ style: 'RunningFoot' })}${run(before)}${field('PAGE')}${run(between)}${field('NUMPAGES')}${after ? run(after) : ''}</w:p>`);
}

/** The cover's header or footer: nothing. */
export function emptyXml(root: 'hdr' | 'ftr'): string {
  return part(root, '<w:p/>');
}
