/**
 * Judges a contributed photo by its bytes, never by its name, and without decoding a single
 * pixel: the container is sniffed, the dimensions come from the header (PNG IHDR, JPEG SOFn,
 * WebP VP8/VP8L/VP8X), and EXIF/XMP metadata is walked for GPS coordinates. Every loop is
 * bounded, every offset is checked, and nothing here throws: a broken file becomes a finding.
 */
import { closeSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateSync } from 'node:zlib';

export type ImageRule =
  | 'image-type'
  | 'image-heic'
  | 'image-too-large'
  | 'image-too-many-pixels'
  | 'image-too-small'
  | 'image-gps'
  | 'image-corrupt';

export interface ImageFinding {
  rule: ImageRule;
  /** What is wrong and how to fix it, in Bahasa Indonesia. */
  message: string;
}

export const IMAGE_LIMITS = {
  /** Largest accepted file, checked with stat before reading. */
  maxBytes: 10 * 1024 * 1024,
  /** Largest accepted width × height (decompression bombs). */
  maxPixels: 40_000_000,
  /** Smallest accepted shorter side, in pixels. */
  minShortSide: 400,
} as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp';

export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
  /** Largest width × height declared anywhere in the header (a WebP may declare two). */
  pixels: number;
  /** Where GPS coordinates were found, if anywhere. */
  gps: 'exif' | 'xmp' | undefined;
}

/** Bytes read to name a file that is too large to inspect in full. */
const HEAD_BYTES = 64 * 1024;
const MAX_SEGMENTS = 10_000;
const MAX_CHUNKS = 1_000_000;
const MAX_METADATA_BYTES = 1024 * 1024;

class Corrupt extends Error {}

function u8(b: Uint8Array, at: number): number {
  const v = b[at];
  if (v === undefined) throw new Corrupt('header terpotong');
  return v;
}
function u16(b: Uint8Array, at: number, le: boolean): number {
  const x = u8(b, at);
  const y = u8(b, at + 1);
  return le ? x | (y << 8) : (x << 8) | y;
}
function u32(b: Uint8Array, at: number, le: boolean): number {
  const hi = u16(b, at + (le ? 2 : 0), le);
  const lo = u16(b, at + (le ? 0 : 2), le);
  return hi * 0x10000 + lo;
}
function ascii(b: Uint8Array, at: number, length: number): string {
  let s = '';
  for (let i = at; i < at + length && i < b.length; i += 1) s += String.fromCharCode(b[i] ?? 0);
  return s;
}
function startsWith(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((v, i) => b[at + i] === v);
}

// FF D8 FF in any real JPEG; FF D8 alone is still a JPEG for the (tolerant) segment walker to judge.
const JPEG_SIG = [0xff, 0xd8];
const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const REEXPORT =
  'Buka gambar aslinya lalu simpan atau ekspor sebagai JPEG (.jpg), PNG atau WebP, kemudian unggah berkas hasilnya.';

interface Foreign {
  rule: 'image-type' | 'image-heic' | 'image-corrupt';
  /** What the bytes really are, for the message. */
  what: string;
  fix: string;
}

const HEIC_FIX =
  'Format ini belum didukung. Ubah ke JPEG: di iPhone buka Pengaturan › Kamera › Format › Paling Kompatibel lalu ambil ulang fotonya, atau buka fotonya lalu ekspor/bagikan sebagai JPEG (misalnya kirim lewat WhatsApp lalu simpan).';

