// Messages of the localise stage, the text/variable stage, Markdown rendering and the build.
import type { Catalogue } from './index.js';

export const localiseMessages: Catalogue = {
  'unknown-target': {
    en: 'no node `{id}` in guide `{guide}`',
    zh: '指南 `{guide}` 中没有节点 `{id}`',
  },
  'target-removed': {
    en: 'node `{id}` of guide `{guide}` was removed by {layer} at {removedAt}',
    zh: '指南 `{guide}` 的节点 `{id}` 已被 {layer} 在 {removedAt} 删除',
  },
  'duplicate-change': {
    en: '`{field}` of node `{id}` (guide `{guide}`) is already changed in this file at {first}',
    zh: '节点 `{id}`（指南 `{guide}`）的 `{field}` 已在本文件 {first} 处修改过',
  },
  'set-children': {
    en: '`set` cannot change `{field}` of node `{id}` (guide `{guide}`)',
    zh: '`set` 不能修改节点 `{id}`（指南 `{guide}`）的 `{field}`',
  },
  'hint-set-children': {
    en: 'change children with `add` and `remove`; ids and types cannot change',
    zh: '子节点请用 `add` 和 `remove` 修改；id 和类型不能修改',
  },
  'add-existing-id': {
    en: 'node `{id}` already exists in guide `{guide}` (at {first})',
    zh: '指南 `{guide}` 中已有节点 `{id}`（位于 {first}）',
  },
  'add-no-children': {
    en: 'cannot add `{position}` `{id}` in guide `{guide}`: that place holds no children',
    zh: '不能在指南 `{guide}` 的 `{id}` 处按 `{position}` 添加：该位置不能包含子节点',
  },
  'add-wrong-type': {
    en: 'a `{type}` (`{id}`) cannot go into `{container}` (a {containerType}) of guide `{guide}`; allowed: {allowed}',
    zh: '`{type}`（`{id}`）不能放入指南 `{guide}` 的 `{container}`（{containerType}）中；允许：{allowed}',
  },
  'set-unknown-field': {
    en: 'node `{id}` of guide `{guide}` is a {type}, which has no field `{field}`',
    zh: '指南 `{guide}` 的节点 `{id}` 是 {type}，没有 `{field}` 字段',
  },
  'remove-guide': { en: 'the guide `{guide}` itself cannot be removed', zh: '不能删除指南 `{guide}` 本身' },
  'missing-variable': {
    en: 'variable `{name}` does not exist (in `{field}` of node `{node}`, guide `{guide}`)',
    zh: '变量 `{name}` 不存在（指南 `{guide}` 节点 `{node}` 的 `{field}`）',
  },
  'hint-fill-variable': { en: 'for this edition, write it in {file}: `vars:` then `  {name}: VALUE`', zh: '本版本的取值请写入 {file}：在 `vars:` 下写 `  {name}: 取值`' },
  'hint-fill-text': { en: 'for this edition, override it in {file}: `- change: {node}` with `set: {{field}: {zh: …, en: …}}`', zh: '本版本请在 {file} 中覆盖：`- change: {node}`，`set: {{field}: {zh: …, en: …}}`' },
  'unfilled-slot-variable': { en: '`{name}` (set in {source}) is still to be filled in: {todo}', zh: '`{name}`（设于 {source}）待补充：{todo}' },
  'hint-known-variables': { en: 'known: {known}', zh: '现有：{known}' },
  'template-syntax': {
    en: 'cannot read the `{{…}}` expressions in `{field}` of node `{node}`: {reason}',
    zh: '无法解析节点 `{node}` 的 `{field}` 中的 `{{…}}` 表达式：{reason}',
  },
  'template-syntax-braces': {
    en: '`{field}` of node `{node}` has a `{{` that does not start a variable',
    zh: '节点 `{node}` 的 `{field}` 中有一个 `{{` 不是变量的开头',
  },
  'hint-template-braces': {
    en: 'a variable is written `{{vars.NAME}}`, closed by `}}`; to print `{{` as text, write `\\{{` (inside double quotes `\\\\{{`)',
    zh: '变量写作 `{{vars.名称}}`，并以 `}}` 结束；如要原样显示 `{{`，请写成 `\\{{`（在双引号中写成 `\\\\{{`）',
  },
  'template-syntax-helper': {
    en: 'cannot read the `{{…}}` expressions in `{field}` of node `{node}`: `{helper}` is not an allowed helper',
    zh: '无法解析节点 `{node}` 的 `{field}` 中的 `{{…}}` 表达式：`{helper}` 不是允许使用的辅助函数',
  },
  'template-syntax-statement': {
    en: 'cannot read the `{{…}}` expressions in `{field}` of node `{node}`: {statement} is not allowed in a text',
    zh: '无法解析节点 `{node}` 的 `{field}` 中的 `{{…}}` 表达式：文本中不允许使用 {statement}',
  },
  'missing-translation': {
    en: '`{field}` of node `{node}` (guide `{guide}`) has no {lang} text; the {fallback} text is used',
    zh: '节点 `{node}`（指南 `{guide}`）的 `{field}` 缺少{lang}文本，已使用{fallback}原文',
  },
  'raw-html': {
    en: 'raw HTML in `{field}` of node `{node}` is shown as text, not passed through',
    zh: '节点 `{node}` 的 `{field}` 中的 HTML 按纯文本显示，不会直接输出',
  },
  'emphasis-not-portable': {
    en: 'emphasis in `{field}` of node `{node}` sits next to markup (a code span, link or escape) where some Markdown renderers show the `*` literally',
    zh: '节点 `{node}` 的 `{field}` 中，强调标记紧挨代码、链接等标记，部分 Markdown 渲染器会把 `*` 原样显示',
  },
  'hint-emphasis-not-portable': {
    en: 'put the emphasis around words, e.g. `**see** [the file](…)` rather than `**see [the file](…)。**`',
    zh: '请让强调只包住文字，例如写成“**参见**[文件](…)”，而不是“**参见[文件](…)。**”',
  },
  'unknown-asset': {
    en: 'image `{src}` of node `{node}` not found in {dir}',
    zh: '节点 `{node}` 的图片 `{src}` 在 {dir} 中不存在',
  },
  'asset-outside': {
    en: 'image `{src}` of node `{node}` is outside the assets/ folder',
    zh: '节点 `{node}` 的图片 `{src}` 不在 assets/ 文件夹内',
  },
  'asset-collision': {
    en: 'image `{path}` of node `{node}` is a different file from the `{path}` already copied from {first}',
    zh: '节点 `{node}` 的图片 `{path}` 与已从 {first} 复制的同名图片不是同一个文件',
  },
  'hint-asset-collision': { en: 'give one of the two images another file name', zh: '请给其中一张图片换一个文件名' },
  'template-error': { en: 'template `{template}`: {reason}', zh: '模板 `{template}`：{reason}' },
  'template-missing': { en: 'template `{template}`: missing', zh: '模板 `{template}`：缺失' },
  'write-failed': { en: 'cannot write {path}: {reason}', zh: '无法写入 {path}：{reason}' },
  'format-crashed': {
    en: 'the {format} of this guide could not be made (a bug in adapt-guide: {reason}); please report it',
    zh: '无法生成本指南的 {format}（adapt-guide 的程序错误：{reason}），请报告此问题',
  },
  'unknown-node': { en: 'no node `{id}` in guide `{guide}` for this variant', zh: '此版本的指南 `{guide}` 中没有节点 `{id}`' },
};

