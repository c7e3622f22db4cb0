/**
 * Photo and share-image budgets, checked on built sites:
 *
 * 1. A fixture site (province 31) with generated photos as the repository holds them (1,280 px,
 *    EXIF orientation 6 or 1 and nothing else), built for real twice with its own caches: the
 *    budgets, rotation, clean metadata, no originals, share images, fallbacks; then a rebuild
 *    that must do no image work. A photo that still carries GPS must stop the build (the
 *    content validator); tests/unit/photo-pipeline.test.ts proves the output would not keep it.
 * 2. The real dist/ (made by `npm run build`): every image within budget and without metadata,
 *    a share image for every profile, product and hub page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CAMERA, phonePhoto } from '../../scripts/bench/photos.ts';
import { loadAreas } from '../../src/lib/area.ts';
import { GALLERY_PHOTO, MAIN_PHOTO, THUMB_PHOTO } from '../../src/lib/image-plan.ts';
import { villageFolder } from '../../src/lib/paths.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { runBuild, type BuildRun } from '../helpers/build.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { contentTree } from '../helpers/content-tree.ts';
import { metadataIn } from '../helpers/image-metadata.ts';

const KB = 1024;
const BUDGET = { thumbnail: 15 * KB, phoneMain: 30 * KB, anyImage: 150 * KB, share: 300 * KB };
const IMAGE = /\.(webp|avif|jpe?g|png|gif)$/i;
const SITE = 'https://etalase-desa.github.io';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Attributes of the first tag matching `pattern` (a regex source for the tag's start). */
function tag(html: string, pattern: string): Record<string, string> | undefined {
  const match = new RegExp(`<${pattern}[^>]*>`).exec(html);
  if (!match) return undefined;
  return Object.fromEntries(
    [...match[0].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replaceAll('&amp;', '&')]),
  );
}

const fileOf = (dist: string, url: string) => join(dist, decodeURI(url.replace(SITE, '')));

const profile = (photos: string) => `---
kode: "31.71.01.1001"
nama: Gambir
jenis: kelurahan
ringkasan: Kelurahan contoh untuk uji foto, dengan tiga foto hasil generator.
kontak:
  whatsapp: "6281234567890"
lokasi:
  lat: -6.1754
  lng: 106.8272
foto:
${photos}
diperbarui: 2026-11-30
---

Isi profil.
`;

const product = (name: string, photos = '') => `---
nama: ${name}
ringkasan: Produk contoh untuk uji foto dan kartu berbagi di halaman produk.
produsen:
  nama: UMKM Gambir
  jenis: umkm
kategori: makanan
harga:
  dari: 15000
  satuan: kotak
${photos}diperbarui: 2026-11-30
---

Isi produk.
`;

const hub = `---
nama: Creative Center Contoh
kabkota: "31.71"
ringkasan: Gedung contoh untuk uji foto dan kartu berbagi Creative Center.
status: beroperasi
foto:
  - src: ./creative-center-contoh.jpg
    alt: Gambar abstrak hasil generator untuk pengujian
diperbarui: 2026-11-30
sumber:
  - judul: Sumber contoh
    url: https://example.org/sumber
---

Isi.
`;

/** A photo as the repository holds it: at the source caps, orientation only (no camera data, no GPS). */
const sourcePhoto = (seed: number, orientation: number) =>
  phonePhoto({ seed, width: 1280, height: 960, orientation, gps: false, camera: false, quality: 80 });

