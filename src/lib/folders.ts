/**
 * Where content lives: the folder of a village, relative to the content folder. Pure (no site
 * configuration), so the contribution editor in the browser computes the same paths.
 *
 * Folder rule (documented in the README):
 *   content/desa/<kab/kota slug>/<kecamatan slug>/<kode>-<desa slug>/profil.md
 *   content/desa/<…same folder…>/produk/<produk slug>.md
 * e.g. content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md
 * The code in the leaf keeps folders unique even where two villages share a name.
 */
import type { AreaIndex, Village } from './area-index.ts';
import { slugify } from './slug.ts';

export const VILLAGE_DIR = 'desa';
export const HUB_DIR = 'hub';
export const PROFILE_FILE = 'profil.md';
export const PRODUCT_DIR = 'produk';

/** Leaf folder name of a village, also its URL segment: `32.04.05.2006-cibiru-wetan`. */
export function villageKey(village: Pick<Village, 'code' | 'name'>): string {
  return `${village.code}-${slugify(village.name)}`;
}

/** Folder of a village's content, relative to the content folder (POSIX separators). */
export function villageFolder(areas: AreaIndex, code: string): string {
  const village = areas.village(code);
  const district = village && areas.district(village.districtCode);
  const regency = village && areas.regency(village.regencyCode);
  if (!village || !district || !regency) throw new Error(`Unknown village code ${code}`);
  return `${VILLAGE_DIR}/${slugify(regency.name)}/${slugify(district.name)}/${villageKey(village)}`;
}

/** The Kemendagri code written in a village folder's leaf name, if the path has one. */
export function codeFromPath(path: string): string | undefined {
  const match = /(?:^|\/)(\d{2}\.\d{2}\.\d{2}\.\d{4})-[a-z0-9-]+\//.exec(path.replaceAll('\\', '/'));
  return match?.[1];
}
