/**
 * Share images as JPEG bytes: the card SVG (card.ts) over the entry's photo, or the plain brand
 * card. sharp applies the photo's EXIF rotation and writes no metadata; the quality steps down
 * until the file fits the budget, so one very detailed photo cannot break it.
 *
 * The card is composed once into raw pixels and only the JPEG encoding is repeated per quality
 * step: no intermediate JPEG (which would cost an encode, a decode and a generation of loss)
 * and no second rendering of the SVG text.
 */
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { MAX_INPUT_PIXELS } from '../image-plan.ts';
import { OG_HEIGHT, OG_WIDTH, photoCardSvg, plainCardSvg, type OgCard } from './card.ts';

/**
 * Largest share image we publish. WhatsApp accepts up to 300 KB and every image in dist/ must
 * be ≤ 150 KB, but there is one card per entry, so cards are most of a site's bytes (bench
 * corpus: 4,505 cards, ~550 MiB at quality 80 and 140 KiB) against GitHub Pages' 1 GB.
 */
export const OG_MAX_BYTES = 100 * 1024;
/**
 * JPEG settings, part of the cache key: change them (or `pipeline`, when the composition
 * changes) and every card is made again. Plain libjpeg, not mozjpeg: mozjpeg saves ~15 % of
 * bytes but takes 5–20× longer per card, and share images are fetched by WhatsApp's crawler,
 * not by readers on a phone.
 */
export const OG_ENCODING = { qualities: [70, 60, 50, 40], mozjpeg: false, crop: 'attention', pipeline: 2 } as const;

interface Pixels {
  data: Buffer;
  info: OutputInfo;
}

async function pixelsOf(image: Sharp): Promise<Pixels> {
  return image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

async function encode({ data, info }: Pixels, chromaSubsampling: '4:2:0' | '4:4:4'): Promise<Buffer> {
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const jpeg = (quality: number) =>
    sharp(data, { raw }).jpeg({ quality, mozjpeg: OG_ENCODING.mozjpeg, chromaSubsampling }).toBuffer();
  const [first, ...lower] = OG_ENCODING.qualities;
  let out = await jpeg(first);
  for (const quality of lower) {
    if (out.length <= OG_MAX_BYTES) break;
    out = await jpeg(quality);
  }
  return out;
}

/** The plain card: flat colours and text, full chroma so coloured edges stay clean. */
export async function renderPlainCard(card: OgCard): Promise<Buffer> {
  const image = sharp(Buffer.from(plainCardSvg(card))).flatten({ background: '#0b6b3a' });
  return encode(await pixelsOf(image), '4:4:4');
}

/**
 * The card over a photo (a file path or bytes). A photo sharp cannot read gives the plain card:
 * the validator has already judged the file, and a share image is not worth failing a build.
 */
export async function renderPhotoCard(card: OgCard, photo: string | Buffer): Promise<Buffer> {
  let base: Pixels;
  try {
    base = await pixelsOf(
      sharp(photo, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', position: sharp.strategy[OG_ENCODING.crop] }),
    );
  } catch {
    return renderPlainCard(card);
  }
  const { width, height, channels } = base.info;
  const composed = sharp(base.data, { raw: { width, height, channels } }).composite([
    { input: Buffer.from(photoCardSvg(card)) },
  ]);
  return encode(await pixelsOf(composed), '4:2:0');
}
