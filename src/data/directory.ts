/**
 * The queries pages share: content entries joined with the official area data, sorted
 * (getCollection's order is not stable) and memoised for the whole build.
 */
import { execFileSync } from 'node:child_process';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../config.ts';
import { loadAreas, type AreaIndex, type District, type Regency, type Village } from '../lib/area.ts';
import { parseGitLog, updatedOn } from '../lib/git-dates.ts';
import { pagePath } from '../lib/paths.ts';

export type ProfileEntry = CollectionEntry<'desa'>;
export type ProductEntry = CollectionEntry<'produk'>;
export type HubEntry = CollectionEntry<'hub'>;

export interface ProductItem {
  entry: ProductEntry;
  slug: string;
  village: Village;
  profile: ProfileEntry;
  path: string;
}

export interface HubItem {
  entry: HubEntry;
  regency: Regency;
  path: string;
}

export interface Directory {
  areas: AreaIndex;
  profiles: Map<string, ProfileEntry>;
  productsByVillage: Map<string, ProductItem[]>;
  products: ProductItem[];
  hubs: HubItem[];
  placeOf(code: string): { village: Village; district: District; regency: Regency };
  /** "Diperbarui": the day of the last commit that changed the entry (src/lib/git-dates.ts). */
  updated(entry: { filePath?: string | undefined; data: { diperbarui: string } }): string;
}

/** Last commit day of every content file, from one `git log`; empty outside git or in a shallow clone. */
function contentCommitDates(): Map<string, string> {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    // A shallow history would date every older file to its oldest fetched commit.
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return new Map();
    return parseGitLog(git('log', '--format=%x00%cs', '--name-only', '--no-renames', '--', siteConfig.contentDir));
  } catch {
    return new Map();
  }
}

let pending: Promise<Directory> | undefined;

export function getDirectory(): Promise<Directory> {
  pending ??= load();
  return pending;
}

async function load(): Promise<Directory> {
  const [areas, profileEntries, productEntries, hubEntries] = await Promise.all([
    loadAreas(siteConfig.provinceCode),
    getCollection('desa'),
    getCollection('produk'),
    getCollection('hub'),
  ]);
  const placeOf = (code: string) => {
    const village = areas.village(code);
    const district = village && areas.district(village.districtCode);
    const regency = village && areas.regency(village.regencyCode);
    if (!village || !district || !regency) throw new Error(`Unknown village code ${code}`);
    return { village, district, regency };
  };
  const profiles = new Map(
    profileEntries.sort((a, b) => a.data.kode.localeCompare(b.data.kode)).map((p) => [p.data.kode, p]),
  );
  const profileById = new Map(profileEntries.map((p) => [p.id, p]));
  const products: ProductItem[] = productEntries
    .map((entry) => {
      const [villageId = '', slug = ''] = entry.id.split('/');
      const profile = profileById.get(villageId);
      // The validator guarantees every product sits in a valid village folder.
      if (!profile) throw new Error(`Product ${entry.id} has no village profile`);
      const { village } = placeOf(profile.data.kode);
      return { entry, slug, village, profile, path: pagePath.product(village, slug) };
    })
    .sort(
      (a, b) =>
        a.village.code.localeCompare(b.village.code) || a.entry.data.nama.localeCompare(b.entry.data.nama, 'id'),
    );
  const productsByVillage = new Map<string, ProductItem[]>();
  for (const item of products) {
    const list = productsByVillage.get(item.village.code) ?? [];
    list.push(item);
    productsByVillage.set(item.village.code, list);
  }
  const hubs: HubItem[] = hubEntries
    .map((entry) => {
      const regency = areas.regency(entry.data.kabkota);
      if (!regency) throw new Error(`Hub ${entry.id} has an unknown kab/kota`);
      return { entry, regency, path: pagePath.hub(entry.id) };
    })
    .sort(
      (a, b) =>
        a.regency.code.localeCompare(b.regency.code) || a.entry.data.nama.localeCompare(b.entry.data.nama, 'id'),
    );
  const dates = contentCommitDates();
  const updated: Directory['updated'] = (entry) => updatedOn(dates, entry.filePath, entry.data.diperbarui);
  return { areas, profiles, productsByVillage, products, hubs, placeOf, updated };
}

export interface RecentEntry {
  title: string;
  path: string;
  kind: 'Desa' | 'Produk' | 'Creative Center';
  date: string;
}

/** Newest profiles, products and hubs by their `diperbarui` date. */
export function recentEntries(directory: Directory, limit: number): RecentEntry[] {
  const items: RecentEntry[] = [
    ...[...directory.profiles.values()].map((p) => {
      const { village } = directory.placeOf(p.data.kode);
      return {
        title: `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}`,
        path: pagePath.village(village),
        kind: 'Desa' as const,
        date: directory.updated(p),
      };
    }),
    ...directory.products.map((p) => ({
      title: p.entry.data.nama,
      path: p.path,
      kind: 'Produk' as const,
      date: directory.updated(p.entry),
    })),
    ...directory.hubs.map((h) => ({
      title: h.entry.data.nama,
      path: h.path,
      kind: 'Creative Center' as const,
      date: directory.updated(h.entry),
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'id')).slice(0, limit);
}
