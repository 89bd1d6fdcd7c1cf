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
  'init-what': { en: 'init makes a `workspace`, a `city` or a `sector`, not `{what}`', zh: 'init 只能创建 `workspace`、`city` 或 `sector`，不能是 `{what}`' },
  'init-exists': { en: '{path} already exists; init never overwrites anything', zh: '{path} 已存在；init 不会覆盖任何内容' },
  'shipped-readonly': {
    en: 'the workspace shipped with the package ({root}) is read-only',
    zh: '随软件包提供的工作区（{root}）是只读的',
  },
  'init-workspace-done': { en: 'Made a workspace in {path}: build it with `adapt-guide --root {path} --city ID`', zh: '已在 {path} 创建工作区：可用 `adapt-guide --root {path} --city ID` 生成指南' },
  'init-locality-done': { en: 'Made {kind} `{id}`:', zh: '已创建{kind} `{id}`：' },
  'init-name-slot': { en: 'no name given for {kind} `{id}`: its names are left as slots to fill in', zh: '未提供{kind} `{id}` 的名称：名称已留作待补充项' },
  'hint-init-name': { en: 'pass --name-zh and --name-en, or edit profile.yaml', zh: '请使用 --name-zh 和 --name-en，或直接编辑 profile.yaml' },
  'init-ask-name-zh-city': { en: 'City name in Chinese (e.g. 湖州):', zh: '城市中文名称（如：湖州）：' },
  'init-ask-name-en-city': { en: 'City name in English (e.g. Huzhou):', zh: '城市英文名称（如：Huzhou）：' },
  'init-ask-name-zh-sector': { en: 'Sector name in Chinese (e.g. 石油行业):', zh: '行业中文名称（如：石油行业）：' },
  'init-ask-name-en-sector': { en: 'Sector name in English (e.g. Petroleum sector):', zh: '行业英文名称（如：Petroleum sector）：' },
  'init-ask-province': { en: 'Province (in Chinese, e.g. 浙江省):', zh: '所在省份（如：浙江省）：' },
  'init-workspace-readme': {
    en: '# adapt-guide workspace\n\nThe guides of this workspace: `guides/international/` holds the international tools (bilingual YAML), `guides/cities/` and `guides/sectors/` the local overrides, `templates/` the Handlebars templates, `schemas/` the JSON Schemas the YAML files name for editors. The format is described in `docs/format.md`.\n\n```sh\nnpx adapt-guide validate --root .\nnpx adapt-guide --root . --city huzhou\nnpx adapt-guide init city ID --root .\n```\n\nKeep this folder in its own git repository.\n',
    zh: '# adapt-guide 工作区\n\n本工作区包含：`guides/international/` 为国际工具（中英双语 YAML），`guides/cities/` 和 `guides/sectors/` 为各地、各行业的覆盖文件，`templates/` 为 Handlebars 模板，`schemas/` 为编辑器使用的 JSON Schema。格式说明见 `docs/format.md`。\n\n```sh\nnpx adapt-guide validate --root .\nnpx adapt-guide --root . --city huzhou\nnpx adapt-guide init city ID --root .\n```\n\n请将本文件夹纳入单独的 git 仓库管理。\n',
  },
  'summary-ok': { en: 'no problems', zh: '没有发现问题' },
  'summary-counts': { en: '{errors} error(s), {warnings} warning(s)', zh: '{errors} 个错误，{warnings} 个警告' },
};
