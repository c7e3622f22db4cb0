/**
 * Village profile: `content/desa/<kab/kota>/<kecamatan>/<kode>-<nama>/profil.md`.
 * The Kemendagri code is the identity; the official name, kecamatan and kab/kota come from it.
 */
import * as z from './zod.ts';
import { ENTRY_CAPS } from '../lib/caps.ts';
import { isVillageCodeShape, villageKindOf } from '../lib/area-index.ts';
import { sameName } from '../lib/names.ts';
import {
  contactSchema,
  dateField,
  githubUser,
  locationSchema,
  photoList,
  plainText,
  sourceSchema,
  type SchemaContext,
} from './common.ts';
import { desaDigitalLevels, idmStatuses, keysOf, tourismClasses, villageThemes, type IdmStatus } from './vocabulary.ts';

/** The IDM status whose band contains `score`. */
export function idmStatusOf(score: number): IdmStatus {
  const found = (Object.keys(idmStatuses) as IdmStatus[]).find((s) => score <= idmStatuses[s].max);
  return found ?? 'mandiri';
}

export function villageCodeSchema(ctx: SchemaContext) {
  return z
    .string({ error: 'Tulis kode Kemendagri sebagai teks dalam tanda kutip, misalnya "32.04.05.2006".' })
    .trim()
    .superRefine((code, issue) => {
      if (!isVillageCodeShape(code)) {
        issue.addIssue({
          code: 'custom',
          message: 'Kode Kemendagri harus berbentuk PP.KK.CC.DDDD dengan titik, misalnya "32.04.05.2006".',
        });
      } else if (!code.startsWith(`${ctx.provinceCode}.`) && ctx.provinceCode !== '*') {
        issue.addIssue({
          code: 'custom',
          message: `Kode ${code} bukan kode di provinsi ini (kode provinsi ${ctx.provinceCode}).`,
        });
      } else if (!ctx.areas.village(code)) {
        issue.addIssue({
          code: 'custom',
          message: `Kode ${code} tidak ada dalam data wilayah resmi Kemendagri. Cari kode desa Anda di halaman kecamatannya di situs ini.`,
        });
      }
    })
    .meta({ title: 'Kode Kemendagri' })
    .describe('Kode wilayah Kemendagri desa/kelurahan, PP.KK.CC.DDDD, misalnya "32.04.05.2006".');
}

