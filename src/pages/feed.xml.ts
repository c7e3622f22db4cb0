/**
 * /feed.xml: Atom feed of the newest village profiles, products and Creative Centers, by their
 * `diperbarui` date. Linked from every page's <head>.
 */
import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { getDirectory } from '../data/directory.ts';
import { buildAtomFeed, sortEntries, type FeedEntry } from '../lib/feed.ts';
import { pagePath } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/url.ts';

/** Enough for a reader polling daily; older changes are on the site and in the open data. */
const LIMIT = 50;

export const GET: APIRoute = async () => {
  const directory = await getDirectory();
  const url = (path: string) => absoluteUrl(path, siteConfig.site);
  const entries: FeedEntry[] = [
    ...[...directory.profiles.values()].map((p) => {
      const { village, district, regency } = directory.placeOf(p.data.kode);
      return {
        title: `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}, Kec. ${district.name}, ${regency.name}`,
        url: url(pagePath.village(village)),
        updated: directory.updated(p),
        summary: p.data.ringkasan,
        category: 'Desa',
      };
    }),
    ...directory.products.map((p) => ({
      title: `${p.entry.data.nama} (${p.village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${p.village.name})`,
      url: url(p.path),
      updated: directory.updated(p.entry),
      summary: p.entry.data.ringkasan,
      category: 'Produk',
    })),
    ...directory.hubs.map((h) => ({
      title: h.entry.data.nama,
      url: url(h.path),
      updated: directory.updated(h.entry),
      summary: h.entry.data.ringkasan,
      category: 'Creative Center',
    })),
  ];
  const xml = buildAtomFeed({
    title: `${siteConfig.name} ${directory.areas.province.name}: desa dan produk terbaru`,
    subtitle: 'Profil desa, produk desa dan Creative Center yang baru ditambahkan atau diperbarui.',
    feedUrl: url('/feed.xml'),
    siteUrl: url('/'),
    author: siteConfig.name,
    language: 'id',
    // Only an empty directory has no newest entry; then the feed is as new as the build.
    fallbackUpdated: new Date().toISOString(),
    entries: sortEntries(entries).slice(0, LIMIT),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
