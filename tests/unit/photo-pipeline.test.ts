/**
 * A phone photo with GPS, orientation 6 and XMP through the two places that write images:
 * the build's image service (src/image-service.ts, the same call the build makes for every
 * photo) and our share image renderer. Neither may keep any metadata; both must turn the photo upright. (The build
 * itself never sees GPS: the content validator rejects such a photo, see tests/dist/images.test.ts.)
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CAMERA, phonePhoto } from '../../scripts/bench/photos.ts';
import { PHOTO_CAPS } from '../../src/lib/caps.ts';
import { preparePhoto } from '../../src/lib/photo-prepare.ts';
import imageService from '../../src/image-service.ts';
import { ENCODING_KEY, GALLERY_PHOTO, MAIN_PHOTO, MAX_INPUT_PIXELS, PHOTO_FORMAT } from '../../src/lib/image-plan.ts';
import { renderPhotoCard } from '../../src/lib/og/render.ts';
import { inspectImageBytes } from '../../src/lib/validation/images.ts';
import { metadataIn } from '../helpers/image-metadata.ts';

let photo: Buffer;
const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} };

/** The service's transform, called as the build calls it for a photo of the given role. */
async function serviceTransform(input: Buffer, role: { width: number; maxBytes: number }): Promise<Buffer> {
  const { data } = await imageService.transform(
    input,
    { src: 'foto.jpg', width: role.width, format: PHOTO_FORMAT, maxBytes: role.maxBytes, encoding: ENCODING_KEY },
    // Only the fields the service reads.
    { service: { entrypoint: './src/image-service.ts', config: { limitInputPixels: MAX_INPUT_PIXELS } } } as never,
    logger as never,
  );
  return Buffer.from(data);
}

beforeAll(async () => {
  photo = await phonePhoto({ seed: 11, width: 1600, height: 1200, orientation: 6 });
});

describe('a phone photo with GPS', () => {
  it('really carries EXIF with GPS, XMP and orientation 6 (the fixture is honest)', async () => {
    const meta = await sharp(photo).metadata();
    expect(meta.orientation).toBe(6);
    expect(metadataIn(photo)).toEqual(['exif', 'xmp']);
    // The content validator's own GPS detector finds it.
    expect((await inspectImageBytes(photo, 'foto.jpg')).map((f) => f.rule)).toContain('image-gps');
  });

  it('is prepared by npm run foto’s code into a photo the validator accepts: upright, within the caps, no metadata', async () => {
    const prepared = await preparePhoto(photo);
    expect(prepared.removed).toEqual(expect.arrayContaining(['EXIF', 'XMP']));
    expect(prepared.rotated).toBe(true);
    expect([prepared.width, prepared.height]).toEqual([960, 1280]);
    expect(prepared.data.length).toBeLessThanOrEqual(PHOTO_CAPS.maxBytes);
    expect(metadataIn(prepared.data)).toEqual([]);
    expect(prepared.data.includes(Buffer.from(FIXTURE_CAMERA))).toBe(false);
    expect(await inspectImageBytes(prepared.data, 'foto.jpg')).toEqual([]);
  });

  it('comes out of the image service upright, within its cap and with no metadata', async () => {
    const bytes = await serviceTransform(photo, MAIN_PHOTO);
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    // 1200×1600 upright: portrait, at most the main width.
    expect(meta.width).toBeLessThanOrEqual(MAIN_PHOTO.width);
    expect(Math.abs((meta.height ?? 0) / (meta.width ?? 1) - 4 / 3)).toBeLessThan(0.01);
    expect(meta.orientation).toBeUndefined();
    expect(bytes.length).toBeLessThanOrEqual(MAIN_PHOTO.maxBytes);
    expect(metadataIn(bytes)).toEqual([]);
    expect(bytes.includes(FIXTURE_CAMERA)).toBe(false);
  });

  it('reads its cap back from the URL `astro dev` serves images from', async () => {
    const config = { endpoint: { route: '/_image' }, service: { config: {} } } as never;
    const url = new URL(
      `http://localhost/_image?href=%2F%40fs%2Ffoto.jpg&w=480&f=webp&maxBytes=${MAIN_PHOTO.maxBytes}`,
    );
    const parsed = await imageService.parseURL(url, config, logger as never);
    expect(parsed).toMatchObject({ src: '/@fs/foto.jpg', width: 480, format: 'webp', maxBytes: MAIN_PHOTO.maxBytes });
  });

  it('comes out of the share image renderer with no metadata', async () => {
    const data = await renderPhotoCard(
      { kind: 'Desa', title: 'Desa Contoh', subtitle: 'Kec. Contoh', site: 'example.org' },
      photo,
    );
    expect(metadataIn(data)).toEqual([]);
    expect(data.includes(FIXTURE_CAMERA)).toBe(false);
  });
});

describe('a photo made to break the budgets (random noise, no redundancy to compress)', () => {
  let noise: Buffer;
  beforeAll(async () => {
    const [width, height] = [2400, 1800];
    noise = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer();
  });

  it('still fits each role’s cap: quality and then size step down', async () => {
    for (const role of [MAIN_PHOTO, GALLERY_PHOTO]) {
      const bytes = await serviceTransform(noise, role);
      expect(bytes.length).toBeLessThanOrEqual(role.maxBytes);
      expect((await sharp(bytes).metadata()).width).toBeLessThanOrEqual(role.width);
    }
  });

  it('keeps the requested width when the photo fits at a lower quality', async () => {
    const bytes = await serviceTransform(noise, MAIN_PHOTO);
    expect((await sharp(bytes).metadata()).width).toBeGreaterThanOrEqual(MAIN_PHOTO.width * 0.5);
  });
});
