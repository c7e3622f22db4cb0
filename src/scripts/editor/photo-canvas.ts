/**
 * Prepares a photo on the phone, as `npm run foto` does on a computer (src/lib/photo-fit.ts):
 * turned upright (the browser applies the EXIF orientation when decoding), drawn straight at the
 * target size — never on a full-size canvas, which iOS refuses above 16.7 megapixels — and
 * encoded as JPEG within the byte cap. A canvas export carries no metadata: no location leaves
 * the phone.
 */
import { PHOTO_CAPS } from '../../lib/caps.ts';
import { encodeWithin } from '../../lib/image-plan.ts';
import { fitInside, isTooSmall, PREPARE_STEPS, scaledSize, tooSmallMessage, type Size } from '../../lib/photo-fit.ts';

export interface DevicePhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The original's size in bytes and pixels, to tell the operator what changed. */
  input: { bytes: number; width: number; height: number };
}

export class PhotoError extends Error {}

async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError(
      'Foto ini tidak dapat dibaca. Pilih foto JPEG atau PNG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel).',
    );
  }
}

/** A bitmap at `size`, resized by the browser's decoder when it can (no full-size canvas). */
async function resized(file: Blob, full: ImageBitmap, size: Size): Promise<CanvasImageSource> {
  if (size.width === full.width && size.height === full.height) return full;
  try {
    return await createImageBitmap(file, {
      imageOrientation: 'from-image',
      resizeWidth: size.width,
      resizeHeight: size.height,
      resizeQuality: 'high',
    });
  } catch {
    return full; // drawImage below scales it into the target-size canvas
  }
}

function encode(source: CanvasImageSource, size: Size, quality: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError('Ponsel ini tidak dapat mengolah foto. Coba dengan peramban lain.');
  // Transparent PNGs are laid on white, like `npm run foto`.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(source, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? void blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject)
          : reject(new PhotoError('Foto gagal diolah.')),
      'image/jpeg',
      quality / 100,
    ),
  );
}

export async function prepareOnDevice(file: Blob): Promise<DevicePhoto> {
  const full = await decode(file);
  const original = { width: full.width, height: full.height };
  if (isTooSmall(original)) throw new PhotoError(tooSmallMessage(original.width, original.height));
  const fitted = fitInside(original);
  let size = fitted;
  const { data } = await encodeWithin(
    PHOTO_CAPS.maxBytes,
    async ({ quality, scale }) => {
      size = scaledSize(fitted, scale);
      return encode(await resized(file, full, size), size, quality);
    },
    PREPARE_STEPS,
  );
  full.close();
  return { bytes: data, ...size, input: { bytes: file.size, ...original } };
}
