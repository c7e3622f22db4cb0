import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IMAGE_LIMITS,
  inspectImage,
  inspectImageBytes,
  readImageHeader,
  type ImageRule,
} from '../../src/lib/validation/images.ts';
import { noise, pngBomb } from '../helpers/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'etalase-foto-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const rules = (path: string) => inspectImage(path).map((f) => f.rule);

const photo = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 60 } } });
const GPS = {
  IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 36/1 0/1' },
};

const paths: Record<string, string> = {};
let jpeg: Buffer;
let gpsJpeg: Buffer;

beforeAll(async () => {
  jpeg = await photo().jpeg().toBuffer();
  gpsJpeg = await photo().withExif(GPS).jpeg().toBuffer();
  paths['jpeg'] = file('valid.jpg', jpeg);
  paths['png'] = file('valid.png', await photo().png().toBuffer());
  paths['webp'] = file('valid.webp', await photo().webp().toBuffer());
  paths['webpLossless'] = file('lossless.webp', await photo().webp({ lossless: true }).toBuffer());
  paths['webpExif'] = file('vp8x.webp', await photo().withMetadata({ orientation: 6 }).webp().toBuffer());
  paths['portrait'] = file('portrait.jpg', await photo(400, 900).jpeg().toBuffer());
  paths['oriented'] = file('oriented.jpg', await photo().withMetadata({ orientation: 6 }).jpeg().toBuffer());
  paths['tiny'] = file('tiny.jpg', await photo(100, 100).jpeg().toBuffer());
  paths['gpsJpeg'] = file('gps.jpg', gpsJpeg);
  paths['gpsPng'] = file('gps.png', await photo().withExif(GPS).png().toBuffer());
  paths['gpsWebp'] = file('gps.webp', await photo().withExif(GPS).webp().toBuffer());
  paths['xmpGps'] = file(
    'xmp.jpg',
    await photo()
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="6,54.0S" exif:GPSLongitude="107,36.0E"/></rdf:RDF></x:xmpmeta>',
      )
      .jpeg()
      .toBuffer(),
  );
  paths['bomb'] = file('bom.png', pngBomb());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspectImage: accepted photos', () => {
  it('accepts plain JPEG, PNG, WebP (lossy, lossless, extended) and reads their size from the header', () => {
    for (const key of ['jpeg', 'png', 'webp', 'webpLossless', 'webpExif', 'portrait']) {
      expect(inspectImage(paths[key]!), key).toEqual([]);
    }
    for (const key of ['jpeg', 'png', 'webp', 'webpLossless', 'webpExif']) {
      const header = readImageHeader(readFileSync(paths[key]!));
      expect([header.width, header.height], key).toEqual([800, 600]);
    }
  });

  it('accepts a photo with EXIF (orientation) but no GPS', async () => {
    expect((await sharp(paths['oriented']!).metadata()).orientation).toBe(6);
    expect(inspectImage(paths['oriented']!)).toEqual([]);
  });
});

describe('inspectImage: what a file really is', () => {
  it('names an SVG or an HTML page renamed .jpg', () => {
    const svg = inspectImage(
      file(
        'svg.jpg',
        '\ufeff  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    );
    expect(svg.map((f) => f.rule)).toEqual(['image-type']);
    expect(svg[0]?.message).toMatch(/ternyata gambar SVG.*bukan foto JPEG, PNG atau WebP.*PNG atau JPEG/);
    const html = inspectImage(file('html.jpg', '<!DOCTYPE html><html><body><img src="x.jpg"></body></html>'));
    expect(html.map((f) => f.rule)).toEqual(['image-type']);
    expect(html[0]?.message).toContain('halaman web (HTML)');
  });

  it('tells how to convert a HEIC photo, whatever its name', () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      noise(200),
    ]);
    const findings = inspectImage(file('iphone.jpg', heic));
    expect(findings.map((f) => f.rule)).toEqual(['image-heic']);
    expect(findings[0]?.message).toContain('Pengaturan › Kamera › Format › Paling Kompatibel');
    const avif = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif\0\0\0\0avifmif1miaf', 'latin1')]);
    expect(inspectImage(file('avif.jpg', avif))[0]?.message).toContain('AVIF');
  });

  it.each([
    ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'gambar GIF'],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3', 'latin1'), 'dokumen PDF'],
    ['ZIP', Buffer.from('PK\x03\x04\x14\x00', 'latin1'), 'arsip ZIP'],
    ['MP4', Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0isommp42', 'latin1'), 'video'],
    ['noise', noise(4096), 'tidak dikenali'],
  ])('refuses %s bytes named .jpg, saying what they are', (name, bytes, what) => {
    const findings = inspectImage(file(`${name}.jpg`, bytes));
    expect(findings.map((f) => f.rule)).toEqual(['image-type']);
    expect(findings[0]?.message).toContain(what);
  });

  it('refuses a symbolic link, even to a valid photo', () => {
    const link = join(dir, 'link.jpg');
    symlinkSync(paths['jpeg']!, link);
    expect(rules(link)).toEqual(['image-type']);
  });
});

