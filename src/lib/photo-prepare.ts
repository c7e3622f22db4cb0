/**
 * Prepares a photo for the repository, the way `npm run foto` and the contribution editor do:
 * turned upright by its EXIF orientation, fitted inside the long-side cap, converted to sRGB
 * (transparency laid on white), and encoded as a JPEG within the byte cap. The pixels pass
 * through a raw buffer, which carries no metadata: no EXIF, GPS, XMP, IPTC, comment or colour
 * profile can survive. The result always passes the validator's photo rules (src/lib/caps.ts).
 */
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { PHOTO_CAPS } from './caps.ts';
import { encodeWithin, MAX_INPUT_PIXELS } from './image-plan.ts';
import { PREPARE_STEPS, scaledSize, tooSmallMessage } from './photo-fit.ts';
import { readImageStructure, sniff, type ImageBlock } from './validation/image-container.ts';

export interface PreparedPhoto {
  /** The JPEG bytes. */
  data: Buffer;
  width: number;
  height: number;
  quality: number;
  /** Size and dimensions of the input. */
  input: { bytes: number; width: number; height: number };
  /** The metadata blocks the input carried and the output does not, as people name them. */
  removed: string[];
  /** Whether the input's orientation tag turned the pixels. */
  rotated: boolean;
}

/** Why a file cannot be prepared, in Bahasa Indonesia. */
export class PrepareError extends Error {}

const METADATA_KINDS: ReadonlySet<ImageBlock['kind']> = new Set(['exif', 'metadata', 'colour']);

function removedBlocks(bytes: Uint8Array): string[] {
  try {
    const { blocks } = readImageStructure(bytes);
    return [...new Set(blocks.filter((b) => METADATA_KINDS.has(b.kind)).map((b) => b.label))];
  } catch {
    // A container our reader does not walk (sharp may still decode it): nothing to name.
    return [];
  }
}

export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  const kind = sniff(bytes.subarray(0, 64));
  if (!('format' in kind)) {
    throw new PrepareError(`Berkas ini ${kind.what}, bukan foto JPEG, PNG atau WebP. ${kind.fix}`);
  }
  let decoded: { data: Buffer; info: OutputInfo };
  let meta: Metadata;
  try {
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
    meta = await image.metadata();
    decoded = await image
      .rotate()
      .resize({
        width: PHOTO_CAPS.maxLongSide,
        height: PHOTO_CAPS.maxLongSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PrepareError(
      `Foto ini tidak dapat dibaca (${detail}). Buka fotonya di ponsel atau komputer, simpan ulang sebagai JPEG, lalu coba lagi.`,
    );
  }
  const { info, data } = decoded;
  if (Math.min(info.width, info.height) < PHOTO_CAPS.minShortSide) {
    throw new PrepareError(tooSmallMessage(info.width, info.height));
  }
  const raw = { width: info.width, height: info.height, channels: info.channels };
  let size = { width: info.width, height: info.height };
  const { data: out, step } = await encodeWithin(
    PHOTO_CAPS.maxBytes,
    async ({ quality, scale }) => {
      const image = sharp(data, { raw });
      size = scaledSize(info, scale);
      if (size.width !== info.width) image.resize(size);
      return image.jpeg({ quality, mozjpeg: true }).toBuffer();
    },
    PREPARE_STEPS,
  );
  return {
    data: out,
    ...size,
    quality: step.quality,
    input: { bytes: bytes.length, width: meta.width ?? 0, height: meta.height ?? 0 },
    removed: removedBlocks(bytes),
    rotated: (meta.orientation ?? 1) > 1,
  };
}

export { preparedName, PREPARE_STEPS } from './photo-fit.ts';