/** Messages of the build and explain commands. */
export const buildMessages: Catalogue = {
  'hint-nearest-known': { en: 'did you mean `{suggestion}`? known: {known}', zh: '您是想写 `{suggestion}` 吗？现有：{known}' },
  'unknown-format': { en: 'unknown format `{format}`', zh: '未知格式 `{format}`' },
  'hint-formats': { en: 'use md, pdf, docx or a list such as md,pdf,docx', zh: '请使用 md、pdf、docx 或其组合，如 md,pdf,docx' },
  'unknown-lang': { en: 'unknown output language `{lang}`', zh: '未知输出语言 `{lang}`' },
  'hint-langs': { en: 'use zh, en or bilingual', zh: '请使用 zh、en 或 bilingual' },
  'bad-shard': { en: '`--shard {shard}` should be K/N with 1 ≤ K ≤ N, e.g. 2/4', zh: '`--shard {shard}` 应为 K/N（1 ≤ K ≤ N），例如 2/4' },
  'all-with-variant': { en: '`build --all` builds every variant: leave out --city and --sector', zh: '`build --all` 会生成所有版本：请去掉 --city 和 --sector' },
  'explain-header': { en: 'guide {guide} · variant {variant} · layers {layers}', zh: '指南 {guide} · 版本 {variant} · 层级 {layers}' },
  'explain-removed': { en: 'removed', zh: '已删除' },
  'explain-variables': { en: 'variables set by a locality layer:', zh: '地方层级设置的变量：' },
  'explain-fields': { en: 'fields:', zh: '字段：' },
  'explain-no-change': { en: '(values equal to the earlier ones: no change)', zh: '（与之前的值相同：无变化）' },
  'explain-none': { en: 'No node differs from the international edition.', zh: '没有节点与国际通用版不同。' },
  'explain-summary': { en: '{count} of {total} nodes touched by a locality layer.', zh: '共 {total} 个节点，其中 {count} 个被地方层级修改。' },
  'build-wrote': { en: 'wrote {path} ({bytes} bytes)', zh: '已写入 {path}（{bytes} 字节）' },
  'build-failed': { en: 'not written: {path} (the errors follow)', zh: '未写入：{path}（原因见下方错误）' },
  'build-variant-heading': { en: '{variant}: {guides} guide(s), {files} file(s), {seconds} s', zh: '{variant}：{guides} 份指南，{files} 个文件，用时 {seconds} 秒' },
  'todo-line': { en: '{variant}: still to do: {items}; to list them: {command}', zh: '{variant} 尚待处理：{items}；查看明细：{command}' },
  'todo-separator': { en: ', ', zh: '，' },
  'todo-slots': { en: '{count} slot(s) to fill in', zh: '待补充 {count} 处' },
  'todo-glossary': { en: '{count} glossary finding(s)', zh: '术语问题 {count} 条' },
  'todo-feedback': { en: '{count} open feedback item(s)', zh: '未处理的反馈 {count} 条' },
  'todo-other': { en: '{count} other warning(s)', zh: '其他警告 {count} 条' },
};

/** Messages of the build's cache. */
export const buildHelpMessages: Catalogue = {
  'build-up-to-date': { en: 'nothing changed since the last build: {count} output(s) up to date (--force builds them again)', zh: '自上次生成以来没有任何改动：{count} 个输出文件均为最新（加 --force 可重新生成）' },
  'build-unchanged': { en: 'unchanged {path}', zh: '未改动 {path}' },
};
