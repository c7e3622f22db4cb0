/**
 * Controlled vocabularies. Each list is the single source for the schema enum and for the
 * Indonesian labels the pages show.
 */
export const villageThemes = {
  pertanian: 'Pertanian',
  perikanan: 'Perikanan',
  peternakan: 'Peternakan',
  kesehatan: 'Kesehatan',
  pendidikan: 'Pendidikan',
  'pengelolaan-sampah': 'Pengelolaan sampah',
  multimedia: 'Multimedia',
  wisata: 'Wisata',
  umkm: 'UMKM',
  budaya: 'Seni dan budaya',
  lingkungan: 'Lingkungan',
} as const;

export const desaDigitalLevels = {
  1: 'Level 1.0 — infrastruktur',
  2: 'Level 2.0 — literasi digital',
  3: 'Level 3.0 — pemasaran digital',
  4: 'Level 4.0 — teknologi tematik',
} as const;

/** IDM (Indeks Desa Membangun) status bands, DPMD Jabar 2021: upper bound of each band. */
export const idmStatuses = {
  'sangat-tertinggal': { label: 'Sangat tertinggal', max: 0.4907 },
  tertinggal: { label: 'Tertinggal', max: 0.5989 },
  berkembang: { label: 'Berkembang', max: 0.7072 },
  maju: { label: 'Maju', max: 0.8155 },
  mandiri: { label: 'Mandiri', max: 1 },
} as const;
export type IdmStatus = keyof typeof idmStatuses;

export const tourismClasses = {
  rintisan: 'Rintisan',
  berkembang: 'Berkembang',
  maju: 'Maju',
  mandiri: 'Mandiri',
} as const;

export const producerKinds = {
  bumdes: 'BUMDes',
  umkm: 'UMKM',
  pesantren: 'Pesantren',
  'kelompok-tani': 'Kelompok tani',
  koperasi: 'Koperasi',
  perorangan: 'Perorangan',
} as const;

/**
 * Product categories, with the legality documents each may carry (see `legality.ts`).
 * P-IRT is for home-made processed food only; BPOM prefixes differ by product kind.
 */
export const productCategories = {
  makanan: { label: 'Makanan olahan', pirt: true, bpom: ['MD', 'ML'] },
  minuman: { label: 'Minuman', pirt: true, bpom: ['MD', 'ML'] },
  'hasil-tani': { label: 'Hasil tani', pirt: false, bpom: [] },
  'hasil-ternak-ikan': { label: 'Hasil ternak dan ikan', pirt: false, bpom: [] },
  kosmetik: { label: 'Kosmetik dan perawatan (sabun dll.)', pirt: false, bpom: ['NA'] },
  herbal: { label: 'Jamu dan obat tradisional', pirt: false, bpom: ['TR', 'TI'] },
  kerajinan: { label: 'Kerajinan', pirt: false, bpom: [] },
  fesyen: { label: 'Fesyen dan tekstil', pirt: false, bpom: [] },
  jasa: { label: 'Jasa dan paket wisata', pirt: false, bpom: [] },
  lainnya: { label: 'Lainnya', pirt: false, bpom: [] },
} as const;
export type ProductCategory = keyof typeof productCategories;

export const productUnits = [
  'pcs',
  'buah',
  'kg',
  'gram',
  'ons',
  'liter',
  'ml',
  'paket',
  'botol',
  'bungkus',
  'pak',
  'kotak',
  'batang',
  'lembar',
  'porsi',
  'orang',
  'set',
] as const;

export const availability = {
  tersedia: 'Tersedia',
  'pre-order': 'Pre-order (dibuat setelah dipesan)',
  musiman: 'Musiman',
  habis: 'Sedang habis',
} as const;

/** Where a product is delivered, from the village outwards. */
export const shippingAreas = {
  'ambil-sendiri': 'Ambil sendiri di desa',
  kecamatan: 'Dikirim dalam kecamatan',
  kabkota: 'Dikirim dalam kabupaten/kota',
  indonesia: 'Dikirim ke seluruh Indonesia',
} as const;

/** Months, for seasonal products ("musiman"). */
export const months = {
  januari: 'Januari',
  februari: 'Februari',
  maret: 'Maret',
  april: 'April',
  mei: 'Mei',
  juni: 'Juni',
  juli: 'Juli',
  agustus: 'Agustus',
  september: 'September',
  oktober: 'Oktober',
  november: 'November',
  desember: 'Desember',
} as const;

export const marketplaces = {
  tokopedia: { label: 'Tokopedia', hosts: ['tokopedia.com', 'tokopedia.link'] },
  shopee: { label: 'Shopee', hosts: ['shopee.co.id', 'shope.ee', 'id.shp.ee'] },
  lazada: { label: 'Lazada', hosts: ['lazada.co.id'] },
  'tiktok-shop': { label: 'TikTok Shop', hosts: ['tiktok.com', 'vt.tokopedia.com'] },
  blibli: { label: 'Blibli', hosts: ['blibli.com'] },
  bukalapak: { label: 'Bukalapak', hosts: ['bukalapak.com'] },
} as const;
export type Marketplace = keyof typeof marketplaces;

export const hubStatuses = {
  direncanakan: 'Direncanakan',
  dibangun: 'Sedang dibangun',
  beroperasi: 'Beroperasi',
  'tidak-aktif': 'Tidak aktif',
  batal: 'Batal',
} as const;
export type HubStatus = keyof typeof hubStatuses;

/** Typed `Object.keys` for building zod enums from the lists above. */
export function keysOf<T extends Record<string, unknown>>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
