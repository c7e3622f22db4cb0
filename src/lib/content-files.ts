/**
 * What a file under the content folder is, by its path alone. Shared by the Astro loader and
 * the validator, so both see exactly the same entries.
 */
import { HUB_DIR, PRODUCT_DIR, PROFILE_FILE, VILLAGE_DIR } from './folders.ts';

export type EntryKind = 'desa' | 'produk' | 'hub';

/** `relToContent` uses POSIX separators and is relative to the content folder. */
export function entryKindOf(relToContent: string): EntryKind | 'other' {
  const parts = relToContent.split('/');
  if (parts[0] === HUB_DIR && parts.length === 2 && parts[1]?.endsWith('.md')) return 'hub';
  if (parts[0] === VILLAGE_DIR && parts.at(-1) === PROFILE_FILE && parts.length === 5) return 'desa';
  if (parts[0] === VILLAGE_DIR && parts.at(-2) === PRODUCT_DIR && parts.length === 6 && parts.at(-1)?.endsWith('.md'))
    return 'produk';
  return 'other';
}

/** Which folder cap a file sits under: a village folder, its produk/ folder, or the hub folder. */
export type PhotoPlace = 'village' | 'products' | 'hubs';

/** Where a photo may live: beside the entry that shows it. Undefined anywhere else. */
export function photoPlaceOf(relToContent: string): PhotoPlace | undefined {
  const parts = relToContent.split('/');
  if (parts[0] === HUB_DIR && parts.length === 2) return 'hubs';
  if (parts[0] === VILLAGE_DIR && parts.length === 5) return 'village';
  if (parts[0] === VILLAGE_DIR && parts.length === 6 && parts[4] === PRODUCT_DIR) return 'products';
  return undefined;
}
