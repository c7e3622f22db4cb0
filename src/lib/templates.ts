/**
 * Starting texts for content files: a village profile, a product and a Creative Center. The
 * site's "Tambahkan profil" links and the `npm run baru` scaffolder use the same texts.
 *
 * Official facts (code, name, kind, kab/kota) are filled in. A line ending in `# WAJIB …` is a
 * required field the contributor must fill: left as is, its value is empty and the validator says
 * "wajib diisi". A line starting with `# ` followed by a field is an optional field, shown as an
 * example; removing the `# ` turns it on (the tests check that every such example is valid).
 * Choices are listed from the controlled vocabularies the schemas are built from.
 */
import type { AreaIndex } from './area.ts';
import { keysOf, producerKinds, productCategories, productUnits, hubStatuses } from '../schemas/vocabulary.ts';

/** A YAML scalar for `text`: plain when that is unambiguous, otherwise double-quoted (JSON is valid YAML). */
export function yamlText(text: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .,/()'-]*$/u.test(text) &&
    /\p{L}/u.test(text) &&
    !/\s$/.test(text) &&
    !/^(true|false|null|yes|no|on|off)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

const choices = (values: readonly string[]) => values.join(', ');

/** A profile file for `code` with the official fields filled; the rest is for the village. */
export function profileTemplate(areas: AreaIndex, code: string, today: string): string {
  const village = areas.village(code);
  if (!village) throw new Error(`Unknown village code ${code}`);
  return [
    '---',
    `kode: "${village.code}"`,
    `nama: ${yamlText(village.name)}`,
    `jenis: ${village.kind}`,
    'ringkasan: # WAJIB: satu atau dua kalimat tentang desa',
    'kontak:',
    '  website: # WAJIB minimal satu kontak: website, instagram, whatsapp (62…), email',
    '# pemelihara: [nama-pengguna-github] # boleh: akun GitHub yang mengurus folder desa ini',
    `diperbarui: ${today}`,
    '---',
    '',
    'Ceritakan desa Anda di sini.',
    '',
  ].join('\n');
}

/** A product file named `name`, for the folder `produk/` of a village that has a profile. */
export function productTemplate(name: string, today: string): string {
  return [
    '---',
    `nama: ${yamlText(name)}`,
    'ringkasan: # WAJIB: satu atau dua kalimat tentang produk',
    'produsen:',
    '  nama: # WAJIB: nama BUMDes, UMKM, pesantren atau kelompok yang membuatnya',
    `  jenis: # WAJIB, salah satu: ${choices(keysOf(producerKinds))}`,
    `kategori: # WAJIB, salah satu: ${choices(keysOf(productCategories))}`,
    '# Boleh diisi: hapus "# " di awal baris berikut untuk memakainya.',
    '# harga:',
    '#   dari: 25000 # rupiah bulat, tanpa "Rp" dan titik',
    `#   satuan: bungkus # ${choices(productUnits)}`,
    '# pesan:',
    '#   whatsapp: "6281234567890" # nomor pemesanan, diawali 62',
    `diperbarui: ${today}`,
    '---',
    '',
    'Ceritakan produk Anda di sini: bahan, cara membuat, ukuran kemasan, cara memesan.',
    '',
  ].join('\n');
}

/** A Creative Center file for a building named `name` in kab/kota `regencyCode`. */
export function hubTemplate(areas: AreaIndex, name: string, regencyCode: string, today: string): string {
  const regency = areas.regency(regencyCode);
  if (!regency) throw new Error(`Unknown regency code ${regencyCode}`);
  return [
    '---',
    `nama: ${yamlText(name)}`,
    `kabkota: "${regency.code}" # ${regency.name}`,
    'ringkasan: # WAJIB: satu atau dua kalimat tentang gedung ini',
    `status: # WAJIB, salah satu: ${choices(keysOf(hubStatuses))}`,
    'sumber:',
    '  - judul: # WAJIB: judul berita atau halaman resmi',
    '    url: # WAJIB: alamat sumbernya, diawali https://',
    `diperbarui: ${today}`,
    '---',
    '',
    'Ceritakan gedung ini: siapa pengelolanya, apa programnya, bagaimana warga dapat memakainya.',
    '',
  ].join('\n');
}
