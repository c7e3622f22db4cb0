/**
 * Hostile photos, generated at test time: one per class of threat the validator must refuse
 * (location in every metadata encoding, metadata beyond orientation, broken bytes, animation,
 * colour spaces, caps). Each starts from a clean photo within the caps, so the only thing wrong
 * with it is the thing named.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { noise } from './fixtures.ts';

/** A clean 800×600 photo-like image (gradient and shapes, so it compresses like a photo). */
const base = () =>
  sharp({
    create: { width: 800, height: 600, channels: 3, background: '#3a6' },
  }).composite([
    {
      input: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><circle cx="300" cy="250" r="180" fill="#c84"/><rect x="420" y="320" width="300" height="200" fill="#248"/></svg>',
      ),
    },
  ]);

export const cleanJpeg = () => base().jpeg({ quality: 80 }).toBuffer();
export const cleanPng = () => base().png().toBuffer();
export const cleanWebp = () => base().webp({ quality: 80 }).toBuffer();

const GPS = {
  GPSLatitudeRef: 'S',
  GPSLatitude: '6/1 54/1 0/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '107/1 36/1 0/1',
};
const XMP_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="6,54.0S" exif:GPSLongitude="107,36.0E"/>' +
  '</rdf:RDF></x:xmpmeta>';

/** `jpeg` with one more APPn segment right after its start-of-image marker. */
export function withJpegSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** `png` with one more chunk right after IHDR (8-byte signature + 25-byte IHDR chunk). */
export function withPngChunk(png: Buffer, type: string, data: Buffer): Buffer {
  return Buffer.concat([png.subarray(0, 33), pngChunk(type, data), png.subarray(33)]);
}

/** `webp` (extended format) with one more chunk at its end, the RIFF size updated. */
export function withWebpChunk(webp: Buffer, type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  const pad = data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0);
  const out = Buffer.concat([webp, head, data, pad]);
  out.writeUInt32LE(out.length - 8, 4);
  return out;
}

/** A TIFF/EXIF block with a GPS directory, as sharp writes it (without the "Exif\0\0" prefix). */
async function exifGpsBlock(): Promise<Buffer> {
  const { exif } = await sharp(await cleanJpeg())
    .withExif({ IFD3: GPS })
    .jpeg()
    .toBuffer()
    .then((b) => sharp(b).metadata());
  if (!exif) throw new Error('sharp wrote no EXIF');
  return exif.subarray(6);
}

/** IPTC-IIM in a Photoshop image resource (APP13): record 2, dataset 90 = City. */
function iptcCity(city: string): Buffer {
  const value = Buffer.from(city, 'latin1');
  const dataset = Buffer.concat([Buffer.from([0x1c, 2, 90, 0, value.length]), value]);
  const resource = Buffer.alloc(12);
  resource.write('8BIM', 0, 'latin1');
  resource.writeUInt16BE(0x0404, 4);
  resource.writeUInt32BE(dataset.length, 8); // empty Pascal name (2 bytes) then size
  const padded = dataset.length % 2 ? Buffer.concat([dataset, Buffer.alloc(1)]) : dataset;
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource, padded]);
}