export function villageProfileSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      kode: villageCodeSchema(ctx),
      nama: plainText(2, 80).describe('Nama resmi desa/kelurahan, sama dengan data Kemendagri.'),
      jenis: z.enum(['desa', 'kelurahan']).describe('"desa" (kode berakhiran 2xxx) atau "kelurahan" (1xxx).'),
      ringkasan: plainText(20, 240).describe(
        'Satu atau dua kalimat tentang desa, tampil di daftar dan pratinjau tautan.',
      ),
      foto: photoList(ctx, ENTRY_CAPS.profilePhotos, 'profil desa'),
      kontak: contactSchema
        .optional()
        .describe(
          'Kontak resmi desa; minimal satu. Boleh kosong hanya untuk profil yang disusun dari sumber publik (isi "sumber").',
        ),
      lokasi: locationSchema(ctx).optional(),
      desa_digital: z
        .strictObject({
          level: z
            .union(
              keysOf(desaDigitalLevels).map((k) => z.literal(Number(k))) as [
                z.ZodLiteral<number>,
                ...z.ZodLiteral<number>[],
              ],
              {
                error: 'Level Desa Digital harus 1, 2, 3 atau 4.',
              },
            )
            .describe('Level Desa Digital Jawa Barat: 1 infrastruktur, 2 literasi, 3 pemasaran, 4 teknologi tematik.'),
          tahun: z.number().int().min(2018).max(2100).optional().describe('Tahun level ini dicapai.'),
        })
        .optional()
        .describe('Program Desa Digital Jawa Barat.'),
      tema: z
        .array(z.enum(keysOf(villageThemes)))
        .optional()
        .describe('Kategori tematik desa.'),
      idm: z
        .strictObject({
          skor: z.number().min(0).max(1).describe('Skor Indeks Desa Membangun, 0–1, misalnya 0.9981.'),
          status: z.enum(keysOf(idmStatuses)).optional().describe('Status IDM; harus sesuai rentang skor.'),
          tahun: z.number().int().min(2015).max(2100).describe('Tahun penilaian IDM.'),
        })
        .refine((idm) => idm.status === undefined || idm.status === idmStatusOf(idm.skor), {
          error:
            'Status IDM tidak sesuai skornya (mandiri > 0,8155; maju 0,7073–0,8155; berkembang 0,5990–0,7072; tertinggal 0,4908–0,5989; sangat tertinggal ≤ 0,4907).',
          path: ['status'],
        })
        .optional()
        .meta({ title: 'Indeks Desa Membangun (IDM)' })
        .describe('Indeks Desa Membangun.'),
      desa_wisata: z
        .strictObject({
          klasifikasi: z.enum(keysOf(tourismClasses)).optional().describe('Klasifikasi Jadesta.'),
          daya_tarik: z.array(plainText(2, 80)).optional().describe('Daya tarik wisata utama.'),
        })
        .optional()
        .describe('Keterangan desa wisata.'),
      penghargaan: z
        .array(
          z.strictObject({
            nama: plainText(3, 160).describe('Nama penghargaan dan peringkat.'),
            tahun: z.number().int().min(1945).max(2100),
          }),
        )
        .optional()
        .describe('Penghargaan yang pernah diterima, dengan sumbernya di "sumber".'),
      bumdes: z
        .strictObject({
          nama: plainText(3, 120).describe('Nama BUMDes.'),
          unit_usaha: z.array(plainText(2, 80)).optional().describe('Unit usaha BUMDes.'),
          keterangan: plainText(3, 240).optional(),
        })
        .optional()
        .meta({ title: 'BUMDes' })
        .describe('Badan Usaha Milik Desa.'),
      potensi: z.array(plainText(2, 80)).optional().describe('Potensi desa, sebagai daftar singkat.'),
      pusat_digital_desa: z
        .strictObject({
          alamat: plainText(5, 200).optional(),
          jam_buka: plainText(3, 120).optional().describe('Misalnya "Senin–Jumat 08.00–15.00".'),
          fasilitas: z.array(plainText(2, 80)).optional(),
        })
        .optional()
        .describe('Pusat Digital Desa: tempat warga memakai internet dan komputer.'),
      pemelihara: z
        .array(githubUser)
        .meta({ title: 'Pemelihara (akun GitHub)' })
        .optional()
        .describe('Nama pengguna GitHub yang boleh mengubah folder desa ini.'),
      diperbarui: dateField.describe('Tanggal profil terakhir diperbarui, TTTT-BB-HH.'),
      sumber: z.array(sourceSchema).optional().describe('Sumber untuk fakta di profil ini.'),
    })
    .superRefine((profile, issue) => {
      // A village writing its own profile knows its contact; a profile compiled by volunteers
      // from public reports may lack one, but then it must cite those reports.
      if (!profile.kontak && !profile.sumber?.length) {
        issue.addIssue({
          code: 'custom',
          path: ['kontak'],
          message:
            'Isi minimal satu kontak resmi (whatsapp, instagram, website, email, …), atau cantumkan "sumber" bila profil disusun dari berita/sumber publik.',
        });
      }
      const official = ctx.areas.village(profile.kode);
      if (!official) return;
      if (!sameName(profile.nama, official.name)) {
        issue.addIssue({
          code: 'custom',
          path: ['nama'],
          message: `Nama tidak sesuai data resmi untuk kode ${profile.kode}: tulis "${official.name}".`,
        });
      }
      const kind = villageKindOf(profile.kode);
      if (profile.jenis !== kind) {
        issue.addIssue({
          code: 'custom',
          path: ['jenis'],
          message: `Kode ${profile.kode} adalah ${kind} (digit pertama bagian terakhir ${kind === 'desa' ? '2' : '1'}): tulis jenis: ${kind}.`,
        });
      }
    })
    .describe('Profil desa/kelurahan.');
}

export type VillageProfileInput = z.input<ReturnType<typeof villageProfileSchema>>;