describe('inspectImage: size limits from the header only', () => {
  it('refuses a 20000×20000 PNG of a few KB before anything decodes it', () => {
    expect(statSync(paths['bomb']!).size).toBeLessThan(200_000);
    const started = performance.now();
    const findings = inspectImage(paths['bomb']!);
    expect(performance.now() - started).toBeLessThan(500);
    expect(findings.map((f) => f.rule)).toEqual(['image-too-many-pixels']);
    expect(findings[0]?.message).toContain('20.000×20.000 piksel (400,0 megapiksel), melebihi batas 40 megapiksel');
  });

  it('refuses a JPEG whose SOF header claims 10000×9000', () => {
    const big = Buffer.from(jpeg);
    const sof = big.indexOf(Buffer.from([0xff, 0xc0]));
    big.writeUInt16BE(9000, sof + 5);
    big.writeUInt16BE(10000, sof + 7);
    expect(inspectImageBytes(big).map((f) => f.rule)).toEqual(['image-too-many-pixels']);
  });

  it('refuses a photo whose shorter side is under the minimum', () => {
    const findings = inspectImage(paths['tiny']!);
    expect(findings.map((f) => f.rule)).toEqual(['image-too-small']);
    expect(findings[0]?.message).toContain(`100×100 piksel. Sisi terpendeknya minimal ${IMAGE_LIMITS.minShortSide}`);
  });

  it('refuses a file over 10 MB without reading it all', () => {
    const huge = Buffer.alloc(IMAGE_LIMITS.maxBytes + 1);
    jpeg.copy(huge);
    expect(rules(file('huge.jpg', huge))).toEqual(['image-too-large']);
    expect(inspectImage(join(dir, 'huge.jpg'))[0]?.message).toContain('10,1 MB, melebihi batas 10 MB');
    huge.write('<svg>', 0, 'latin1');
    expect(rules(file('huge-svg.jpg', huge))).toEqual(['image-type', 'image-too-large']);
  });
});

describe('inspectImage: GPS in metadata', () => {
  it('finds GPS coordinates in JPEG, PNG and WebP EXIF', () => {
    for (const key of ['gpsJpeg', 'gpsPng', 'gpsWebp']) expect(rules(paths[key]!), key).toEqual(['image-gps']);
    const [finding] = inspectImage(paths['gpsJpeg']!);
    expect(finding?.message).toContain('koordinat GPS');
    expect(finding?.message).toContain('riwayat git');
    expect(finding?.message).toContain('`exiftool -gps:all= gps.jpg`');
    expect(readImageHeader(readFileSync(paths['gpsPng']!)).gps).toBe('exif');
  });

  it('finds GPS coordinates in an XMP packet', () => {
    expect(rules(paths['xmpGps']!)).toEqual(['image-gps']);
    expect(inspectImage(paths['xmpGps']!)[0]?.message).toContain('-xmp:all=');
  });
});

describe('inspectImage: broken and hostile files never throw', () => {
  it('reports a truncated JPEG, PNG or WebP as corrupt', async () => {
    expect(rules(file('half.jpg', jpeg.subarray(0, jpeg.length >> 1)))).toEqual(['image-corrupt']);
    expect(rules(file('head.jpg', jpeg.subarray(0, 40)))).toEqual(['image-corrupt']);
    expect(rules(file('two.jpg', Buffer.from([0xff, 0xd8])))).toEqual(['image-corrupt']);
    const png = readFileSync(paths['png']!);
    expect(rules(file('half.png', png.subarray(0, png.length - 20)))).toEqual(['image-corrupt']);
    const webp = readFileSync(paths['webp']!);
    expect(rules(file('half.webp', webp.subarray(0, 30)))).toEqual(['image-corrupt']);
    expect(rules(file('empty.jpg', ''))).toEqual(['image-corrupt']);
    expect(inspectImage(file('cut.jpg', jpeg.subarray(0, 600)))[0]?.message).toMatch(/^Berkas foto rusak/);
  });

  it('survives every truncation and random corruption of a GPS photo', () => {
    const known: ImageRule[] = [
      'image-type',
      'image-heic',
      'image-too-large',
      'image-too-many-pixels',
      'image-too-small',
      'image-gps',
      'image-corrupt',
    ];
    const check = (bytes: Uint8Array) => {
      const findings = inspectImageBytes(bytes);
      for (const f of findings) expect(known).toContain(f.rule);
    };
    for (let length = 0; length <= gpsJpeg.length; length += 1) check(gpsJpeg.subarray(0, length));
    const random = noise(gpsJpeg.length * 40, 99);
    for (let round = 0; round < 400; round += 1) {
      const bytes = Buffer.from(gpsJpeg);
      for (let k = 0; k < 8; k += 1) {
        const at = random.readUInt16BE(round * 40 + k * 4) % Math.min(bytes.length, 512);
        bytes[at] = random[round * 40 + k * 4 + 2] ?? 0;
      }
      check(bytes);
    }
  });

  it('ignores hostile EXIF: IFD offsets out of range and huge entry counts', () => {
    const app1 = gpsJpeg.indexOf(Buffer.from('Exif\0\0', 'latin1'));
    const tiff = app1 + 6;
    const le = gpsJpeg.toString('latin1', tiff, tiff + 2) === 'II';
    const bad = Buffer.from(gpsJpeg);
    if (le) bad.writeUInt32LE(0xfffffff0, tiff + 4);
    else bad.writeUInt32BE(0xfffffff0, tiff + 4);
    expect(inspectImageBytes(bad)).toEqual([]);
    const many = Buffer.from(gpsJpeg);
    const ifd0 = tiff + (le ? many.readUInt32LE(tiff + 4) : many.readUInt32BE(tiff + 4));
    many.writeUInt16BE(0xffff, ifd0);
    expect(() => inspectImageBytes(many)).not.toThrow();
  });
});
