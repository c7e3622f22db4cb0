/**
 * What the search index knows about a page: Pagefind filters, metadata and sort keys, written
 * as data attributes on invisible elements inside the indexed <main>. One model for every page
 * kind keeps the result cards and filters consistent.
 */
import { slugify } from './slug.ts';

export const searchTypes = ['Desa', 'Produk', 'Creative Center', 'Wilayah'] as const;
export type SearchType = (typeof searchTypes)[number];

export interface SearchRecord {
  type: SearchType;
  /** kab/kota name, the value of the "kabkota" filter. */
  regency: string;
  /** Shown on the result card: "Kec. Cileunyi · Kabupaten Bandung". */
  area: string;
  /** Product category label. */
  category?: string | undefined;
  /** Desa Digital level label. */
  level?: string | undefined;
  /** Formatted price, shown on product cards. */
  price?: string | undefined;
  /** Lowest price in rupiah, for sorting. */
  priceValue?: number | undefined;
  /** Thumbnail URL and its alt text. */
  image?: { src: string; alt: string } | undefined;
}

/**
 * Pagefind's attribute syntax is `key:value`, several separated by commas; commas in values
 * must be escaped. Newlines and surrounding spaces are dropped.
 */
export function pagefindValue(key: string, value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/,/g, '\\,');
  return `${key}:${clean}`;
}

export interface SearchAttributes {
  filters: string[];
  meta: string[];
  sort: string[];
}

export function searchAttributes(record: SearchRecord): SearchAttributes {
  const filters = [pagefindValue('tipe', record.type), pagefindValue('kabkota', record.regency)];
  if (record.category) filters.push(pagefindValue('kategori', record.category));
  if (record.level) filters.push(pagefindValue('level', record.level));
  const meta = [pagefindValue('tipe', record.type), pagefindValue('area', record.area)];
  if (record.price) meta.push(pagefindValue('harga', record.price));
  if (record.image) meta.push(pagefindValue('image', record.image.src), pagefindValue('image_alt', record.image.alt));
  const sort =
    record.priceValue !== undefined ? [pagefindValue('harga', String(record.priceValue).padStart(12, '0'))] : [];
  return { filters, meta, sort };
}

/**
 * "32.04.05.2006" → "3204052006". Codes are indexed in both forms; the search box strips the
 * dots from a query that is a code, because Pagefind splits words at dots.
 */
export function compactCode(code: string): string {
  return code.replaceAll('.', '');
}

export function normalizeQuery(query: string): string {
  const trimmed = query.trim();
  return /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/.test(trimmed) ? compactCode(trimmed) : trimmed;
}

/** Removes kecamatan (6-digit) and village (10-digit) codes written without dots from text. */
export function stripCompactCodes(text: string): string {
  return text.replace(/(^|\s)(\d{6}|\d{10})\.?(?=\s|$)/g, '$1').replace(/\s{2,}/g, ' ');
}

/** A village title as people type it: "Desa Cibiru Wetan" → "cibiru wetan". */
const bareName = (title: string) =>
  title
    .toLowerCase()
    .replace(/^(desa|kelurahan) /, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether a result is exactly what the query names: a village whose name is the query (Pagefind
 * also matches "Tegalsari" for "tegal", "Kertawangun" for "kertawangunan" by stemming, and a
 * kecamatan of the same name), or the page of the village whose code the query is.
 */
export function isExactMatch(query: string, result: { url: string; title: string }): boolean {
  const q = normalizeQuery(query);
  if (/^\d{10}$/.test(q)) {
    const dotted = `${q.slice(0, 2)}.${q.slice(2, 4)}.${q.slice(4, 6)}.${q.slice(6)}`;
    return result.url.includes(`/desa/${dotted}-`);
  }
  return /^(desa|kelurahan) /i.test(result.title) && bareName(result.title) === bareName(q);
}

/** `items` with the exact matches among them first, in their own order; the rest keep theirs. */
export function exactFirst<T>(
  query: string,
  items: readonly T[],
  read: (item: T) => { url: string; title: string },
): T[] {
  const exact = items.filter((item) => isExactMatch(query, read(item)));
  return exact.length ? [...exact, ...items.filter((item) => !exact.includes(item))] : [...items];
}

/** What Pagefind returns for a page (the fields the result cards use). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One card of the result list. */
export interface ResultCard {
  title: string;
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** `/…/wilayah/<kab>/<kec>/#32.04.05.2005` + "Desa Cibiru Hilir" → `/…/desa/32.04.05.2005-cibiru-hilir/`. */
export function villageUrlOf(anchorUrl: string, title: string): string | undefined {
  const match = /^(.*\/)wilayah\/[^#]*#(\d{2}\.\d{2}\.\d{2}\.\d{4})$/.exec(anchorUrl);
  const name = /^(?:Desa|Kelurahan) (.+)$/.exec(title)?.[1];
  if (!match || !name) return undefined;
  return `${match[1]}desa/${match[2]}-${slugify(name)}/`;
}

/**
 * The cards of one result. Unprofiled villages are indexed as sections of their kecamatan page
 * (one Pagefind page per kecamatan instead of one per village keeps the index's metadata, which
 * every first search downloads, small), so a kecamatan result whose village sections matched
 * becomes those villages (at most `perPage`, the one the query names first), each linking to
 * its own page; the kecamatan itself stays a card when its own heading matched.
 */
export function resultCards(page: PagefindPage, query = '', perPage = 3): ResultCard[] {
  const own: ResultCard = {
    title: page.meta['title'] ?? page.url,
    url: page.url,
    excerpt: page.excerpt,
    meta: page.meta,
  };
  if (page.meta['tipe'] !== 'Wilayah') return [own];
  const villages: ResultCard[] = [];
  let itself = false;
  for (const sub of page.sub_results ?? []) {
    const url = villageUrlOf(sub.url, sub.title);
    if (url) villages.push({ title: sub.title, url, excerpt: sub.excerpt, meta: { ...page.meta, tipe: 'Desa' } });
    else itself = true;
  }
  if (!villages.length) return [own];
  // Sections come in page order: the village the query names goes first, and is always kept.
  const exact = villages.filter((card) => isExactMatch(query, card));
  const rest = villages.filter((card) => !exact.includes(card)).slice(0, Math.max(0, perPage - exact.length));
  return [...exact, ...rest, ...(itself ? [own] : [])];
}
