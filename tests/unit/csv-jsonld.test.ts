import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { productLd, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { formatDate } from '../../src/lib/dates.ts';

describe('CSV', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: 'l1\nl2' }], ['a', 'b', 'c'])).toBe(
      'a,b,c\r\n"x,y","say ""hi""","l1\nl2"\r\n',
    );
  });
  it('defuses spreadsheet formulas from content', () => {
    expect(toCsv([{ a: '=HYPERLINK("x")', b: 5, c: -3 }], ['a', 'b', 'c'])).toBe(
      'a,b,c\r\n"\'=HYPERLINK(""x"")",5,-3\r\n',
    );
  });
  it('leaves empty cells for missing values', () => {
    expect(toCsv([{ a: undefined, b: null, c: true }], ['a', 'b', 'c'])).toBe('a,b,c\r\n,,true\r\n');
  });
});

describe('JSON-LD', () => {
  it('cannot be broken out of by content', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('describes a product with an offer in IDR', () => {
    const base = {
      name: 'Kopi',
      url: 'https://x.id/p/',
      description: 'd',
      category: 'Minuman',
      producer: 'BUMDes',
      available: true,
    };
    expect(productLd({ ...base, price: { min: 25000 } })['offers']).toMatchObject({
      '@type': 'Offer',
      priceCurrency: 'IDR',
      price: 25000,
    });
    expect(productLd({ ...base, price: { min: 5000, max: 50000 } })['offers']).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: 5000,
      highPrice: 50000,
    });
    expect(productLd(base)['offers']).toBeUndefined();
  });
});

describe('Indonesian dates', () => {
  it('reads day, month or year precision', () => {
    expect(formatDate('2021-04-21')).toBe('21 April 2021');
    expect(formatDate('2022-01')).toBe('Januari 2022');
    expect(formatDate('2020')).toBe('2020');
  });
});
