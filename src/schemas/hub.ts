/**
 * Creative hub (Gedung Creative Center): `content/hub/<slug>.md`.
 */
import * as z from './zod.ts';
import { ENTRY_CAPS } from '../lib/caps.ts';
import {
  contactFields,
  dateField,
  locationSchema,
  partialDateField,
  photoList,
  plainText,
  sourceSchema,
  type SchemaContext,
} from './common.ts';
import { villageCodeSchema } from './desa.ts';
import { hubStatuses, keysOf } from './vocabulary.ts';

export function hubSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      nama: plainText(3, 120).describe('Nama gedung, misalnya "Creative Center Kota Cirebon".'),
      kabkota: z
        .string({ error: 'Tulis kode kab/kota dalam tanda kutip, misalnya "32.74".' })
        .refine((code) => ctx.areas.regency(code) !== undefined, {
          error: 'Kode kab/kota tidak ada di provinsi ini. Tulis kode PP.KK, misalnya "32.74" untuk Kota Cirebon.',
        })
        .meta({ title: 'Kabupaten/kota' })
        .describe('Kode Kemendagri kab/kota, PP.KK.'),
      desa: villageCodeSchema(ctx).optional().describe('Kode desa/kelurahan tempat gedung berdiri, bila diketahui.'),
      ringkasan: plainText(20, 240).describe('Satu atau dua kalimat tentang gedung ini.'),
      status: z.enum(keysOf(hubStatuses)).describe('Status terakhir menurut sumber.'),
      tanggal: z
        .strictObject({
          diumumkan: partialDateField.optional().describe('Kapan pembangunan diumumkan.'),
          mulai_dibangun: partialDateField.optional(),
          diresmikan: partialDateField.optional().describe('Tanggal peresmian.'),
          berhenti: partialDateField.optional().describe('Kapan berhenti beroperasi atau dibatalkan.'),
        })
        .optional()
        .describe('Tanggal penting; TTTT, TTTT-BB atau TTTT-BB-HH.'),
      alamat: plainText(5, 200).optional().describe('Alamat gedung.'),
      lokasi: locationSchema(ctx).optional(),
      fasilitas: z
        .array(
          z.strictObject({
            nama: plainText(2, 80),
            kapasitas: z.number().int().positive().optional().describe('Kapasitas orang.'),
          }),
        )
        .optional()
        .describe('Fasilitas di gedung, dengan kapasitasnya bila diketahui.'),
      anggaran: z
        .strictObject({
          nilai: z.number().int().positive().describe('Nilai dalam rupiah.'),
          keterangan: plainText(3, 200).optional().describe('Sumber dana atau catatan, misalnya "perkiraan".'),
        })
        .optional()
        .describe('Anggaran pembangunan.'),
      pengelola: plainText(3, 160).optional().describe('Lembaga pengelola.'),
      jam_buka: plainText(3, 120).optional().describe('Jam buka untuk umum, misalnya "Senin–Jumat 08.00–16.00".'),
      program: z.array(plainText(3, 160)).optional().describe('Program atau kegiatan rutin.'),
      kontak: z.strictObject(contactFields).optional().describe('Kontak pengelola gedung.'),
      foto: photoList(ctx, ENTRY_CAPS.hubPhotos, 'gedung'),
      diperbarui: dateField.describe('Tanggal entri terakhir diperbarui, TTTT-BB-HH.'),
      sumber: z
        .array(sourceSchema)
        .min(1, { error: 'Cantumkan minimal satu sumber.' })
        .describe('Sumber untuk fakta di entri ini.'),
    })
    .superRefine((hub, issue) => {
      if (hub.desa && !hub.desa.startsWith(`${hub.kabkota}.`)) {
        issue.addIssue({
          code: 'custom',
          path: ['desa'],
          message: `Desa ${hub.desa} tidak berada di kab/kota ${hub.kabkota}.`,
        });
      }
      if (hub.tanggal?.diresmikan && (hub.status === 'direncanakan' || hub.status === 'dibangun')) {
        issue.addIssue({
          code: 'custom',
          path: ['status'],
          message:
            'Gedung yang sudah diresmikan tidak lagi "direncanakan" atau "dibangun": ubah status atau hapus tanggal diresmikan.',
        });
      }
    })
    .describe('Creative Center (gedung kreatif).');
}
