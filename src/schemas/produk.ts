/**
 * Product: `<village folder>/produk/<slug>.md`. Its village is the folder it sits in, so a
 * product can only be published by the village that owns the folder.
 */
import * as z from './zod.ts';
import { ENTRY_CAPS } from '../lib/caps.ts';
import { hostMatches, hostOf } from '../lib/links.ts';
import { BPOM, HALAL, legalityProblem, NIB, PIRT, pirtDigits } from '../lib/legality.ts';
import {
  dateField,
  httpsUrl,
  photoList,
  plainText,
  sourceSchema,
  whatsAppNumber,
  type SchemaContext,
} from './common.ts';
import {
  availability,
  keysOf,
  marketplaces,
  months,
  producerKinds,
  productCategories,
  productUnits,
  shippingAreas,
} from './vocabulary.ts';

const rupiah = z
  .number({ error: 'Tulis harga sebagai angka rupiah tanpa "Rp" dan titik, misalnya 25000.' })
  .int({ error: 'Harga dalam rupiah bulat, tanpa sen.' })
  .positive({ error: 'Harga harus lebih dari 0.' })
  .max(1_000_000_000, { error: 'Harga terlalu besar; periksa jumlah nol.' })
  .meta({ input: 'rupiah' });

const marketplaceLink = z
  .strictObject({
    platform: z.enum(keysOf(marketplaces)).describe('Nama lokapasar.'),
    url: httpsUrl.meta({ title: 'Tautan' }).describe('Tautan produk di lokapasar itu.'),
  })
  .superRefine((link, ctx) => {
    const host = hostOf(link.url);
    const hosts: readonly string[] = marketplaces[link.platform].hosts;
    if (host && !hosts.some((domain) => hostMatches(host, domain))) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `Tautan ${marketplaces[link.platform].label} harus ke ${hosts.join(' atau ')}, bukan ${host}.`,
      });
    }
  });