function isoBrand(head: Uint8Array): Foreign | undefined {
  if (ascii(head, 4, 4) !== 'ftyp') return undefined;
  const boxSize = u32(head, 0, false);
  const end = Math.min(head.length, boxSize >= 16 && boxSize <= 4096 ? boxSize : 16);
  const brands = [ascii(head, 8, 4)];
  for (let at = 16; at + 4 <= end && brands.length < 64; at += 4) brands.push(ascii(head, at, 4));
  const has = (...names: string[]) => brands.some((b) => names.includes(b));
  if (has('avif', 'avis'))
    return {
      rule: 'image-type',
      what: 'foto AVIF',
      fix: 'AVIF belum diterima sebagai berkas unggahan. Ekspor atau simpan ulang fotonya sebagai JPEG (.jpg), lalu unggah lagi.',
    };
  if (has('heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'mif2', 'msf1'))
    return { rule: 'image-heic', what: 'foto HEIC/HEIF (format bawaan iPhone)', fix: HEIC_FIX };
  if (has('crx '))
    return {
      rule: 'image-type',
      what: 'foto RAW kamera (CR3)',
      fix: 'Olah fotonya di aplikasi kamera atau komputer lalu ekspor sebagai JPEG (.jpg).',
    };
  return {
    rule: 'image-type',
    what: 'berkas video (MP4/MOV/3GP)',
    fix: 'Yang diterima hanya foto. Ambil tangkapan layar dari videonya atau unggah foto JPEG.',
  };
}

function textKind(head: Uint8Array): Foreign | undefined {
  let at = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[at] ?? 0)) at += 1;
  if (head[at] === 0x3c) {
    const text = ascii(head, at, 4096).toLowerCase();
    if (text.startsWith('<!doctype html') || /<(html|head|body)[\s>]/.test(text))
      return {
        rule: 'image-type',
        what: 'halaman web (HTML), mungkin tersimpan dari peramban alih-alih fotonya',
        fix: 'Buka fotonya sendiri di peramban (ketuk lama › Unduh gambar atau klik kanan › Simpan gambar), lalu unggah berkas foto itu.',
      };
    if (text.includes('<svg'))
      return {
        rule: 'image-type',
        what: 'gambar SVG (teks yang dapat berisi skrip)',
        fix: 'SVG tidak diterima. Ekspor gambarnya sebagai PNG atau JPEG, lalu unggah berkas hasilnya.',
      };
    return { rule: 'image-type', what: 'berkas teks XML/HTML', fix: REEXPORT };
  }
  const sample = head.subarray(0, 512);
  if (!sample.every((c) => c >= 0x09 && c !== 0x7f && (c >= 0x20 || c <= 0x0d))) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { rule: 'image-type', what: 'berkas teks', fix: REEXPORT };
  } catch {
    return undefined;
  }
}

/** The format of an accepted photo (JPEG, PNG, WebP), or what the bytes really are. Reads only `head`. */
export function sniff(head: Uint8Array): { format: ImageFormat } | Foreign {
  if (head.length === 0) return { rule: 'image-corrupt', what: 'berkas kosong (0 bita)', fix: REEXPORT };
  if (startsWith(head, JPEG_SIG)) return { format: 'jpeg' };
  if (startsWith(head, PNG_SIG)) return { format: 'png' };
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'WEBP') return { format: 'webp' };
    return {
      rule: 'image-type',
      what:
        form === 'AVI ' ? 'berkas video (AVI)' : form === 'WAVE' ? 'berkas suara (WAV)' : 'berkas RIFF yang bukan WebP',
      fix: REEXPORT,
    };
  }
  const iso = isoBrand(head);
  if (iso) return iso;
  const magic = ascii(head, 0, 8);
  const table: [boolean, string, string][] = [
    [
      magic.startsWith('GIF87a') || magic.startsWith('GIF89a'),
      'gambar GIF',
      'GIF tidak diterima. Simpan ulang gambarnya sebagai PNG atau JPEG.',
    ],
    [
      magic.startsWith('%PDF-'),
      'dokumen PDF',
      'Unggah fotonya saja: ambil tangkapan layar halaman PDF atau ekspor halamannya sebagai JPEG/PNG.',
    ],
    [
      startsWith(head, [0x50, 0x4b, 0x03, 0x04]) ||
        startsWith(head, [0x50, 0x4b, 0x05, 0x06]) ||
        startsWith(head, [0x50, 0x4b, 0x07, 0x08]),
      'arsip ZIP (atau dokumen Word/Excel/PowerPoint)',
      'Ekstrak arsipnya atau keluarkan fotonya dari dokumen, lalu unggah berkas fotonya saja.',
    ],
    [
      magic.startsWith('II*\0') || magic.startsWith('MM\0*'),
      'gambar TIFF atau foto RAW kamera',
      'Ekspor fotonya sebagai JPEG (.jpg) lalu unggah lagi.',
    ],
    [magic.startsWith('BM'), 'gambar BMP', 'Simpan ulang gambarnya sebagai PNG atau JPEG.'],
    [magic.startsWith('8BPS'), 'berkas Photoshop (PSD)', 'Ekspor gambarnya dari Photoshop sebagai JPEG atau PNG.'],
    [
      startsWith(head, [0xff, 0x0a]) || startsWith(head, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20]),
      'gambar JPEG XL',
      'Ekspor gambarnya sebagai JPEG (.jpg) biasa.',
    ],
    [
      startsWith(head, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]),
      'gambar JPEG 2000',
      'Ekspor gambarnya sebagai JPEG (.jpg) biasa.',
    ],
    [
      startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]),
      'berkas video (WebM/MKV)',
      'Yang diterima hanya foto JPEG, PNG atau WebP.',
    ],
    [
      magic.startsWith('\x7fELF') || magic.startsWith('MZ'),
      'program komputer',
      'Yang diterima hanya foto JPEG, PNG atau WebP.',
    ],
    [
      startsWith(head, [0x1f, 0x8b]) || magic.startsWith('Rar!') || startsWith(head, [0x37, 0x7a, 0xbc, 0xaf]),
      'arsip terkompresi (GZIP/RAR/7z)',
      'Ekstrak arsipnya lalu unggah berkas fotonya saja.',
    ],
  ];
  for (const [match, what, fix] of table) if (match) return { rule: 'image-type', what, fix };
  return textKind(head) ?? { rule: 'image-type', what: 'berkas yang jenisnya tidak dikenali', fix: REEXPORT };
}

