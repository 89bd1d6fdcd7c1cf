// Renders Markdown with the default theme (changed as a test needs) for the PDF tests.
import { renderPdf, loadTheme, type PdfOptions, type Theme } from '../../src/render/pdf/index.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { REPO } from './corpus.js';

let base: Theme | undefined;
export async function defaultTheme(): Promise<Theme> {
  base ??= await loadTheme({}, new DiagnosticBag());
  return structuredClone(base);
}

export async function render(markdown: string, opts: Partial<PdfOptions> & { theme?: Theme } = {}) {
  const theme = opts.theme ?? (await defaultTheme());
  return renderPdf(markdown, { baseDir: REPO, creationDate: new Date(Date.UTC(2024, 0, 1)), ...opts, theme });
}

/** The right ends of the measure for justified text: the body, and inside callouts. */
export function measureRights(theme: Theme): number[] {
  const right = theme.page.width - theme.page.margins.right;
  return [right, right - 10];
}

/** Where indented first lines start. */
export function indents(theme: Theme): number[] {
  return [theme.page.margins.left + 2 * theme.sizes.body];
}
