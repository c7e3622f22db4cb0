/**
 * Deterministic synthetic corpus for the benchmark: village profiles, products and creative
 * hubs at the real folder paths, every file valid against src/schemas/. Same seed and same
 * idn-area-data version → byte-identical corpus.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AreaIndex, Village } from '../../src/lib/area.ts';
import { boundsOf } from '../../src/lib/bounds.ts';
import { HUB_DIR, PRODUCT_DIR, PROFILE_FILE, villageFolder } from '../../src/lib/paths.ts';
import { slugify } from '../../src/lib/slug.ts';
import { idmStatusOf } from '../../src/schemas/desa.ts';
import {
  availability,
  hubStatuses,
  keysOf,
  producerKinds,
  tourismClasses,
  villageThemes,
  type ProductCategory,
} from '../../src/schemas/vocabulary.ts';

export interface CorpusOptions {
  /** Absolute content folder to write into (must be empty or absent). */
  contentRoot: string;
  areas: AreaIndex;
  provinceCode: string;
  profiles: number;
  products: number;
  hubs: number;
  seed: number;
  /**
   * JPEG files to give every profile, product and hub 1–3 of, drawn from their own random
   * stream (the rest of the corpus is the same with or without photos). Each placed copy gets a
   * JPEG comment of its own: the bundler merges byte-identical files, and the bench must count
   * one output per photo, as real contributions give.
   */
  photoPool?: readonly string[] | undefined;
}

export interface CorpusStats {
  profiles: number;
  products: number;
  hubs: number;
  files: number;
  bytes: number;
  /** Photos placed (each a file next to its Markdown). */
  photos: number;
}

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    const count = Math.min(pool.length, int(min, max));
    while (out.length < count) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, digits, some };
}
type Random = ReturnType<typeof createRandom>;

// ---------------------------------------------------------------------------------------------
// A tiny YAML writer: every string goes out JSON-quoted (valid YAML), dates bare (YYYY-MM-DD).

type Yaml = string | number | boolean | YamlDate | Yaml[] | { [key: string]: Yaml | undefined };
interface YamlDate {
  date: string;
}
const isDate = (v: unknown): v is YamlDate => typeof v === 'object' && v !== null && 'date' in v;

function yamlLines(value: Yaml, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'object' && !isDate(item) && !Array.isArray(item)) {
        const [first = '', ...rest] = yamlLines(item, `${indent}  `).map((l) => l.slice(indent.length + 2));
        lines.push(`${indent}- ${first}`, ...rest.map((l) => `${indent}  ${l}`));
      } else {
        lines.push(`${indent}- ${scalar(item)}`);
      }
    }
    return lines;
  }
  if (typeof value === 'object' && !isDate(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      if (typeof item === 'object' && !isDate(item)) lines.push(`${indent}${key}:`, ...yamlLines(item, `${indent}  `));
      else lines.push(`${indent}${key}: ${scalar(item)}`);
    }
    return lines;
  }
  return [`${indent}${scalar(value)}`];
}

