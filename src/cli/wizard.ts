// The interactive wizard (`adapt-guide` alone, in a terminal): asks which city, sector, guides, formats and
// language, then builds. Only the questions live here; the build is the same as the command line's.
import { message, type UiLang } from '../diagnostics/messages.js';
import type { BilingualText } from '../model/types.js';
import { openWorkspace } from './open-workspace.js';
import type { CliIO } from './io.js';
import { promptTheme } from './prompt-theme.js';

export interface WizardAnswers {
  city?: string;
  sector: string[];
  guide: string[];
  format: string;
  lang: string;
}

const NONE = '';

export async function askBuild(io: CliIO, ui: UiLang, root: string | undefined): Promise<WizardAnswers> {
  const { workspace } = openWorkspace(root, io.cwd);
  // A Chinese UI names things in Chinese only; an English one gives both names.
  const both = (t: BilingualText | undefined, id: string) => (t ? (ui === 'zh' ? [t.zh] : [t.en, t.zh]).filter(Boolean).join(' / ') : id) || id;
  const theme = promptTheme(ui);
  const inquirer = (await import('inquirer')).default;
  const answers = (await inquirer.prompt([
    {
      type: 'list',
      name: 'city',
      message: message('wizard-city', {}, ui),
      choices: [
        { name: message('wizard-no-city', {}, ui), value: NONE },
        ...[...workspace.cities.values()].map((c) => ({ name: `${both(c.name, c.id)}  (${c.id})`, short: both(c.name, c.id), value: c.id })),
      ],
    },
    {
      type: 'list',
      name: 'sector',
      message: message('wizard-sector', {}, ui),
      choices: [
        { name: message('wizard-no-sector', {}, ui), value: NONE },
        ...[...workspace.sectors.values()].map((s) => ({ name: `${both(s.name, s.id)}  (${s.id})`, short: both(s.name, s.id), value: s.id })),
      ],
      default: NONE,
    },
    {
      type: 'checkbox',
      name: 'guide',
      message: message('wizard-guides', {}, ui),
      choices: [...workspace.guides.values()].map((g) => ({ name: `${both(g.root.fields.title as BilingualText, g.id)}  (${g.id})`, short: both(g.root.fields.title as BilingualText, g.id), value: g.id, checked: true })),
      validate: (chosen: unknown[]) => chosen.length > 0 || message('wizard-pick-one', {}, ui),
    },
    {
      type: 'checkbox',
      name: 'format',
      message: message('wizard-formats', {}, ui),
      choices: [
        { name: 'PDF', value: 'pdf', checked: true },
        { name: 'Markdown', value: 'md', checked: true },
        { name: 'Word / WPS (DOCX)', value: 'docx', checked: false },
      ],
      validate: (chosen: unknown[]) => chosen.length > 0 || message('wizard-pick-one', {}, ui),
    },
    {
      type: 'list',
      name: 'lang',
      message: message('wizard-lang', {}, ui),
      choices: [
        { name: message('wizard-lang-zh', {}, ui), value: 'zh' },
        { name: message('wizard-lang-en', {}, ui), value: 'en' },
        { name: message('wizard-lang-bilingual', {}, ui), value: 'bilingual' },
      ],
      default: 'zh',
    },
  ].map((question) => ({ ...question, theme })) as never)) as { city: string; sector: string; guide: string[]; format: string[]; lang: string };
  return {
    ...(answers.city ? { city: answers.city } : {}),
    sector: answers.sector ? [answers.sector] : [],
    guide: answers.guide,
    format: answers.format.join(','),
    lang: answers.lang,
  };
}
