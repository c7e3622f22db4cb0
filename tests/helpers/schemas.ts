/** Schemas as the validator builds them, for rule tests on plain objects. */
import { z } from 'astro/zod';
import { loadAreas } from '../../src/lib/area.ts';
import { hubSchema, productSchema, villageProfileSchema } from '../../src/schemas/index.ts';
import { indonesianMessage } from '../../src/lib/validation/messages.ts';

const areas = await loadAreas('32');
const context = { image: () => z.string(), areas, provinceCode: '32' };
export const schemas = {
  desa: villageProfileSchema(context),
  produk: productSchema(context),
  hub: hubSchema(context),
};

/** Messages by dotted field path, or [] when the data is valid. */
export function problems(kind: keyof typeof schemas, data: unknown): { field: string; message: string }[] {
  const result = schemas[kind].safeParse(data, { error: (issue) => indonesianMessage(issue) });
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

export const validProfile = {
  kode: '32.04.05.2006',
  nama: 'Cibiru Wetan',
  jenis: 'desa',
  ringkasan: 'Desa di Kecamatan Cileunyi dengan skor IDM tertinggi kedua di Jawa Barat.',
  kontak: { website: 'https://example.desa.id' },
  diperbarui: '2026-11-30',
};

export const validProduct = {
  nama: 'Sabun Susu Sapi',
  ringkasan: 'Sabun mandi dari susu sapi segar buatan santri pesantren.',
  produsen: { nama: 'Ponpes Daarul Mukhlishin', jenis: 'pesantren' },
  kategori: 'kosmetik',
  harga: { dari: 5000, sampai: 50000, satuan: 'paket' },
  diperbarui: '2026-11-30',
};

export const validHub = {
  nama: 'Creative Center Kota Cirebon',
  kabkota: '32.74',
  ringkasan: 'Gedung kreatif pertama bantuan provinsi yang diresmikan di Jawa Barat.',
  status: 'beroperasi',
  tanggal: { diresmikan: '2021-04-21' },
  diperbarui: '2026-11-30',
  sumber: [{ judul: 'Peresmian Creative Center', url: 'https://example.com/berita' }],
};