// --- GPS in EXIF (TIFF) and XMP ------------------------------------------------------------

/** True when the TIFF structure's GPS IFD holds a latitude or longitude. Lenient: bad EXIF → false. */
export function exifHasGps(input: Uint8Array): boolean {
  const tiff = ascii(input, 0, 6) === 'Exif\0\0' ? input.subarray(6) : input;
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const le = order === 'II';
  try {
    if (u16(tiff, 2, le) !== 42) return false;
    const entries = (ifd: number) => {
      const count = u16(tiff, ifd, le);
      const list: { tag: number; type: number; value: number }[] = [];
      for (let i = 0; i < count && ifd + 2 + (i + 1) * 12 <= tiff.length; i += 1) {
        const at = ifd + 2 + i * 12;
        list.push({ tag: u16(tiff, at, le), type: u16(tiff, at + 2, le), value: u32(tiff, at + 8, le) });
      }
      return list;
    };
    const pointer = entries(u32(tiff, 4, le)).find((e) => e.tag === 0x8825 && (e.type === 4 || e.type === 13));
    if (!pointer || pointer.value < 8 || pointer.value >= tiff.length) return false;
    // 0x0002 GPSLatitude, 0x0004 GPSLongitude, 0x0014/0x0016 GPSDestLatitude/GPSDestLongitude.
    return entries(pointer.value).some((e) => [0x0002, 0x0004, 0x0014, 0x0016].includes(e.tag));
  } catch {
    return false;
  }
}

/** True when an XMP packet names GPS coordinates (exif:GPSLatitude, drone-dji:GpsLatitude…). */
export function xmpHasGps(packet: Uint8Array): boolean {
  return /gps_?(latitude|longitude)/i.test(ascii(packet, 0, Math.min(packet.length, MAX_METADATA_BYTES)));
}

// --- Headers ------------------------------------------------------------------------------

