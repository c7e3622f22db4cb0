/**
 * Content photos through Astro's image pipeline (src/image-service.ts: EXIF rotation applied,
 * all metadata stripped, WebP within the plan's byte caps). Components ask here so that the
 * same photo always yields the same transform, and therefore the same file (the roles and their
 * sizes: src/lib/image-plan.ts).
 */
import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata } from 'astro';
import { asImage, dimensionsOf } from './image-source.ts';
import { ENCODING_KEY, GALLERY_PHOTO, MAIN_PHOTO, PHOTO_FORMAT, THUMB_PHOTO, type PhotoRole } from './image-plan.ts';

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

function photoImage(src: ImageMetadata, role: PhotoRole, priority: boolean): Promise<GetImageResult> {
  const { width } = dimensionsOf(src);
  return getImage({
    src,
    width: Math.min(role.width, width),
    format: PHOTO_FORMAT,
    maxBytes: role.maxBytes,
    encoding: ENCODING_KEY,
    loading: priority ? 'eager' : 'lazy',
    decoding: 'async',
    ...(priority ? { fetchpriority: 'high' as const } : {}),
  });
}

/** The main image (the entry's first photo); eager and high priority when `priority`. */
export function mainImage(src: ImageMetadata, priority: boolean): Promise<GetImageResult> {
  return photoImage(src, MAIN_PHOTO, priority);
}

/** A further photo: lazy. */
export function galleryImage(src: ImageMetadata): Promise<GetImageResult> {
  return photoImage(src, GALLERY_PHOTO, false);
}

/** The list thumbnail of a photo (product cards, search results). */
export async function thumbnailOf(src: ImageMetadata): Promise<Thumbnail> {
  const thumb = await photoImage(src, THUMB_PHOTO, false);
  const { width, height } = thumb.attributes as { width: number; height: number };
  return { src: thumb.src, width, height };
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