function scalar(value: Yaml): string {
  if (isDate(value)) return value.date;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function markdownFile(data: { [key: string]: Yaml | undefined }, body: string): string {
  return `---\n${yamlLines(data, '').join('\n')}\n---\n\n${body.trim()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for plausible Indonesian text.

const PRODUCTS: Record<ProductCategory, { names: string[]; units: string[]; price: [number, number] }> = {
  makanan: {
    names: [
      'Keripik Singkong',
      'Opak Ketan',
      'Rengginang',
      'Dodol Nanas',
      'Kerupuk Kulit',
      'Wajit',
      'Peuyeum',
      'Keripik Pisang',
      'Sale Pisang',
      'Ranginang Terasi',
      'Abon Ikan',
      'Tape Ketan',
    ],
    units: ['bungkus', 'pak', 'kotak', 'gram'],
    price: [8, 60],
  },
  minuman: {
    names: [
      'Kopi Arabika',
      'Kopi Robusta',
      'Teh Hijau',
      'Bandrek',
      'Bajigur Instan',
      'Sirup Pala',
      'Jahe Merah Instan',
      'Teh Kayu Manis',
    ],
    units: ['bungkus', 'botol', 'gram', 'pak'],
    price: [12, 150],
  },
  'hasil-tani': {
    names: [
      'Beras Organik',
      'Manggis',
      'Salak Pondoh',
      'Cabai Rawit',
      'Jeruk Garut',
      'Ubi Cilembu',
      'Alpukat Mentega',
      'Sayur Hidroponik',
    ],
    units: ['kg', 'ons', 'paket'],
    price: [5, 40],
  },
  'hasil-ternak-ikan': {
    names: ['Ikan Nila Segar', 'Telur Ayam Kampung', 'Susu Sapi Segar', 'Ikan Mas', 'Lele Asap', 'Madu Hutan'],
    units: ['kg', 'liter', 'pak', 'botol'],
    price: [15, 120],
  },
  kosmetik: {
    names: ['Sabun Susu Kambing', 'Lulur Beras', 'Sabun Sereh', 'Minyak Rambut Kemiri'],
    units: ['pcs', 'botol', 'kotak'],
    price: [10, 75],
  },
  herbal: {
    names: ['Jamu Kunyit Asam', 'Minyak Sereh Wangi', 'Teh Daun Kelor', 'Serbuk Temulawak'],
    units: ['botol', 'bungkus', 'gram'],
    price: [10, 90],
  },
  kerajinan: {
    names: ['Anyaman Bambu', 'Wayang Golek', 'Kerajinan Mendong', 'Angklung', 'Caping Bambu', 'Tas Pandan'],
    units: ['pcs', 'buah', 'set'],
    price: [25, 900],
  },
  fesyen: {
    names: ['Batik Tulis', 'Kain Tenun', 'Kaos Sablon Desa', 'Kerudung Batik', 'Iket Sunda'],
    units: ['lembar', 'pcs'],
    price: [50, 1500],
  },
  jasa: {
    names: ['Paket Wisata Sawah', 'Homestay Keluarga', 'Kelas Membatik', 'Jelajah Kebun Teh', 'Kemah Edukasi'],
    units: ['orang', 'paket'],
    price: [50, 750],
  },
  lainnya: {
    names: ['Pupuk Kompos', 'Bibit Alpukat', 'Maggot Kering', 'Briket Arang'],
    units: ['kg', 'pcs', 'pak'],
    price: [5, 80],
  },
};
const CATEGORIES = keysOf(PRODUCTS);
const VARIANTS = [
  'Original',
  'Pedas',
  'Premium',
  'Manis',
  'Kemasan Hemat',
  'Spesial',
  'Asli',
  'Keluarga',
  'Oleh-oleh',
  'Pilihan',
];
const PRODUCER_PREFIX: Record<keyof typeof producerKinds, string> = {
  bumdes: 'BUMDes',
  umkm: 'UMKM',
  pesantren: 'Pondok Pesantren',
  'kelompok-tani': 'Kelompok Tani',
  koperasi: 'Koperasi',
  perorangan: 'Ibu',
};
const PRODUCER_NAMES = [
  'Sari Rasa',
  'Mekar Jaya',
  'Sinar Harapan',
  'Barokah',
  'Tunas Muda',
  'Sauyunan',
  'Rahayu',
  'Mitra Usaha',
  'Siti Aminah',
  'Hj. Euis',
];
const POTENCY = [
  'Sawah irigasi teknis',
  'Kebun kopi rakyat',
  'Kolam ikan air deras',
  'Kerajinan bambu',
  'Curug dan hutan pinus',
  'Peternakan domba Garut',
  'Sentra tahu',
  'Kebun teh',
  'Pasar desa',
  'Seni jaipongan',
  'Pencak silat',
  'Mata air',
];
const ATTRACTIONS = ['Curug', 'Situ', 'Bukit Pandang', 'Kampung Adat', 'Kebun Stroberi', 'Pemandian Air Panas'];
const UNITS_BUMDES = [
  'Air bersih',
  'Simpan pinjam',
  'Pengelolaan sampah',
  'Toko desa',
  'Penyewaan alat pesta',
  'Wisata desa',
];
const SENTENCES = [
  'Sebagian besar warga bekerja sebagai petani padi dan palawija, sementara generasi muda mulai merintis usaha daring.',
  'Musyawarah desa setiap tahun menetapkan prioritas pembangunan, mulai dari jalan lingkungan sampai sarana air bersih.',
  'Kegiatan gotong royong masih kuat: kerja bakti membersihkan saluran irigasi digelar setiap bulan.',
  'Posyandu dan PAUD di setiap dusun dikelola oleh kader yang dilatih puskesmas kecamatan.',
  'Pemerintah desa membuka layanan administrasi secara daring sehingga warga tidak perlu datang ke kantor desa.',
  'Hasil kebun dipasarkan melalui koperasi dan BUMDes ke pasar kecamatan serta ke pembeli di kota.',
  'Seni tradisi Sunda seperti degung, calung dan jaipongan dipentaskan pada acara adat dan peringatan hari besar.',
  'Jalan desa sudah beraspal dan terhubung dengan angkutan umum menuju pusat kecamatan.',
  'Karang taruna mengelola bank sampah yang mengubah sampah plastik menjadi tabungan warga.',
  'Sumber air dari pegunungan dialirkan melalui pipa ke rumah-rumah warga dan dikelola bersama.',
  'Setiap akhir pekan, pengunjung dari kota datang untuk menikmati udara sejuk dan kuliner khas desa.',
  'Pelatihan pemasaran digital membantu pelaku UMKM memotret produk dan membuka toko di lokapasar.',
];
const PRODUCT_SENTENCES = [
  'Dibuat dari bahan pilihan hasil kebun warga sekitar tanpa bahan pengawet.',
  'Diproduksi dalam jumlah kecil setiap minggu agar selalu segar saat sampai di tangan pembeli.',
  'Resepnya diwariskan turun-temurun dan disesuaikan dengan selera pembeli masa kini.',
  'Pengemasan dilakukan dengan higienis dan diberi label tanggal produksi.',
  'Cocok untuk oleh-oleh, hantaran, maupun dinikmati bersama keluarga.',
  'Pesanan dalam jumlah besar untuk acara dapat dilayani dengan pemberitahuan beberapa hari sebelumnya.',
  'Sebagian hasil penjualan disisihkan untuk kegiatan sosial di desa.',
  'Pengiriman ke luar kota memakai jasa ekspedisi dengan kemasan tambahan agar aman.',
];

function date(random: Random, fromYear = 2024, toYear = 2025): YamlDate {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return { date: `${random.int(fromYear, toYear)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function paragraphs(random: Random, pool: readonly string[], count: number, size: [number, number]): string[] {
  return Array.from({ length: count }, () => random.some(pool, size[0], size[1]).join(' '));
}

function whatsapp(random: Random): string {
  return `628${random.pick(['1', '2', '5', '7', '9'])}${random.digits(random.int(7, 9))}`;
}

function location(random: Random, provinceCode: string): { lat: number; lng: number } {
  const b = boundsOf(provinceCode);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return {
    lat: round(b.south + random.next() * (b.north - b.south)),
    lng: round(b.west + random.next() * (b.east - b.west)),
  };
}

// ---------------------------------------------------------------------------------------------

function profile(random: Random, areas: AreaIndex, village: Village, provinceCode: string): string {
  const district = areas.district(village.districtCode);
  const regency = areas.regency(village.regencyCode);
  if (!district || !regency) throw new Error(`Incomplete area data for ${village.code}`);
  const kind = village.kind === 'desa' ? 'Desa' : 'Kelurahan';
  const theme = random.pick(['pertanian', 'kerajinan', 'wisata alam', 'kuliner', 'peternakan', 'seni budaya']);
  const ringkasan = `${kind} ${village.name} di Kecamatan ${district.name}, ${regency.name}, dikenal dengan potensi ${theme} dan layanan warga yang terbuka.`;
  const slug = slugify(village.name);
  const handle = `${village.kind}${slug.replaceAll('-', '')}`.slice(0, 30);
  const score = Math.round((0.45 + random.next() * 0.55) * 10_000) / 10_000;
  const data: { [key: string]: Yaml | undefined } = {
    kode: village.code,
    nama: village.name,
    jenis: village.kind,
    ringkasan,
    kontak: {
      website: `https://${slug}.${village.kind === 'desa' ? 'desa.id' : 'go.id'}`,
      whatsapp: random.chance(0.5) ? whatsapp(random) : undefined,
      instagram: random.chance(0.4) ? handle : undefined,
      email: random.chance(0.3) ? `pemdes@${slug}.desa.id` : undefined,
    },
    lokasi: random.chance(0.7) ? location(random, provinceCode) : undefined,
    desa_digital: random.chance(0.3) ? { level: random.int(1, 4), tahun: random.int(2019, 2025) } : undefined,
    tema: random.chance(0.5) ? random.some(keysOf(villageThemes), 1, 3) : undefined,
    idm: random.chance(0.5) ? { skor: score, status: idmStatusOf(score), tahun: random.int(2021, 2024) } : undefined,
    desa_wisata: random.chance(0.15)
      ? {
          klasifikasi: random.pick(keysOf(tourismClasses)),
          daya_tarik: random.some(ATTRACTIONS, 1, 3).map((a) => `${a} ${village.name}`),
        }
      : undefined,
    bumdes: random.chance(0.3)
      ? { nama: `BUMDes ${random.pick(PRODUCER_NAMES)}`, unit_usaha: random.some(UNITS_BUMDES, 1, 3) }
      : undefined,
    potensi: random.chance(0.5) ? random.some(POTENCY, 2, 5) : undefined,
    pemelihara: random.chance(0.2) ? [`operator-${slug}`.slice(0, 39).replace(/-+$/, '')] : undefined,
    diperbarui: date(random),
    sumber: random.chance(0.3)
      ? [
          {
            judul: `Profil ${kind} ${village.name}`,
            url: `https://${slug}.desa.id/profil`,
            penerbit: `Pemerintah ${kind} ${village.name}`,
            tanggal: random.int(2020, 2025),
          },
        ]
      : undefined,
  };
  const body = [
    ...paragraphs(random, SENTENCES, 2, [2, 3]),
    '## Potensi',
    random
      .some(POTENCY, 3, 5)
      .map((p) => `- ${p}`)
      .join('\n'),
    ...paragraphs(random, SENTENCES, random.int(1, 2), [2, 3]),
  ].join('\n\n');
  return markdownFile(data, body);
}

function product(random: Random, village: Village, slugName: string, name: string, category: ProductCategory): string {
  const spec = PRODUCTS[category];
  const producerKind = random.pick(keysOf(producerKinds));
  const from = random.int(spec.price[0], spec.price[1]) * 1000 + random.pick([0, 500]);
  const legalitas: { [key: string]: Yaml | undefined } = {};
  if ((category === 'makanan' || category === 'minuman') && random.chance(0.4))
    legalitas['pirt'] = `${random.int(1, 9)}${random.digits(12)}-${random.digits(2)}`;
  if (category === 'kosmetik' && random.chance(0.5)) legalitas['bpom'] = `NA${random.digits(11)}`;
  if (category === 'herbal' && random.chance(0.5)) legalitas['bpom'] = `TR${random.digits(9)}`;
  if ((category === 'makanan' || category === 'minuman') && random.chance(0.3))
    legalitas['halal'] = `ID${random.digits(17)}`;
  if (random.chance(0.3)) legalitas['nib'] = `${random.int(1, 9)}${random.digits(12)}`;
  const lokapasar = random.chance(0.3)
    ? [
        random.chance(0.5)
          ? { platform: 'tokopedia', url: `https://www.tokopedia.com/${slugify(village.name)}/${slugName}` }
          : { platform: 'shopee', url: `https://shopee.co.id/${slugName}-i.${random.digits(8)}.${random.digits(10)}` },
      ]
    : undefined;
  const wa = random.chance(0.6) ? whatsapp(random) : undefined;
  const data: { [key: string]: Yaml | undefined } = {
    nama: name,
    ringkasan: `${name} buatan warga ${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}, diolah dan dikemas di desa dengan bahan setempat.`,
    produsen: { nama: `${PRODUCER_PREFIX[producerKind]} ${random.pick(PRODUCER_NAMES)}`, jenis: producerKind },
    kategori: category,
    harga: random.chance(0.9)
      ? {
          dari: from,
          sampai: random.chance(0.3) ? from + random.int(1, 20) * 1000 : undefined,
          satuan: random.pick(spec.units),
        }
      : undefined,
    ketersediaan: random.chance(0.8) ? random.pick(keysOf(availability)) : undefined,
    pesan: wa || lokapasar ? { whatsapp: wa, lokapasar } : undefined,
    legalitas: Object.keys(legalitas).length > 0 ? legalitas : undefined,
    diperbarui: date(random),
  };
  const body = [
    ...paragraphs(random, PRODUCT_SENTENCES, 2, [2, 3]),
    `**Cara memesan:** hubungi produsen lewat WhatsApp atau datang langsung ke ${village.kind} ${village.name}.`,
  ].join('\n\n');
  return markdownFile(data, body);
}

function hub(random: Random, areas: AreaIndex, index: number): { slug: string; text: string } {
  const regency = areas.regencies[(index * 7) % areas.regencies.length];
  if (!regency) throw new Error('No regencies in the area data');
  const nama = `Creative Center ${regency.name}`;
  const villages = areas.villages.filter((v) => v.regencyCode === regency.code);
  const status = random.pick(keysOf(hubStatuses));
  const opened = status === 'beroperasi' || status === 'tidak-aktif';
  const data: { [key: string]: Yaml | undefined } = {
    nama,
    kabkota: regency.code,
    desa: random.chance(0.7) && villages.length > 0 ? random.pick(villages).code : undefined,
    ringkasan: `Gedung kreatif milik Pemerintah Provinsi di ${regency.name} untuk kegiatan pelaku ekonomi kreatif dan komunitas anak muda.`,
    status,
    tanggal: {
      diumumkan: random.int(2019, 2020),
      mulai_dibangun: `${random.int(2020, 2021)}-0${random.int(1, 9)}`,
      diresmikan: opened ? date(random, 2022, 2023) : undefined,
    },
    fasilitas: [
      { nama: 'Ruang pertunjukan', kapasitas: random.int(100, 400) },
      { nama: 'Studio rekaman' },
      { nama: 'Ruang kerja bersama', kapasitas: random.int(20, 80) },
    ],
    anggaran: { nilai: random.int(10, 60) * 1_000_000_000, keterangan: 'APBD Provinsi (perkiraan)' },
    pengelola: `Dinas Pariwisata dan Kebudayaan ${regency.name}`,
    diperbarui: date(random),
    sumber: [
      {
        judul: `Pembangunan ${nama}`,
        url: `https://jabarprov.go.id/berita/${slugify(nama)}`,
        penerbit: 'Pemprov Jabar',
        tanggal: date(random, 2021, 2023),
      },
    ],
  };
  const body = paragraphs(random, SENTENCES, 3, [2, 3]).join('\n\n');
  return { slug: slugify(nama), text: markdownFile(data, body) };
}

/**
 * `jpeg` made unique without metadata (the validator refuses comments and foreign EXIF): the
 * last entries of its first quantisation table encode `n`, so the bytes differ and the pixels
 * change imperceptibly (the highest frequencies only). Each photo of the corpus is then a
 * distinct image for the build's caches, as real photos are.
 */
export function withVariant(jpeg: Buffer, n: number): Buffer {
  const out = Buffer.from(jpeg);
  let at = 2;
  while (at + 4 <= out.length && out[at] === 0xff) {
    const marker = out[at + 1]!;
    const length = out.readUInt16BE(at + 2);
    if (marker === 0xdb && out[at + 4]! >> 4 === 0) {
      const table = at + 5;
      for (let k = 0, rest = n; k < 3; k += 1, rest = Math.floor(rest / 200)) out[table + 63 - k] = 40 + (rest % 200);
      return out;
    }
    if (marker === 0xda) break;
    at += 2 + length;
  }
  throw new Error('withVariant: no 8-bit quantisation table before the scan');
}

/** Writes the corpus. Villages are a seeded sample; products are spread over them at random. */
export function generateCorpus(options: CorpusOptions): CorpusStats {
  const { contentRoot, areas, provinceCode, seed } = options;
  if (options.profiles > areas.villages.length) {
    throw new Error(
      `--profiles ${options.profiles} is more than the ${areas.villages.length} villages of province ${provinceCode}`,
    );
  }
  if (options.products > 0 && options.profiles === 0)
    throw new Error('Products need at least one profile (--profiles ≥ 1).');
  const random = createRandom(seed);
  const photoRandom = createRandom(seed ^ 0x5eed);
  const pool = (options.photoPool ?? []).map((file) => readFileSync(file));
  let files = 0;
  let bytes = 0;
  let photos = 0;
  const write = (rel: string, text: string) => {
    const abs = join(contentRoot, rel);
    mkdirSync(dirname(abs), { recursive: true });
    let markdown = text;
    if (pool.length > 0) {
      const stem = basename(rel, '.md');
      const foto = Array.from({ length: photoRandom.int(1, 3) }, (_, i) => {
        const name = `${stem}-foto-${i + 1}.jpg`;
        photos += 1;
        writeFileSync(join(dirname(abs), name), withVariant(photoRandom.pick(pool), photos));
        return { src: `./${name}`, alt: `Gambar abstrak hasil generator nomor ${i + 1}` };
      });
      markdown = text.replace(/^---\n/, `---\n${yamlLines({ foto }, '').join('\n')}\n`);
    }
    writeFileSync(abs, markdown);
    files += 1;
    bytes += Buffer.byteLength(markdown);
  };

  // Seeded partial Fisher–Yates over the code-sorted village list.
  const villages = [...areas.villages];
  for (let i = 0; i < options.profiles; i += 1) {
    const j = i + Math.floor(random.next() * (villages.length - i));
    [villages[i], villages[j]] = [villages[j] as Village, villages[i] as Village];
  }
  const chosen = villages.slice(0, options.profiles).sort((a, b) => a.code.localeCompare(b.code));
  const folders = new Map<string, string>();
  for (const village of chosen) {
    const folder = villageFolder(areas, village.code);
    folders.set(village.code, folder);
    write(`${folder}/${PROFILE_FILE}`, profile(random, areas, village, provinceCode));
  }

  const usedSlugs = new Map<string, Set<string>>();
  for (let i = 0; i < options.products; i += 1) {
    const village = random.pick(chosen);
    const category = random.pick(CATEGORIES);
    const base = `${random.pick(PRODUCTS[category].names)} ${random.pick(VARIANTS)}`;
    const used = usedSlugs.get(village.code) ?? new Set<string>();
    usedSlugs.set(village.code, used);
    let name = base;
    for (let n = 2; used.has(slugify(name)); n += 1) name = `${base} ${n}`;
    const slug = slugify(name);
    used.add(slug);
    write(`${folders.get(village.code)}/${PRODUCT_DIR}/${slug}.md`, product(random, village, slug, name, category));
  }

  const hubSlugs = new Set<string>();
  for (let i = 0; i < options.hubs; i += 1) {
    const { slug, text } = hub(random, areas, i);
    if (hubSlugs.has(slug)) continue;
    hubSlugs.add(slug);
    write(`${HUB_DIR}/${slug}.md`, text);
  }

  return { profiles: chosen.length, products: options.products, hubs: hubSlugs.size, files, bytes, photos };
}
