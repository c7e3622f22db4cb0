/**
 * Every official village has its own page (run `npm run build` first): exactly one per
 * Kemendagri code, at the URL its profile has or will have, found from outside (sitemap,
 * canonical, Open Graph, schema.org Place with the official codes), with map links that load
 * nothing before a tap.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { loadAreas } from '../../src/lib/area.ts';
import { pagePath } from '../../src/lib/paths.ts';

const dist = 'dist';
const areas = await loadAreas(siteConfig.provinceCode);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
interface Ld {
  '@type'?: string;
  identifier?: { value?: string };
  containedInPlace?: Ld;
}
const ld = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '[]') as Ld[];
const text = (html: string) =>
  html
    .replace(/<(script|style)\b.*?<\/\1>/gs, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const PROFILED = areas.village('32.04.05.2006')!; // Cibiru Wetan: content/ has its profile
const UNPROFILED = areas.village('32.04.05.2001')!; // Cileunyi Kulon: none

describe('a page for every official village', () => {
  it('has exactly one page per Kemendagri code, and no other village page', () => {
    const folders = readdirSync(join(dist, 'desa'));
    const codes = folders.map((f) => f.slice(0, 13));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(areas.villages.map((v) => v.code).sort());
    expect(areas.villages).toHaveLength(5957);
    for (const village of areas.villages) expect(existsSync(join(dist, pagePath.village(village), 'index.html'))).toBe(true);
  });

  it('shows an unprofiled village’s official facts, neighbours, map search and the invitation, and nothing invented', () => {
    const html = page(pagePath.village(UNPROFILED));
    const words = text(html);
    expect(html).toMatch(/<h1[^>]*data-profil="belum"[^>]*>\s*Desa Cileunyi Kulon\s*<\/h1>/);
    expect(words).toContain('Desa di Kecamatan Cileunyi , Kabupaten Bandung , Jawa Barat');
    expect(words).toMatch(/Kode Kemendagri 32\.04\.05\.2001/);
    expect(html).toContain('href="/wilayah/kabupaten-bandung/cileunyi/"');
    expect(html).toContain('href="/wilayah/kabupaten-bandung/"');
    // The other villages of the kecamatan, each linked to its page.
    for (const v of areas.villagesOf(UNPROFILED.districtCode).filter((v) => v.code !== UNPROFILED.code)) {
      expect(html).toContain(`href="${pagePath.village(v)}"`);
    }
    expect(html).toContain(
      'href="https://www.openstreetmap.org/search?query=Cileunyi%20Kulon%2C%20Cileunyi%2C%20Kabupaten%20Bandung"',
    );
    expect(words).toContain('Profil desa ini belum ada');
    expect(html).toContain(
      `href="${siteConfig.repository}/new/${siteConfig.branch}?filename=content%2Fdesa%2Fkabupaten-bandung%2Fcileunyi%2F32.04.05.2001-cileunyi-kulon%2Fprofil.md`,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/Diperbarui|Kontak|Hubungi lewat WhatsApp/);
  });

  it('links the Creative Center of the village’s kab/kota when there is one', () => {
    const withHub = areas.villages.find((v) => v.regencyCode === '32.74' && v.code !== '32.74.01.1001')!;
    const html = page(pagePath.village(withHub));
    expect(html).toMatch(/Creative Center di Kota Cirebon/);
    expect(html).toMatch(/href="\/creative-center\/[^"]+\/"/);
  });

  it('shows a profiled village’s profile at the same URL; without a location, a map search', () => {
    const html = page(pagePath.village(PROFILED));
    expect(html).not.toContain('data-profil="belum"');
    expect(html).toMatch(/<h1[^>]*>\s*Desa Cibiru Wetan\s*<\/h1>/);
    expect(html).toContain(
      'href="https://www.openstreetmap.org/search?query=Cibiru%20Wetan%2C%20Kecamatan%20Cileunyi%2C%20Kabupaten%20Bandung"',
    );
  });

  it('links a Creative Center without a location to a map search for it (located ones: tests/dist/images.test.ts)', () => {
    const html = page('/creative-center/creative-center-garut');
    expect(html).toMatch(/href="https:\/\/www\.openstreetmap\.org\/search\?query=Creative%20Center%20Garut[^"]*Kabupaten%20Garut"/);
  });

  it('is found from outside: sitemap, canonical URL, title and description, Open Graph, schema.org Place', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const village of [PROFILED, UNPROFILED, ...areas.villages.filter((_, i) => i % 97 === 0)]) {
      const url = `${siteConfig.site}${pagePath.village(village)}`;
      expect(sitemap).toContain(`<loc>${url}</loc>`);
      const html = page(pagePath.village(village));
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      expect(html).toContain(`<meta property="og:url" content="${url}">`);
      expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+">/);
      const place = ld(html).find((d) => d['@type'] === 'Place')!;
      expect(place.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: village.code });
      expect(place.containedInPlace?.identifier?.value).toBe(village.districtCode);
      expect(place.containedInPlace?.containedInPlace?.identifier?.value).toBe(village.regencyCode);
    }
    const unprofiled = page(pagePath.village(UNPROFILED));
    expect(unprofiled).toContain('<title>Desa Cileunyi Kulon, Kec. Cileunyi, Kabupaten Bandung · Etalase Desa</title>');
    expect(unprofiled).toMatch(/<meta name="description" content="Desa Cileunyi Kulon di Kecamatan Cileunyi, Kabupaten Bandung[^"]*32\.04\.05\.2001/);
  });

  it('loads no map, script or third-party resource before a tap', () => {
    for (const village of [PROFILED, UNPROFILED]) {
      const html = page(pagePath.village(village));
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(html).not.toMatch(/<(img|iframe|link)\b[^>]*(src|href)="https?:\/\/(?!etalase-desa\.github\.io)/);
    }
  });
});
