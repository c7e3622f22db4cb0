/**
 * What we may read from a content photo without making Astro copy the original into dist/.
 *
 * A photo from the `image()` schema helper is a proxy: reading any of its ordinary fields
 * (`src`, `width`, …) marks the original as "used outside the image pipeline", and the build
 * then publishes the untouched phone photo (megabytes, with its EXIF) beside the optimised
 * files. Astro itself reads only the hidden `fsPath` and `clone`, which do not mark it; so do we.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImageMetadata } from 'astro';

interface Hidden {
  fsPath?: string;
  clone?: ImageMetadata;
}

/**
 * The schema types a photo's `src` as unknown; this narrows it. `in` asks the proxy's target
 * without reading a field, so it does not mark the original either.
 */
export function asImage(value: unknown): ImageMetadata | undefined {
  return typeof value === 'object' && value !== null && 'src' in value && 'width' in value && 'height' in value
    ? (value as ImageMetadata)
    : undefined;
}

/** Width and height after EXIF rotation, and the bundled URL (its name carries a content hash). */
export function dimensionsOf(image: ImageMetadata): { width: number; height: number; url: string } {
  const plain = (image as ImageMetadata & Hidden).clone ?? structuredClone({ ...image });
  return { width: plain.width, height: plain.height, url: plain.src };
}

/** The photo's file on disk, for composing share images from it. */
export function filePathOf(image: ImageMetadata): string | undefined {
  return (image as ImageMetadata & Hidden).fsPath;
}

/**
 * A key that changes when the photo's bytes change: the content hash Vite puts in the bundled
 * name when there is one, otherwise a hash of the file.
 */
export function contentKeyOf(image: ImageMetadata): string {
  const hidden = image as ImageMetadata & Hidden;
  if (hidden.clone?.src) return hidden.clone.src;
  const path = hidden.fsPath;
  return path ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'unknown';
}
