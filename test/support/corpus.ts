// The clreq test text as Markdown (a `#` title, a `##` heading every 25 paragraphs), from
// ../shared/corpus when present, else the excerpt committed under test/fixtures/pdf.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared/corpus/clreq-zh-hans.txt');
const EXCERPT = join(REPO, 'test/fixtures/pdf/clreq-excerpt.txt');

export function corpusParagraphs(full = true): string[] {
  const path = full && existsSync(SHARED) ? SHARED : EXCERPT;
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

export function corpusMarkdown(paragraphs: string[], title = '中文排版需求'): { markdown: string; text: string } {
  let markdown = `# ${title}\n\n`;
  let text = title;
  paragraphs.forEach((p, i) => {
    if (i % 25 === 0) {
      markdown += `## 第 ${i / 25 + 1} 节\n\n`;
      text += `第 ${i / 25 + 1} 节`;
    }
    markdown += `${p}\n\n`;
    text += p;
  });
  return { markdown, text };
}
