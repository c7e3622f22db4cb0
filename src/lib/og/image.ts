/** One share image, from the cache or freshly composed. */
import type { ImageMetadata } from 'astro';
import { contentKeyOf, filePathOf } from '../image-source.ts';
import { photoCardSvg, plainCardSvg, type OgCard } from './card.ts';
import { cached, cacheKey } from './cache.ts';
import { OG_ENCODING, OG_MAX_BYTES, renderPhotoCard, renderPlainCard } from './render.ts';

export async function shareImage(card: OgCard, photo: ImageMetadata | undefined): Promise<Buffer> {
  const file = photo && filePathOf(photo);
  const svg = file ? photoCardSvg(card) : plainCardSvg(card);
  const key = cacheKey({ svg, photo: photo && file ? contentKeyOf(photo) : null, OG_ENCODING, OG_MAX_BYTES });
  const { data } = await cached(key, () => (file ? renderPhotoCard(card, file) : renderPlainCard(card)));
  return data;
}
