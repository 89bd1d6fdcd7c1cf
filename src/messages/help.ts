// The help of the command line, in English and Chinese: every command's description, its arguments, its
// options and its examples. src/cli/program.ts declares the commands and takes every help text from here.
// Keys: `help:<command>`, `help-argument:<command>:<name>`, `help-option:<command>:<flag>` (else the
// shared `help-option:<flag>`), `help-examples:<command>`; `<command>` is `adapt-guide` for the main one.
import type { Catalogue } from './index.js';

const zh = (en: string, zhText: string) => ({ en, zh: zhText });

export const helpMessages: Catalogue = {
  'help-title:Usage:': zh('Usage:', '用法：'),
  'help-title:Options:': zh('Options:', '选项：'),
  'help-title:Commands:': zh('Commands:', '命令：'),
  'help-title:Arguments:': zh('Arguments:', '参数：'),
  'help-title:Global Options:': zh('Global Options:', '全局选项：'),
  'help-usage-options': zh('[options]', '[选项]'),
  'help-usage-command': zh('[command]', '[命令]'),
  'help-choices': zh('(choices: {choices})', '（可选：{choices}）'),
  'help-default': zh('(default: {value})', '（默认：{value}）'),
  'help-list-separator': zh(', ', '、'),
  // The value names of options and arguments (`--root <dir>`, `<file>`).
  'help-term:dir': zh('dir', '目录'),
  'help-term:id': zh('id', '编号'),
  'help-term:list': zh('list', '列表'),
  'help-term:lang': zh('lang', '语言'),
  'help-term:name': zh('name', '名称'),
  'help-term:file': zh('file', '文件'),
  'help-term:spec': zh('spec', '安装包'),
  'help-term:kinds': zh('kinds', '类别'),
  'help-term:k/n': zh('k/n', '第k份/共n份'),
  'help-term:what': zh('what', '类别'),
  'help-term:target': zh('target', '目标'),
  'help-term:node-id': zh('node-id', '节点编号'),
  'help-term:command': zh('command', '命令'),
  'help:help': zh('display help for command', '显示命令帮助'),
  'help-option:--help': zh('display help for command', '显示命令帮助'),

  // Options every command has.
  'help-option:--root': zh('workspace folder (holds guides/); default: current folder, else the shipped workspace', '工作区文件夹（包含 guides/）；默认为当前文件夹，否则使用随软件提供的工作区'),
  'help-option:--json': zh('print one JSON object on stdout', '在标准输出打印一个 JSON 对象'),
  'help-option:--quiet': zh('print only errors', '只显示错误'),
  'help-option:--verbose': zh('print every warning (a build otherwise counts them per variant)', '逐条显示所有警告（生成时默认只按版本汇总）'),
  'help-option:--reporter': zh('diagnostics format', '问题报告格式'),
  'help-option:--ui': zh('language of messages', '提示信息的语言'),
  'help-option:--debug': zh('show stack traces of internal errors', '显示内部错误的调用栈'),
  'help-option:--all-errors': zh('show every YAML parser error of a file, not only its first mistake', '显示文件中的全部 YAML 解析错误，而不只是第一处错误'),
  'help-option:--version': zh('print the version of adapt-guide', '显示 adapt-guide 的版本号'),

  // The build: the main command and `build`.
  'help:adapt-guide': zh('Adapt international ILO tools into localised Chinese guides (Markdown and PDF).', '将国际劳工组织的国际工具改编为本地化的中文指南（Markdown 和 PDF）。'),
  'help-examples:adapt-guide': zh(
    'Examples:\n  adapt-guide                                  in a terminal, with no options: a wizard asks city, sector, guides, formats and language\n  adapt-guide --city huzhou --format md\n  adapt-guide build --all --format md --json\n  adapt-guide explain --city huzhou --guide quality-apprenticeship\n  adapt-guide validate\n  adapt-guide list --json\n  adapt-guide validate --root path/to/workspace',
    '示例：\n  adapt-guide                                  在终端中不加任何选项运行：向导会依次询问城市、行业、指南、格式和语言\n  adapt-guide --city huzhou --format md\n  adapt-guide build --all --format md --json\n  adapt-guide explain --city huzhou --guide quality-apprenticeship\n  adapt-guide validate\n  adapt-guide list --json\n  adapt-guide validate --root path/to/workspace',
  ),
  'help:build': zh('Build guides; with --all, every guide for every variant (international, cities, sectors, city+sector pairs).', '生成指南；加 --all 时生成所有指南的所有版本（国际通用版、各城市、各行业、城市与行业组合）。'),
  'help-examples:build': zh('Examples:\n  adapt-guide build --all --format md\n  adapt-guide build --all --lang bilingual --out site', '示例：\n  adapt-guide build --all --format md\n  adapt-guide build --all --lang bilingual --out site'),
  'help-option:--city': zh('the city to adapt for', '要改编的城市'),
  'help-option:--sector': zh('a sector to adapt for (repeatable; applied in the order given)', '要改编的行业（可重复；按给出的顺序应用）'),
  'help-option:--guide': zh('a guide to build (repeatable; default: all)', '要生成的指南（可重复；默认全部）'),
  'help-option:--format': zh('output formats, comma-separated: md, pdf, docx (default: md,pdf)', '输出格式，用逗号分隔：md、pdf、docx（默认：md,pdf）'),
  'help-option:--lang': zh('output language: zh (default), en or bilingual', '输出语言：zh（默认）、en 或 bilingual（中英对照）'),
  'help-option:--out': zh('output folder (default: dist)', '输出文件夹（默认：dist）'),
  'help-option:--strict': zh('a missing translation is an error', '缺少译文时报错（而不是警告）'),
  'help-option:--force': zh('build every output, even those whose inputs have not changed', '即使输入未改动，也重新生成所有输出'),
  'help-option:--watch': zh('keep running: rebuild what each saved file affects', '持续运行：保存文件后重新生成受影响的指南'),
  'help-option:build:--all': zh('every guide × every variant', '所有指南 × 所有版本'),
  'help-option:build:--shard': zh('build only the k-th of n equal shares of the jobs (for parallel CI jobs)', '只生成 n 等份任务中的第 k 份（用于并行的持续集成任务）'),

  'help:validate': zh('Check the whole workspace: YAML, schema, ids, overrides. Exit 1 on any error.', '检查整个工作区：YAML、格式、编号和覆盖文件；有错误时退出码为 1。'),
  'help-examples:validate': zh('Example:\n  adapt-guide validate --root path/to/workspace --json', '示例：\n  adapt-guide validate --root path/to/workspace --json'),

  'help:list': zh('List the guides (title, edition), cities and sectors of the workspace.', '列出工作区中的指南（标题、版次）、城市和行业。'),
  'help-examples:list': zh('Example:\n  adapt-guide list --json', '示例：\n  adapt-guide list --json'),

  'help:init': zh('Make your own workspace, or scaffold a new city or sector that builds at once.', '创建自己的工作区，或新建一个可立即生成指南的城市或行业。'),
  'help-argument:init:what': zh('workspace, city or sector', 'workspace（工作区）、city（城市）或 sector（行业）'),
  'help-argument:init:target': zh('a folder (workspace) or an id (city, sector)', '文件夹（工作区）或编号（城市、行业）'),
  'help-option:init:--name-zh': zh('the Chinese name, e.g. 湖州', '中文名称，如：湖州'),
  'help-option:init:--name-en': zh('the English name, e.g. Huzhou', '英文名称，如：Huzhou'),
  'help-option:init:--province': zh('the province, e.g. 浙江省', '所在省份，如：浙江省'),
  'help-option:init:--tool': zh(
    'workspace: how its package.json names adapt-guide (a tarball path or URL; default: this adapt-guide, packed into vendor/)',
    '工作区：其 package.json 引用 adapt-guide 的方式（安装包路径或网址；默认：打包当前的 adapt-guide 到 vendor/）',
  ),
  'help-examples:init': zh(
    'Examples:\n  adapt-guide init workspace my-guides\n  adapt-guide init city testville --name-zh 测试市 --name-en Testville --province 测试省',
    '示例：\n  adapt-guide init workspace my-guides\n  adapt-guide init city testville --name-zh 测试市 --name-en Testville --province 测试省',
  ),

  'help:explain': zh('Show which layers touched each node of a guide, what they changed, and where (file:line).', '显示指南各节点被哪些层级修改、改了什么、出自哪个文件哪一行。'),
  'help-argument:explain:node-id': zh('one node: its history and where each field was set', '一个节点：它的修改历史及每个字段的出处'),
  'help-option:explain:--guide': zh('the guide', '指南'),
  'help-option:explain:--city': zh('the city', '城市'),
  'help-option:explain:--sector': zh('a sector (repeatable)', '行业（可重复）'),
  'help-examples:explain': zh(
    'Examples:\n  adapt-guide explain --city huzhou --guide quality-apprenticeship\n  adapt-guide explain --city huzhou --sector petroleum --guide quality-apprenticeship funding-subsidy',
    '示例：\n  adapt-guide explain --city huzhou --guide quality-apprenticeship\n  adapt-guide explain --city huzhou --sector petroleum --guide quality-apprenticeship funding-subsidy',
  ),

  'help:pdf': zh('Typeset any Markdown file as a PDF in the house style.', '按统一版式将任意 Markdown 文件排版为 PDF。'),
  'help-argument:pdf:file': zh('a Markdown file (front matter optional)', 'Markdown 文件（文件头可选）'),
  'help-option:pdf:--output': zh('the PDF to write (default: beside the Markdown file)', '要写入的 PDF 文件（默认与 Markdown 文件同目录同名）'),
  'help-option:pdf:--theme': zh('a theme file (JSON or YAML) over theme/default.json', '主题文件（JSON 或 YAML），覆盖 theme/default.json 中的设置'),
  'help-option:pdf:--font-dir': zh('a folder with the regular and bold fonts to use', '字体文件夹，其中的常规体和粗体将代替默认字体'),
  'help-option:pdf:--pdfa': zh('write PDF/A-2b', '生成 PDF/A-2b 归档格式'),
  'help-option:pdf:--root': zh('images must stay inside this folder (default: the Markdown file\'s folder)', '图片必须位于此文件夹内（默认为 Markdown 文件所在文件夹）'),
  'help-option:pdf:--lang': zh('language of the cover, footer and metadata', '封面、页脚和元数据使用的语言'),
  'help-examples:pdf': zh('Examples:\n  adapt-guide pdf guide.md\n  adapt-guide pdf guide.md -o out/guide.pdf --pdfa', '示例：\n  adapt-guide pdf guide.md\n  adapt-guide pdf guide.md -o out/guide.pdf --pdfa'),

  'help:status': zh('Per guide and variant: the share of texts translated; missing, stale, unreviewed and unfilled texts; glossary findings.', '按指南和版本列出：已翻译比例；缺少、过期、未审校的文本，待补充的槽位，以及术语问题。'),
  'help-option:status:--city': zh('the variant of this city', '此城市的版本'),
  'help-option:status:--sector': zh('the variant of this sector (repeatable, in layer order)', '此行业的版本（可重复，按层级顺序）'),
  'help-option:status:--guide': zh('only this guide (repeatable)', '只看此指南（可重复）'),
  'help-option:status:--fail-on': zh('exit 1 when any of these is found: missing,stale,unreviewed,unfilled,glossary', '发现这些类别的问题时以退出码 1 结束：missing,stale,unreviewed,unfilled,glossary'),
  'help-examples:status': zh(
    'Examples:\n  adapt-guide status\n  adapt-guide status --city huzhou --guide quality-apprenticeship\n  adapt-guide status --json --fail-on missing,stale',
    '示例：\n  adapt-guide status\n  adapt-guide status --city huzhou --guide quality-apprenticeship\n  adapt-guide status --json --fail-on missing,stale',
  ),

  'help:review': zh('Record that texts and overrides were reviewed against the current en: one node (and what it holds), one file, or all.', '记录文本和覆盖已按当前英文审校（一个节点及其包含的内容、一个文件或全部）。'),
  'help-argument:review:node-id': zh('a node id: its texts, and overrides of it', '节点编号：其文本及对它的覆盖'),
  'help-option:review:--guide': zh('only this guide (repeatable)', '只看此指南（可重复）'),
  'help-option:review:--city': zh("this city's override files", '此城市的覆盖文件'),
  'help-option:review:--sector': zh("this sector's override files", '此行业的覆盖文件'),
  'help-option:review:--file': zh('every text of this guide or override file', '此指南文件或覆盖文件中的全部文本'),
  'help-option:review:--all': zh('every text in scope (without --city/--sector: every guide and override file)', '范围内的全部文本（不加 --city/--sector 时：所有指南和覆盖文件）'),
  'help-examples:review': zh(
    'Examples:\n  adapt-guide review funding-subsidy\n  adapt-guide review --city huzhou --all\n  adapt-guide review --file guides/international/quality-apprenticeship/guide.yaml',
    '示例：\n  adapt-guide review funding-subsidy\n  adapt-guide review --city huzhou --all\n  adapt-guide review --file guides/international/quality-apprenticeship/guide.yaml',
  ),

  'help:xliff': zh('Exchange texts with CAT tools (Trados, memoQ, OmegaT, Crowdin) as XLIFF 2.0.', '以 XLIFF 2.0 与计算机辅助翻译工具（Trados、memoQ、OmegaT、Crowdin）交换文本。'),
  'help:xliff export': zh("Write one guide's texts, or one locality's override texts, as XLIFF 2.0 (source en, target zh).", '把一个指南或一个地方覆盖文件的文本导出为 XLIFF 2.0（原文为英文，译文为中文）。'),
  'help-option:xliff export:--guide': zh('the guide', '指南'),
  'help-option:xliff export:--city': zh("this city's override file instead of the international guide", '导出此城市的覆盖文件，而不是国际指南'),
  'help-option:xliff export:--sector': zh("this sector's override file instead of the international guide", '导出此行业的覆盖文件，而不是国际指南'),
  'help-option:xliff export:--output': zh('where to write (default: <guide>.<locality or international>.xlf)', '输出文件（默认：<指南>.<地方或 international>.xlf）'),
  'help-examples:xliff export': zh(
    'Examples:\n  adapt-guide xliff export --guide quality-apprenticeship -o qa.xlf\n  adapt-guide xliff export --guide quality-apprenticeship --city huzhou',
    '示例：\n  adapt-guide xliff export --guide quality-apprenticeship -o qa.xlf\n  adapt-guide xliff export --guide quality-apprenticeship --city huzhou',
  ),
  'help:xliff import': zh('Write the targets of an exported XLIFF back into the YAML files they came from; nothing is written unless the whole file is valid.', '把 XLIFF 中的译文写回其来源的 YAML 文件；整个文件无误才写入。'),
  'help-argument:xliff import:file': zh('the XLIFF file', 'XLIFF 文件'),
  'help-option:xliff import:--guide': zh('refuse an XLIFF of another guide', '拒绝导入其他指南的 XLIFF'),
  'help-examples:xliff import': zh('Example:\n  adapt-guide xliff import qa.xlf', '示例：\n  adapt-guide xliff import qa.xlf'),

  'help:slots': zh('What a city or sector still has to fill in, as a spreadsheet an officer fills in (Excel, WPS).', '城市或行业仍需填写的内容，导出为经办人员可填写的电子表格（Excel、WPS）。'),
  'help:slots export': zh("Write the variant's slots, one row each, to an .xlsx (default) or .csv sheet.", '把该版本的待补充槽位逐行写入 .xlsx（默认）或 .csv 表格。'),
  'help-option:slots export:--city': zh('the city', '城市'),
  'help-option:slots export:--sector': zh('a sector (repeatable)', '行业（可重复）'),
  'help-option:slots export:--output': zh('where to write (default: <variant>-slots.xlsx)', '输出文件（默认：<版本>-slots.xlsx）'),
  'help-examples:slots export': zh(
    'Examples:\n  adapt-guide slots export --city huzhou\n  adapt-guide slots import huzhou-slots.xlsx\n  adapt-guide fill --city huzhou',
    '示例：\n  adapt-guide slots export --city huzhou\n  adapt-guide slots import huzhou-slots.xlsx\n  adapt-guide fill --city huzhou',
  ),
  'help:slots import': zh("Write the filled-in values into the locality's own files; nothing is written unless every row is valid.", '把填好的取值写入该地方自己的文件；每一行都无误才写入。'),
  'help-argument:slots import:file': zh('the .xlsx or .csv sheet', '.xlsx 或 .csv 表格'),
  'help-option:slots import:--city': zh('refuse a sheet of another city', '拒绝其他城市的表格'),
  'help-option:slots import:--sector': zh('refuse a sheet of another sector (repeatable)', '拒绝其他行业的表格（可重复）'),
  'help-examples:slots import': zh('Example:\n  adapt-guide slots import huzhou-slots.xlsx', '示例：\n  adapt-guide slots import huzhou-slots.xlsx'),
  'help:fill': zh('Fill in the slots of a city or sector one by one, in a terminal.', '在终端中逐项填写城市或行业的待补充槽位。'),
  'help-option:fill:--city': zh('the city', '城市'),
  'help-option:fill:--sector': zh('a sector (repeatable)', '行业（可重复）'),
  'help-examples:fill': zh('Example:\n  adapt-guide fill --city huzhou', '示例：\n  adapt-guide fill --city huzhou'),

  'help:schema': zh('Generate JSON Schemas that help editors complete and check workspace files.', '生成帮助编辑器补全和检查工作区文件的 JSON Schema。'),
  'help:schema overrides': zh('Write schemas/overrides/<guide>.schema.json per guide: the ids an override file may target, for completion in the editor.', '为每个指南生成 schemas/overrides/<指南>.schema.json，列出覆盖文件可引用的编号，供编辑器补全。'),
  'help-option:schema overrides:--guide': zh('only this guide (repeatable)', '只生成此指南的（可重复）'),
  'help-examples:schema overrides': zh(
    'Example:\n  adapt-guide schema overrides\n  then start an override file with\n  # yaml-language-server: $schema=../../../schemas/overrides/<guide>.schema.json',
    '示例：\n  adapt-guide schema overrides\n  然后在覆盖文件开头写上\n  # yaml-language-server: $schema=../../../schemas/overrides/<指南>.schema.json',
  ),
};
