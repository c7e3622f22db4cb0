/**
 * The sizes and encoding steps of a prepared photo, shared by `npm run foto` (sharp, in
 * src/lib/photo-prepare.ts) and the contribution editor (a canvas in the browser), so both make
 * what the validator accepts (src/lib/caps.ts).
 */
import { PHOTO_CAPS } from './caps.ts';
import type { EncodeStep } from './image-plan.ts';
import { slugify } from './slug.ts';

/**
 * JPEG attempts until the file fits the byte cap. mozjpeg at quality 80 keeps a 1,280 px phone
 * photo at 150–250 KB; very detailed photos step the quality, then the size, down.
 */
export const PREPARE_STEPS: readonly EncodeStep[] = [
  { quality: 80, scale: 1 },
  { quality: 72, scale: 1 },
  { quality: 64, scale: 1 },
  { quality: 56, scale: 1 },
  { quality: 56, scale: 0.85 },
  { quality: 56, scale: 0.7 },
  { quality: 50, scale: 0.6 },
];

export interface Size {
  width: number;
  height: number;
}

/** The size inside the long-side cap, never enlarged. */
export function fitInside(size: Size, maxLongSide: number = PHOTO_CAPS.maxLongSide): Size {
  const factor = Math.min(1, maxLongSide / Math.max(size.width, size.height));
  return factor < 1
    ? { width: Math.round(size.width * factor), height: Math.round(size.height * factor) }
    : { width: size.width, height: size.height };
}

/** A fitted size scaled by an encoding step, never below the short-side minimum. */
export function scaledSize(size: Size, scale: number): Size {
  // Never below the short-side minimum, or the prepared photo would itself be refused.
  const factor = Math.max(scale, PHOTO_CAPS.minShortSide / Math.min(size.width, size.height));
  return factor < 1
    ? { width: Math.round(size.width * factor), height: Math.round(size.height * factor) }
    : { width: size.width, height: size.height };
}

/** True when a photo (after orientation) is too small to be one. */
export const isTooSmall = (size: Size): boolean => Math.min(size.width, size.height) < PHOTO_CAPS.minShortSide;

export function tooSmallMessage(width: number, height: number): string {
  return `Foto ini terlalu kecil (${width}×${height} piksel); sisi terpendek harus minimal ${PHOTO_CAPS.minShortSide} piksel. Pakai foto aslinya dari kamera, bukan cuplikan atau gambar kecil.`;
}

/** The prepared photo's file name: the input's name as a slug, always `.jpg`. */
export function preparedName(inputName: string): string {
  const stem = inputName.replace(/\.[^.]*$/, '');
  return `${slugify(stem) || 'foto'}.jpg`;
}
