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
  'theme-unreadable': { en: 'cannot read the theme file: {reason}', zh: '无法读取主题文件：{reason}' },
  'theme-heading-ratio': {
    en: '`{field}` is {share} % of the body size; it should be {low}–{high} %',
    zh: '`{field}` 为正文字号的 {share}%；应为正文的 {low}%–{high}%',
  },
  'font-dir-empty': { en: 'font folder `{dir}`: no .ttf or .otf file in it', zh: '字体文件夹 `{dir}`：其中没有 .ttf 或 .otf 文件' },
  'pdf-write-failed': { en: 'cannot write `{file}`: {reason}', zh: '无法写入 `{file}`：{reason}' },
};
