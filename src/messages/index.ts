// The message catalogue: every user-facing string, keyed by id, English and (where written) Chinese.
// Each stage keeps its own table; this file joins them.
import { loadMessages } from './load.js';
import { ciMessages } from './ci.js';
import { cliMessages } from './cli.js';
import { feedbackMessages } from './feedback.js';
import { guardMessages } from './guard.js';
import { helpMessages } from './help.js';
import { buildHelpMessages, buildMessages, localiseMessages } from './localise.js';
import { docxMessages } from './docx.js';
import { pdfMessages } from './pdf.js';
import { slotsMessages } from './slots.js';
import { translateMessages } from './translate.js';

export interface CatalogueEntry {
  en: string;
  zh?: string;
}
export type Catalogue = Record<string, CatalogueEntry>;

export const catalogue: Catalogue = {
  ...loadMessages,
  ...ciMessages,
  ...cliMessages,
  ...feedbackMessages,
  ...guardMessages,
  ...helpMessages,
  ...localiseMessages,
  ...buildMessages,
  ...buildHelpMessages,
  ...pdfMessages,
  ...docxMessages,
  ...slotsMessages,
  ...translateMessages,
};
