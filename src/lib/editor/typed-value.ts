/**
 * What an operator types, as the value the content file holds, and back. Forgiving where people
 * write numbers their own way: WhatsApp `0812-3456-7890` is stored `6281234567890`, a price
 * "Rp 25.000" is 25000, a coordinate "-6,9175" is -6.9175. Anything not understood is kept as
 * typed, so the validator's message (the same as in CI) says what to change.
 */
import { normalizeWhatsApp } from '../phone.ts';
import type { InputKind } from './form-model.ts';

/** "Rp 25.000", "25.000", "Rp25000" → 25000; undefined when it is not a whole rupiah amount. */
export function parseRupiah(text: string): number | undefined {
  const compact = text
    .replace(/^\s*rp\.?\s*/i, '')
    .replace(/\s/g, '')
    .replace(/,-?$/, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replaceAll('.', ''));
  if (/^\d+$/.test(compact)) return Number(compact);
  return undefined;
}

/** "-6,9175" or "-6.9175" → -6.9175; undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  const compact = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

/** The value to store for what was typed; undefined for an empty field. */
export function valueOfInput(kind: InputKind, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (kind) {
    case 'whatsapp':
      return normalizeWhatsApp(trimmed) ?? trimmed;
    case 'rupiah':
      return parseRupiah(trimmed) ?? trimmed;
    case 'integer':
    case 'decimal':
      return parseDecimal(trimmed) ?? trimmed;
    case 'partial-date':
      return /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
    case 'textarea':
      return text.replace(/\s+$/, '').replace(/^\s+/, '');
    default:
      return trimmed;
  }
}

/** The text an input shows for a stored value. */
export function textOfValue(kind: InputKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (kind === 'rupiah' && typeof value === 'number') return value.toLocaleString('id-ID');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The keyboard and browser input type for each kind (`inputmode`, `type`, `autocomplete`). */
export function inputAttributes(kind: InputKind): { type: string; inputmode?: string; autocomplete?: string } {
  switch (kind) {
    case 'whatsapp':
    case 'tel':
      return { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    case 'url':
      return { type: 'url', inputmode: 'url' };
    case 'email':
      return { type: 'email', inputmode: 'email', autocomplete: 'email' };
    case 'rupiah':
    case 'integer':
      return { type: 'text', inputmode: 'numeric' };
    case 'decimal':
      return { type: 'text', inputmode: 'decimal' };
    case 'date':
      return { type: 'date' };
    case 'partial-date':
      return { type: 'text', inputmode: 'numeric' };
    default:
      return { type: 'text' };
  }
}
