/**
 * A phone photo with GPS, orientation 6 and XMP through the two places that write images:
 * Astro's sharp service (the same call the build makes for every photo variant) and our share
 * image renderer. Neither may keep any metadata; both must turn the photo upright. (The build
 * itself never sees GPS: the content validator rejects such a photo, see tests/dist/images.test.ts.)
 */
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CAMERA, phonePhoto } from '../../scripts/bench/photos.ts';
import { MAX_INPUT_PIXELS, PHOTO_FORMAT, PHOTO_QUALITY } from '../../src/lib/image-plan.ts';
import { renderPhotoCard } from '../../src/lib/og/render.ts';
import { inspectImageBytes } from '../../src/lib/validation/images.ts';
import { metadataIn } from '../helpers/image-metadata.ts';

let photo: Buffer;
const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} };

beforeAll(async () => {
  photo = await phonePhoto({ seed: 11, width: 1600, height: 1200, orientation: 6 });
});

describe('a phone photo with GPS', () => {
  it('really carries EXIF with GPS, XMP and orientation 6 (the fixture is honest)', async () => {
    const meta = await sharp(photo).metadata();
    expect(meta.orientation).toBe(6);
    expect(metadataIn(photo)).toEqual(['exif', 'xmp']);
    // The content validator's own GPS detector finds it.
    expect(inspectImageBytes(photo).map((f) => f.rule)).toContain('image-gps');
  });

  it('comes out of Astro’s sharp service upright and with no metadata', async () => {
    const transform = sharpService.transform;
    if (!transform) throw new Error('sharp service has no transform');
    const { data, format } = await transform(
      photo,
      { src: 'foto.jpg', width: 640, height: 853, format: PHOTO_FORMAT, quality: PHOTO_QUALITY },
      // Only the fields the service reads.
      {
        service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_INPUT_PIXELS } },
      } as never,
      logger as never,
    );
    const bytes = Buffer.from(data);
    const meta = await sharp(bytes).metadata();
    expect(format).toBe('webp');
    expect(meta.width).toBeLessThan(meta.height ?? 0);
    expect(meta.orientation).toBeUndefined();
    expect(metadataIn(bytes)).toEqual([]);
    expect(bytes.includes(FIXTURE_CAMERA)).toBe(false);
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
