// Messages of the DOCX renderer (src/render/docx).
import type { Catalogue } from './index.js';

export const docxMessages: Catalogue = {
  'docx-image-format': { en: 'image `{src}` of node `{node}` is not a PNG, JPEG or GIF file: the DOCX cannot embed it', zh: '节点 `{node}` 的图片 `{src}` 不是 PNG、JPEG 或 GIF 文件，DOCX 无法嵌入' },
  'docx-image-broken': { en: 'image `{src}` of node `{node}` is damaged (its size cannot be read): the DOCX cannot embed it', zh: '节点 `{node}` 的图片 `{src}` 已损坏（无法读取尺寸），DOCX 无法嵌入' },
  'docx-image-missing': { en: 'image `{src}` of node `{node}` was not read by the build', zh: '构建未读取节点 `{node}` 的图片 `{src}`' },
  'hint-docx-image': { en: 'save the picture as PNG or JPEG in the assets/ folder and build again', zh: '请将图片另存为 PNG 或 JPEG 放入 assets/ 文件夹后重新构建' },
};