describe('photos on a built fixture site', () => {
  let root: string;
  let dist: string;
  let env: Record<string, string>;
  let run: BuildRun;
  let warm: BuildRun;
  let warmDist: string;
  let ogCacheBefore: string[];
  let ogCacheAfter: string[];
  let villagePath: string;

  beforeAll(async () => {
    const areas = await loadAreas('31');
    const folder = villageFolder(areas, '31.71.01.1001');
    villagePath = folder.split('/').at(-1) ?? '';
    const [main, second, third, cake, building] = await Promise.all([
      sourcePhoto(1, 6),
      sourcePhoto(2, 1),
      sourcePhoto(3, 6),
      sourcePhoto(4, 6),
      sourcePhoto(5, 1),
    ]);
    root = contentTree({
      [`content/${folder}/profil.md`]: profile(`  - src: ./balai.jpg
    alt: Gambar abstrak berwarna, diputar tegak dari EXIF
    keterangan: Ilustrasi, bukan foto asli
  - src: ./kedua.jpg
    alt: Gambar abstrak kedua hasil generator
  - src: ./ketiga.jpg
    alt: Gambar abstrak ketiga hasil generator`),
      [`content/${folder}/balai.jpg`]: main,
      [`content/${folder}/kedua.jpg`]: second,
      [`content/${folder}/ketiga.jpg`]: third,
      [`content/${folder}/produk/kue.md`]: product(
        'Kue Contoh',
        `foto:
  - src: ./kue.jpg
    alt: Gambar abstrak untuk produk contoh
`,
      ),
      [`content/${folder}/produk/kue.jpg`]: cake,
      [`content/${folder}/produk/roti.md`]: product('Roti Tanpa Foto'),
      'content/hub/creative-center-contoh.md': hub,
      'content/hub/creative-center-contoh.jpg': building,
    });
    dist = join(root, 'dist');
    env = {
      ETALASE_CONTENT: join(root, 'content'),
      ETALASE_PROVINCE: '31',
      ETALASE_CACHE_DIR: join(root, 'cache', 'astro'),
      ETALASE_OG_CACHE: join(root, 'cache', 'og'),
    };
    run = runBuild({ ...env, ETALASE_OUT_DIR: dist });
    ogCacheBefore = existsSync(env['ETALASE_OG_CACHE'] ?? '') ? readdirSync(env['ETALASE_OG_CACHE'] ?? '').sort() : [];
    warmDist = join(root, 'dist-warm');
    warm = runBuild({ ...env, ETALASE_OUT_DIR: warmDist });
    ogCacheAfter = existsSync(env['ETALASE_OG_CACHE'] ?? '') ? readdirSync(env['ETALASE_OG_CACHE'] ?? '').sort() : [];
  }, 300_000);

  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const images = () => files(dist).filter((f) => IMAGE.test(f));

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('links a located profile to OpenStreetMap at its point and to the phone’s map app (geo:)', () => {
    const html = page(`desa/${villagePath}`);
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=-6.1754&amp;mlon=106.8272#map=16/-6.1754/106.8272"');
    expect(html).toContain('href="geo:-6.1754,106.8272?q=-6.1754,106.8272(Kelurahan%20Gambir)"');
  });

  it('serves one main image of at most 30 KB, sharp at 2× on a 360 px phone, upright, high priority', () => {
    const html = page(`desa/${villagePath}`);
    const img = tag(html, 'img[^>]*fetchpriority="high"');
    expect(img).toBeDefined();
    expect(img?.['loading']).toBe('eager');
    expect(img?.['alt']).toBe('Gambar abstrak berwarna, diputar tegak dari EXIF');
    expect(Number(img?.['width'])).toBeLessThan(Number(img?.['height'])); // orientation 6: portrait
    expect(Number(img?.['width'])).toBeLessThanOrEqual(MAIN_PHOTO.width);
    // The 328 CSS px column of a 360 px phone at 2×: 656 px (the fixture's original is 960 wide).
    expect(Number(img?.['width'])).toBeGreaterThanOrEqual(656);
    // One file per photo (src/lib/image-plan.ts): no srcset, and none of the plan's own props.
    expect(img?.['srcset']).toBeUndefined();
    expect(Object.keys(img ?? {})).not.toContain('maxbytes');
    expect(html).not.toMatch(/maxBytes|encoding=/i);
    expect(html.match(/fetchpriority="high"/g)).toHaveLength(1);
    expect(html.match(/loading="eager"/g)).toHaveLength(1);
    expect(html).toContain('<figcaption');
    expect(html).toContain('Ilustrasi, bukan foto asli');
    const size = statSync(fileOf(dist, img?.['src'] ?? '')).size;
    expect(size).toBeLessThanOrEqual(BUDGET.phoneMain);
  });

  it('rotates by EXIF orientation: the orientation-6 photo comes out taller than wide, at its HTML size', async () => {
    const img = tag(page(`desa/${villagePath}`), 'img[^>]*fetchpriority="high"');
    const meta = await sharp(readFileSync(fileOf(dist, img?.['src'] ?? ''))).metadata();
    expect(meta.width).toBeLessThan(meta.height ?? 0);
    expect(meta.orientation).toBeUndefined();
    // width/height attributes give the file's aspect ratio: no layout shift when it arrives.
    expect(Math.abs((meta.width ?? 0) / (meta.height ?? 1) - Number(img?.['width']) / Number(img?.['height']))).toBeLessThan(0.01);
  });

  it('is sharp on a 360 px phone at 2×: the main photo’s natural width ≥ 2× its rendered width', async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
      for (const path of [`/desa/${villagePath}/`, `/desa/${villagePath}/produk/kue/`]) {
        await tab.goto(`${server.origin}${path}`);
        const img = tab.locator('img[fetchpriority="high"]');
        await img.evaluate((el: HTMLImageElement) => el.decode());
        const { natural, rendered } = await img.evaluate((el: HTMLImageElement) => ({
          natural: el.naturalWidth,
          rendered: el.getBoundingClientRect().width,
        }));
        expect(natural, path).toBeGreaterThanOrEqual(2 * rendered);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('keeps further photos to one file each of at most 30 KB', () => {
    const html = page(`desa/${villagePath}`);
    const lazy = [...html.matchAll(/<figure class="photo[^"]*"[^>]*>\s*<a\b[^>]*>\s*<img\b[^>]*>/g)]
      .map((m) => tag(m[0], 'img'))
      .filter((img) => img?.['loading'] === 'lazy');
    expect(lazy).toHaveLength(2);
    for (const img of lazy) {
      expect(Number(img?.['width'])).toBeLessThanOrEqual(GALLERY_PHOTO.width);
      expect(statSync(fileOf(dist, img?.['src'] ?? '')).size).toBeLessThanOrEqual(GALLERY_PHOTO.maxBytes);
    }
  });

  it('loads every other photo lazily and asynchronously, with width and height', () => {
    for (const path of [`desa/${villagePath}`, `desa/${villagePath}/produk/kue`, 'creative-center/creative-center-contoh']) {
      const html = page(path);
      const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      expect(imgs.length, path).toBeGreaterThan(0);
      for (const img of imgs) {
        expect(img, path).toMatch(/\swidth="\d+"/);
        expect(img, path).toMatch(/\sheight="\d+"/);
        expect(img, path).toMatch(/\salt="[^"]+"/);
        if (!img.includes('fetchpriority="high"')) {
          expect(img, path).toContain('loading="lazy"');
          expect(img, path).toContain('decoding="async"');
        }
      }
    }
  });

  it('shows a product card thumbnail of its own (160 px, a few KB), and says so plainly without photos', () => {
    const html = page(`desa/${villagePath}`);
    const thumb = tag(html, 'img[^>]*class="thumb"');
    expect(thumb?.['alt']).toBe('Gambar abstrak untuk produk contoh');
    expect(statSync(fileOf(dist, thumb?.['src'] ?? '')).size).toBeLessThanOrEqual(BUDGET.thumbnail);
    expect(Number(thumb?.['width'])).toBeLessThanOrEqual(THUMB_PHOTO.width);
    expect(statSync(fileOf(dist, thumb?.['src'] ?? '')).size).toBeLessThanOrEqual(THUMB_PHOTO.maxBytes);
    expect(tag(page(`desa/${villagePath}/produk/kue`), 'img[^>]*fetchpriority="high"')?.['src']).not.toBe(thumb?.['src']);
    expect(html).toMatch(/<span class="thumb none"[^>]*>\s*Belum ada foto\s*<\/span>/);
    const bare = page(`desa/${villagePath}/produk/roti`);
    expect(bare).not.toMatch(/<img\b/);
    // No letter tile: the page says there is no photo yet and where to add one.
    expect(bare).toMatch(/<p class="no-photo"[^>]*>\s*Belum ada foto produk ini\. <a href="[^"]*\/kontribusi\/editor\/\?desa=[\d.]+&amp;produk=roti"/);
  });

  it('publishes no image over 150 KB, none with EXIF, GPS or XMP, and never the original photos', () => {
    const all = images();
    expect(all.length).toBeGreaterThan(8);
    for (const file of all) {
      const bytes = readFileSync(file);
      const name = relative(dist, file);
      expect(bytes.length, name).toBeLessThanOrEqual(BUDGET.anyImage);
      expect(metadataIn(bytes), name).toEqual([]);
      expect(bytes.includes(FIXTURE_CAMERA), name).toBe(false);
      // JPEGs are only the share images; photos are published as WebP variants only.
      if (/\.jpe?g$/i.test(file)) expect(name.startsWith('og/'), name).toBe(true);
    }
    for (const original of ['balai', 'kedua', 'ketiga', 'kue', 'creative-center-contoh']) {
      expect(all.filter((f) => new RegExp(`/${original}[^/]*\\.jpe?g$`).test(f) && !f.includes('/og/'))).toEqual([]);
    }
  });

  it('writes one file per photo, and a thumbnail for each entry’s first photo, nothing more', () => {
    // Photos from content (the guide's own screenshots in /kontribusi/ aside).
    const webp = images().filter((f) => f.endsWith('.webp') && !f.includes('/kontribusi/'));
    // balai, kedua, ketiga, kue, creative-center-contoh; thumbnails of balai, kue, creative-center-contoh
    expect(webp).toHaveLength(8);
  });

  it('gives every profile, product and hub page its own 1200×630 share image under 300 KB', async () => {
    const pages = [
      `desa/${villagePath}`,
      `desa/${villagePath}/produk/kue`,
      `desa/${villagePath}/produk/roti`,
      'creative-center/creative-center-contoh',
    ];
    for (const path of pages) {
      const html = page(path);
      const url = tag(html, 'meta property="og:image"')?.['content'] ?? '';
      expect(url, path).toBe(`${SITE}/og/${path}.jpg`);
      expect(html).toContain('<meta property="og:image:width" content="1200">');
      const bytes = readFileSync(fileOf(dist, url));
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height], path).toEqual([1200, 630]);
      expect(bytes.length, path).toBeLessThan(BUDGET.share);
    }
  });

  it('links "Bagikan ke WhatsApp" with the title and page URL, without JavaScript', () => {
    for (const [path, title] of [
      [`desa/${villagePath}`, 'Kelurahan Gambir'],
      [`desa/${villagePath}/produk/kue`, 'Kue Contoh'],
      ['creative-center/creative-center-contoh', 'Creative Center Contoh'],
    ] as const) {
      const html = page(path);
      const link = /<a [^>]*href="(https:\/\/wa\.me\/\?text=[^"]+)"[^>]*>\s*Bagikan ke WhatsApp\s*<\/a>/.exec(html)?.[1];
      expect(link, path).toBeDefined();
      const text = new URL((link ?? '').replaceAll('&amp;', '&')).searchParams.get('text');
      expect(text).toContain(title);
      expect(text).toContain(`${SITE}/${path}/`);
    }
  });

  it('does no image work on a rebuild with unchanged photos', () => {
    expect(warm.status, warm.output).toBe(0);
    const reused = warm.output.match(/\(reused cache entry\)/g) ?? [];
    expect(reused.length).toBe(8);
    expect(warm.output).not.toMatch(/\(before: \d+kB, after: \d+kB\)/);
    expect(ogCacheAfter).toEqual(ogCacheBefore);
    expect(ogCacheBefore.length).toBe(4);
    const same = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));
    for (const file of files(dist).filter((f) => IMAGE.test(f))) {
      expect(same(file, join(warmDist, relative(dist, file))), relative(dist, file)).toBe(true);
    }
  });

  it('refuses to build when a photo still carries its GPS position', async () => {
    const areas = await loadAreas('31');
    const folder = villageFolder(areas, '31.71.01.1001');
    const withGps = contentTree({
      [`content/${folder}/profil.md`]: profile(`  - src: ./lokasi.jpg
    alt: Gambar abstrak dengan koordinat GPS`),
    });
    mkdirSync(join(withGps, 'content', folder), { recursive: true });
    writeFileSync(join(withGps, 'content', folder, 'lokasi.jpg'), await phonePhoto({ seed: 6, width: 800, height: 600, camera: false }));
    const refused = runBuild({
      ETALASE_CONTENT: join(withGps, 'content'),
      ETALASE_OUT_DIR: join(withGps, 'dist'),
      ETALASE_PROVINCE: '31',
      ETALASE_CACHE_DIR: join(withGps, 'cache', 'astro'),
    });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/GPS/);
    expect(existsSync(join(withGps, 'dist'))).toBe(false);
  });
});

