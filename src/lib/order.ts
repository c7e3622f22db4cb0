/**
 * How a buyer orders a product, in one tap: the product's own WhatsApp (a message naming the
 * product, its price and unit, and the page's address), its marketplaces, else its village's
 * public contacts. Without a price the same channel asks for it ("Tanya harga").
 */
import { marketplaces, type Marketplace } from '../schemas/vocabulary.ts';
import { whatsAppLink } from './phone.ts';

export interface OrderChannel {
  label: string;
  href: string;
  /** WhatsApp gets the green button; everything else the plain one. */
  kind: 'whatsapp' | 'other';
}

export interface OrderFacts {
  name: string;
  /** "Rp5.000 – Rp50.000 per paket", when the price is known. */
  price?: string | undefined;
  /** "Desa Cisantana". */
  village: string;
  /** The product page's absolute address. */
  url: string;
}

/** The prefilled WhatsApp message. */
export function orderMessage(facts: OrderFacts): string {
  return facts.price
    ? `Halo, saya ingin memesan ${facts.name} (${facts.price}) dari ${facts.village}. ${facts.url}`
    : `Halo, saya ingin menanyakan harga ${facts.name} dari ${facts.village}. ${facts.url}`;
}

export interface VillageContact {
  whatsapp?: string | undefined;
  telepon?: string | undefined;
  instagram?: string | undefined;
  facebook?: string | undefined;
  tiktok?: string | undefined;
  website?: string | undefined;
  email?: string | undefined;
}

export interface OwnChannels {
  whatsapp?: string | undefined;
  lokapasar?: { platform: Marketplace; url: string }[] | undefined;
}

/** True when a buyer has at least one way to order: the validator's rule (product-channel). */
export function canBeOrdered(own: OwnChannels = {}, village: VillageContact = {}): boolean {
  return orderChannels({ name: '', village: '', url: '' }, own, village).length > 0;
}

export function orderChannels(facts: OrderFacts, own: OwnChannels = {}, village: VillageContact = {}): OrderChannel[] {
  const ask = facts.price ? 'Pesan' : 'Tanya harga';
  const message = orderMessage(facts);
  const channels: OrderChannel[] = [];
  const whatsapp = own.whatsapp ?? village.whatsapp;
  if (whatsapp)
    channels.push({
      label: `${ask} lewat WhatsApp${own.whatsapp ? '' : ' desa'}`,
      href: whatsAppLink(whatsapp, message),
      kind: 'whatsapp',
    });
  for (const link of own.lokapasar ?? [])
    channels.push({ label: `Beli di ${marketplaces[link.platform].label}`, href: link.url, kind: 'other' });
  if (channels.length > 0) return channels;
  // No channel of its own: the village's public contacts, most direct first.
  if (village.telepon)
    channels.push({
      label: `${ask}: telepon desa`,
      href: `tel:${village.telepon.replace(/[^\d+]/g, '')}`,
      kind: 'other',
    });
  if (village.instagram)
    channels.push({
      label: `${ask} lewat Instagram desa`,
      href: `https://www.instagram.com/${village.instagram}/`,
      kind: 'other',
    });
  if (village.facebook) channels.push({ label: `${ask} lewat Facebook desa`, href: village.facebook, kind: 'other' });
  if (village.tiktok)
    channels.push({
      label: `${ask} lewat TikTok desa`,
      href: `https://www.tiktok.com/@${village.tiktok}`,
      kind: 'other',
    });
  if (village.email)
    channels.push({
      label: `${ask} lewat e-mail desa`,
      href: `mailto:${village.email}?subject=${encodeURIComponent(facts.name)}&body=${encodeURIComponent(message)}`,
      kind: 'other',
    });
  if (village.website) channels.push({ label: `${ask} lewat situs desa`, href: village.website, kind: 'other' });
  return channels;
}
