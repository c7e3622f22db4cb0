/**
 * Indonesian mobile numbers for WhatsApp. Content stores the international form without "+"
 * (`6281234567890`), which is what wa.me links need; other spellings are corrected by the
 * validator with a message that shows the corrected form.
 */

/** 62, then the mobile prefix 8, then 8–11 more digits (10–13 digits in the local 08… form). */
const WHATSAPP = /^628\d{8,11}$/;

export function isWhatsAppNumber(value: string): boolean {
  return WHATSAPP.test(value);
}

/**
 * Best-effort correction of a human-written number (`0812-3456-7890`, `+62 812 3456 7890`,
 * `812 3456 7890`) to `6281234567890`. Returns undefined when the result would still not be a
 * valid mobile number.
 */
export function normalizeWhatsApp(input: string): string | undefined {
  let digits = input.replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  return isWhatsAppNumber(digits) ? digits : undefined;
}

/** A wa.me chat link, optionally with a prefilled message. */
export function whatsAppLink(number: string, text?: string): string {
  const base = `https://wa.me/${number}`;
  return text ? `${base}?text=${encodeURIComponent(text)}` : base;
}

/** A wa.me share link with no recipient: WhatsApp asks the user whom to send it to. */
export function whatsAppShareLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** "6281234567890" → "+62 812-3456-7890" for display. */
export function formatPhone(number: string): string {
  const local = number.slice(2);
  const groups = [local.slice(0, 3), local.slice(3, 7), local.slice(7)].filter(Boolean);
  return `+62 ${groups.join('-')}`;
}
