import { describe, expect, it } from 'vitest';
import {
  formatPhone,
  isWhatsAppNumber,
  normalizeWhatsApp,
  whatsAppLink,
  whatsAppShareLink,
} from '../../src/lib/phone.ts';

describe('WhatsApp numbers', () => {
  it('accepts the 62… form only', () => {
    expect(isWhatsAppNumber('6281234567890')).toBe(true);
    expect(isWhatsAppNumber('081234567890')).toBe(false);
    expect(isWhatsAppNumber('+6281234567890')).toBe(false);
    expect(isWhatsAppNumber('62221234567')).toBe(false); // a landline, not a mobile
  });

  it('corrects the ways people write numbers', () => {
    expect(normalizeWhatsApp('0812-3456-7890')).toBe('6281234567890');
    expect(normalizeWhatsApp('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalizeWhatsApp('812 3456 7890')).toBe('6281234567890');
    expect(normalizeWhatsApp('(0812) 3456.7890')).toBe('6281234567890');
  });

  it('gives up on what is not a mobile number', () => {
    expect(normalizeWhatsApp('022-7800000')).toBeUndefined();
    expect(normalizeWhatsApp('0812')).toBeUndefined();
    expect(normalizeWhatsApp('hubungi kami')).toBeUndefined();
  });

  it('builds wa.me links with a percent-encoded message', () => {
    expect(whatsAppLink('6281234567890')).toBe('https://wa.me/6281234567890');
    expect(whatsAppLink('6281234567890', 'Saya ingin membeli Kopi & Teh di https://x.id/a?b=1')).toBe(
      'https://wa.me/6281234567890?text=Saya%20ingin%20membeli%20Kopi%20%26%20Teh%20di%20https%3A%2F%2Fx.id%2Fa%3Fb%3D1',
    );
    expect(whatsAppShareLink('Lihat ini')).toBe('https://wa.me/?text=Lihat%20ini');
  });

  it('formats numbers for reading', () => {
    expect(formatPhone('6281234567890')).toBe('+62 812-3456-7890');
  });
});
