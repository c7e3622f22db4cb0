/**
 * Content photos through Astro's image pipeline (sharp: EXIF rotation applied, all metadata
 * stripped, WebP out). Components ask here so that the same photo always yields the same
 * transforms, and therefore the same files: a product's card thumbnail is the small variant of
 * its main image, not another file.
 */
import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata } from 'astro';
import { asImage, dimensionsOf } from './image-source.ts';
import { GALLERY_WIDTH, MAIN_SIZES, MAIN_WIDTHS, PHOTO_FORMAT, PHOTO_QUALITY } from './image-plan.ts';

/** A photo as content declares it (see photoSchema in src/schemas/common.ts; `src` is image()). */
export interface ContentPhoto {
  src: unknown;
  alt: string;
  keterangan?: string | undefined;
}

/** Photos whose `src` really is an image from the pipeline, with it typed as such. */
export function usablePhotos(photos: readonly ContentPhoto[] | undefined): (ContentPhoto & { src: ImageMetadata })[] {
  return (photos ?? []).flatMap((photo) => {
    const src = asImage(photo.src);
    return src ? [{ ...photo, src }] : [];
  });
}

export interface Thumbnail {
  src: string;
  width: number;
  height: number;
}

const largest = MAIN_WIDTHS[MAIN_WIDTHS.length - 1] ?? 640;

/** The main image: `MAIN_WIDTHS` variants with srcset/sizes; eager and high priority when `priority`. */
export function mainImage(src: ImageMetadata, priority: boolean): Promise<GetImageResult> {
  const { width } = dimensionsOf(src);
  return getImage({
    src,
    width: Math.min(largest, width),
    widths: [...MAIN_WIDTHS.filter((w) => w < width), ...(width < largest ? [width] : [])],
    sizes: MAIN_SIZES,
    format: PHOTO_FORMAT,
    quality: PHOTO_QUALITY,
    loading: priority ? 'eager' : 'lazy',
    decoding: 'async',
    ...(priority ? { fetchpriority: 'high' as const } : {}),
  });
}

/** A further photo: one variant, lazy. */
export function galleryImage(src: ImageMetadata): Promise<GetImageResult> {
  const { width } = dimensionsOf(src);
  return getImage({
    src,
    width: Math.min(GALLERY_WIDTH, width),
    format: PHOTO_FORMAT,
    quality: PHOTO_QUALITY,
    loading: 'lazy',
    decoding: 'async',
  });
}

/** The list thumbnail of a photo: the smallest variant of its main image (same file). */
export async function thumbnailOf(src: ImageMetadata): Promise<Thumbnail> {
  const main = await mainImage(src, false);
  const smallest = main.srcSet.values[0];
  if (!smallest) {
    const { width, height } = main.attributes as { width: number; height: number };
    return { src: main.src, width, height };
  }
  const { width = 0, height = 0 } = smallest.transform;
  return { src: smallest.url, width, height };
}

/** The list thumbnail of an entry's first photo, for search result cards; none without photos. */
export async function searchThumbnail(
  photos: readonly ContentPhoto[] | undefined,
): Promise<{ src: string; alt: string } | undefined> {
  const [photo] = usablePhotos(photos);
  if (!photo) return undefined;
  const thumb = await thumbnailOf(photo.src);
  return { src: thumb.src, alt: photo.alt };
}
