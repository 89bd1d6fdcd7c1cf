// Messages of the command line: usage errors, summaries, help texts.
import type { Catalogue } from './index.js';

export const cliMessages: Catalogue = {
  'usage-error': { en: '{reason}', zh: '{reason}' },
  'unknown-command': { en: 'unknown command `{name}`', zh: '未知命令 `{name}`' },
  'unknown-option': { en: 'unknown option `{name}`', zh: '未知选项 `{name}`' },
  'unknown-city': { en: 'unknown city `{id}`', zh: '未知城市 `{id}`' },
  'unknown-sector': { en: 'unknown sector `{id}`', zh: '未知行业 `{id}`' },
  'unknown-guide': { en: 'unknown guide `{id}`', zh: '未知指南 `{id}`' },
  'summary-ok': { en: 'no problems', zh: '没有发现问题' },
  'summary-counts': { en: '{errors} error(s), {warnings} warning(s)', zh: '{errors} 个错误，{warnings} 个警告' },
};
