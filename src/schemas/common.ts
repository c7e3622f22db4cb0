/**
 * Field schemas shared by every entity. Messages are in Bahasa Indonesia because contributors
 * read them; each says what is wrong and how to fix it.
 */
import * as z from './zod.ts';
import type { AreaIndex } from '../lib/area-index.ts';
import { PHOTO_CAPS } from '../lib/caps.ts';
import { boundsOf, isInside } from '../lib/bounds.ts';
import { hostMatches, hostOf, isHttpsUrl } from '../lib/links.ts';
import { isWhatsAppNumber, normalizeWhatsApp } from '../lib/phone.ts';

/** What a schema factory needs besides zod: the image helper and the official areas. */
export interface SchemaContext {
  /** Astro's `image()` helper in the build; a file check in the standalone validator. */
  image: () => z.ZodType;
  areas: AreaIndex;
  provinceCode: string;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function toIsoDate(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** A calendar day, written `2024-07-05`. YAML turns an unquoted date into a Date; both work. */
const DATE_MESSAGE = 'Tanggal harus ditulis TTTT-BB-HH, misalnya 2024-07-05.';
const PARTIAL_DATE_MESSAGE = 'Tulis tanggal sebagai TTTT, TTTT-BB atau TTTT-BB-HH, misalnya 2021-04-21 atau 2020.';

/** True for a real calendar day (2026-02-31 is not one, though Date.parse accepts it). */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Tomorrow in UTC, TTTT-BB-HH: a date written anywhere in Indonesia today is never after it. */
function tomorrow(): string {
  return new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The earliest day a (partial) date can mean: "2027" → "2027-01-01". */
const earliestDay = (value: string) => `${value}-01-01`.slice(0, 10);

const FUTURE_MESSAGE = 'Tanggal ini masih di masa depan. Tulis tanggal yang sudah terjadi, misalnya hari ini.';

export const dateField = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_MESSAGE })], { error: DATE_MESSAGE })
  .transform(toIsoDate)
  .refine(isCalendarDay, {
    error: 'Tanggal ini tidak ada di kalender. Tulis TTTT-BB-HH, misalnya 2024-07-05.',
  })
  .refine((value) => value <= tomorrow(), { error: FUTURE_MESSAGE })
  .meta({ input: 'date' });

/** A date known to the year, month or day: `2020`, `2021-04` or `2021-04-21`. */
export const partialDateField = z
  .union(
    [z.date(), z.string().regex(PARTIAL_DATE, { error: PARTIAL_DATE_MESSAGE }), z.number().int().min(1900).max(2100)],
    { error: PARTIAL_DATE_MESSAGE },
  )
  .transform((value) => (typeof value === 'number' ? String(value) : toIsoDate(value)))
  .refine((value) => earliestDay(value) <= tomorrow(), { error: FUTURE_MESSAGE })
  .meta({ input: 'partial-date' });

export const httpsUrl = z
  .string({ error: 'Tulis alamat tautan lengkap, misalnya https://desa.id/.' })
  .trim()
  .refine(isHttpsUrl, {
    error:
      'Tautan harus lengkap dan aman: diawali https:// (bukan http:// atau javascript:), misalnya https://cibiruwetan.desa.id/.',
  })
  .meta({ input: 'url' });

export const whatsAppNumber = z
  .string({ error: 'Tulis nomor WhatsApp sebagai teks dalam tanda kutip, misalnya "6281234567890".' })
  .trim()
  .superRefine((value, ctx) => {
    if (isWhatsAppNumber(value)) return;
    const fixed = normalizeWhatsApp(value);
    ctx.addIssue({
      code: 'custom',
      message: fixed
        ? `Nomor WhatsApp harus ditulis dalam format 62…, tanpa +, spasi atau tanda hubung. Tulis "${fixed}".`
        : 'Nomor WhatsApp tidak dikenali. Tulis nomor ponsel Indonesia dalam format 62…, misalnya "6281234567890".',
    });
  })
  .meta({ title: 'WhatsApp', input: 'whatsapp' });

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{6,20}$/, {
    error: 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung dan + di depan, misalnya "+62 22 7800000".',
  })
  .meta({ title: 'Telepon', input: 'tel' });

/**
 * A social-media handle by the platform's rules: letters, digits, "." and "_", within the
 * platform's length, never starting or ending with "." nor holding "..". A pasted "@name" or
 * profile link gets the bare handle as the fix.
 */
function handle(platform: string, host: string, max: number) {
  const valid = new RegExp(`^(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9._]{1,${max}}$`);
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (valid.test(value)) return;
      const bare = value
        .replace(/^@/, '')
        .replace(new RegExp(`^https://(www\\.)?${host.replace('.', '\\.')}/@?`), '')
        .replace(/[/?].*$/, '');
      ctx.addIssue({
        code: 'custom',
        message:
          bare !== value && valid.test(bare)
            ? `Tulis nama akun ${platform} saja, tanpa @ atau tautan: "${bare}".`
            : `Nama akun ${platform} hanya boleh berisi huruf, angka, titik dan garis bawah (maksimal ${max}), tidak diawali atau diakhiri titik dan tanpa dua titik berturut-turut.`,
      });
    });
}

