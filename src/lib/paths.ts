/**
 * Where things live: the content folder of a village and the URLs of every page kind.
 *
 * Folder rule (documented in the README):
 *   content/desa/<kab/kota slug>/<kecamatan slug>/<kode>-<desa slug>/profil.md
 *   content/desa/<…same folder…>/produk/<produk slug>.md
 * e.g. content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md
 * The code in the leaf keeps folders unique even where two villages share a name.
 */
import type { AreaIndex, District, Regency, Village } from './area.ts';
import { slugify } from './slug.ts';

import { siteConfig } from '../config.ts';

export const VILLAGE_DIR = 'desa';
export const HUB_DIR = 'hub';
export const VILLAGE_ROOT = `${siteConfig.contentDir}/${VILLAGE_DIR}`;
export const HUB_ROOT = `${siteConfig.contentDir}/${HUB_DIR}`;
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

/** Root-relative page paths (without the deployment base; see `href`). */
export const pagePath = {
  home: () => '/',
  regency: (r: Pick<Regency, 'name'>) => `/wilayah/${slugify(r.name)}/`,
  district: (r: Pick<Regency, 'name'>, d: Pick<District, 'name'>) => `/wilayah/${slugify(r.name)}/${slugify(d.name)}/`,
  village: (v: Pick<Village, 'code' | 'name'>) => `/desa/${villageKey(v)}/`,
  product: (v: Pick<Village, 'code' | 'name'>, productSlug: string) => `/desa/${villageKey(v)}/produk/${productSlug}/`,
  products: () => '/produk/',
  category: (category: string) => `/produk/kategori/${category}/`,
  hubs: () => '/creative-center/',
  hub: (slug: string) => `/creative-center/${slug}/`,
  search: () => '/cari/',
  contribute: () => '/kontribusi/',
  data: () => '/data/',
  about: () => '/tentang/',
};
