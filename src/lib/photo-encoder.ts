/**
 * One photo to one WebP file within a byte cap: decoded, turned upright by its EXIF orientation
 * and resized once, then encoded with the plan's steps until it fits (src/lib/image-plan.ts).
 * The pixels pass through a raw 8-bit sRGB buffer, which has no metadata to keep: no EXIF, GPS,
 * XMP or ICC profile can reach the output. Used by the build's image service
 * (src/image-service.ts) and, as the baseline, by `npm run bench:images`.
 */
import sharp from 'sharp';
import { encodeWithin, MAX_INPUT_PIXELS, type PhotoRole } from './image-plan.ts';

export async function encodePhoto(
  input: Uint8Array,
  role: PhotoRole,
  limitInputPixels: number = MAX_INPUT_PIXELS,
): Promise<Buffer> {
  const { data, info } = await sharp(input, { failOn: 'none', limitInputPixels })
    .rotate()
    .resize({ width: Math.round(role.width), withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const { data: out } = await encodeWithin(role.maxBytes, ({ quality, scale }) => {
    const image = sharp(data, { raw });
    if (scale < 1) image.resize({ width: Math.max(1, Math.round(info.width * scale)) });
    return image.webp({ quality }).toBuffer();
  });
  return out;
}
