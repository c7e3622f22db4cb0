/**
 * Judges a contributed photo the way the build will meet it, so that a photo that validates
 * can never break the build or leak a location:
 * 1. by its bytes, never its name: the container is sniffed and must match the extension;
 * 2. by its header, before any decoding: the repository's caps (src/lib/caps.ts) and the pixel
 *    limit against decompression bombs;
 * 3. by a whitelist of blocks (image-container.ts): at most an orientation (EXIF read by
 *    exif-reader) and a colour profile; any other metadata, animation or appended data is
 *    refused, naming the location when one is found;
 * 4. by decoding it for real with sharp under the build's own limits and with Astro's own
 *    metadata reader, so truncated or corrupt data and unusual colour spaces are caught here.
 * Nothing here throws: a broken file becomes a finding.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import exifReader from 'exif-reader';
import { imageMetadata } from 'astro/assets/utils';
import sharp from 'sharp';
import { kilobytes, PHOTO_CAPS } from '../caps.ts';
import { MAX_INPUT_PIXELS } from '../image-plan.ts';
import {
  Corrupt,
  MAX_METADATA_BYTES,
  readImageStructure,
  sniff,
  type Foreign,
  type ImageBlock,
  type ImageFormat,
} from './image-container.ts';
import type { VerdictCache } from './verdict-cache.ts';

export type ImageRule =
  | 'image-type'
  | 'image-heic'
  | 'image-extension'
  | 'image-empty'
  | 'image-too-large'
  | 'image-dimensions'
  | 'image-too-many-pixels'
  | 'image-too-small'
  | 'image-gps'
  | 'image-metadata'
  | 'image-animated'
  | 'image-colour'
  | 'image-corrupt';

export interface ImageFinding {
  rule: ImageRule;
  /** What is wrong and how to fix it, in Bahasa Indonesia. */
  message: string;
}

/**
 * Where to prepare photos: named by every message about size or metadata. (The in-browser
 * contribution editor joins this advice when it exists.)
 */
export const PREPARE_ADVICE = `Siapkan fotonya lewat editor kontribusi di situs (tombol "Tambah profil" atau "Perbarui" di halaman desa), atau di komputer dengan \`npm run foto -- <berkas>\`: foto diputar tegak, diperkecil sampai paling besar ${PHOTO_CAPS.maxLongSide.toLocaleString('id-ID')} piksel dan ${kilobytes(PHOTO_CAPS.maxBytes)}, dan semua metadatanya (termasuk lokasi) dihapus.`;

/** Largest file read whole; bigger files are judged from their first bytes only. */
const READ_LIMIT = 16 * 1024 * 1024;

const EXTENSIONS: Record<ImageFormat, readonly string[]> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
};

/**
 * EXIF tags a prepared photo may keep: its orientation and how its pixels are laid out (what
 * sharp and phone editors write beside an orientation). Nothing here says who, where or when.
 */
const ALLOWED_EXIF_TAGS: Record<string, ReadonlySet<string>> = {
  Image: new Set(['Orientation', 'XResolution', 'YResolution', 'ResolutionUnit', 'YCbCrPositioning', 'ExifTag']),
  Photo: new Set([
    'ExifVersion',
    'FlashpixVersion',
    'ComponentsConfiguration',
    'ColorSpace',
    'PixelXDimension',
    'PixelYDimension',
  ]),
};

const number = (value: number, digits = 0) =>
  value.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const corrupt = (detail: string): ImageFinding => ({
  rule: 'image-corrupt',
  message: `Berkas foto rusak atau terpotong (${detail}), sehingga tidak dapat dipakai. Buka fotonya di ponsel atau komputer, simpan atau ekspor ulang sebagai JPEG, lalu unggah lagi. ${PREPARE_ADVICE}`,
});

function foreign(kind: Foreign): ImageFinding {
  if (kind.rule === 'image-corrupt') return corrupt(kind.what);
  return {
    rule: kind.rule,
    message: `Isi berkas ini ternyata ${kind.what}, bukan foto JPEG, PNG atau WebP (jenis berkas ditentukan oleh isinya, bukan oleh akhiran namanya). ${kind.fix}`,
  };
}

