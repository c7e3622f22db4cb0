import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { codeFromPath, pagePath, villageFolder, villageKey } from '../../src/lib/paths.ts';
import { slugify } from '../../src/lib/slug.ts';
import { contentIds } from '../../src/lib/content-ids.ts';

describe('slugs', () => {
  it('keeps lower-case ASCII, digits and single hyphens', () => {
    expect(slugify('Kabupaten Bandung Barat')).toBe('kabupaten-bandung-barat');
    expect(slugify('Sabun Susu Sapi (Pak) & Teh')).toBe('sabun-susu-sapi-pak-dan-teh');
    expect(slugify('Cikolé  ')).toBe('cikole');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  });
});

describe('paths', async () => {
  const areas = await loadAreas('32');

  it('derives a village folder from its code', () => {
    expect(villageFolder(areas, '32.04.05.2006')).toBe('desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan');
    expect(villageFolder(areas, '32.08.18.1001')).toBe('desa/kabupaten-kuningan/cigugur/32.08.18.1001-cigugur');
    expect(() => villageFolder(areas, '32.99.99.2999')).toThrow();
  });

  it('reads the code back from a path', () => {
    expect(codeFromPath('content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md')).toBe(
      '32.04.05.2006',
    );
    expect(codeFromPath('content/hub/x.md')).toBeUndefined();
  });

  it('gives every kecamatan page and village folder a unique path', () => {
    const districtPaths = new Set(areas.districts.map((d) => pagePath.district(areas.regency(d.regencyCode)!, d)));
    expect(districtPaths.size).toBe(627);
    expect(new Set(areas.villages.map((v) => villageFolder(areas, v.code))).size).toBe(5957);
    expect(new Set(areas.regencies.map((r) => pagePath.regency(r))).size).toBe(27);
  });

  it('builds page URLs under Indonesian paths', () => {
    const village = areas.village('32.04.05.2006')!;
    expect(villageKey(village)).toBe('32.04.05.2006-cibiru-wetan');
    expect(pagePath.village(village)).toBe('/desa/32.04.05.2006-cibiru-wetan/');
    expect(pagePath.product(village, 'kopi')).toBe('/desa/32.04.05.2006-cibiru-wetan/produk/kopi/');
    expect(pagePath.district({ name: 'Kabupaten Bandung' }, { name: 'Cileunyi' })).toBe(
      '/wilayah/kabupaten-bandung/cileunyi/',
    );
  });

  it('derives entry ids from paths', () => {
    expect(contentIds.village('kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md')).toBe(
      '32.04.05.2006-cibiru-wetan',
    );
    expect(contentIds.product('a/b/32.04.05.2006-cibiru-wetan/produk/kopi.md')).toBe('32.04.05.2006-cibiru-wetan/kopi');
    expect(contentIds.hub('creative-center-kota-bogor.md')).toBe('creative-center-kota-bogor');
  });
});
