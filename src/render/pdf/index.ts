// The PDF engine's public API.
export { renderPdf, creationDateOf, preparePdf } from './render.js';
export type { PdfOptions, PdfResult, PdfMetadata } from './options.js';
export { loadTheme, DEFAULT_THEME_PATH, type Theme, type ThemeRequest } from './theme.js';