export function productSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      nama: plainText(3, 100).describe('Nama produk, misalnya "Sabun Susu Sapi".'),
      ringkasan: plainText(20, 240).describe('Satu atau dua kalimat tentang produk.'),
      produsen: z
        .strictObject({
          nama: plainText(2, 120).describe('Nama pembuat: BUMDes, UMKM, pesantren, kelompok tani, dll.'),
          jenis: z.enum(keysOf(producerKinds)).describe('Jenis produsen.'),
        })
        .describe('Siapa yang membuat produk.'),
      kategori: z.enum(keysOf(productCategories)).describe('Kategori produk; menentukan izin edar yang berlaku.'),
      harga: z
        .strictObject({
          dari: rupiah.meta({ title: 'Harga' }).describe('Harga (terendah), rupiah bulat.'),
          sampai: rupiah
            .meta({ title: 'Harga tertinggi' })
            .optional()
            .describe('Harga tertinggi bila harganya berupa rentang.'),
          satuan: z.enum(productUnits).describe('Satuan harga: pcs, kg, gram, liter, paket, botol, bungkus, …'),
        })
        .refine((h) => h.sampai === undefined || h.sampai >= h.dari, {
          error: 'Harga "sampai" harus lebih besar atau sama dengan harga "dari".',
          path: ['sampai'],
        })
        .optional()
        .describe('Harga per satuan; kosongkan bila belum diketahui.'),
      foto: photoList(ctx, ENTRY_CAPS.productPhotos, 'produk'),
      kemasan: plainText(2, 80)
        .optional()
        .describe('Isi atau berat bersih per kemasan, misalnya "250 gram" atau "isi 12 bungkus".'),
      minimal_pesan: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Pesanan paling sedikit, dalam satuan harga, misalnya 10.'),
      ketersediaan: z.enum(keysOf(availability)).optional().describe('Ketersediaan produk.'),
      pre_order_hari: z
        .number()
        .int()
        .min(1)
        .max(90)
        .optional()
        .describe('Untuk pre-order: berapa hari sampai pesanan siap.'),
      bulan_musim: z
        .array(z.enum(keysOf(months)))
        .optional()
        .describe('Untuk produk musiman: bulan-bulan produk ini tersedia.'),
      pengiriman: z.enum(keysOf(shippingAreas)).optional().describe('Sampai mana produk dikirim.'),
      tahan_hari: z
        .number()
        .int()
        .positive()
        .max(3650)
        .optional()
        .describe('Untuk makanan dan minuman: daya tahan dalam hari sejak dibuat.'),
      pesan: z
        .strictObject({
          whatsapp: whatsAppNumber.optional().describe('Nomor WhatsApp untuk pesanan, format 62….'),
          lokapasar: z
            .array(marketplaceLink)
            .max(6)
            .meta({ title: 'Lokapasar (marketplace)' })
            .optional()
            .describe('Tautan ke lokapasar.'),
        })
        .optional()
        .meta({ title: 'Cara memesan' })
        .describe('Cara memesan.'),
      legalitas: z
        .strictObject({
          pirt: z
            .string()
            .regex(PIRT, {
              error:
                'Nomor P-IRT berisi angka (boleh dengan tanda hubung), minimal 15 digit, misalnya "1234567890123-45".',
            })
            .refine((v) => pirtDigits(v) >= 15, { error: 'Nomor P-IRT minimal 15 digit.' })
            .optional()
            .meta({ title: 'Nomor P-IRT' })
            .describe('Nomor SPP-IRT, hanya untuk pangan olahan rumahan.'),
          bpom: z
            .string()
            .regex(BPOM, { error: 'Nomor BPOM diawali MD, ML, NA, TR atau TI lalu angka, misalnya "NA18201200123".' })
            .optional()
            .meta({ title: 'Nomor BPOM' })
            .describe('Nomor izin edar/notifikasi BPOM; awalannya harus sesuai kategori.'),
          halal: z
            .string()
            .regex(HALAL, {
              error: 'Nomor sertifikat halal BPJPH diawali ID lalu angka, misalnya "ID32110000123450122".',
            })
            .optional()
            .meta({ title: 'Nomor sertifikat halal' })
            .describe('Nomor sertifikat halal BPJPH.'),
          nib: z
            .string()
            .regex(NIB, { error: 'NIB terdiri dari 13 angka.' })
            .optional()
            .meta({ title: 'NIB' })
            .describe('Nomor Induk Berusaha.'),
        })
        .optional()
        .describe('Izin dan sertifikat; hanya yang benar-benar dimiliki.'),
      diperbarui: dateField.describe('Tanggal data produk terakhir diperbarui.'),
      sumber: z.array(sourceSchema).optional().describe('Sumber untuk fakta tentang produk ini.'),
    })
    .superRefine((product, issue) => {
      if (product.pre_order_hari !== undefined && product.ketersediaan !== 'pre-order')
        issue.addIssue({
          code: 'custom',
          path: ['pre_order_hari'],
          message: 'Lama pre-order hanya untuk produk dengan ketersediaan "pre-order".',
        });
      if (product.bulan_musim?.length && product.ketersediaan !== 'musiman')
        issue.addIssue({
          code: 'custom',
          path: ['bulan_musim'],
          message: 'Bulan musim hanya untuk produk dengan ketersediaan "musiman".',
        });
      if (product.tahan_hari !== undefined && !['makanan', 'minuman'].includes(product.kategori))
        issue.addIssue({
          code: 'custom',
          path: ['tahan_hari'],
          message: 'Daya tahan hanya untuk makanan dan minuman olahan.',
        });
      for (const kind of ['pirt', 'bpom'] as const) {
        const value = product.legalitas?.[kind];
        const problem = value ? legalityProblem(product.kategori, kind, value) : undefined;
        if (problem) issue.addIssue({ code: 'custom', path: ['legalitas', kind], message: problem });
      }
    })
    .describe('Produk desa.');
}
