/**
 * Starting texts for content files: a village profile, a product and a Creative Center. The
 * site's "Tambahkan profil" links and the `npm run baru` scaffolder use the same texts.
 *
 * Official facts (code, name, kind, kab/kota) are filled in. A required field the contributor
 * must fill is an empty quoted value, `ringkasan: ""`, under a comment line that starts with
 * `# WAJIB` and says what to type: typing between the quotes survives colons, `#` and numbers
 * (an inline comment after the value would swallow what is typed after it, a colon in an
 * unquoted sentence would break the YAML, and `081…` unquoted would become a number). Left empty,
 * the validator says what is missing. A line starting with `# ` followed by a field is an
 * optional field, shown as an example; removing the `# ` turns it on (the tests check that every
 * such example is valid). Choices are listed from the controlled vocabularies the schemas use.
 */
import type { AreaIndex } from './area-index.ts';
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
    '# WAJIB: satu atau dua kalimat tentang desa, ditulis di antara tanda kutip.',
    'ringkasan: ""',
    'kontak:',
    '  # WAJIB minimal satu kontak resmi desa, di antara tanda kutip: website (https://…), atau ganti',
    '  # "website" dengan instagram (nama akun), whatsapp (62…, tanpa + dan spasi) atau email.',
    '  website: ""',
    '# Boleh: akun GitHub yang mengurus folder desa ini (hapus "# " di awal baris berikut).',
    '# pemelihara: [nama-pengguna-github]',
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
    '# WAJIB: satu atau dua kalimat tentang produk, ditulis di antara tanda kutip.',
    'ringkasan: ""',
    'produsen:',
    '  # WAJIB: nama BUMDes, UMKM, pesantren atau kelompok yang membuatnya.',
    '  nama: ""',
    `  # WAJIB, salah satu: ${choices(keysOf(producerKinds))}.`,
    '  jenis: ""',
    `# WAJIB, salah satu: ${choices(keysOf(productCategories))}.`,
    'kategori: ""',
    '# Boleh diisi: hapus "# " di awal baris berikut untuk memakainya. Harga dalam rupiah bulat,',
    `# tanpa "Rp" dan titik; satuan salah satu dari: ${choices(productUnits)}.`,
    '# harga:',
    '#   dari: 25000',
    '#   satuan: bungkus',
    '# Nomor WhatsApp pemesanan, diawali 62, di antara tanda kutip:',
    '# pesan:',
    '#   whatsapp: "6281234567890"',
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
    `# ${regency.name}`,
    `kabkota: "${regency.code}"`,
    '# WAJIB: satu atau dua kalimat tentang gedung ini, ditulis di antara tanda kutip.',
    'ringkasan: ""',
    `# WAJIB, salah satu: ${choices(keysOf(hubStatuses))}.`,
    'status: ""',
    '# WAJIB: judul berita atau halaman resmi, dan alamatnya (diawali https://).',
    'sumber:',
    '  - judul: ""',
    '    url: ""',
    `diperbarui: ${today}`,
    '---',
    '',
    'Ceritakan gedung ini: siapa pengelolanya, apa programnya, bagaimana warga dapat memakainya.',
    '',
  ].join('\n');
}
