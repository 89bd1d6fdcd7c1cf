// The images a DOCX embeds: PNG, JPEG or GIF (told by their bytes, not their names), with their pixel
// size read from the file's header. An image that is none of these, or whose header is broken, is a
// located error of its guide: Word would show a red cross where the picture should be.
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { GuideNode } from '../../model/types.js';
import { assetLink } from '../markdown/asset-path.js';

export interface EmbeddedImage {
  type: 'png' | 'jpg' | 'gif';
  bytes: Uint8Array;
  width: number;
  height: number;
}

type Measured = Omit<EmbeddedImage, 'bytes'>;

function pngSize(b: Uint8Array): Measured | undefined {
  // The IHDR chunk comes first: length 13, type IHDR, width, height.
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return undefined;
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gifSize(b: Uint8Array): Measured | undefined {
  if (b.length < 10) return undefined;
  return { type: 'gif', width: b[6] | (b[7] << 8), height: b[8] | (b[9] << 8) };
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC) holds the size. */
function jpegSize(b: Uint8Array): Measured | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = (b[i + 2] << 8) | b[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    }
    if (length < 2) return undefined;
    i += 2 + length;
  }
  return undefined;
}

export type ImageCheck = { image: Measured } | { problem: 'docx-image-format' | 'docx-image-broken' };

export function measureImage(b: Uint8Array): ImageCheck {
  const png = b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  const jpeg = b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const gif = b.length > 6 && String.fromCharCode(...b.subarray(0, 4)) === 'GIF8';
  if (!png && !jpeg && !gif) return { problem: 'docx-image-format' };
  const measured = png ? pngSize(b) : jpeg ? jpegSize(b) : gifSize(b);
  if (!measured || measured.width < 1 || measured.height < 1 || measured.width > 20000 || measured.height > 20000) return { problem: 'docx-image-broken' };
  return { image: measured };
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
    if (!bytes) {
      found.push(error('docx-image-missing', { src, node: node.id }, { at, guide, node: node.id }));
      continue;
    }
    const checked = measureImage(bytes);
    if ('problem' in checked) found.push(error(checked.problem, { src, node: node.id }, { at, guide, node: node.id, hint: 'hint-docx-image' }));
    else images.set(node.id, { ...checked.image, bytes });
  }
  return images;
}