function readJpeg(b: Uint8Array): ImageHeader {
  let size: { width: number; height: number } | undefined;
  let gps: ImageHeader['gps'];
  let at = 2;
  for (let n = 0; n < MAX_SEGMENTS; n += 1) {
    // Like libjpeg, skip stray bytes before a marker, then any fill bytes.
    while (at < b.length && b[at] !== 0xff) at += 1;
    while (at < b.length && b[at] === 0xff) at += 1;
    if (at >= b.length) throw new Corrupt('JPEG terpotong sebelum data gambarnya');
    const marker = u8(b, at);
    at += 1;
    if ((marker >= 0xd0 && marker <= 0xd8) || marker === 0x01) continue;
    if (marker === 0xd9) throw new Corrupt('JPEG berakhir sebelum data gambarnya');
    const length = u16(b, at, false);
    if (length < 2 || at + length > b.length) throw new Corrupt('segmen JPEG terpotong');
    const payload = b.subarray(at + 2, at + length);
    if (marker === 0xda) {
      if (!size) throw new Corrupt('JPEG tanpa ukuran gambar');
      // FF D9 cannot occur inside entropy-coded data, so the first one is the end of the image.
      if (Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(Buffer.from([0xff, 0xd9]), at + length) < 0)
        throw new Corrupt('JPEG terpotong: penanda akhir gambar tidak ada');
      return { format: 'jpeg', ...size, pixels: size.width * size.height, gps };
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && !size) {
      const height = u16(payload, 1, false);
      const width = u16(payload, 3, false);
      if (width === 0 || height === 0) throw new Corrupt('ukuran JPEG tidak tercantum di header');
      size = { width, height };
    } else if (marker === 0xe1) {
      const id = ascii(payload, 0, 35);
      if (id.startsWith('Exif\0') && exifHasGps(payload.subarray(6))) gps = 'exif';
      else if (
        (id.startsWith('http://ns.adobe.com/xap/1.0/\0') || id.startsWith('http://ns.adobe.com/xmp/extension/\0')) &&
        xmpHasGps(payload)
      )
        gps ??= 'xmp';
    }
    at += length;
  }
  throw new Corrupt('terlalu banyak segmen JPEG');
}

/** `Raw profile type exif` text chunks (ImageMagick): "\nexif\n  <len>\n<hex…>". */
function rawProfileHasGps(text: string): boolean {
  const hex = text.replace(/^\s*\S+\s+\d+\s+/, '').replace(/\s+/g, '');
  if (!/^[0-9a-f]*$/i.test(hex)) return false;
  return exifHasGps(Buffer.from(hex.slice(0, MAX_METADATA_BYTES * 2), 'hex'));
}

function readPngText(type: string, data: Uint8Array): { keyword: string; text: Uint8Array } | undefined {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return undefined;
  const keyword = ascii(data, 0, nul);
  const inflate = (bytes: Uint8Array) => {
    try {
      return new Uint8Array(inflateSync(bytes, { maxOutputLength: MAX_METADATA_BYTES }));
    } catch {
      return new Uint8Array();
    }
  };
  if (type === 'tEXt') return { keyword, text: data.subarray(nul + 1) };
  if (type === 'zTXt') return { keyword, text: inflate(data.subarray(nul + 2)) };
  // iTXt: keyword\0 flag method language\0 translated\0 text
  const compressed = data[nul + 1] === 1;
  let at = nul + 3;
  for (let skip = 0; skip < 2; skip += 1) {
    const end = data.indexOf(0, at);
    if (end < 0) return undefined;
    at = end + 1;
  }
  return { keyword, text: compressed ? inflate(data.subarray(at)) : data.subarray(at) };
}

function readPng(b: Uint8Array): ImageHeader {
  if (u32(b, 8, false) !== 13 || ascii(b, 12, 4) !== 'IHDR') throw new Corrupt('PNG tanpa header IHDR');
  const width = u32(b, 16, false);
  const height = u32(b, 20, false);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw new Corrupt('ukuran PNG tidak sah');
  let gps: ImageHeader['gps'];
  let at = 8;
  for (let n = 0; n < MAX_CHUNKS; n += 1) {
    if (at + 12 > b.length) throw new Corrupt('PNG terpotong: penutup IEND tidak ada');
    const length = u32(b, at, false);
    const type = ascii(b, at + 4, 4);
    if (length > 0x7fffffff || at + 12 + length > b.length) throw new Corrupt('bagian PNG terpotong');
    const data = b.subarray(at + 8, at + 8 + length);
    if (type === 'IEND') return { format: 'png', width, height, pixels: width * height, gps };
    if (type === 'eXIf' && exifHasGps(data)) gps = 'exif';
    else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const text = readPngText(type, data);
      if (text?.keyword === 'XML:com.adobe.xmp' && xmpHasGps(text.text)) gps ??= 'xmp';
      else if (/^Raw profile type (exif|APP1)$/i.test(text?.keyword ?? '') && text) {
        if (rawProfileHasGps(ascii(text.text, 0, text.text.length))) gps = 'exif';
      }
    }
    at += 12 + length;
  }
  throw new Corrupt('terlalu banyak bagian PNG');
}

