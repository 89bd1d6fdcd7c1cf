// Where an output goes: `<out>/<variant>/<guide>.md`, with `.en` / `.bilingual` before the extension.
import { join } from 'node:path';
import type { OutputLang } from '../model/types.js';

export function outputPath(out: string, variant: string, guide: string, lang: OutputLang, format: string): string {
  const suffix = lang === 'zh' ? '' : `.${lang}`;
  return join(out, variant, `${guide}${suffix}.${format}`);
}
