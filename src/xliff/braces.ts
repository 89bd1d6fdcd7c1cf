// Checks the Handlebars braces of a translated text: every `{{` closed by `}}`, no stray `}}`.
export function bracesProblem(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (open < 0) return close >= 0;
    if (close >= 0 && close < open) return true;
    const end = text.indexOf('}}', open + 2);
    if (end < 0) return true;
    const inner = text.slice(open + 2, end);
    if (inner.includes('{{') || inner.trim() === '' || /[{}]/.test(inner.replace(/^\{|\}$/g, ''))) return true;
    i = end + 2;
    // Triple braces `{{{x}}}` close with one more `}`.
    if (text[open + 2] === '{') {
      if (text[i] !== '}') return true;
      i++;
    }
  }
  return false;
}

/** The variable expressions a text uses, as written inside the braces. */
export function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\{?\s*([^{}]+?)\s*\}?\}\}/g)].map((m) => m[1]).sort();
}
