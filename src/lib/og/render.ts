/**
 * Share images as JPEG bytes: the card SVG (card.ts) over the entry's photo, or the plain brand
 * card. sharp applies the photo's EXIF rotation and writes no metadata; the quality steps down
 * until the file fits the budget, so one very detailed photo cannot break it.
 */
import sharp, { type Sharp } from 'sharp';
import { MAX_INPUT_PIXELS } from '../image-plan.ts';
import { OG_HEIGHT, OG_WIDTH, photoCardSvg, plainCardSvg, type OgCard } from './card.ts';

/** Largest share image we publish (WhatsApp accepts up to 300 KB; every image in dist/ ≤ 150 KB). */
export const OG_MAX_BYTES = 140 * 1024;
/**
 * JPEG settings, part of the cache key: change them and every card is made again. Plain libjpeg,
 * not mozjpeg: mozjpeg saves ~15 % of bytes but takes 5–20× longer per card, and share images
 * are fetched by WhatsApp's crawler, not by readers on a phone.
 */
export const OG_ENCODING = { qualities: [80, 70, 60, 50], mozjpeg: false, crop: 'attention' } as const;

async function encode(image: Sharp, chromaSubsampling: '4:2:0' | '4:4:4'): Promise<Buffer> {
  const jpeg = (quality: number) =>
    image.clone().jpeg({ quality, mozjpeg: OG_ENCODING.mozjpeg, chromaSubsampling }).toBuffer();
  const [first, ...lower] = OG_ENCODING.qualities;
  let data = await jpeg(first);
  for (const quality of lower) {
    if (data.length <= OG_MAX_BYTES) break;
    data = await jpeg(quality);
  }
  return data;
}

/** The plain card: flat colours and text, full chroma so coloured edges stay clean. */
export function renderPlainCard(card: OgCard): Promise<Buffer> {
  const image = sharp(Buffer.from(plainCardSvg(card))).flatten({ background: '#0b6b3a' });
  return encode(image, '4:4:4');
}

/**
 * The card over a photo (a file path or bytes). A photo sharp cannot read gives the plain card:
 * the validator has already judged the file, and a share image is not worth failing a build.
 */
export async function renderPhotoCard(card: OgCard, photo: string | Buffer): Promise<Buffer> {
  let base: Buffer;
  try {
    base = await sharp(photo, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', position: sharp.strategy[OG_ENCODING.crop] })
      .removeAlpha()
      .toBuffer();
  } catch {
    return renderPlainCard(card);
  }
  const image = sharp(base).composite([{ input: Buffer.from(photoCardSvg(card)) }]);
  return encode(image, '4:2:0');
}
