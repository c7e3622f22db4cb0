/**
 * The image plan: which files the build makes from a contributed photo, and how pages ask for
 * them. Every number that decides bytes or file counts is here.
 *
 * One file per photo. Free hosts count files (Cloudflare Pages: 20,000 per site), and at the
 * scale of a province a second variant per photo does not fit: the bench corpus (4,500 entries
 * with 1–3 photos) makes ~9,000 photo files, ~4,500 share cards, ~5,200 pages and ~1,000 search
 * files. So an entry's first photo is a single WebP that serves as the page's main image and as
 * the list thumbnail, capped at the thumbnail budget; every further photo is one larger WebP.
 *
 * One format: WebP works on every browser our readers use; AVIF would need a WebP fallback
 * (double the files) and encodes ~7× slower (figures in the README).
 */

/** Output format of every photo. */
export const PHOTO_FORMAT = 'webp';

export interface PhotoRole {
  /** Width in pixels (never enlarged: a smaller original keeps its own width). */
  width: number;
  /** Largest file: the encoder steps quality, then size, down until the photo fits. */
  maxBytes: number;
}

/**
 * The entry's first photo, the main image of its page. Sharp on the phones people use: the
 * 328 CSS px column of a 360 px phone at 2× needs 656 px, so 720 px, at the lower WebP quality
 * a high-density image can take, within the first-image budget (30 KB).
 */
export const MAIN_PHOTO: PhotoRole = { width: 720, maxBytes: 30 * 1024 };
/** Every further photo (lazy, below the main one): one 720 px file, at most 30 KB. */
export const GALLERY_PHOTO: PhotoRole = { width: 720, maxBytes: 30 * 1024 };
/**
 * The list thumbnail of product cards and search results (80 CSS px, at 2×): its own small
 * file, so a list of twenty products does not download twenty main images.
 */
export const THUMB_PHOTO: PhotoRole = { width: 160, maxBytes: 8 * 1024 };

/** One attempt of the encoder: WebP quality, and the share of the role's width it keeps. */
export interface EncodeStep {
  quality: number;
  scale: number;
}

/**
 * The attempts, in order, until the file fits its role's `maxBytes`. Almost every photo fits
 * at the first; a very detailed (or hostile, noise-filled) photo gets lower quality and then
 * fewer pixels, so no contribution can break a budget: at a quarter of the width even raw
 * pixels would fit. The last step is used whatever its size.
 */
export const ENCODE_STEPS: readonly EncodeStep[] = [
  { quality: 50, scale: 1 },
  { quality: 42, scale: 1 },
  { quality: 35, scale: 1 },
  { quality: 28, scale: 1 },
  // Shown at half their pixels on a 2× screen, photos keep looking sharp at low quality: the
  // quality goes down further before the size does.
  { quality: 20, scale: 1 },
  { quality: 14, scale: 1 },
  { quality: 28, scale: 0.8 },
  { quality: 28, scale: 0.64 },
  { quality: 28, scale: 0.5 },
  { quality: 28, scale: 0.35 },
  { quality: 28, scale: 0.25 },
];

/** Part of the image cache key: change the steps and every photo is encoded again. */
export const ENCODING_KEY = ENCODE_STEPS.map((s) => `q${s.quality}s${s.scale}`).join('-');

/**
 * Encodes with each step in turn and returns the first result within `maxBytes` (or the last
 * one). `encode` does the work; this decides only when to stop, so it is the same for the
 * build's image service and the benchmark's plain-sharp baseline.
 */
export async function encodeWithin<T extends { byteLength: number }>(
  maxBytes: number,
  encode: (step: EncodeStep) => Promise<T>,
  steps: readonly EncodeStep[] = ENCODE_STEPS,
): Promise<{ data: T; step: EncodeStep; attempts: number }> {
  let attempts = 0;
  let result: { data: T; step: EncodeStep } | undefined;
  for (const step of steps) {
    attempts += 1;
    result = { data: await encode(step), step };
    if (result.data.byteLength <= maxBytes) break;
  }
  if (!result) throw new Error('encodeWithin needs at least one step');
  return { ...result, attempts };
}

/**
 * Largest photo sharp may decode (width × height), against decompression bombs. Above the
 * validator's limit (src/lib/validation/images.ts) so any accepted photo decodes.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