/** Text of a block in the encodings metadata is written in (XMP may be UTF-16). */
function blockText(data: Uint8Array): string {
  const bytes = data.subarray(0, MAX_METADATA_BYTES);
  const latin1 = Buffer.from(bytes).toString('latin1');
  const utf16le = Buffer.from(bytes).toString('utf16le');
  const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  swapped.swap16();
  return `${latin1}\n${utf16le}\n${swapped.toString('utf16le')}`;
}

/** A location named in any metadata: GPS tags, XMP/IPTC location fields, in any encoding. */
const LOCATION =
  /gps|latitude|longitude|geo:|location(shown|created)?|sub-?location|\bcity\b|photoshop:city|iptc4xmpext/i;

/** IPTC datasets (record 2) that name a place: location code/name, city, sub-location, province, country. */
const IPTC_PLACES = new Set([26, 27, 90, 92, 95, 100, 101]);

/** Whether IPTC records (binary: 0x1C, record, dataset, length) in a block name a place. */
function iptcHasLocation(data: Uint8Array): boolean {
  for (let at = 0; at + 4 < data.length; at += 1) {
    if (data[at] === 0x1c && data[at + 1] === 2 && IPTC_PLACES.has(data[at + 2] ?? 0)) {
      const length = ((data[at + 3] ?? 0) << 8) | (data[at + 4] ?? 0);
      if (length > 0 && length < 0x8000 && at + 5 + length <= data.length) return true;
    }
  }
  return false;
}

/** Largest colour profile a photo may keep: sRGB and Display P3 profiles are 0.5–4 KB. */
const MAX_COLOUR_BYTES = 64 * 1024;
/** Words of a location in a colour profile's text (its description tags are free text). */
const GPS_WORDS = /gps|latitude|longitude|geo:/i;

interface ExifVerdict {
  gps: boolean;
  /** Tags other than the allowed ones (names, for the message). */
  extra: string[];
}

/** Largest EXIF block that can hold only an orientation and layout tags (sharp writes ~200 bytes). */
const MAX_ALLOWED_EXIF_BYTES = 1024;

/**
 * IFD entries of GPS tags, as stored in either byte order: the GPS directory pointer (0x8825,
 * LONG × 1), GPSLatitudeRef/GPSLongitudeRef (ASCII × 2) and GPSLatitude/GPSLongitude (RATIONAL
 * × 3). Found even where no directory points at them any more.
 */
const GPS_ENTRIES = [
  [0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01],
  [0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02],
  [0x00, 0x02, 0x00, 0x05, 0x00, 0x00, 0x00, 0x03],
  [0x00, 0x03, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02],
  [0x00, 0x04, 0x00, 0x05, 0x00, 0x00, 0x00, 0x03],
].flatMap((be) => {
  const le = [be[1], be[0], be[3], be[2], be[7], be[6], be[5], be[4]];
  return [Buffer.from(be), Buffer.from(le as number[])];
});

const hasGpsEntry = (data: Uint8Array) => GPS_ENTRIES.some((entry) => Buffer.from(data).includes(entry));

function judgeExif(data: Uint8Array): ExifVerdict {
  const gpsBytes = hasGpsEntry(data) || LOCATION.test(blockText(data));
  let parsed: ReturnType<typeof exifReader>;
  try {
    parsed = exifReader(Buffer.from(data));
  } catch {
    // EXIF that cannot be read cannot be shown to hold only an orientation.
    return { gps: gpsBytes, extra: ['EXIF yang tidak dapat dibaca'] };
  }
  const extra: string[] = [];
  let tags = 0;
  for (const [group, values] of Object.entries(parsed)) {
    if (group === 'bigEndian' || !values || typeof values !== 'object') continue;
    for (const tag of Object.keys(values)) {
      tags += 1;
      if (!ALLOWED_EXIF_TAGS[group]?.has(tag)) extra.push(tag);
    }
  }
  // Bytes no readable tag accounts for (an unreachable directory, padding) may hold anything.
  if (tags === 0) extra.push('EXIF yang tidak dapat dibaca');
  else if (data.length > MAX_ALLOWED_EXIF_BYTES && extra.length === 0) extra.push(`${number(data.length)} bita EXIF`);
  return { gps: gpsBytes || Object.keys(parsed.GPSInfo ?? {}).length > 0, extra };
}

