// The images a guide uses, checked once per job before any format is made: PNG or JPEG (told by their
// bytes, not their names), with a size their header gives. Every format embeds or links the same
// pictures, so a picture none of them can show fails the guide in all of them, at the YAML that names it.
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AssetBytes } from './place-files.js';

export interface ImageSize {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

export type ImageCheck = { image: ImageSize } | { problem: 'image-format' | 'image-broken' };

function pngSize(b: Uint8Array): ImageSize | undefined {
  // The IHDR chunk comes first: length, type IHDR, width, height (big-endian).
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size. */
function jpegSize(b: Uint8Array): ImageSize | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    }
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2) return undefined;
    i += 2 + length;
  }
  return undefined;
}

const MAX_SIDE = 30000;

/** PNG or JPEG, told by the signature in the first bytes; undefined for anything else. */
export function imageType(b: Uint8Array): ImageSize['type'] | undefined {
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  return undefined;
}

export function measureImage(b: Uint8Array): ImageCheck {
  const type = imageType(b);
  if (!type) return { problem: 'image-format' };
  const size = type === 'png' ? pngSize(b) : jpegSize(b);
  if (!size || size.width < 1 || size.height < 1 || size.width > MAX_SIDE || size.height > MAX_SIDE) return { problem: 'image-broken' };
  return { image: size };
}

/** False, with a located error per picture, when a picture cannot be shown. */
export function checkImages(guide: string, assets: readonly AssetBytes[], found: Diagnostic[]): boolean {
  let ok = true;
  for (const asset of assets) {
    const checked = measureImage(asset.bytes);
    if ('image' in checked) continue;
    ok = false;
    found.push(error(checked.problem, { src: asset.to, node: asset.node }, { at: asset.at, guide, node: asset.node, hint: 'hint-image-format' }));
  }
  return ok;
}
