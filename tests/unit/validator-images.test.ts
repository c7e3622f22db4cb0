import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { CIBIRU, contentTree, productText, profileText } from '../helpers/content-tree.ts';

const areas = await loadAreas('32');
const validate = (files: Record<string, string | Buffer>) =>
  validateContent({ root: contentTree(files), contentDir: 'content', areas, provinceCode: '32' });
const where = async (files: Record<string, string | Buffer>) =>
  (await validate(files)).issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.rule}`);

const photos = (...srcs: string[]) =>
  `foto:\n${srcs.map((src, i) => `  - src: ${src}\n    alt: Foto ${i + 1} dari balai desa\n`).join('')}`;
const photo = (exif?: Record<string, Record<string, string>>) => {
  const image = sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 90, b: 200 } } });
  return (exif ? image.withExif(exif) : image).jpeg().toBuffer();
};

describe('content validator: photo bytes', () => {
  it('points an SVG renamed .jpg and a GPS photo at their foto.N.src lines', async () => {
    const gps = await photo({
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 36/1 0/1' },
    });
    const result = await validate({
      [`${CIBIRU}/profil.md`]: profileText(photos('./balai.jpg', './logo.jpg', './pasar.jpg')),
      [`${CIBIRU}/balai.jpg`]: await photo(),
      [`${CIBIRU}/logo.jpg`]: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      [`${CIBIRU}/pasar.jpg`]: gps,
    });
    expect(result.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.field} ${i.rule} ${i.severity}`)).toEqual([
      `${CIBIRU}/profil.md:12:5 foto.1.src image-type error`,
      `${CIBIRU}/profil.md:14:5 foto.2.src image-gps error`,
    ]);
    expect(result.issues[0]?.message).toContain('SVG');
    expect(result.issues[1]?.message).toContain('npm run foto');
    // The profile is still a valid entry for the schema; the build refuses it through these errors.
    expect(result.entries).toHaveLength(1);
  });

  it('reports garbage bytes as an issue, never as an exception or a stack trace', async () => {
    const { issues } = await validate({
      [`${CIBIRU}/profil.md`]: profileText(),
      [`${CIBIRU}/produk/sabun.md`]: productText(photos('./sabun.webp', './rusak.png')),
      [`${CIBIRU}/produk/sabun.webp`]: Buffer.from('RIFF\xff\xff\xff\x7fWEBPVP8X', 'latin1'),
      [`${CIBIRU}/produk/rusak.png`]: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(64, 0xff),
      ]),
    });
    expect(issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.rule}`)).toEqual([
      `${CIBIRU}/produk/sabun.md:10 foto.0.src image-corrupt`,
      `${CIBIRU}/produk/sabun.md:12 foto.1.src image-corrupt`,
    ]);
    for (const issue of issues) {
      expect(issue.message).toMatch(/^Berkas foto rusak atau terpotong/);
      expect(issue.message).not.toMatch(/\bat |Error|\.ts:/);
    }
  });

  it('does not inspect a photo whose name is already refused', async () => {
    expect(
      await where({ [`${CIBIRU}/profil.md`]: profileText(photos('./foto.heic')), [`${CIBIRU}/foto.heic`]: 'x' }),
    ).toEqual([`${CIBIRU}/foto.heic:1  file-type`, `${CIBIRU}/profil.md:10 foto.0.src schema`]);
  });
});