function metadataFindings(blocks: readonly ImageBlock[], trailing: number): ImageFinding[] {
  const refused: string[] = [];
  let gps = false;
  for (const block of blocks) {
    if (block.kind === 'exif') {
      const verdict = judgeExif(block.data);
      gps ||= verdict.gps;
      if (verdict.extra.length)
        refused.push(`EXIF (${verdict.extra.slice(0, 4).join(', ')}${verdict.extra.length > 4 ? ', …' : ''})`);
    } else if (block.kind === 'metadata') {
      gps ||= LOCATION.test(blockText(block.data)) || iptcHasLocation(block.data);
      refused.push(block.label);
    } else if (block.kind === 'colour') {
      // A colour profile is allowed, but its text tags could carry anything: only a profile of
      // a profile's size, with no location in it.
      const text = blockText(block.data);
      gps ||= GPS_WORDS.test(text);
      if (block.data.length > MAX_COLOUR_BYTES || GPS_WORDS.test(text))
        refused.push(`${block.label} (${kilobytes(block.data.length)})`);
    }
  }
  if (trailing > 0) refused.push(`${number(trailing)} bita data tersembunyi setelah akhir gambar`);
  if (!refused.length && !gps) return [];
  const list = [...new Set(refused)].join('; ');
  if (gps) {
    return [
      {
        rule: 'image-gps',
        message: `Foto ini menyimpan lokasi (koordinat GPS atau nama tempat) di metadatanya (${list}). Jika diterima, lokasi itu dapat dibaca siapa saja dan tetap tersimpan di riwayat git walaupun fotonya kelak diganti. ${PREPARE_ADVICE}`,
      },
    ];
  }
  return [
    {
      rule: 'image-metadata',
      message: `Foto ini membawa metadata yang tidak diterima (${list}). Foto di repositori hanya boleh membawa arah putar dan profil warna; metadata lain dapat berisi lokasi, nama perangkat atau data pribadi. ${PREPARE_ADVICE}`,
    },
  ];
}

/** Decodes the photo as the build will (same limits, same steps as src/lib/photo-encoder.ts). */
async function decodeFindings(bytes: Uint8Array, width: number, height: number): Promise<ImageFinding[]> {
  try {
    const image = sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_INPUT_PIXELS });
    const meta = await image.metadata();
    if ((meta.pages ?? 1) > 1) {
      return [
        {
          rule: 'image-animated',
          message: `Foto ini berisi ${number(meta.pages ?? 0)} gambar (animasi atau beberapa halaman). Unggah satu foto diam. ${PREPARE_ADVICE}`,
        },
      ];
    }
    if (meta.width !== width || meta.height !== height)
      return [corrupt('ukuran di header tidak sama dengan isi gambarnya')];
    if (!['srgb', 'b-w', 'rgb16', 'grey16'].includes(meta.space ?? '')) {
      return [
        {
          rule: 'image-colour',
          message: `Foto ini memakai ruang warna "${String(meta.space ?? '?').replace(/[^a-z0-9-]/gi, '')}" (misalnya CMYK untuk cetak), bukan warna layar (sRGB). ${PREPARE_ADVICE}`,
        },
      ];
    }
    await image.rotate().toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer();
    const astro = await imageMetadata(Buffer.from(bytes));
    if (!astro.width || !astro.height) return [corrupt('ukuran gambar tidak terbaca')];
    return [];
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return [
      corrupt(/truncat|premature|end of/i.test(detail) ? 'data gambar terpotong' : 'data gambar tidak dapat dibaca'),
    ];
  }
}

/**
 * Judges a photo from its bytes. `fileSize` is the size on disk when `bytes` holds only the
 * start of a larger file; `name` decides the expected format by its extension.
 */
export async function inspectImageBytes(
  bytes: Uint8Array,
  name: string,
  fileSize = bytes.length,
): Promise<ImageFinding[]> {
  const findings = await judgeBytes(bytes, name, fileSize);
  // One photo, one piece of advice: only its last message says how to prepare it.
  const last = findings.findLastIndex((f) => f.message.includes(PREPARE_ADVICE));
  return findings.map((f, i) =>
    i === last ? f : { ...f, message: f.message.replace(` ${PREPARE_ADVICE}`, '').replace(PREPARE_ADVICE, '').trim() },
  );
}

