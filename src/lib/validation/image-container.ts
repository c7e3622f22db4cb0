/**
 * What an image file is, read from its bytes alone and without decoding a pixel: the container
 * (sniffed, never trusted from the name), its dimensions from the header, and the list of every
 * block it carries besides pixels (JPEG segments, PNG chunks, WebP chunks) and any bytes after
 * the image's end. The validator whitelists those blocks: a prepared photo carries at most an
 * orientation and a colour profile, so whatever else is there (EXIF beyond orientation, XMP in
 * any encoding or split over segments, IPTC, text chunks, comments, hidden appended data) is
 * refused without having to understand it. Every loop is bounded and every offset checked.
 */
import { inflateSync } from 'node:zlib';

export class Corrupt extends Error {}

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

export interface Foreign {
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

// --- Structure ----------------------------------------------------------------------------

export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** A block of a file other than its pixels. */
export interface ImageBlock {
  /**
   * - `orientation-exif`: EXIF whose only content the validator must still read (exif-reader);
   * - `colour`: a colour profile or colour information (ICC, sRGB, gamma…): allowed;
   * - `structure`: what any decoder needs (JFIF header, Adobe colour transform, tables): allowed;
   * - `metadata`: anything else a person or program wrote about the photo: refused;
   * - `animation`: frames of an animation: refused.
   */
  kind: 'exif' | 'colour' | 'structure' | 'metadata' | 'animation';
  /** What it is, for messages: "XMP", "IPTC", "komentar JPEG", "teks PNG (Comment)". */
  label: string;
  data: Uint8Array;
}

export interface ImageStructure {
  format: ImageFormat;
  width: number;
  height: number;
  /** Largest width × height declared anywhere (a WebP may declare two). */
  pixels: number;
  blocks: ImageBlock[];
  /** Bytes after the end of the image (an appended file, a second image, a video). */
  trailing: number;
}

const MAX_SEGMENTS = 10_000;
const MAX_CHUNKS = 100_000;
/** Text blocks are inflated only this far, to look for a location for the message. */
export const MAX_METADATA_BYTES = 1024 * 1024;

function jpegAppBlock(marker: number, payload: Uint8Array): ImageBlock {
  const id = ascii(payload, 0, 40);
  const block = (kind: ImageBlock['kind'], label: string): ImageBlock => ({ kind, label, data: payload });
  switch (marker) {
    case 0xe0:
      return id.startsWith('JFIF\0') ? block('structure', 'JFIF') : block('metadata', `APP0 (${printable(id, 5)})`);
    case 0xe1:
      if (id.startsWith('Exif\0')) return { kind: 'exif', label: 'EXIF', data: payload.subarray(6) };
      if (id.startsWith('http://ns.adobe.com/xap/1.0/')) return block('metadata', 'XMP');
      if (id.startsWith('http://ns.adobe.com/xmp/extension/')) return block('metadata', 'XMP tambahan (extended XMP)');
      return block('metadata', `APP1 (${printable(id, 12)})`);
    case 0xe2:
      if (id.startsWith('ICC_PROFILE\0')) return block('colour', 'profil warna ICC');
      if (id.startsWith('MPF\0')) return block('metadata', 'gambar tambahan (MPF)');
      return block('metadata', `APP2 (${printable(id, 12)})`);
    case 0xed:
      return block('metadata', id.startsWith('Photoshop 3.0') ? 'IPTC/Photoshop' : 'APP13');
    case 0xee:
      return id.startsWith('Adobe') ? block('structure', 'Adobe') : block('metadata', 'APP14');
    default:
      return block('metadata', `APP${marker - 0xe0} (${printable(id, 12)})`);
  }
}

/** Visible ASCII of an identifier, for messages (contributor bytes: nothing else passes). */
function printable(text: string, max: number): string {
  return (
    text
      .slice(0, max)
      .replace(/[^\x20-\x7e]/g, '')
      .trim() || '?'
  );
}

/** Skips entropy-coded data after a scan header; returns the offset of the next marker's 0xFF. */
function afterScan(b: Uint8Array, from: number): number {
  for (let at = from; at + 1 < b.length; at += 1) {
    if (b[at] !== 0xff) continue;
    const next = b[at + 1] ?? 0;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return at;
  }
  throw new Corrupt('JPEG terpotong: penanda akhir gambar tidak ada');
}

function readJpeg(b: Uint8Array): ImageStructure {
  let size: { width: number; height: number } | undefined;
  const blocks: ImageBlock[] = [];
  let scanned = false;
  let at = 2;
  for (let n = 0; n < MAX_SEGMENTS; n += 1) {
    if (u8(b, at) !== 0xff) throw new Corrupt('segmen JPEG tidak sah');
    while (b[at] === 0xff) at += 1;
    const marker = u8(b, at);
    at += 1;
    if (marker >= 0xd0 && marker <= 0xd7) continue;
    if (marker === 0xd9) {
      if (!size || !scanned) throw new Corrupt('JPEG berakhir sebelum data gambarnya');
      return { format: 'jpeg', ...size, pixels: size.width * size.height, blocks, trailing: b.length - at };
    }
    if (marker === 0xd8 || marker === 0x01 || marker === 0x00) throw new Corrupt('penanda JPEG tidak sah');
    const length = u16(b, at, false);
    if (length < 2 || at + length > b.length) throw new Corrupt('segmen JPEG terpotong');
    const payload = b.subarray(at + 2, at + length);
    if (marker === 0xda) {
      if (!size) throw new Corrupt('JPEG tanpa ukuran gambar');
      scanned = true;
      at = afterScan(b, at + length);
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (size) throw new Corrupt('JPEG dengan dua header ukuran');
      const height = u16(payload, 1, false);
      const width = u16(payload, 3, false);
      if (width === 0 || height === 0) throw new Corrupt('ukuran JPEG tidak tercantum di header');
      size = { width, height };
    } else if (marker >= 0xe0 && marker <= 0xef) {
      blocks.push(jpegAppBlock(marker, payload));
    } else if (marker === 0xfe) {
      blocks.push({ kind: 'metadata', label: 'komentar JPEG', data: payload });
    } else if (![0xc4, 0xcc, 0xdb, 0xdd, 0xdc].includes(marker)) {
      throw new Corrupt(`penanda JPEG tidak dikenal (0x${marker.toString(16)})`);
    }
    at += length;
  }
  throw new Corrupt('terlalu banyak segmen JPEG');
}

/** PNG chunks that carry pixels, their layout or colour: nothing a person wrote. */
const PNG_STRUCTURE = new Set(['IHDR', 'PLTE', 'IDAT', 'tRNS', 'bKGD', 'pHYs', 'sBIT', 'hIST', 'sPLT']);
const PNG_COLOUR = new Set(['iCCP', 'sRGB', 'gAMA', 'cHRM', 'cICP', 'mDCV', 'cLLI']);
const PNG_ANIMATION = new Set(['acTL', 'fcTL', 'fdAT']);

function pngText(type: string, data: Uint8Array): Uint8Array {
  const nul = data.indexOf(0);
  if (nul < 0) return data;
  const inflate = (bytes: Uint8Array) => {
    try {
      return new Uint8Array(inflateSync(bytes, { maxOutputLength: MAX_METADATA_BYTES }));
    } catch {
      return bytes;
    }
  };
  if (type === 'zTXt') return inflate(data.subarray(nul + 2));
  if (type !== 'iTXt') return data.subarray(nul + 1);
  let at = nul + 3;
  for (let skip = 0; skip < 2; skip += 1) {
    const end = data.indexOf(0, at);
    if (end < 0) return data;
    at = end + 1;
  }
  return data[nul + 1] === 1 ? inflate(data.subarray(at)) : data.subarray(at);
}

/**
 * The bytes of an ImageMagick "raw profile" text ("\nexif\n   1234\n4578696600…"): EXIF
 * written as hex, so its GPS tags are invisible to a text search. Undefined when not hex.
 */
function rawProfile(text: Uint8Array): Uint8Array | undefined {
  const lines = Buffer.from(text).toString('latin1').trim().split('\n');
  const hex = lines.slice(2).join('').replace(/\s+/g, '');
  if (hex.length < 16 || hex.length % 2 || !/^[0-9a-f]+$/i.test(hex)) return undefined;
  const bytes = Buffer.from(hex, 'hex');
  return ascii(bytes, 0, 6) === 'Exif\0\0' ? bytes.subarray(6) : bytes;
}

function readPng(b: Uint8Array): ImageStructure {
  if (u32(b, 8, false) !== 13 || ascii(b, 12, 4) !== 'IHDR') throw new Corrupt('PNG tanpa header IHDR');
  const width = u32(b, 16, false);
  const height = u32(b, 20, false);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw new Corrupt('ukuran PNG tidak sah');
  const blocks: ImageBlock[] = [];
  let at = 8;
  for (let n = 0; n < MAX_CHUNKS; n += 1) {
    if (at + 12 > b.length) throw new Corrupt('PNG terpotong: penutup IEND tidak ada');
    const length = u32(b, at, false);
    const type = ascii(b, at + 4, 4);
    if (length > 0x7fffffff || at + 12 + length > b.length) throw new Corrupt('bagian PNG terpotong');
    const data = b.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === 'IEND')
      return { format: 'png', width, height, pixels: width * height, blocks, trailing: b.length - at };
    if (PNG_STRUCTURE.has(type)) continue;
    if (PNG_COLOUR.has(type)) blocks.push({ kind: 'colour', label: `PNG ${type}`, data });
    else if (PNG_ANIMATION.has(type)) blocks.push({ kind: 'animation', label: `animasi PNG (${type})`, data });
    else if (type === 'eXIf') blocks.push({ kind: 'exif', label: 'EXIF', data });
    else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const keyword = printable(ascii(data, 0, Math.max(0, Math.min(79, data.indexOf(0)))), 40);
      const text = pngText(type, data);
      const exif = /^Raw profile type (exif|APP1)$/i.test(keyword) ? rawProfile(text) : undefined;
      if (exif) blocks.push({ kind: 'exif', label: `EXIF dalam teks PNG (${keyword})`, data: exif });
      else blocks.push({ kind: 'metadata', label: `teks PNG (${keyword})`, data: text });
    } else blocks.push({ kind: 'metadata', label: `bagian PNG "${printable(type, 4)}"`, data });
  }
  throw new Corrupt('terlalu banyak bagian PNG');
}

