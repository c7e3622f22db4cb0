/**
 * Indonesian product legality numbers and which product categories may carry them.
 * P-IRT: home-industry food permit, at least 15 digits (e.g. 1234567890123-45).
 * BPOM: a registration or notification number whose prefix names the kind of product
 * (MD/ML processed food, NA cosmetics such as soap, TR/TI traditional medicine).
 * Halal (BPJPH): starts with ID. NIB: 13 digits.
 */
import { productCategories, type ProductCategory } from '../schemas/vocabulary.ts';

export const PIRT = /^\d[\d-]{13,}\d$/;
export const BPOM = /^(MD|ML|NA|TR|TI)\s?\d{9,15}$/;
export const HALAL = /^ID\d{10,20}$/;
export const NIB = /^\d{13}$/;

export function pirtDigits(value: string): number {
  return value.replace(/\D/g, '').length;
}

export function bpomPrefix(value: string): string {
  return value.slice(0, 2);
}

/** Indonesian explanation of why `category` cannot carry this legality number, if it cannot. */
export function legalityProblem(category: ProductCategory, kind: 'pirt' | 'bpom', value: string): string | undefined {
  const rules = productCategories[category];
  if (kind === 'pirt') {
    if (!rules.pirt) {
      return `P-IRT hanya untuk pangan olahan rumah tangga; produk kategori "${category}" tidak memakai P-IRT.${category === 'kosmetik' ? ' Sabun dan kosmetik memakai notifikasi BPOM berawalan NA.' : ''}`;
    }
    return undefined;
  }
  const allowed: readonly string[] = rules.bpom;
  if (allowed.length === 0) {
    return `Produk kategori "${category}" tidak memerlukan nomor BPOM; hapus kolom ini atau periksa kategorinya.`;
  }
  if (!allowed.includes(bpomPrefix(value))) {
    return `Nomor BPOM untuk kategori "${category}" harus berawalan ${allowed.join(' atau ')}, bukan ${bpomPrefix(value)}.`;
  }
  return undefined;
}
