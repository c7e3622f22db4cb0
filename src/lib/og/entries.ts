/**
 * Which share images exist and what each says: one per village profile, product and hub, at
 * `/og/<page path>.jpg`. Pure apart from reading the directory it is given.
 */
import type { ImageMetadata } from 'astro';
import { asImage } from '../image-source.ts';
import type { Directory } from '../../data/directory.ts';
import { pagePath } from '../paths.ts';
import { formatPrice } from '../rupiah.ts';
import { hubStatuses } from '../../schemas/vocabulary.ts';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card.ts';

// A type, not an interface: Astro's static path props need an index signature.
export type OgEntry = {
  /** Route parameter: the page path without slashes at either end. */
  path: string;
  card: OgCard;
  /** The entry's first photo, if it has one. */
  photo?: ImageMetadata | undefined;
};

export interface OgImageProp {
  path: string;
  alt: string;
  width: number;
  height: number;
}

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** Site-relative path of the share image of the page at `page`. */
export function ogImagePath(page: string): string {
  return `/og/${trim(page)}.jpg`;
}

/** The `ogImage` prop for Base: the page's own share image. */
export function ogImageFor(page: string, alt: string): OgImageProp {
  return { path: ogImagePath(page), alt, width: OG_WIDTH, height: OG_HEIGHT };
}

export function ogEntries(directory: Directory, site: string): OgEntry[] {
  const host = new URL(site).host;
  const entries: OgEntry[] = [];
  for (const profile of directory.profiles.values()) {
    const { village, district, regency } = directory.placeOf(profile.data.kode);
    const kind = village.kind === 'desa' ? 'Desa' : 'Kelurahan';
    entries.push({
      path: trim(pagePath.village(village)),
      card: { kind, title: `${kind} ${village.name}`, subtitle: `Kec. ${district.name} · ${regency.name}`, site: host },
      photo: asImage(profile.data.foto?.[0]?.src),
    });
  }
  for (const item of directory.products) {
    const { village, regency } = directory.placeOf(item.village.code);
    const { nama, harga, foto } = item.entry.data;
    entries.push({
      path: trim(item.path),
      card: {
        kind: 'Produk desa',
        title: nama,
        subtitle: `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name} · ${regency.name}`,
        price: harga ? formatPrice({ min: harga.dari, max: harga.sampai, unit: harga.satuan }) : undefined,
        site: host,
      },
      photo: asImage(foto?.[0]?.src),
    });
  }
  for (const hub of directory.hubs) {
    const { nama, status, foto } = hub.entry.data;
    entries.push({
      path: trim(hub.path),
      card: {
        kind: 'Creative Center',
        title: nama,
        subtitle: `${hub.regency.name} · ${hubStatuses[status]}`,
        site: host,
      },
      photo: asImage(foto?.[0]?.src),
    });
  }
  return entries;
}
