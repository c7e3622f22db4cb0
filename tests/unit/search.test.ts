import { describe, expect, it } from 'vitest';
import { normalizeQuery, pagefindValue, stripCompactCodes } from '../../src/lib/search.ts';

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
