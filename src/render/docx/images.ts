// The pictures a DOCX embeds, by image node id, with their pixel size. The build checked them before any
// format was made (output/image-check.ts); a picture it did not read is a bug of the build, said as an error.
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { GuideNode } from '../../model/types.js';
import { measureImage, type ImageSize } from '../../output/image-check.js';
import { assetLink } from '../markdown/asset-path.js';

export interface EmbeddedImage extends ImageSize {
  bytes: Uint8Array;
}

function* imageNodes(node: GuideNode): Generator<GuideNode> {
  if (node.type === 'image') yield node;
  for (const child of node.children) yield* imageNodes(child);
}

/** Each image node's picture, from the bytes the build read (by the `assets/…` path the Markdown links). */
export function embedImages(root: GuideNode, files: ReadonlyMap<string, Uint8Array>, guide: string, found: Diagnostic[]): Map<string, EmbeddedImage> {
  const images = new Map<string, EmbeddedImage>();
  for (const node of imageNodes(root)) {
    const src = typeof node.fields.src === 'string' ? node.fields.src : '';
    const bytes = files.get(assetLink(src));
    const { file, line, col } = node.prov.src ?? node.at;
    const at = { file, line, col };
    const checked = bytes ? measureImage(bytes) : undefined;
    if (bytes && checked && 'image' in checked) images.set(node.id, { ...checked.image, bytes });
    else found.push(error(checked && 'problem' in checked ? checked.problem : 'docx-image-missing', { src, node: node.id }, { at, guide, node: node.id, hint: 'hint-image-format' }));
  }
  return images;
}