/** XMP split as "extended XMP": the main packet points at a GUID, the rest follows in parts. */
function extendedXmpSegments(jpeg: Buffer): Buffer {
  const guid = '0123456789ABCDEF0123456789ABCDEF';
  const main = Buffer.from(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmpNote="http://ns.adobe.com/xmp/note/" xmpNote:HasExtendedXMP="${guid}"/></rdf:RDF></x:xmpmeta>`,
    'latin1',
  );
  const extended = Buffer.from(XMP_GPS, 'utf8');
  const half = Math.ceil(extended.length / 2);
  const part = (offset: number, chunk: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(extended.length, 0);
    header.writeUInt32BE(offset, 4);
    return Buffer.concat([
      Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1'),
      Buffer.from(guid, 'latin1'),
      header,
      chunk,
    ]);
  };
  let out = withJpegSegment(jpeg, 0xe1, part(half, extended.subarray(half)));
  out = withJpegSegment(out, 0xe1, part(0, extended.subarray(0, half)));
  return withJpegSegment(out, 0xe1, main);
}

function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Every class of location-carrying photo, by name: [extension, bytes]. */
export async function photosWithLocation(): Promise<Record<string, [string, Buffer]>> {
  const jpeg = await cleanJpeg();
  const png = await cleanPng();
  const webp = await sharp(await cleanJpeg())
    .webp({ quality: 80 })
    .withIccProfile('srgb')
    .toBuffer();
  const exif = await exifGpsBlock();
  return {
    'GPS in JPEG EXIF': ['jpg', await sharp(jpeg).withExif({ IFD3: GPS }).jpeg().toBuffer()],
    'GPS in JPEG XMP': ['jpg', withJpegSegment(jpeg, 0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${XMP_GPS}`))],
    'GPS in UTF-16 XMP': [
      'jpg',
      withJpegSegment(jpeg, 0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0'), utf16(XMP_GPS)])),
    ],
    'GPS in extended XMP': ['jpg', extendedXmpSegments(jpeg)],
    'city in IPTC': ['jpg', withJpegSegment(jpeg, 0xed, iptcCity('Bandung'))],
    'GPS in PNG eXIf': ['png', withPngChunk(png, 'eXIf', exif)],
    'GPS in PNG text (XMP)': [
      'png',
      withPngChunk(png, 'iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0'), Buffer.from(XMP_GPS)])),
    ],
    // ImageMagick's form: EXIF as hex in a compressed text chunk, no "GPS" text anywhere.
    'GPS in PNG zTXt (EXIF raw profile)': [
      'png',
      withPngChunk(
        png,
        'zTXt',
        Buffer.concat([
          Buffer.from('Raw profile type exif\0\0'),
          deflateSync(
            `\nexif\n${String(exif.length + 6).padStart(8)}\n${Buffer.concat([Buffer.from('Exif\0\0'), exif])
              .toString('hex')
              .replace(/(.{72})/g, '$1\n')}\n`,
          ),
        ]),
      ),
    ],
    'GPS in WebP EXIF': ['webp', withWebpChunk(webp, 'EXIF', exif)],
    'GPS in WebP XMP': ['webp', withWebpChunk(webp, 'XMP ', Buffer.from(XMP_GPS))],
    // A "colour profile" whose free text carries the position (ICC segments are allowed).
    'GPS in an ICC profile’s text': [
      'jpg',
      withJpegSegment(
        jpeg,
        0xe2,
        Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.from(`desc GPSLatitude 6,54.0S`)]),
      ),
    ],
  };
}

/** Photos that carry no location but other refused things: [extension, bytes, rule]. */
export async function otherHostilePhotos(): Promise<Record<string, [string, Buffer, string]>> {
  const jpeg = await cleanJpeg();
  const png = await cleanPng();
  return {
    'camera EXIF (make, model)': [
      'jpg',
      await sharp(jpeg)
        .withExif({ IFD0: { Make: 'Phone', Model: 'X' } })
        .jpeg()
        .toBuffer(),
      'image-metadata',
    ],
    'a JPEG comment': ['jpg', withJpegSegment(jpeg, 0xfe, Buffer.from('halo')), 'image-metadata'],
    'a PNG text chunk': [
      'png',
      withPngChunk(png, 'tEXt', Buffer.from('Comment\0dibuat di ponsel', 'latin1')),
      'image-metadata',
    ],
    'data appended after the image': ['jpg', Buffer.concat([jpeg, Buffer.from('PK\x03\x04 zip')]), 'image-metadata'],
    'a truncated JPEG': ['jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'image-corrupt'],
    'a truncated PNG': ['png', png.subarray(0, Math.floor(png.length * 0.6)), 'image-corrupt'],
    'corrupt scan data': [
      'jpg',
      Buffer.concat([jpeg.subarray(0, 700), Buffer.alloc(2000, 0xff), jpeg.subarray(2700)]),
      'image-corrupt',
    ],
    'an animated WebP': ['webp', await animatedWebp(), 'image-animated'],
    'a CMYK JPEG': ['jpg', await sharp(jpeg).toColourspace('cmyk').jpeg().toBuffer(), 'image-colour'],
    'a photo over 1,280 px': [
      'jpg',
      await sharp(jpeg).resize(1600, 1200).jpeg({ quality: 60 }).toBuffer(),
      'image-dimensions',
    ],
    'a photo over 300 KB': ['png', await noisyPng(700, 500), 'image-too-large'],
    'a photo under 400 px': ['jpg', await sharp(jpeg).resize(400, 300).jpeg().toBuffer(), 'image-too-small'],
    'a PNG named .jpg': ['jpg', png, 'image-extension'],
    'an empty photo': ['jpg', Buffer.alloc(0), 'image-empty'],
  };
}

/** A two-frame animated WebP, 400×400. */
async function animatedWebp(): Promise<Buffer> {
  const frame = (colour: string) =>
    sharp({ create: { width: 400, height: 400, channels: 3, background: colour } })
      .raw()
      .toBuffer();
  const [a, b] = await Promise.all([frame('#a53'), frame('#35a')]);
  return sharp(Buffer.concat([a, b]), { raw: { width: 400, height: 800, channels: 3, pageHeight: 400 } })
    .webp({ loop: 0, delay: [100, 100] })
    .toBuffer();
}

/** A PNG of random pixels: incompressible, so small dimensions still weigh more than the cap. */
async function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = noise(width * height * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}
