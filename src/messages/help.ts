// Help texts in Chinese: the English ones are written beside the commands in src/cli/main.ts.
import type { Catalogue } from './index.js';

const zh = (en: string, zhText: string) => ({ en, zh: zhText });

export const helpMessages: Catalogue = {
  'help-title:Usage:': zh('Usage:', '用法：'),
  'help-title:Options:': zh('Options:', '选项：'),
  'help-title:Commands:': zh('Commands:', '命令：'),
  'help-title:Arguments:': zh('Arguments:', '参数：'),
  'help-title:Global Options:': zh('Global Options:', '全局选项：'),
  'help:adapt-guide': zh('Adapt international ILO tools into localised Chinese guides (Markdown and PDF).', '将国际劳工组织的国际工具改编为本地化的中文指南（Markdown 和 PDF）。'),
  'help:validate': zh('Check the whole workspace.', '检查整个工作区：YAML、格式、id 和覆盖文件；有错误时退出码为 1。'),
  'help:list': zh('List guides, cities and sectors.', '列出工作区中的指南（标题、版次）、城市和行业。'),
  'help:init': zh('Make a workspace, a city or a sector.', '创建自己的工作区，或新建一个可立即生成指南的城市或行业。'),
  'help:help': zh('display help for command', '显示命令帮助'),
  'help-option:--help': zh('display help for command', '显示命令帮助'),
  'help-option:--root': zh('workspace folder', '工作区文件夹（包含 guides/）；默认为当前文件夹，否则使用随软件提供的工作区'),
  'help-option:--json': zh('print one JSON object', '在标准输出打印一个 JSON 对象'),
  'help-option:--quiet': zh('print only errors', '只显示错误'),
  'help-option:--reporter': zh('diagnostics format', '问题报告格式'),
  'help-option:--ui': zh('language of messages', '提示信息的语言'),
  'help-option:--debug': zh('show stack traces', '显示内部错误的调用栈'),
  'help-option:--force': zh('build every output', '即使输入未改动，也重新生成所有输出'),
  'help-option:--name-zh': zh('the Chinese name', '中文名称，如：湖州'),
  'help-option:--name-en': zh('the English name', '英文名称，如：Huzhou'),
  'help-option:--province': zh('the province', '所在省份，如：浙江省'),
};
