/**
 * npm run kontribusi:gambar  (after npm run build)
 *
 * The illustrations of /kontribusi/: the editor as an operator sees it on a 360 px phone, taken
 * from the built site in Chromium, so the guide always shows the real editor. Writes three WebP
 * files to public/kontribusi/ (the photo in step 2 is a generated abstract image, not a photo of
 * a real place; the number is the schema's example). Imports the tests' browser and server helpers,
 * as scripts/lighthouse.ts does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { phonePhoto } from './bench/photos.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const out = 'public/kontribusi';
const work = mkdtempSync(join(tmpdir(), 'etalase-gambar-'));
const photo = join(work, 'foto-sawah.jpg');
writeFileSync(photo, await phonePhoto({ seed: 21, width: 1600, height: 1200, orientation: 1, gps: false }));

const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  const shot = async (name: string, selector: string) => {
    const element = page.locator(selector).first();
    await element.scrollIntoViewIfNeeded();
    const png = await element.screenshot();
    // At most a phone screen's height: what the operator sees at once.
    const { width = 0, height = 0 } = await sharp(png).metadata();
    const webp = await sharp(png)
      .extract({ left: 0, top: 0, width, height: Math.min(height, 560) })
      .webp({ quality: 70 })
      .toBuffer();
    writeFileSync(join(out, name), webp);
    console.log(`✓ ${out}/${name} (${Math.round(webp.length / 1024)} KB)`);
  };
  await page.goto(`${server.origin}/kontribusi/editor/?desa=32.04.05.2001`);
  await page.waitForSelector('[name="ringkasan"]');
  await page.fill('[name="ringkasan"]', 'Desa di Kecamatan Cileunyi, di kaki Gunung Manglayang.');
  await page.fill('[name="kontak.whatsapp"]', '0812-345');
  await page.locator('[name="kontak.whatsapp"]').blur();
  await page.waitForSelector('[data-field="kontak.whatsapp"] .field-error:not([hidden])');
  await shot('langkah-isian.webp', '[data-field="kontak.whatsapp"]');
  await page.setInputFiles('#isian-foto-galeri', photo);
  await page.waitForSelector('[name="foto.0.alt"]');
  await page.fill('[name="foto.0.alt"]', 'Contoh: sawah dengan gunung di belakangnya');
  await shot('langkah-foto.webp', '.photo-item');
  // The example number of the schema's own hint, as an example: no real person's number.
  await page.fill('[name="kontak.whatsapp"]', '0812-3456-7890');
  await page.click('button:has-text("Periksa dan kirim")');
  await page.waitForSelector('#teks-kirim');
  await shot('langkah-kirim.webp', '.handover');
} finally {
  await browser.close();
  await server.close();
}
