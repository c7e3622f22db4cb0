import { describe, expect, it } from 'vitest';
import { formatPrice, formatRupiah } from '../../src/lib/rupiah.ts';

describe('rupiah', () => {
  it('groups thousands with dots and has no decimals', () => {
    expect(formatRupiah(5000)).toBe('Rp5.000');
    expect(formatRupiah(1250000)).toBe('Rp1.250.000');
    expect(formatRupiah(750)).toBe('Rp750');
    expect(formatRupiah(13_000_000_000)).toBe('Rp13.000.000.000');
  });

  it('writes a price with its unit, and a range when there is one', () => {
    expect(formatPrice({ min: 25000, unit: 'kg' })).toBe('Rp25.000 per kg');
    expect(formatPrice({ min: 5000, max: 50000, unit: 'paket' })).toBe('Rp5.000 – Rp50.000 per paket');
    expect(formatPrice({ min: 5000, max: 5000, unit: 'pcs' })).toBe('Rp5.000 per pcs');
  });
});
