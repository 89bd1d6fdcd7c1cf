// Messages of the command line: usage errors, summaries, help texts.
import type { Catalogue } from './index.js';

export const cliMessages: Catalogue = {
  'usage-error': { en: '{reason}', zh: '{reason}' },
  'unknown-command': { en: 'unknown command `{name}`', zh: '未知命令 `{name}`' },
  'unknown-option': { en: 'unknown option `{name}`', zh: '未知选项 `{name}`' },
  'unknown-city': { en: 'unknown city `{id}`', zh: '未知城市 `{id}`' },
  'unknown-sector': { en: 'unknown sector `{id}`', zh: '未知行业 `{id}`' },
  'unknown-guide': { en: 'unknown guide `{id}`', zh: '未知指南 `{id}`' },
  'list-guides': { en: 'Guides ({count})', zh: '指南（{count}）' },
  'list-cities': { en: 'Cities ({count})', zh: '城市（{count}）' },
  'list-sectors': { en: 'Sectors ({count})', zh: '行业（{count}）' },
  'hint-init-workspace': { en: 'point --root at a workspace, or make one with `adapt-guide init workspace DIR`', zh: '请用 --root 指向一个工作区，或用 `adapt-guide init workspace DIR` 创建' },
  'internal-error': { en: 'internal error: {reason} (run again with --debug for details)', zh: '内部错误：{reason}（加 --debug 重新运行可查看详情）' },
  'hint-help': { en: 'see `adapt-guide {command}--help`', zh: '请查看 `adapt-guide {command}--help`' },
  'summary-ok': { en: 'no problems', zh: '没有发现问题' },
  'summary-counts': { en: '{errors} error(s), {warnings} warning(s)', zh: '{errors} 个错误，{warnings} 个警告' },
};