describe('images in dist/ (run `npm run build` first)', () => {
  const dist = 'dist';
  const all = () => files(dist).filter((f) => IMAGE.test(f));

  it('are all within 150 KB and carry no EXIF, GPS or XMP', () => {
    for (const file of all()) {
      const bytes = readFileSync(file);
      expect(bytes.length, file).toBeLessThanOrEqual(BUDGET.anyImage);
      expect(metadataIn(bytes), file).toEqual([]);
    }
  });

  it('give every page a working share preview: an existing image of the declared size, under 300 KB, with alt', async () => {
    const pages = files(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(600);
    const checked = new Map<string, string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const url = tag(html, 'meta property="og:image"')?.['content'] ?? '';
      const width = Number(tag(html, 'meta property="og:image:width"')?.['content']);
      const height = Number(tag(html, 'meta property="og:image:height"')?.['content']);
      expect(url, file).toMatch(/^https:\/\//);
      expect(tag(html, 'meta property="og:image:alt"')?.['content'], file).toMatch(/\S/);
      const key = `${url} ${width}×${height}`;
      if (checked.has(key)) continue;
      const image = fileOf(dist, url);
      expect(existsSync(image), `${file}: ${url}`).toBe(true);
      const bytes = readFileSync(image);
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height], url).toEqual([width, height]);
      expect(bytes.length, url).toBeLessThan(BUDGET.share);
      checked.set(key, file);
    }
  });

  // Unprofiled village pages (5,9xx) share the site's card: one file each would be most of the
  // site's files for a picture of a name (README, Pages).
  it('include a 1200×630 share image for every profile, product and hub page', async () => {
    const pages = files(dist)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => relative(dist, f).replace(/\/?index\.html$/, ''))
      .filter((p) => /^desa\/[^/]+(\/produk\/[^/]+)?$|^creative-center\/[^/]+$/.test(p))
      .filter((p) => !readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-profil="belum"'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThan(100);
    for (const path of pages) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const url = tag(html, 'meta property="og:image"')?.['content'] ?? '';
      expect(url, path).toBe(`${SITE}/og/${path}.jpg`);
      const bytes = readFileSync(fileOf(dist, url));
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height], path).toEqual([1200, 630]);
    }
  });
});
