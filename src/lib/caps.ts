/**
 * Every cap on what a contribution may hold, in one place: the validator enforces them, the
 * photo tool (`npm run foto`) and the editor produce within them, and the contributor docs
 * print them (docs/isian.md is generated from here and the schemas).
 *
 * Why these numbers (host limits in src/lib/hosts.ts):
 * - Photos at the source: a phone's 3–5 MB original stays in git history forever and is held in
 *   the build's memory; 1,280 px is twice the widest image the site serves (640 px), and a
 *   1,280 px JPEG at quality ~80 weighs 150–250 KB.
 * - Entries: full adoption (every West Java village with a profile and its products) must stay
 *   within one free host per shard. Each profile or product costs one page, one share card and
 *   one file per photo; 20 products × (2 + 3 photos) + a profile (2 + 6) is ≤ 108 output files
 *   per village, so a shard of ~150 villages at the caps fits Cloudflare's 20,000 files, and the
 *   PR check reports the real count of the default build against every host.
 * - Text: a profile is a few paragraphs; 20,000 characters is ten printed pages.
 */

export const PHOTO_CAPS = {
  /** Longest side of a photo in the repository, in pixels. */
  maxLongSide: 1280,
  /** Largest photo file in the repository, in bytes (300 KB). */
  maxBytes: 300_000,
  /** Shortest side, in pixels: smaller pictures are icons or previews, not photos. */
  minShortSide: 400,
  /** File name: letters, digits, dot, dash, underscore; one of the accepted extensions. */
  extensions: ['.jpg', '.jpeg', '.png', '.webp'] as const,
} as const;

export const ENTRY_CAPS = {
  /** Photos per village profile. */
  profilePhotos: 6,
  /** Photos per product. */
  productPhotos: 3,
  /** Photos per Creative Center. */
  hubPhotos: 6,
  /** Products per village. */
  productsPerVillage: 20,
  /** Creative Centers in the whole directory (one or two per kab/kota). */
  hubs: 60,
  /** Characters of Markdown in the body of one entry. */
  bodyCharacters: 20_000,
  /** Bytes of one Markdown file, front matter included (checked before parsing). */
  markdownBytes: 64_000,
} as const;

/**
 * Files a folder may hold: its Markdown files and their photos, nothing else. Unreferenced
 * photos count too, so a folder cannot become storage.
 */
export const FOLDER_CAPS = {
  /** A village folder: profil.md and the profile's photos. */
  village: 1 + ENTRY_CAPS.profilePhotos,
  /** A village's produk/ folder: the products and their photos. */
  products: ENTRY_CAPS.productsPerVillage * (1 + ENTRY_CAPS.productPhotos),
  /** content/hub/: every Creative Center and its photos. */
  hubs: ENTRY_CAPS.hubs * (1 + ENTRY_CAPS.hubPhotos),
} as const;

/** Human figure for a byte cap, as contributors read it: "300 KB". */
export const kilobytes = (bytes: number): string => `${Math.round(bytes / 1000).toLocaleString('id-ID')} KB`;
