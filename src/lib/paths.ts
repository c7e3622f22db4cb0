/**
 * Where things live: the content folder of a village (src/lib/folders.ts) and the URLs of every
 * page kind.
 */
import type { District, Regency, Village } from './area.ts';
import { HUB_DIR, VILLAGE_DIR, villageKey } from './folders.ts';
import { slugify } from './slug.ts';
import { siteConfig } from '../config.ts';

export * from './folders.ts';

export const VILLAGE_ROOT = `${siteConfig.contentDir}/${VILLAGE_DIR}`;
export const HUB_ROOT = `${siteConfig.contentDir}/${HUB_DIR}`;

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
  editor: () => '/kontribusi/editor/',
  data: () => '/data/',
  about: () => '/tentang/',
};
