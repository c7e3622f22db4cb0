import { describe, expect, it } from 'vitest';
import { exactFirst, isExactMatch, normalizeQuery, pagefindValue, stripCompactCodes } from '../../src/lib/search.ts';

describe('search text', () => {
  it('drops the dotless codes that exist only for searching, and keeps years and prices', () => {
    expect(stripCompactCodes('3204052005. Desa Cibiru Hilir. 32.04.05.2005.')).toBe(
      ' Desa Cibiru Hilir. 32.04.05.2005.',
    );
    expect(stripCompactCodes('Kecamatan Cibiru 327325. sejak 2023, Rp25.000')).toBe(
      'Kecamatan Cibiru sejak 2023, Rp25.000',
    );
  });
  it('escapes commas in Pagefind attribute values', () => {
    expect(pagefindValue('area', 'Kec. A, Kab. B')).toBe('area:Kec. A\\, Kab. B');
  });
  it('turns a code typed with dots into the indexed form', () => {
    expect(normalizeQuery(' 32.04.05.2006 ')).toBe('3204052006');
    expect(normalizeQuery('Cibiru Wetan')).toBe('Cibiru Wetan');
  });
});

describe('the village a query names goes first', () => {
  const results = [
    { url: '/desa/32.14.08.2004-tegalsari/', title: 'Desa Tegalsari' },
    { url: '/wilayah/kabupaten-garut/tegal/', title: 'Kecamatan Tegal' },
    { url: '/desa/32.01.12.2009-tegal/', title: 'Desa Tegal' },
    { url: '/desa/32.04.28.2011-tegal-sumedang/', title: 'Desa Tegal Sumedang' },
  ];
  const read = (r: { url: string; title: string }) => r;

  it('by name, whatever the case and spacing, before prefix and stem matches and a kecamatan of that name', () => {
    expect(exactFirst('  TEGAL ', results, read).map((r) => r.title)).toEqual([
      'Desa Tegal',
      'Desa Tegalsari',
      'Kecamatan Tegal',
      'Desa Tegal Sumedang',
    ]);
    expect(isExactMatch('Tegal', { url: '/wilayah/kabupaten-garut/tegal/', title: 'Kecamatan Tegal' })).toBe(false);
    expect(isExactMatch('cigadung', { url: '/desa/32.73.15.1002-cigadung/', title: 'Kelurahan Cigadung' })).toBe(true);
  });

  it('by code, dotted or not', () => {
    for (const q of ['32.04.28.2011', '3204282011']) {
      expect(exactFirst(q, results, read)[0]?.title).toBe('Desa Tegal Sumedang');
    }
  });

  it('keeps Pagefind’s order when nothing matches exactly', () => {
    expect(exactFirst('kopi', results, read)).toEqual(results);
  });
});
