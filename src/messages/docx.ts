// Messages of the pictures a build checks (src/output/image-check.ts) and of the DOCX renderer (src/render/docx).
import type { Catalogue } from './index.js';

export const docxMessages: Catalogue = {
  'image-format': { en: 'image `{src}` of node `{node}` is not a PNG or JPEG file: no format can show it', zh: '节点 `{node}` 的图片 `{src}` 不是 PNG 或 JPEG 文件，任何格式都无法显示' },
  'image-broken': { en: 'image `{src}` of node `{node}` is damaged (its size cannot be read)', zh: '节点 `{node}` 的图片 `{src}` 已损坏（无法读取尺寸）' },
  'docx-image-missing': { en: 'image `{src}` of node `{node}` was not read by the build (a bug)', zh: '构建未读取节点 `{node}` 的图片 `{src}`（程序缺陷）' },
  'hint-image-format': { en: 'save the picture as PNG or JPEG in the assets/ folder and build again', zh: '请将图片另存为 PNG 或 JPEG 放入 assets/ 文件夹后重新构建' },
};
