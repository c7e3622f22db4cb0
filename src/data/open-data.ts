/**
 * Rows of the open-data downloads (JSON and CSV), built from the directory. One definition per
 * dataset so the JSON and CSV files always agree.
 */
import { siteConfig } from '../config.ts';
import type { Cell } from '../lib/csv.ts';
import { pagePath } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/url.ts';
import type { Directory } from './directory.ts';

export type Row = Record<string, Cell>;

export interface Dataset {
  name: string;
  title: string;
  columns: string[];
  rows: (directory: Directory) => Row[];
}

const url = (path: string) => absoluteUrl(path, siteConfig.site);

export const datasets: Dataset[] = [
  {
    name: 'desa',
    title: 'Semua desa dan kelurahan, dengan status profil',
    columns: [
      'kode',
      'nama',
      'jenis',
      'kecamatan_kode',
      'kecamatan',
      'kabkota_kode',
      'kabkota',
      'ada_profil',
      'jumlah_produk',
      'url',
    ],
    rows: (d) =>
      d.areas.villages.map((v) => {
        const district = d.areas.district(v.districtCode);
        const regency = d.areas.regency(v.regencyCode);
        const profiled = d.profiles.has(v.code);
        return {
          kode: v.code,
          nama: v.name,
          jenis: v.kind,
          kecamatan_kode: v.districtCode,
          kecamatan: district?.name,
          kabkota_kode: v.regencyCode,
          kabkota: regency?.name,
          ada_profil: profiled,
          jumlah_produk: d.productsByVillage.get(v.code)?.length ?? 0,
          // Every official village has its page, profiled or not.
          url: url(pagePath.village(v)),
        };
      }),
  },
  {
    name: 'produk',
    title: 'Produk desa',
    columns: [
      'nama',
      'kategori',
      'produsen',
      'jenis_produsen',
      'harga_dari',
      'harga_sampai',
      'satuan',
      'desa_kode',
      'desa',
      'whatsapp',
      'diperbarui',
      'url',
    ],
    rows: (d) =>
      d.products.map((p) => {
        const data = p.entry.data;
        return {
          nama: data.nama,
          kategori: data.kategori,
          produsen: data.produsen.nama,
          jenis_produsen: data.produsen.jenis,
          harga_dari: data.harga?.dari,
          harga_sampai: data.harga?.sampai ?? data.harga?.dari,
          satuan: data.harga?.satuan,
          desa_kode: p.village.code,
          desa: p.village.name,
          whatsapp: data.pesan?.whatsapp ?? p.profile.data.kontak?.whatsapp,
          diperbarui: d.updated(p.entry),
          url: url(p.path),
        };
      }),
  },
  {
    name: 'creative-center',
    title: 'Creative Center',
    columns: ['nama', 'kabkota_kode', 'kabkota', 'status', 'diresmikan', 'alamat', 'diperbarui', 'url'],
    rows: (d) =>
      d.hubs.map((h) => ({
        nama: h.entry.data.nama,
        kabkota_kode: h.regency.code,
        kabkota: h.regency.name,
        status: h.entry.data.status,
        diresmikan: h.entry.data.tanggal?.diresmikan,
        alamat: h.entry.data.alamat,
        diperbarui: d.updated(h.entry),
        url: url(h.path),
      })),
  },
];
