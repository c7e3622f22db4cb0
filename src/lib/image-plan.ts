/**
 * The image plan: which files the build makes from a contributed photo, and how pages ask for
 * them. One WebP per size (no AVIF and no JPEG fallback: WebP works on every browser our
 * readers use, and each extra format doubles the files and, for AVIF, the build time —
 * measured figures in the README). Every number that decides bytes or file counts is here.
 */

/** Output format of every photo variant. */
export const PHOTO_FORMAT = 'webp';
/** WebP quality (sharp 0–100) of every photo variant. */
export const PHOTO_QUALITY = 50;

/**
 * Widths of an entry's first photo (the main image). The small one is also the thumbnail of
 * product cards and search results, so a list costs no extra files.
 */
export const MAIN_WIDTHS = [320, 640] as const;
/** The single width of every further photo of an entry (lazy-loaded, below the main one). */
export const GALLERY_WIDTH = 640;
/** Width of the thumbnail shown in lists: the smallest main width (the same file). */
export const THUMB_WIDTH = MAIN_WIDTHS[0];

/** The main image fills the text column: 42rem wide, less 1rem padding on each side below that. */
export const MAIN_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/**
 * Largest photo sharp may decode (width × height), against decompression bombs. Above the
 * validator's limit (src/lib/validation/images.ts) so any accepted photo decodes.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Image files the build writes for an entry with `photos` photos, share card included. */
export function filesForEntry(photos: number): number {
  const photoFiles = photos === 0 ? 0 : MAIN_WIDTHS.length + (photos - 1);
  return photoFiles + 1;
}

export interface Candidate {
  url: string;
  width: number;
}

/** `"a.webp 320w, b.webp 640w"` → candidates. Only width descriptors are used here. */
export function parseSrcset(srcset: string): Candidate[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter((parts): parts is [string, string] => parts.length === 2 && /^\d+w$/.test(parts[1] ?? ''))
    .map(([url, descriptor]) => ({ url, width: Number.parseInt(descriptor, 10) }));
}

/**
 * Width in CSS pixels that `sizes` gives at a viewport width, for the forms used on this
 * site: `(min-width: Nrem) Mrem, calc(100vw - Krem)`, `Npx`, `100vw` (1rem = 16px).
 */
export function slotWidth(sizes: string, viewport: number): number {
  const px = (value: string): number => {
    const v = value.trim();
    const calc = /^calc\(100vw\s*-\s*([\d.]+)rem\)$/.exec(v);
    if (calc) return viewport - Number(calc[1]) * 16;
    const rem = /^([\d.]+)rem$/.exec(v);
    if (rem) return Number(rem[1]) * 16;
    const pixels = /^([\d.]+)px$/.exec(v);
    if (pixels) return Number(pixels[1]);
    const vw = /^([\d.]+)vw$/.exec(v);
    if (vw) return (Number(vw[1]) * viewport) / 100;
    throw new Error(`Unsupported sizes value: ${v}`);
  };
  for (const entry of sizes.split(',')) {
    const media = /^\s*\(min-width:\s*([\d.]+)(rem|px)\)\s*(.+)$/.exec(entry);
    if (!media) return px(entry);
    const min = Number(media[1]) * (media[2] === 'rem' ? 16 : 1);
    if (viewport >= min) return px(media[3] ?? '');
  }
  return viewport;
}

/**
 * The candidate a browser downloads (HTML "select an image source"): the smallest whose width
 * covers the slot at the screen's pixel density, else the largest.
 */
export function chooseCandidate(candidates: Candidate[], slot: number, dpr: number): Candidate | undefined {
  const sorted = [...candidates].sort((a, b) => a.width - b.width);
  return sorted.find((c) => c.width >= slot * dpr) ?? sorted.at(-1);
}
