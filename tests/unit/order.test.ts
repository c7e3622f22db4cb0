import { describe, expect, it } from 'vitest';
import { canBeOrdered, orderChannels, orderMessage } from '../../src/lib/order.ts';

const facts = {
  name: 'Sabun Susu Sapi',
  price: 'Rp5.000 – Rp50.000 per paket',
  village: 'Desa Cisantana',
  url: 'https://etalase-desa.github.io/desa/32.08.18.2009-cisantana/produk/sabun-susu-sapi/',
};

describe('ordering a product', () => {
  it('prefills WhatsApp with the product, its price and unit, and the page', () => {
    const [first] = orderChannels(facts, { whatsapp: '6281234567890' });
    expect(first?.label).toBe('Pesan lewat WhatsApp');
    const url = new URL(first?.href ?? '');
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(orderMessage(facts));
    expect(orderMessage(facts)).toContain('Rp5.000 – Rp50.000 per paket');
    expect(orderMessage(facts)).toContain(facts.url);
  });

  it('asks for the price on the same channel when there is none', () => {
    const [first] = orderChannels({ ...facts, price: undefined }, {}, { whatsapp: '6281111111111' });
    expect(first?.label).toBe('Tanya harga lewat WhatsApp desa');
    expect(new URL(first?.href ?? '').searchParams.get('text')).toMatch(/^Halo, saya ingin menanyakan harga Sabun/);
  });

  it('lists marketplaces, and falls back to the village’s public contacts', () => {
    const own = orderChannels(
      facts,
      { lokapasar: [{ platform: 'shopee', url: 'https://shopee.co.id/x' }] },
      { website: 'https://desa.id' },
    );
    expect(own.map((c) => c.label)).toEqual(['Beli di Shopee']);
    const village = orderChannels(facts, {}, { instagram: 'desawisata_selasari', website: 'https://desa.id' });
    expect(village.map((c) => c.label)).toEqual(['Pesan lewat Instagram desa', 'Pesan lewat situs desa']);
    expect(orderChannels(facts)).toEqual([]);
  });

  it('is the validator’s rule: some channel, the product’s or the village’s', () => {
    expect(canBeOrdered()).toBe(false);
    expect(canBeOrdered({ whatsapp: '6281234567890' })).toBe(true);
    expect(canBeOrdered({}, { website: 'https://desa.id' })).toBe(true);
  });
});