function readWebp(b: Uint8Array): ImageHeader {
  const end = 8 + u32(b, 4, true);
  if (end > b.length) throw new Corrupt('WebP terpotong');
  let canvas: { width: number; height: number } | undefined;
  let bitstream: { width: number; height: number } | undefined;
  let pixels = 0;
  let gps: ImageHeader['gps'];
  let at = 12;
  for (let n = 0; n < MAX_CHUNKS && at + 8 <= end; n += 1) {
    const type = ascii(b, at, 4);
    const length = u32(b, at + 4, true);
    if (at + 8 + length > end) throw new Corrupt('bagian WebP terpotong');
    const data = b.subarray(at + 8, at + 8 + length);
    let found: { width: number; height: number } | undefined;
    if (type === 'VP8X') {
      found = canvas = {
        width: 1 + u8(data, 4) + u8(data, 5) * 0x100 + u8(data, 6) * 0x10000,
        height: 1 + u8(data, 7) + u8(data, 8) * 0x100 + u8(data, 9) * 0x10000,
      };
    } else if (type === 'VP8 ' && !bitstream) {
      if (!startsWith(data, [0x9d, 0x01, 0x2a], 3)) throw new Corrupt('data VP8 tidak sah');
      found = bitstream = { width: u16(data, 6, true) & 0x3fff, height: u16(data, 8, true) & 0x3fff };
    } else if (type === 'VP8L' && !bitstream) {
      if (u8(data, 0) !== 0x2f) throw new Corrupt('data VP8L tidak sah');
      const bits = u32(data, 1, true);
      found = bitstream = { width: (bits & 0x3fff) + 1, height: (Math.floor(bits / 0x4000) & 0x3fff) + 1 };
    } else if (type === 'EXIF' && exifHasGps(data)) gps = 'exif';
    else if (type === 'XMP ' && xmpHasGps(data)) gps ??= 'xmp';
    if (found) pixels = Math.max(pixels, found.width * found.height);
    at += 8 + length + (length % 2);
  }
  const size = canvas ?? bitstream;
  if (!size || size.width === 0 || size.height === 0) throw new Corrupt('WebP tanpa ukuran gambar');
  return { format: 'webp', ...size, pixels, gps };
}

/** Reads format, dimensions and GPS presence from a whole file's bytes; throws on a broken header. */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const kind = sniff(bytes);
  if (!('format' in kind)) throw new Corrupt(kind.what);
  return kind.format === 'jpeg' ? readJpeg(bytes) : kind.format === 'png' ? readPng(bytes) : readWebp(bytes);
}

// --- Findings -----------------------------------------------------------------------------

const number = (value: number, digits = 0) =>
  value.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const corrupt = (detail: string): ImageFinding => ({
  rule: 'image-corrupt',
  message: `Berkas foto rusak atau terpotong (${detail}), sehingga tidak dapat dipakai. Buka fotonya di ponsel atau komputer, simpan atau ekspor ulang sebagai JPEG, lalu unggah lagi.`,
});

function foreign(kind: Foreign): ImageFinding {
  if (kind.rule === 'image-corrupt') return corrupt(kind.what);
  return {
    rule: kind.rule,
    message: `Isi berkas ini ternyata ${kind.what}, bukan foto JPEG, PNG atau WebP (jenis berkas ditentukan oleh isinya, bukan oleh akhiran namanya). ${kind.fix}`,
  };
}