function readWebp(b: Uint8Array): ImageStructure {
  const end = 8 + u32(b, 4, true);
  if (end > b.length || end < 20) throw new Corrupt('WebP terpotong');
  let canvas: { width: number; height: number } | undefined;
  let bitstream: { width: number; height: number } | undefined;
  let pixels = 0;
  const blocks: ImageBlock[] = [];
  let at = 12;
  for (let n = 0; n < MAX_CHUNKS && at < end; n += 1) {
    if (at + 8 > end) throw new Corrupt('bagian WebP terpotong');
    const type = ascii(b, at, 4);
    const length = u32(b, at + 4, true);
    if (at + 8 + length > end) throw new Corrupt('bagian WebP terpotong');
    const data = b.subarray(at + 8, at + 8 + length);
    let found: { width: number; height: number } | undefined;
    if (type === 'VP8X') {
      if ((u8(data, 0) & 0x02) !== 0) blocks.push({ kind: 'animation', label: 'animasi WebP', data });
      found = canvas = {
        width: 1 + u8(data, 4) + u8(data, 5) * 0x100 + u8(data, 6) * 0x10000,
        height: 1 + u8(data, 7) + u8(data, 8) * 0x100 + u8(data, 9) * 0x10000,
      };
    } else if (type === 'VP8 ') {
      if (bitstream || !startsWith(data, [0x9d, 0x01, 0x2a], 3)) throw new Corrupt('data VP8 tidak sah');
      found = bitstream = { width: u16(data, 6, true) & 0x3fff, height: u16(data, 8, true) & 0x3fff };
    } else if (type === 'VP8L') {
      if (bitstream || u8(data, 0) !== 0x2f) throw new Corrupt('data VP8L tidak sah');
      const bits = u32(data, 1, true);
      found = bitstream = { width: (bits & 0x3fff) + 1, height: (Math.floor(bits / 0x4000) & 0x3fff) + 1 };
    } else if (type === 'ALPH') {
      // Transparency of a lossy image: pixels.
    } else if (type === 'ICCP') blocks.push({ kind: 'colour', label: 'profil warna ICC', data });
    else if (type === 'EXIF') blocks.push({ kind: 'exif', label: 'EXIF', data });
    else if (type === 'XMP ') blocks.push({ kind: 'metadata', label: 'XMP', data });
    else if (type === 'ANIM' || type === 'ANMF') blocks.push({ kind: 'animation', label: 'animasi WebP', data });
    else blocks.push({ kind: 'metadata', label: `bagian WebP "${printable(type, 4)}"`, data });
    if (found) pixels = Math.max(pixels, found.width * found.height);
    at += 8 + length + (length % 2);
  }
  const size = canvas ?? bitstream;
  // An animation keeps its bitstreams inside its frames (ANMF): refused as an animation, not as corrupt.
  const animated = blocks.some((block) => block.kind === 'animation');
  if (!size || (!bitstream && !animated) || size.width === 0 || size.height === 0)
    throw new Corrupt('WebP tanpa data gambar');
  return { format: 'webp', ...size, pixels, blocks, trailing: b.length - Math.min(end, b.length) };
}

/** Reads the structure of a JPEG, PNG or WebP; throws `Corrupt` (Indonesian detail) on anything else. */
export function readImageStructure(bytes: Uint8Array): ImageStructure {
  const kind = sniff(bytes);
  if (!('format' in kind)) throw new Corrupt(kind.what);
  return kind.format === 'jpeg' ? readJpeg(bytes) : kind.format === 'png' ? readPng(bytes) : readWebp(bytes);
}
