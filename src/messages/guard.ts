// Messages of the input and output guards (issue 17): files outside the workspace, streams, outputs over inputs.
import type { Catalogue } from './index.js';

export const guardMessages: Catalogue = {
  'output-invalid': {
    en: 'the {format} made for this guide failed its check ({reason}); it was not written',
    zh: '为本指南生成的 {format} 文件未通过检查（{reason}）；未写入',
  },
  'hint-output-invalid': {
    en: 'if the workspace\'s own templates/ do not make it, this is a bug in adapt-guide: please report it with the guide',
    zh: '若不是工作区自己的 templates/ 造成的，这是 adapt-guide 的缺陷，请连同该指南一起报告',
  },
  'output-empty': { en: 'the output path is empty', zh: '输出路径为空' },
  'output-is-input': { en: '`{path}` is one of this command\'s inputs; writing there would destroy it', zh: '`{path}` 是本命令的输入文件；写入会覆盖它' },
  'output-in-sources': {
    en: '`{path}` lies inside the workspace\'s {folder} folder, which holds what the tool reads; outputs go elsewhere',
    zh: '`{path}` 位于工作区的 {folder} 文件夹内，该文件夹存放工具读取的源文件；输出请放在别处',
  },
  'output-not-folder': { en: '`{path}` is a file, not a folder', zh: '`{path}` 是文件，不是文件夹' },
  'output-is-folder': { en: '`{path}` is a folder; name the file to write', zh: '`{path}` 是文件夹；请给出要写入的文件名' },
  'output-under-file': { en: 'cannot write `{path}`: `{file}` is a file, not a folder', zh: '无法写入 `{path}`：`{file}` 是文件，不是文件夹' },
  'hint-output-elsewhere': { en: 'choose an output path outside guides/, templates/ and schemas/ (default: dist/)', zh: '请选择 guides/、templates/、schemas/ 之外的输出路径（默认：dist/）' },
  'not-regular-file': { en: 'not a regular file (a pipe, device or socket cannot be read as input)', zh: '不是普通文件（管道、设备或套接字不能作为输入）' },
  'input-outside-workspace': { en: 'this path leads outside the workspace (to `{target}`); it is not read', zh: '此路径指向工作区之外（`{target}`），不予读取' },
  'hint-input-outside': {
    en: 'a symbolic link may only point inside the workspace: copy the file into the workspace instead',
    zh: '符号链接只能指向工作区之内：请把文件复制到工作区中',
  },
  'not-printable-group': {
    en: '`{{{name}}}` in `{field}` of node `{node}` is a group of fields, not a value that can be printed',
    zh: '节点 `{node}` 的 `{field}` 中 `{{{name}}}` 是一组字段，而不是可以显示的值',
  },
  'not-printable-list': {
    en: '`{{{name}}}` in `{field}` of node `{node}` is a list, not a value',
    zh: '节点 `{node}` 的 `{field}` 中 `{{{name}}}` 是列表而不是一个值',
  },
  'not-printable-nothing': {
    en: '`{{{name}}}` in `{field}` of node `{node}` has no value: it would print nothing',
    zh: '节点 `{node}` 的 `{field}` 中 `{{{name}}}` 没有取值，会显示为空',
  },
  'hint-not-printable': { en: 'name one field of it, e.g. `{{locality.name}}`', zh: '请写出其中的一个字段，例如 `{{locality.name}}`' },
  'number-changed': { en: 'YAML reads `{written}` as the number {printed}; a text would print {printed}', zh: 'YAML 把 `{written}` 读作数字 {printed}，文本中会显示为 {printed}' },
  'hint-quote-number': { en: 'to keep it as written, quote it: "{written}"', zh: '如需保持原样，请加引号："{written}"' },
  'unsafe-link': {
    en: 'the link `{href}` in `{field}` of node `{node}` could run script or open a local file; the text\'s links are shown as plain text',
    zh: '节点 `{node}` 的 `{field}` 中的链接 `{href}` 可能执行脚本或打开本地文件；该文本中的链接已按纯文本显示',
  },
  'hint-unsafe-link': { en: 'link only to http:, https: or mailto: addresses', zh: '链接只能指向 http:、https: 或 mailto: 地址' },
  'bad-locality-id': {
    en: 'the {kind} folder name `{id}` is not an id: use lower-case letters, digits and hyphens only; this {kind} is not built',
    zh: '地区文件夹名 `{id}` 不是有效的 id：只能使用小写字母、数字和连字符；该地区不予构建',
  },
  'hint-locality-id': { en: 'rename the folder, e.g. `a-b`: output folder names join a city and a sector with `+`', zh: '请重命名文件夹，例如 `a-b`：输出文件夹名用 `+` 连接城市和行业' },
  'write-failed-EISDIR': { en: 'cannot write the file: a folder has its name', zh: '无法写入文件：已有同名文件夹' },
  'write-failed-ENOTEMPTY': { en: 'cannot write the file: a folder has its name', zh: '无法写入文件：已有同名文件夹' },
  'write-failed-EEXIST': { en: 'cannot write the file: something else has its name', zh: '无法写入文件：已有同名项' },
  'write-failed-ENOTDIR': { en: 'cannot write the file: a file stands where a folder of its path should be', zh: '无法写入文件：路径中的某个文件夹其实是文件' },
  'write-failed-EACCES': { en: 'cannot write the file: permission denied', zh: '无法写入文件：没有权限' },
  'write-failed-EPERM': { en: 'cannot write the file: permission denied', zh: '无法写入文件：没有权限' },
  'write-failed-EROFS': { en: 'cannot write the file: the disk is read-only', zh: '无法写入文件：磁盘为只读' },
  'write-failed-ENOSPC': { en: 'cannot write the file: the disk is full', zh: '无法写入文件：磁盘已满' },
  'xliff-too-deep': { en: 'XML elements nested deeper than {limit} levels', zh: 'XML 元素嵌套超过 {limit} 层' },
  'bad-source-date-epoch': { en: 'SOURCE_DATE_EPOCH is `{value}`, not a number of seconds', zh: 'SOURCE_DATE_EPOCH 为 `{value}`，不是秒数' },
  'hint-source-date-epoch': { en: 'set it to whole seconds since 1970, e.g. `git log -1 --format=%ct`, or unset it', zh: '请设为自 1970 年起的整秒数，例如 `git log -1 --format=%ct`，或取消设置' },
};