async function judgeBytes(bytes: Uint8Array, name: string, fileSize: number): Promise<ImageFinding[]> {
  if (fileSize === 0)
    return [{ rule: 'image-empty', message: 'Berkas foto ini kosong (0 bita). Unggah ulang fotonya.' }];
  const kind = sniff(bytes);
  if (!('format' in kind)) return [foreign(kind)];
  const findings: ImageFinding[] = [];
  const extension = /\.[^./]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (!EXTENSIONS[kind.format].includes(extension)) {
    const stem = name.replace(/\.[^./]+$/, '');
    findings.push({
      rule: 'image-extension',
      message: `Isi berkas ini foto ${kind.format.toUpperCase()}, tetapi namanya berakhiran "${extension || '(tanpa akhiran)'}". Ganti namanya menjadi "${stem}${EXTENSIONS[kind.format][0]}" (dan sesuaikan isian foto yang menyebutnya).`,
    });
  }
  if (fileSize > PHOTO_CAPS.maxBytes) {
    findings.push({
      rule: 'image-too-large',
      message: `Berkas foto ${kilobytes(fileSize)}, melebihi batas ${kilobytes(PHOTO_CAPS.maxBytes)}. Foto besar dari ponsel membebani repositori selamanya. ${PREPARE_ADVICE}`,
    });
  }
  if (fileSize > bytes.length) return findings;
  let structure;
  try {
    structure = readImageStructure(bytes);
  } catch (error) {
    return [...findings, corrupt(error instanceof Corrupt ? error.message : 'header tidak dapat dibaca')];
  }
  const { width, height, pixels } = structure;
  if (pixels > MAX_INPUT_PIXELS || width > 16_383 || height > 16_383) {
    return [
      ...findings,
      {
        rule: 'image-too-many-pixels',
        message: `Foto berukuran ${number(width)}×${number(height)} piksel (${number(pixels / 1e6, 1)} megapiksel): terlalu besar untuk diolah. ${PREPARE_ADVICE}`,
      },
    ];
  }
  if (Math.max(width, height) > PHOTO_CAPS.maxLongSide) {
    findings.push({
      rule: 'image-dimensions',
      message: `Foto berukuran ${number(width)}×${number(height)} piksel; sisi terpanjangnya paling banyak ${number(PHOTO_CAPS.maxLongSide)} piksel. ${PREPARE_ADVICE}`,
    });
  }
  if (Math.min(width, height) < PHOTO_CAPS.minShortSide) {
    findings.push({
      rule: 'image-too-small',
      message: `Foto terlalu kecil: ${number(width)}×${number(height)} piksel. Sisi terpendeknya minimal ${PHOTO_CAPS.minShortSide} piksel agar tetap jelas di layar. Gunakan foto asli dari kamera, bukan gambar kecil atau pratinjau.`,
    });
  }
  const animation = structure.blocks.find((b) => b.kind === 'animation');
  if (animation) {
    findings.push({
      rule: 'image-animated',
      message: `Berkas ini berisi ${animation.label}. Unggah satu foto diam. ${PREPARE_ADVICE}`,
    });
  }
  findings.push(...metadataFindings(structure.blocks, structure.trailing));
  if (findings.some((f) => f.rule === 'image-animated')) return findings;
  return [...findings, ...(await decodeFindings(bytes, width, height))];
}

/**
 * Judges the photo at `absPath` (a plain file, as listed by src/lib/content-walk.ts); with a
 * cache, the same bytes are judged once (src/lib/validation/verdict-cache.ts).
 */
export async function inspectImage(absPath: string, cache?: VerdictCache): Promise<ImageFinding[]> {
  const name = absPath.split(/[\\/]/).pop() ?? absPath;
  let handle;
  try {
    // O_NOFOLLOW: a link swapped in after the content walk is still not followed.
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW);
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, READ_LIMIT));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const whole = bytesRead === size;
    const known = whole ? cache?.get(bytes) : undefined;
    if (known) return known;
    const findings = await inspectImageBytes(bytes, name, size);
    if (whole) cache?.set(bytes, findings);
    return findings;
  } catch {
    return [corrupt('berkas tidak dapat dibaca')];
  } finally {
    await handle?.close();
  }
}
