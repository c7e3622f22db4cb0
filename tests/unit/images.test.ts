/**
 * The photo judge on its own (src/lib/validation/images.ts): what a file really is, limits read
 * from the header before anything decodes, and no exception whatever the bytes. The classes of
 * refused metadata are in tests/unit/hostile-intake.test.ts.
 */
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { PHOTO_CAPS } from '../../src/lib/caps.ts';
import { inspectImage, inspectImageBytes, type ImageRule } from '../../src/lib/validation/images.ts';
import { readImageStructure } from '../../src/lib/validation/image-container.ts';
import { noise, pngBomb } from '../helpers/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'etalase-foto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const rules = async (bytes: Uint8Array, name = 'a.jpg') => (await inspectImageBytes(bytes, name)).map((f) => f.rule);

const photo = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 60 } } });
const jpeg = await photo().jpeg().toBuffer();
const gpsJpeg = await photo()
  .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 0/1' } })
  .jpeg()
  .toBuffer();

describe('accepted photos', () => {
  it('accepts JPEG, PNG, WebP (lossy, lossless, with an sRGB profile) and reads their size from the header', async () => {
    const photos: [string, Buffer][] = [
      ['a.jpg', jpeg],
      ['a.png', await photo().png().toBuffer()],
      ['a.webp', await photo().webp().toBuffer()],
      ['b.webp', await photo().webp({ lossless: true }).toBuffer()],
      ['c.webp', await photo().withIccProfile('srgb').webp().toBuffer()],
      ['d.jpeg', await photo(400, 900).withIccProfile('srgb').jpeg().toBuffer()],
      ['e.png', await photo().greyscale().png().toBuffer()],
    ];
    for (const [name, bytes] of photos) {
      expect(await rules(bytes, name), name).toEqual([]);
      const { width, height } = readImageStructure(bytes);
      expect([width, height], name).toEqual(name === 'd.jpeg' ? [400, 900] : [800, 600]);
    }
  });
});

describe('what a file really is', () => {
  it('names an SVG or an HTML page renamed .jpg', async () => {
    const svg = await inspectImageBytes(
      Buffer.from(
        '\ufeff  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
      'svg.jpg',
    );
    expect(svg.map((f) => f.rule)).toEqual(['image-type']);
    expect(svg[0]?.message).toMatch(/ternyata gambar SVG.*bukan foto JPEG, PNG atau WebP/);
    const html = await inspectImageBytes(Buffer.from('<!DOCTYPE html><html><body></body></html>'), 'html.jpg');
    expect(html[0]?.message).toContain('halaman web (HTML)');
  });

  it('tells how to convert a HEIC photo, whatever its name', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      noise(200),
    ]);
    const findings = await inspectImageBytes(heic, 'iphone.jpg');
    expect(findings.map((f) => f.rule)).toEqual(['image-heic']);
    expect(findings[0]?.message).toContain('Pengaturan › Kamera › Format › Paling Kompatibel');
  });

  it.each([
    ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'gambar GIF'],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3', 'latin1'), 'dokumen PDF'],
    ['ZIP', Buffer.from('PK\x03\x04\x14\x00', 'latin1'), 'arsip ZIP'],
    ['MP4', Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0isommp42', 'latin1'), 'video'],
    ['noise', noise(4096), 'tidak dikenali'],
  ])('refuses %s bytes named .jpg, saying what they are', async (_name, bytes, what) => {
    const findings = await inspectImageBytes(bytes, 'a.jpg');
    expect(findings.map((f) => f.rule)).toEqual(['image-type']);
    expect(findings[0]?.message).toContain(what);
  });

  it('never follows a symbolic link, even to a valid photo', async () => {
    const target = file('valid.jpg', jpeg);
    const link = join(dir, 'link.jpg');
    symlinkSync(target, link);
    expect((await inspectImage(target)).map((f) => f.rule)).toEqual([]);
    expect((await inspectImage(link)).map((f) => f.rule)).toEqual(['image-corrupt']);
  });
});

describe('limits read from the header, before anything decodes', () => {
  it('refuses a 20000×20000 PNG of a few KB', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const findings = await inspectImageBytes(bomb, 'bom.png');
    expect(findings.map((f) => f.rule)).toEqual(['image-too-many-pixels']);
    expect(findings[0]?.message).toContain('20.000×20.000 piksel (400,0 megapiksel)');
  });

  it('refuses a side beyond WebP’s 16,383 px however few the pixels', async () => {
    const big = Buffer.from(jpeg);
    const sof = big.indexOf(Buffer.from([0xff, 0xc0]));
    big.writeUInt16BE(400, sof + 5);
    big.writeUInt16BE(20_000, sof + 7);
    expect(await rules(big)).toEqual(['image-too-many-pixels']);
  });

  it('refuses a file over the byte cap without reading past the start of a huge one', async () => {
    const huge = Buffer.alloc(20 * 1024 * 1024);
    jpeg.copy(huge);
    const path = file('huge.jpg', huge);
    expect(statSync(path).size).toBeGreaterThan(PHOTO_CAPS.maxBytes);
    expect((await inspectImage(path)).map((f) => f.rule)).toEqual(['image-too-large']);
  });
});

describe('broken and hostile bytes never throw', () => {
  const known: ImageRule[] = [
    'image-type',
    'image-heic',
    'image-extension',
    'image-empty',
    'image-too-large',
    'image-dimensions',
    'image-too-many-pixels',
    'image-too-small',
    'image-gps',
    'image-metadata',
    'image-animated',
    'image-colour',
    'image-corrupt',
  ];
  const check = async (bytes: Uint8Array) => {
    const found = await inspectImageBytes(bytes, 'a.jpg');
    for (const f of found) expect(known).toContain(f.rule);
    return found;
  };

  it('reports every truncation of a photo as a finding, never accepts one', async () => {
    for (let length = 0; length < jpeg.length; length += 7) {
      expect((await check(jpeg.subarray(0, length))).length, `length ${length}`).toBeGreaterThan(0);
    }
  });

  it('survives random corruption of a GPS photo, and never accepts its location', async () => {
    const random = noise(gpsJpeg.length * 40, 99);
    for (let round = 0; round < 300; round += 1) {
      const bytes = Buffer.from(gpsJpeg);
      for (let k = 0; k < 8; k += 1) {
        const at = random.readUInt16BE(round * 40 + k * 4) % Math.min(bytes.length, 512);
        bytes[at] = random[round * 40 + k * 4 + 2] ?? 0;
      }
      expect((await check(bytes)).length).toBeGreaterThan(0);
    }
  });

  it('refuses EXIF it cannot read: offsets out of range, huge entry counts', async () => {
    const tiff = gpsJpeg.indexOf(Buffer.from('Exif\0\0', 'latin1')) + 6;
    const le = gpsJpeg.toString('latin1', tiff, tiff + 2) === 'II';
    const bad = Buffer.from(gpsJpeg);
    if (le) bad.writeUInt32LE(0xfffffff0, tiff + 4);
    else bad.writeUInt32BE(0xfffffff0, tiff + 4);
    expect((await check(bad)).map((f) => f.rule)).toEqual(
      expect.arrayContaining([expect.stringMatching(/gps|metadata/)]),
    );
  });
});