export const instagramHandle = handle('Instagram', 'instagram.com', 30);
export const tiktokHandle = handle('TikTok', 'tiktok.com', 24);

/** An https link to one platform: its own hosts only (and their subdomains). */
export function platformUrl(platform: string, hosts: readonly string[]) {
  return httpsUrl.superRefine((value, ctx) => {
    const host = hostOf(value);
    if (host && !hosts.some((domain) => hostMatches(host, domain))) {
      ctx.addIssue({
        code: 'custom',
        message: `Tautan ${platform} harus ke ${hosts.join(' atau ')}, bukan ${host}.`,
      });
    }
  });
}

export const email = z
  .email({ error: 'Alamat e-mail tidak valid, misalnya pemdes@cibiruwetan.desa.id.' })
  .meta({ title: 'E-mail', input: 'email' });

export const githubUser = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
  error: 'Nama pengguna GitHub tidak valid: huruf, angka dan tanda hubung, tanpa @, misalnya "operator-desa".',
});

export const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { error: `Terlalu pendek: tulis minimal ${min} karakter.` })
    .max(max, { error: `Terlalu panjang: maksimal ${max} karakter.` });

export function photoSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      src: ctx.image().describe('Berkas foto di folder yang sama (JPEG, PNG atau WebP), misalnya ./balai-desa.jpg.'),
      alt: plainText(5, 200)
        .meta({ title: 'Teks alternatif' })
        .describe('Teks alternatif: apa yang terlihat di foto, untuk pembaca layar.'),
      keterangan: plainText(3, 200).optional().describe('Keterangan di bawah foto, termasuk nama pemotret bila perlu.'),
    })
    .describe('Satu foto dengan teks alternatif.');
}

/** Up to `max` photos (a cap from src/lib/caps.ts), the first being the main one. */
export function photoList(ctx: SchemaContext, max: number, what: string) {
  return z
    .array(photoSchema(ctx))
    .max(max, { error: `Maksimal ${max} foto per ${what}.` })
    .optional()
    .describe(
      `Sampai ${max} foto ${what}; foto pertama menjadi foto utama. JPEG, PNG atau WebP, sisi terpanjang ≤ ${PHOTO_CAPS.maxLongSide} piksel, ≤ ${PHOTO_CAPS.maxBytes / 1000} KB, tanpa metadata.`,
    );
}

export function locationSchema(ctx: SchemaContext) {
  const bounds = boundsOf(ctx.provinceCode);
  return z
    .strictObject({
      lat: z
        .number()
        .meta({ title: 'Lintang' })
        .min(-90)
        .max(90)
        .describe('Lintang (latitude), misalnya -6.9175. Di Jawa Barat selalu negatif.'),
      lng: z.number().meta({ title: 'Bujur' }).min(-180).max(180).describe('Bujur (longitude), misalnya 107.6191.'),
    })
    .refine((p) => isInside(bounds, p.lat, p.lng), {
      error: `Lokasi berada di luar provinsi (lintang ${bounds.south} s.d. ${bounds.north}, bujur ${bounds.west} s.d. ${bounds.east}). Periksa tanda minus dan apakah lat/lng tertukar.`,
    })
    .describe('Titik lokasi (lat/lng) di dalam provinsi.');
}

export const sourceSchema = z
  .strictObject({
    judul: plainText(3, 200).describe('Judul artikel atau halaman sumber.'),
    url: httpsUrl.meta({ title: 'Tautan' }).describe('Alamat sumber (https).'),
    penerbit: plainText(2, 100).optional().describe('Nama media atau lembaga penerbit.'),
    tanggal: partialDateField.optional().describe('Tanggal terbit sumber.'),
  })
  .describe('Sumber yang mendukung isi entri.');

export const contactFields = {
  whatsapp: whatsAppNumber.optional().describe('Nomor WhatsApp dalam format 62…, misalnya "6281234567890".'),
  telepon: phoneNumber.optional().describe('Nomor telepon kantor.'),
  instagram: instagramHandle
    .meta({ title: 'Instagram' })
    .optional()
    .describe('Nama akun Instagram tanpa @, misalnya "desacibiruwetan".'),
  tiktok: tiktokHandle.meta({ title: 'TikTok' }).optional().describe('Nama akun TikTok tanpa @.'),
  facebook: platformUrl('Facebook', ['facebook.com', 'fb.com', 'fb.me'])
    .optional()
    .describe('Tautan halaman Facebook, misalnya https://www.facebook.com/desacibiruwetan.'),
  youtube: platformUrl('YouTube', ['youtube.com', 'youtu.be'])
    .meta({ title: 'YouTube' })
    .optional()
    .describe('Tautan kanal YouTube, misalnya https://www.youtube.com/@desacibiruwetan.'),
  website: httpsUrl.meta({ title: 'Situs web' }).optional().describe('Situs web resmi (https).'),
  email: email.optional().describe('Alamat e-mail.'),
};

export const contactSchema = z
  .strictObject(contactFields)
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    error: 'Isi minimal satu kontak: whatsapp, telepon, instagram, tiktok, facebook, youtube, website atau email.',
  })
  .describe('Kontak resmi; minimal satu.');
