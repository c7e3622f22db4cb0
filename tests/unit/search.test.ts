import { describe, expect, it } from 'vitest';
import {
  exactFirst,
  isExactMatch,
  normalizeQuery,
  pagefindValue,
  resultCards,
  stripCompactCodes,
  villageUrlOf,
} from '../../src/lib/search.ts';

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

describe('unprofiled villages found through their kecamatan page', () => {
  const kecamatan = {
    url: '/wilayah/kabupaten-cirebon/gegesik/',
    excerpt: '…',
    meta: { title: 'Kecamatan Gegesik', tipe: 'Wilayah', area: 'Kec. Gegesik · Kabupaten Cirebon' },
    sub_results: [
      { title: 'Desa Gegesik Lor', url: '/wilayah/kabupaten-cirebon/gegesik/#32.09.28.2005', excerpt: '' },
      { title: 'Desa Jagapura Kidul', url: '/wilayah/kabupaten-cirebon/gegesik/#32.09.28.2010', excerpt: '' },
      { title: 'Desa Jagapura Wetan', url: '/wilayah/kabupaten-cirebon/gegesik/#32.09.28.2011', excerpt: '' },
      { title: 'Desa Jagapura Lor', url: '/wilayah/kabupaten-cirebon/gegesik/#32.09.28.2012', excerpt: '' },
    ],
  };

  it('maps a section to the village’s own page, under any base path', () => {
    expect(villageUrlOf('/wilayah/kabupaten-bandung/cileunyi/#32.04.05.2005', 'Desa Cibiru Hilir')).toBe(
      '/desa/32.04.05.2005-cibiru-hilir/',
    );
    expect(villageUrlOf('/etalase-desa/wilayah/kota-bandung/x/#32.73.01.1001', 'Kelurahan Sukaluyu')).toBe(
      '/etalase-desa/desa/32.73.01.1001-sukaluyu/',
    );
    expect(villageUrlOf('/wilayah/kabupaten-bandung/cileunyi/', 'Kecamatan Cileunyi')).toBeUndefined();
  });

  it('turns a kecamatan result into village cards, the one the query names first and always kept', () => {
    const cards = resultCards(kecamatan, 'Jagapura Lor');
    expect(cards.map((c) => c.title)).toEqual(['Desa Jagapura Lor', 'Desa Gegesik Lor', 'Desa Jagapura Kidul']);
    expect(cards[0]).toMatchObject({ url: '/desa/32.09.28.2012-jagapura-lor/', meta: { tipe: 'Desa' } });
  });

  it('keeps the kecamatan as a card when its own heading matched, and other kinds as they are', () => {
    const withItself = {
      ...kecamatan,
      sub_results: [
        { title: 'Kecamatan Gegesik', url: '/wilayah/kabupaten-cirebon/gegesik/', excerpt: '' },
        ...kecamatan.sub_results,
      ],
    };
    expect(resultCards(withItself, 'gegesik').at(-1)?.title).toBe('Kecamatan Gegesik');
    expect(resultCards({ ...kecamatan, sub_results: [] }, 'gegesik').map((c) => c.title)).toEqual([
      'Kecamatan Gegesik',
    ]);
    const product = { url: '/desa/x/produk/kopi/', excerpt: '', meta: { title: 'Kopi', tipe: 'Produk' } };
    expect(resultCards(product, 'kopi')).toEqual([
      { title: 'Kopi', url: product.url, excerpt: '', meta: product.meta },
    ]);
  });
});
