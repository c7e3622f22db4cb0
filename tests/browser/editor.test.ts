/**
 * The contribution editor as a village operator meets it, in Debian's Chromium at 360×640:
 * from an unprofiled village's page to a checked contribution with a phone photo (4000×3000,
 * GPS in EXIF and XMP), a reload midway, the prepared photo, the issue address, the zip through
 * `npm run terima`; then an existing profile edited in one field.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { phonePhoto } from '../../scripts/bench/photos.ts';
import { loadAreas } from '../../src/lib/area.ts';
import { MAX_URL_BYTES } from '../../src/lib/contribution-form.ts';
import { PHOTO_CAPS } from '../../src/lib/caps.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { inspectImageBytes } from '../../src/lib/validation/images.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentTree } from '../helpers/content-tree.ts';
import { withJpegSegment } from '../helpers/hostile-images.ts';
import { metadataIn } from '../helpers/image-metadata.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const VILLAGE = '/desa/32.04.05.2001-cileunyi-kulon/';
const FOLDER = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2001-cileunyi-kulon';
const XMP_GPS =
  'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="6,54.0S" exif:GPSLongitude="107,36.0E"/></rdf:RDF></x:xmpmeta>';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let work: string;

beforeAll(async () => {
  work = contentTree({});
  const photo = withJpegSegment(await phonePhoto({ seed: 5 }), 0xe1, Buffer.from(XMP_GPS, 'latin1'));
  writeFileSync(join(work, 'IMG_20261201_093000.jpg'), photo);
  server = await serveStatic('dist');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 640 }, acceptDownloads: true });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(action: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

describe('a new profile from an unprofiled village’s page', () => {
  let markdown = '';
  let prepared: Buffer;

  it('opens the editor with the village known, fills it, keeps the draft over a reload', async () => {
    await page.goto(`${server.origin}${VILLAGE}`);
    await page.click('a:has-text("Tambah profil")');
    await page.waitForSelector('[name="ringkasan"]');
    expect(await page.textContent('#editor dl.facts')).toContain('32.04.05.2001');
    expect(await page.textContent('#editor dl.facts')).toContain(`${FOLDER}/profil.md`);
    await page.fill(
      '[name="ringkasan"]',
      'Desa di Kecamatan Cileunyi, di kaki Gunung Manglayang sebelah timur Kota Bandung.',
    );
    await page.fill('[name="kontak.whatsapp"]', '0812-3456-7890');
    await page.setInputFiles('#isian-foto-galeri', join(work, 'IMG_20261201_093000.jpg'));
    await page.waitForSelector('[name="foto.0.alt"]', { timeout: 30_000 });
    await page.fill('[name="foto.0.alt"]', 'Sawah dan rumah warga dengan gunung di belakangnya');
    await page.waitForSelector('[data-tersimpan="ya"]');
    await page.reload();
    await page.waitForSelector('[name="foto.0.alt"]');
    expect(await page.inputValue('[name="kontak.whatsapp"]')).toBe('6281234567890');
    expect(await page.inputValue('[name="foto.0.alt"]')).toBe('Sawah dan rumah warga dengan gunung di belakangnya');
  }, 90_000);

  it('shows errors beside the field as they happen', async () => {
    await page.fill('[name="kontak.email"]', 'bukan-email');
    await page.waitForSelector('[data-field="kontak.email"] .field-error:not([hidden])');
    expect(await page.getAttribute('[name="kontak.email"]', 'aria-invalid')).toBe('true');
    await page.fill('[name="kontak.email"]', '');
    await page.waitForSelector('[data-field="kontak.email"] .field-error', { state: 'hidden' });
  });

  it('checks and hands over: Markdown valid for npm run validate, photo prepared, issue address within GitHub’s limit', async () => {
    await page.click('button:has-text("Periksa dan kirim")');
    await page.waitForSelector('#teks-kirim');
    markdown = await page.inputValue('#teks-kirim');
    expect(markdown).toContain('whatsapp: "6281234567890"');
    prepared = await download(() => page.click('a:has-text("Unduh foto 1")'));
    const meta = await sharp(prepared).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(PHOTO_CAPS.maxLongSide);
    expect(meta.height).toBeGreaterThan(meta.width ?? 0); // orientation 6 applied: portrait
    expect(prepared.length).toBeLessThanOrEqual(PHOTO_CAPS.maxBytes);
    expect(metadataIn(prepared)).toEqual([]);
    expect(await inspectImageBytes(prepared, 'foto.jpg')).toEqual([]);

    const link = await page.getAttribute('a:has-text("Buka formulir Kontribusi di GitHub")', 'href');
    expect(Buffer.byteLength(link ?? '')).toBeLessThanOrEqual(MAX_URL_BYTES);
    const url = new URL(link ?? '');
    expect(url.searchParams.get('berkas')).toBe(`${FOLDER}/profil.md`);
    expect(url.searchParams.get('isi')).toBe(markdown);

    const name = /src: \.\/(\S+)/.exec(markdown)?.[1] ?? '';
    const root = contentTree({ [`${FOLDER}/profil.md`]: markdown, [`${FOLDER}/${name}`]: prepared });
    const result = await validateContent({
      root,
      contentDir: 'content',
      areas: await loadAreas('32'),
      provinceCode: '32',
    });
    expect(result.issues).toEqual([]);
  }, 60_000);

  it('makes a zip that npm run terima places in the village folder', async () => {
    const zip = await download(() => page.click('a:has-text("Unduh berkas zip")'));
    const repo = contentTree({});
    writeFileSync(join(repo, 'kontribusi.zip'), zip);
    const output = execFileSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        resolve('scripts/terima.ts'),
        'kontribusi.zip',
      ],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, ETALASE_CONTENT: 'content', ETALASE_VERDICT_CACHE: '' } },
    );
    expect(output).toContain('Kontribusi valid');
    expect(readFileSync(join(repo, FOLDER, 'profil.md'), 'utf8')).toBe(markdown);
    const photo = /src: \.\/(\S+)/.exec(markdown)?.[1] ?? '';
    expect(readFileSync(join(repo, FOLDER, photo)).equals(prepared)).toBe(true);
  }, 60_000);
});

describe('an existing profile', () => {
  it('shows its values, and a one-field change is a one-line diff', async () => {
    const file = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md';
    const original = readFileSync(file, 'utf8');
    await page.goto(`${server.origin}/desa/32.04.05.2006-cibiru-wetan/`);
    await page.click('a:has-text("Perbarui profil")');
    await page.waitForSelector('[name="ringkasan"]');
    const summary = /^ringkasan: (.*)$/m.exec(original)?.[1]?.replace(/^"|"$/g, '');
    expect(await page.inputValue('[name="ringkasan"]')).toBe(summary);
    await page.fill('[name="ringkasan"]', 'Ringkasan yang diperbarui oleh operator desa pada hari ini.');
    await page.click('button:has-text("Periksa dan kirim")');
    await page.waitForSelector('#teks-kirim');
    const edited = await page.inputValue('#teks-kirim');
    const before = original.split('\n');
    const after = edited.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      'ringkasan: Ringkasan yang diperbarui oleh operator desa pada hari ini.',
    ]);
  }, 60_000);
});

describe('a new product', () => {
  it('takes the price as people write it and names the file after the product', async () => {
    await page.goto(`${server.origin}/desa/32.04.05.2006-cibiru-wetan/`);
    await page.click('a:has-text("Tambah produk")');
    await page.waitForSelector('[name="nama"]');
    await page.fill('[name="nama"]', 'Keripik Singkong Balado');
    await page.fill('[name="ringkasan"]', 'Keripik singkong pedas manis buatan kelompok ibu-ibu di Cibiru Wetan.');
    await page.fill('[name="produsen.nama"]', 'Kelompok Wanita Tani Mekar');
    await page.selectOption('[name="produsen.jenis"]', 'kelompok-tani');
    await page.selectOption('[name="kategori"]', 'makanan');
    await page.fill('[name="harga.dari"]', 'Rp 25.000');
    await page.selectOption('[name="harga.satuan"]', 'bungkus');
    await page.click('button:has-text("Periksa dan kirim")');
    await page.waitForSelector('#teks-kirim');
    const markdown = await page.inputValue('#teks-kirim');
    expect(markdown).toMatch(/^harga:\n {2}dari: 25000\n {2}satuan: bungkus$/m);
    const link = new URL((await page.getAttribute('a:has-text("Buka formulir Kontribusi di GitHub")', 'href')) ?? '');
    expect(link.searchParams.get('berkas')).toBe(
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/produk/keripik-singkong-balado.md',
    );
  }, 60_000);
});

describe('the editor itself', () => {
  it('passes axe (WCAG 2.2 AA) with every group unfolded and errors showing', async () => {
    await page.goto(`${server.origin}/kontribusi/editor/?desa=32.04.05.2001`);
    await page.waitForSelector('[name="ringkasan"]');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.fill('[name="kontak.email"]', 'bukan-email');
    await page.waitForSelector('[data-field="kontak.email"] .field-error:not([hidden])');
    // Evaluated through the debugging protocol: the page's CSP (rightly) refuses inline scripts.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 60_000);

  it('works offline once loaded', async () => {
    await page.goto(`${server.origin}/kontribusi/editor/?desa=32.04.05.2001`);
    await page.waitForSelector('[name="ringkasan"]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload(); // now controlled by the service worker, which keeps what the page loads
    await page.waitForSelector('[name="ringkasan"]');
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[name="ringkasan"]');
      expect(await page.inputValue('[name="foto.0.alt"]')).toBe('Sawah dan rumah warga dengan gunung di belakangnya');
    } finally {
      await context.setOffline(false);
    }
  }, 60_000);
});
