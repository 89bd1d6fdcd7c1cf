// Messages of the PDF renderer (src/render/pdf) and the `pdf` command.
import type { Catalogue } from './index.js';

export const pdfMessages: Catalogue = {
  'pdf-empty-document': { en: 'the Markdown has no content to typeset', zh: 'Markdown 中没有可排版的内容' },
  'pdf-raw-html': { en: 'raw HTML is not passed through to the PDF; it is shown as text', zh: 'PDF 不支持原始 HTML，已按文本显示' },
  'pdf-unknown-alert': { en: '`[!{type}]` is not an alert type; the quote is shown as a quote', zh: '`[!{type}]` 不是提示框类型，按普通引用显示' },
  'hint-pdf-unknown-alert': {
    en: 'use NOTE, TIP, IMPORTANT, WARNING or CAUTION; a case study is a NOTE after `<!-- kind: case-study -->`',
    zh: '请使用 NOTE、TIP、IMPORTANT、WARNING 或 CAUTION；案例写作 NOTE，并在前一行加 `<!-- kind: case-study -->`',
  },
  'pdf-image-missing': { en: 'image `{src}` not found', zh: '找不到图片 `{src}`' },
  'pdf-image-outside-root': { en: 'image `{src}` is outside the workspace', zh: '图片 `{src}` 位于工作区之外' },
  'pdf-image-format': { en: 'image `{src}` is not a PNG or JPEG file', zh: '图片 `{src}` 不是 PNG 或 JPEG 文件' },
  'pdf-image-remote': { en: 'image `{src}` is not a local file; only the guide\'s assets can be used', zh: '图片 `{src}` 不是本地文件；只能使用指南的素材文件' },
  'pdf-image-too-large': { en: 'image `{src}` is larger than 20 MB', zh: '图片 `{src}` 超过 20 MB' },
  'pdf-missing-glyph': { en: 'the font has no glyph for {char} ({codepoint}); it is shown as □', zh: '字体缺少字符 {char}（{codepoint}），已显示为 □' },
  'pdf-unknown-anchor': { en: 'link to `#{target}`, but no heading has that id', zh: '链接指向 `#{target}`，但没有标题使用这个 id' },
  'pdf-long-word': { en: 'a word of {length} characters is longer than a line; it was broken between characters', zh: '一个长度为 {length} 个字符的词超过行宽，已在字符间断开' },
  'pdf-front-matter': { en: 'front matter is not valid YAML: {reason}', zh: '文件头（front matter）不是有效的 YAML：{reason}' },
  'pdf-font-unreadable': { en: 'cannot read font `{font}`: {reason}', zh: '无法读取字体 `{font}`：{reason}' },
  'font-not-found': { en: 'font file `{font}` ({role}) not found', zh: '找不到字体文件 `{font}`（{role}）' },
  'font-dir-unreadable': { en: 'font folder `{dir}`: {reason}', zh: '字体文件夹 `{dir}`：{reason}' },
  'theme-invalid': { en: 'theme: {reason}', zh: '主题文件：{reason}' },
  'pdf-write-failed': { en: 'cannot write `{file}`: {reason}', zh: '无法写入 `{file}`：{reason}' },
  // Help of `adapt-guide pdf` in Chinese (the English is beside the command in src/cli/main.ts).
  'help:pdf': { en: 'Typeset any Markdown file as a PDF in the house style.', zh: '按统一版式将任意 Markdown 文件排版为 PDF。' },
  'help-option:pdf:--output': { en: 'the PDF to write', zh: '要写入的 PDF 文件（默认与 Markdown 文件同目录同名）' },
  'help-option:pdf:--theme': { en: 'a theme file', zh: '主题文件（JSON 或 YAML），覆盖 theme/default.json 中的设置' },
  'help-option:pdf:--font-dir': { en: 'a folder with the fonts', zh: '字体文件夹，其中的常规体和粗体将代替默认字体' },
  'help-option:pdf:--pdfa': { en: 'write PDF/A-2b', zh: '生成 PDF/A-2b 归档格式' },
  'help-option:pdf:--lang': { en: 'language of the cover, footer and metadata', zh: '封面、页脚和元数据使用的语言' },
  'help-option:pdf:--root': { en: 'images must stay inside this folder', zh: '图片必须位于此文件夹内（默认为 Markdown 文件所在文件夹）' },
};
