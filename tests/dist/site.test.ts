/**
 * The built site (dist/, made by `npm run build` before the tests) as a visitor and a crawler
 * see it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { loadAreas } from '../../src/lib/area.ts';
import { pagePath, villageKey } from '../../src/lib/paths.ts';
import { slugify } from '../../src/lib/slug.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';

const dist = 'dist';
const areas = await loadAreas('32');
const content = await validateContent({ root: process.cwd(), contentDir: 'content', areas, provinceCode: '32' });
const page = (path: string) => readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => join(d.parentPath, d.name).slice(dist.length));

describe('built site', () => {
  it('was built from valid content', () => {
    expect(content.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('has a page for each of the 27 kab/kota and 627 kecamatan', () => {
    for (const regency of areas.regencies) expect(existsSync(join(dist, pagePath.regency(regency), 'index.html'))).toBe(true);
    const districtPages = areas.districts.filter((d) =>
      existsSync(join(dist, pagePath.district(areas.regency(d.regencyCode)!, d), 'index.html')),
    );
    expect(districtPages).toHaveLength(627);
  });

  it('lists every official village on its kecamatan page, linked to the village’s own page', () => {
    let listed = 0;
    for (const district of areas.districts) {
      const html = page(pagePath.district(areas.regency(district.regencyCode)!, district));
      for (const village of areas.villagesOf(district.code)) {
        expect(html).toContain(`id="${village.code}"`);
        expect(html).toContain(`href="${pagePath.village(village)}"`);
        listed += 1;
      }
    }
    expect(listed).toBe(5957);
  });

  it('invites unprofiled villages through their own page', () => {
    const html = page('/wilayah/kabupaten-bandung/cileunyi/');
    expect(html).toContain('href="/desa/32.04.05.2001-cileunyi-kulon/#profil"');
    expect(html).toMatch(/<li class="profiled"[^>]*><h2 id="32\.04\.05\.2006"/);
    expect(html).toContain('href="/desa/32.04.05.2006-cibiru-wetan/"');
  });

  it('has a page for every profile, product and hub in content/', () => {
    const entries = content.entries;
    expect(entries.filter((e) => e.kind === 'desa').length).toBeGreaterThanOrEqual(8);
    expect(entries.filter((e) => e.kind === 'produk').length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) {
      const parts = entry.file.split('/');
      let path: string;
      if (entry.kind === 'hub') path = pagePath.hub(slugify(parts.at(-1)!.replace(/\.md$/, '')));
      else if (entry.kind === 'desa') path = `/desa/${parts.at(-2)}/`;
      else path = `/desa/${parts.at(-3)}/produk/${parts.at(-1)!.replace(/\.md$/, '')}/`;
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
      expect(page(path)).toContain(String(entry.data['nama']).replaceAll('&', '&amp;'));
    }
  });

  it('lists a village’s products on its profile page', () => {
    const products = content.entries.filter((e) => e.kind === 'produk');
    for (const product of products) {
      const folder = product.file.split('/').at(-3)!;
      const slug = product.file.split('/').at(-1)!.replace(/\.md$/, '');
      expect(page(`/desa/${folder}/`)).toContain(`href="/desa/${folder}/produk/${slug}/"`);
    }
  });

  it('lists every page in the sitemap, and only pages', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    // The 404 page and the editor (noindex: it needs an entry in its address) are no pages to find.
    const pages = htmlFiles.filter((f) => f !== '/404.html' && f !== '/kontribusi/editor/index.html').map((f) => `${siteConfig.site}${f.replace(/index\.html$/, '')}`);
    expect(pages.filter((p) => !locs.has(p))).toEqual([]);
    expect(locs.size).toBe(pages.length);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteConfig.site}/sitemap-index.xml`);
  });

  it('ships no JavaScript except the search page’s and the editor’s own modules', () => {
    for (const file of htmlFiles) {
      const html = page(file);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => t !== '<script type="application/ld+json">');
      if (file === '/cari/index.html' || file === '/kontribusi/editor/index.html') expect(scripts, file).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js"><\/?script>?$|^<script type="module" src="\/_astro\/[^"]+\.js">$/)]);
      else expect(scripts, file).toEqual([]);
      expect(html.replace(/="[^"]*"/g, '=""'), file).not.toMatch(/javascript:/i);
    }
  });

  it('glues no words together around links and inline elements, and no "·" to a word', () => {
    // Astro drops the line break between a word and an element on the next line ("dengan<a>").
    const word = String.raw`[\p{L}\p{N}]`;
    const inline = '(?:a|span|strong|em|code|abbr|time|b|i|mark)';
    const glued = [
      new RegExp(`${word}<${inline}\\b[^>]*>${word}`, 'u'),
      new RegExp(`${word}</${inline}>${word}`, 'u'),
      /[^\s>(]·|·[^\s<)]/u,
    ];
    const found: string[] = [];
    for (const file of htmlFiles) {
      const body = (page(file).split('<body')[1] ?? '').replace(/<script[\s\S]*?<\/script>/g, '');
      for (const pattern of glued) {
        const match = pattern.exec(body);
        if (match) found.push(`${file}: …${body.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('puts nothing after </html> (a script there is invalid HTML)', () => {
    for (const file of htmlFiles) expect(page(file).trimEnd().endsWith('</html>'), file).toBe(true);
  });

  it('gives every page a language, canonical URL, Open Graph and Twitter tags', () => {
    for (const file of ['/index.html', '/wilayah/kota-bandung/index.html', '/produk/index.html', '/404.html']) {
      const html = page(file);
      expect(html).toContain('<html lang="id">');
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/);
      expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\.png">/);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
  });

  it('describes places, products and the organisation in JSON-LD', () => {
    const ld = (file: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page(file))?.[1] ?? '[]') as Record<string, unknown>[];
    expect(ld('/index.html').map((d) => d['@type'])).toContain('Organization');
    expect(ld('/desa/32.04.05.2006-cibiru-wetan/').map((d) => d['@type'])).toEqual(['Place', 'BreadcrumbList']);
    const priced = htmlFiles.find((f) => f.includes('/produk/') && f.startsWith('/desa/') && page(f).includes('"priceCurrency":"IDR"'));
    expect(priced).toBeDefined();
  });

  it('has a real 404 page', () => {
    const html = page('/404.html');
    expect(html).toContain('Halaman tidak ditemukan');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('publishes the open data with every village and its profile status', () => {
    const rows = JSON.parse(readFileSync(join(dist, 'data', 'desa.json'), 'utf8')) as { kode: string; ada_profil: boolean }[];
    expect(rows).toHaveLength(5957);
    expect(rows.find((r) => r.kode === '32.04.05.2006')?.ada_profil).toBe(true);
    const csv = readFileSync(join(dist, 'data', 'desa.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('kode,nama,jenis,kecamatan_kode,kecamatan,kabkota_kode,kabkota,ada_profil,jumlah_produk,url');
    expect(csv).toHaveLength(5958);
    const products = JSON.parse(readFileSync(join(dist, 'data', 'produk.json'), 'utf8')) as unknown[];
    expect(products).toHaveLength(content.entries.filter((e) => e.kind === 'produk').length);
  });

  it('credits the area data under the ODbL on every page', () => {
    expect(page('/index.html')).toMatch(/idn-area-data.*ODbL/s);
    expect(page('/tentang/')).toContain('Open Database License (ODbL) 1.0');
  });

  it('keeps village URLs stable and derived from the code', () => {
    expect(villageKey(areas.village('32.04.05.2006')!)).toBe('32.04.05.2006-cibiru-wetan');
  });
});