function tooLarge(size: number): ImageFinding {
  return {
    rule: 'image-too-large',
    message: `Berkas foto ${number(Math.ceil((size / 1024 / 1024) * 10) / 10, 1)} MB, melebihi batas ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB. Perkecil dahulu: kirim fotonya lewat WhatsApp lalu simpan hasilnya, atau ekspor ulang dengan sisi terpanjang sekitar 2.000 piksel.`,
  };
}

/**
 * Judges a photo from its bytes. `fileSize` is the size on disk when `bytes` holds only the
 * start of a file that is already too large; `name` is only used in the advice.
 */
export function inspectImageBytes(bytes: Uint8Array, fileSize = bytes.length, name = 'foto.jpg'): ImageFinding[] {
  try {
    const findings: ImageFinding[] = [];
    const kind = sniff(bytes);
    if (fileSize > IMAGE_LIMITS.maxBytes) findings.push(tooLarge(fileSize));
    if (!('format' in kind)) return [foreign(kind), ...findings];
    if (fileSize > bytes.length) return findings;
    const header = readImageHeader(bytes);
    const { width, height } = header;
    if (header.pixels > IMAGE_LIMITS.maxPixels) {
      findings.push({
        rule: 'image-too-many-pixels',
        message: `Foto berukuran ${number(width)}×${number(height)} piksel (${number(header.pixels / 1e6, 1)} megapiksel), melebihi batas ${IMAGE_LIMITS.maxPixels / 1e6} megapiksel. Perkecil fotonya, misalnya menjadi sekitar 2.000 piksel pada sisi terpanjang, lalu unggah lagi.`,
      });
    }
    if (Math.min(width, height) < IMAGE_LIMITS.minShortSide) {
      findings.push({
        rule: 'image-too-small',
        message: `Foto terlalu kecil: ${number(width)}×${number(height)} piksel. Sisi terpendeknya minimal ${IMAGE_LIMITS.minShortSide} piksel agar tetap jelas di layar. Unggah foto asli dari kamera, bukan gambar kecil atau gambar pratinjau.`,
      });
    }
    if (header.gps) {
      const command = header.gps === 'xmp' ? `exiftool -gps:all= -xmp:all= ${name}` : `exiftool -gps:all= ${name}`;
      findings.push({
        rule: 'image-gps',
        message: `Foto ini menyimpan koordinat GPS (lokasi persis tempat foto diambil) di data ${header.gps === 'xmp' ? 'XMP' : 'EXIF'}-nya. Jika diterima, lokasi itu dapat dibaca siapa saja dan tetap tersimpan di riwayat git walaupun fotonya kelak diganti. Hapus lokasinya lalu unggah ulang: di Android buka Galeri › Detail (ⓘ) › hapus lokasi; di iPhone buka Foto › ⓘ › Sesuaikan › Tanpa Lokasi; atau simpan ulang foto tanpa lokasi (misalnya kirim lewat WhatsApp lalu simpan); atau jalankan \`${command}\`.`,
      });
    }
    return findings;
  } catch (error) {
    return [corrupt(error instanceof Corrupt ? error.message : 'header tidak dapat dibaca')];
  }
}

/** Judges the photo at `absPath`: stat first, then read only what is needed (never more than the limit). */
export function inspectImage(absPath: string): ImageFinding[] {
  const name = basename(absPath);
  try {
    const stat = lstatSync(absPath);
    if (stat.isSymbolicLink())
      return [
        {
          rule: 'image-type',
          message:
            'Berkas ini adalah tautan simbolik (symlink), bukan foto. Unggah berkas fotonya sendiri ke folder ini.',
        },
      ];
    if (!stat.isFile()) return [corrupt('bukan berkas biasa')];
    if (stat.size <= IMAGE_LIMITS.maxBytes) return inspectImageBytes(readFileSync(absPath), stat.size, name);
    const head = new Uint8Array(HEAD_BYTES);
    const fd = openSync(absPath, 'r');
    try {
      const read = readSync(fd, head, 0, HEAD_BYTES, 0);
      return inspectImageBytes(head.subarray(0, read), stat.size, name);
    } finally {
      closeSync(fd);
    }
  } catch {
    return [corrupt('berkas tidak dapat dibaca')];
  }
}
