import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  KB,
  SiteMeasurer,
  chooseCandidate,
  measureSite,
  pageKind,
  pageViolations,
  siteViolations,
  slotWidth,
  summarize,
} from '../../scripts/lib/budget.ts';
import { checkHosts, hostById, markdownHostTable } from '../../src/lib/hosts.ts';

const dist = mkdtempSync(join(tmpdir(), 'budget-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}
const page = (head: string, body = '<main><h1>Desa</h1></main>') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>t</title><style>body{margin:0}</style>${head}</head><body>${body}</body></html>`;

write('index.html', page('<link rel="icon" href="/favicon.svg">'));
write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
// Random text does not compress: about 24 KB gzipped.
write('wilayah/besar/index.html', page('', `<main>${randomBytes(18 * KB).toString('base64')}</main>`));
write('desa/a/index.html', page('<script src="https://cdn.example.com/track.js"></script>'));
write('desa/b/index.html', page('<script>console.log(1)</script>'));
write('desa/c/index.html', page('<style>@font-face{font-family:X;src:url(/fonts/x.woff2)}</style>'));
write('fonts/x.woff2', randomBytes(2 * KB));
write(
  'desa/d/index.html',
  page('<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">', '<main><p>x</p></main>'),
);
write('desa/e/index.html', page('', '<main><button onclick="go()">Pesan</button></main>'));
write('cari/index.html', page('<script type="module" src="/_astro/search.js"></script>'));
write('_astro/search.js', 'import "./shared.js"; const p = () => import("/pagefind/pagefind.js"); p;');
write('_astro/shared.js', `export const words = ${JSON.stringify(randomBytes(64).toString('hex'))};`);
write('cari/preload/index.html', page('<link rel="preload" as="fetch" href="/pagefind/pagefind-entry.json">'));
// A product page: a 60 KB main photo (the phone takes the 640w file), a lazy 50 KB gallery photo.
write('desa/f/produk/kopi/photo-320.webp', randomBytes(20 * KB));
write('desa/f/produk/kopi/photo-640.webp', randomBytes(60 * KB));
write('desa/f/produk/kopi/more.webp', randomBytes(50 * KB));
const photos =
  '<main><img src="photo-640.webp" srcset="photo-320.webp 320w, photo-640.webp 640w" sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)" alt="Kopi" width="640" height="480">' +
  '<img src="more.webp" loading="lazy" alt="Kebun" width="640" height="480"></main>';
write('desa/f/produk/kopi/index.html', page('', photos));
write('desa/g/index.html', page('', '<main><img src="/nope.webp" alt="x"></main>'));
// A village page listing two products: one thumbnail within 15 KB, one over it.
write('desa/h/produk/teh/thumb.webp', randomBytes(9 * KB));
write('desa/h/produk/kopi/thumb.webp', randomBytes(18 * KB));
write(
  'desa/h/index.html',
  page(
    '',
    '<main><img class="thumb" src="produk/teh/thumb.webp" loading="lazy" alt="Teh" width="480" height="360">' +
      '<img class="thumb" src="produk/kopi/thumb.webp" loading="lazy" alt="Kopi" width="480" height="360"></main>',
  ),
);

const measurer = new SiteMeasurer(dist, { siteOrigins: ['https://etalase-desa.github.io'] });
const measure = (path: string) => measurer.measure(path);
const messages = (path: string) => pageViolations(measure(path)).map((v) => v.message);

describe('page budgets', () => {
  it('passes a small page with no script, counting the HTML and its icon as requests', () => {
    const home = measure('/');
    expect(home.kind).toBe('home');
    expect(home.jsBytes).toBe(0);
    expect(home.requests).toBe(2);
    expect(home.htmlCssGz).toBeLessThan(1 * KB);
    expect(pageViolations(home)).toEqual([]);
  });

  it('fails a page whose HTML and CSS exceed 14 KB gzipped', () => {
    expect(measure('/wilayah/besar/').htmlCssGz).toBeGreaterThan(14 * KB);
    expect(messages('/wilayah/besar/')).toEqual([expect.stringMatching(/^HTML \+ CSS .* gzipped > 14\.0 KB$/)]);
  });

  it('flags a third-party script', () => {
    expect(measure('/desa/a/').thirdParty).toEqual(['https://cdn.example.com/track.js']);
    expect(messages('/desa/a/')).toContain('third-party origin referenced: https://cdn.example.com/track.js');
  });

  it('flags a web font declared with @font-face, and one from a font service', () => {
    expect(measure('/desa/c/').webFonts).toEqual(['/fonts/x.woff2']);
    expect(messages('/desa/c/')).toContain('web font referenced: /fonts/x.woff2');
    const d = messages('/desa/d/');
    expect(d).toContain('web font referenced: https://fonts.googleapis.com/css2?family=Inter');
    expect(d).toContain('third-party origin referenced: https://fonts.googleapis.com/css2?family=Inter');
  });

  it('counts inline scripts and event handler attributes as JavaScript on a content page', () => {
    expect(messages('/desa/b/')).toEqual([expect.stringMatching(/^JavaScript .* > none$/)]);
    expect(measure('/desa/e/').jsBytes).toBeGreaterThan(0);
  });

  it('lets the search page load its small script and static imports, but not dynamic imports', () => {
    const search = measure('/cari/');
    expect(search.kind).toBe('search');
    expect(search.resources.filter((r) => r.kind === 'js').map((r) => r.url)).toEqual([
      '/_astro/search.js',
      '/_astro/shared.js',
    ]);
    expect(search.requests).toBe(3);
    expect(pageViolations(search)).toEqual([]);
  });

  it('refuses Pagefind files referenced by the HTML', () => {
    expect(messages('/cari/preload/')).toContainEqual(expect.stringMatching(/^Pagefind referenced by the HTML/));
  });

  it('weighs a product page with the photo a phone picks, and lazy photos apart', () => {
    const product = measure('/desa/f/produk/kopi/');
    expect(product.kind).toBe('product');
    expect(product.imageBytes).toBe(60 * KB);
    expect(product.firstImageBytes).toBe(60 * KB);
    expect(product.lazyImageBytes).toBe(50 * KB);
    expect(product.requests).toBe(2);
    expect(product.lazyRequests).toBe(1);
    expect(product.totalBytes).toBeGreaterThan(110 * KB);
    const found = pageViolations(product).map((v) => v.message);
    expect(found).toContain('first image 60.0 KB > 30.0 KB');
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^product page with photos .* > 100\.0 KB$/)]));
  });

  it('flags a list thumbnail over 15 KB, even when it loads lazily', () => {
    expect(measure('/desa/h/').thumbnailBytes).toBe(18 * KB);
    expect(messages('/desa/h/')).toEqual(['list thumbnail 18.0 KB > 15.0 KB']);
  });

  it('reports a referenced file that is not in the output', () => {
    expect(messages('/desa/g/')).toEqual(['referenced file missing: /nope.webp']);
  });

  it('resolves references under a deployment base path', () => {
    write('sub/cari/index.html', page('<script type="module" src="/etalase/_astro/search.js"></script>'));
    const based = new SiteMeasurer(join(dist, 'sub'), { base: '/etalase/' });
    write('sub/_astro/search.js', 'export {};');
    expect(based.measure('/cari/').resources.map((r) => [r.url, r.missing])).toEqual([['/_astro/search.js', false]]);
  });

  it('summarizes by page kind', () => {
    const rows = summarize(measurer.pages().map((p) => measure(p)));
    expect(rows.find((r) => r.kind === 'village')).toMatchObject({ count: 7, thirdParty: 2, webFonts: 2 });
  });
});

describe('image choice', () => {
  it('takes the slot from sizes on a 360 px phone', () => {
    expect(slotWidth('(min-width: 44rem) 42rem, calc(100vw - 2rem)')).toBe(328);
    expect(slotWidth('96px')).toBe(96);
    expect(slotWidth(undefined)).toBe(360);
  });

  it('picks the smallest candidate covering the slot at 2×, else the largest', () => {
    expect(chooseCandidate('a.webp 320w, b.webp 640w, c.webp 1280w', '100vw', 'c.webp')).toBe('c.webp');
    expect(chooseCandidate('a.webp 320w, b.webp 640w', 'calc(100vw - 2rem)', undefined)).toBe('b.webp');
    expect(chooseCandidate('a.webp 320w,b.webp 640w', '96px', undefined)).toBe('a.webp');
    expect(chooseCandidate('a.webp 1x, b.webp 2x', undefined, 'a.webp')).toBe('b.webp');
    expect(chooseCandidate(undefined, undefined, 'x.webp')).toBe('x.webp');
  });
});

describe('site limits', () => {
  it('measures files, total size and the largest file', () => {
    const site = measureSite(dist);
    expect(site.files).toBeGreaterThan(10);
    expect(site.largest.path).toBe('desa/f/produk/kopi/photo-640.webp');
    expect(site.largestImage).toEqual({ path: 'desa/f/produk/kopi/photo-640.webp', bytes: 60 * KB });
    expect(siteViolations(site)).toEqual([]);
  });

  it('fails an image file over 150 KB anywhere in the output', () => {
    const site = measureSite(dist);
    const found = siteViolations({ ...site, largestImage: { path: 'og/desa/x.jpg', bytes: 151 * KB } });
    expect(found).toEqual([{ path: 'og/desa/x.jpg', message: 'image 151.0 KB > 150.0 KB' }]);
  });

  it('fails past the default host’s limits, and reports every host', () => {
    const site = {
      files: 20_001,
      bytes: 1_100_000_000,
      largest: { path: 'data/big.json', bytes: 26 * 1024 * 1024 },
      largestImage: { path: 'og/a.jpg', bytes: 90 * KB },
      busiestDirectory: { path: 'pagefind/fragment', files: 60_000 },
    };
    // GitHub Pages (the deploy workflow's host) limits the total size only.
    expect(siteViolations(site).map((v) => v.message)).toEqual(["total size 1049.0 MiB > GitHub Pages's 953.7 MiB"]);
    const cloudflare = siteViolations(site, hostById('cloudflare-pages')!).map((v) => v.path);
    expect(cloudflare).toEqual(['.', 'data/big.json']);
    const checks = checkHosts(site);
    expect(checks.map((c) => [c.host.id, c.fits])).toEqual([
      ['github-pages', false],
      ['cloudflare-pages', false],
      ['netlify', false],
    ]);
    expect(markdownHostTable(checks)).toMatch(
      /\| GitHub Pages \(bawaan\) \| total size \| 1049\.0 MiB \/ 953\.7 MiB \| 110% \| ✗ melebihi batas \|/,
    );
  });
});

describe('page kinds', () => {
  it('knows every kind of page from its path', () => {
    expect(
      [
        '/',
        '/wilayah/',
        '/wilayah/kota-bandung/',
        '/wilayah/kota-bandung/coblong/',
        '/desa/32.07.08.2001-panjalu/',
        '/desa/32.07.08.2001-panjalu/produk/kopi/',
        '/produk/',
        '/produk/kategori/makanan/',
        '/produk/kategori/makanan/2/',
        '/creative-center/',
        '/creative-center/bandung-creative-hub/',
        '/cari/',
        '/kontribusi/editor/',
        '/404.html',
        '/tentang/',
      ].map(pageKind),
    ).toEqual([
      'home',
      'regions',
      'regency',
      'district',
      'village',
      'product',
      'catalogue',
      'category',
      'category',
      'hubs',
      'hub',
      'search',
      'editor',
      'not-found',
      'other',
    ]);
  });
});
