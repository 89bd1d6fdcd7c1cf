// The English words left in what the tool printed under a Chinese UI, once the exceptions are taken out:
// the diagnostic prefix `FILE:LINE:COL: error|warning:` and `[rule-id]`, paths, commands and options,
// `code`, ids, and the names of formats, products and methods (PDF, Markdown, Excel, STED…) that Chinese text keeps.
const NAMES = ['Markdown', 'PDF', 'PDF/A-2b', 'JSON', 'Schema', 'YAML', 'XLIFF', 'Excel', 'WPS', 'Trados', 'memoQ', 'OmegaT', 'Crowdin', 'Handlebars', 'CommonMark', 'Word', 'DOCX', 'LibreOffice', 'Ctrl-C', 'ILO', 'STED'];

export function englishWords(text: string, ids: readonly string[] = [], values: readonly string[] = []): string[] {
  const allowed = new Set([...NAMES, ...ids, ...values].map((w) => w.toLowerCase()));
  const left: string[] = [];
  for (let line of text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split('\n')) {
    line = line
      .replace(/^\S+?:\d+:\d+: (error|warning): /, '')
      .replace(/ \[[a-z0-9-]+\]$/, '')
      .replace(/`[^`]*`/g, ' ')
      // A command, with its options and their values: as typed.
      .replace(/(npx )?adapt-guide(\s+[-\w.+/,=<>:'"$]+)*/g, ' ')
      .replace(/(^|\s)--?[\w-]+/g, ' ')
      // Paths and file names.
      .replace(/[\w.+<>@$-]*\/[\w.+<>/@$*-]*/g, ' ')
      .replace(/[\w.<>-]+\.(md|pdf|docx|yaml|yml|json|xlf|xlsx|csv|hbs)\b/g, ' ');
    for (const m of line.matchAll(/[A-Za-z][A-Za-z0-9_.+-]*[A-Za-z0-9]|[A-Za-z]{2,}/g)) {
      const word = m[0];
      if (allowed.has(word.toLowerCase())) continue;
      if (/[_.+-]/.test(word) && word.split(/[_.+-]/).every((part) => part === '' || allowed.has(part.toLowerCase()) || /^[a-z0-9]+$/.test(part)) && /[_.+-]/.test(word)) {
        // A dotted or dashed name (vars.subsidy_per_year, node ids) is an id.
        continue;
      }
      left.push(word);
    }
  }
  return left;
}
